import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** A new email voids pending invites, so the status and the history come back with the profile. */
export const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($id: ID!, $input: CustomerInput!, $allowDuplicateEmail: Boolean) {
    updateCustomer(id: $id, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {
      ...CustomerRow
      address
      notes
      lastInvitation {
        ...InvitationFields
      }
      invitations {
        ...InvitationFields
        ...InvitationTimeline
      }
    }
  }
`);

export function useUpdateCustomer() {
  return useMutation(UpdateCustomerMutation);
}
