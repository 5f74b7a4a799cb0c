import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/**
 * The returned customer carries the row's fields and the invite history, so the Contacts row and
 * the customer page both update from the cache without a refetch.
 */
export const SendInviteMutation = graphql(`
  mutation SendInvite($customerId: ID!) {
    sendInvite(customerId: $customerId) {
      invitation {
        ...InvitationFields
      }
      customer {
        ...CustomerRow
        lastInvitation {
          ...InvitationFields
        }
        invitations {
          ...InvitationFields
          ...InvitationTimeline
        }
      }
    }
  }
`);

export function useSendInvite() {
  return useMutation(SendInviteMutation);
}
