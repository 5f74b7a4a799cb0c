import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Turning access off or changing the email voids invites, so status and history come back too. */
export const UpdateContactMutation = graphql(`
  mutation UpdateContact($id: ID!, $input: ContactInput!, $allowDuplicateEmail: Boolean) {
    updateContact(id: $id, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {
      ...ContactFields
    }
  }
`);

export function useUpdateContact() {
  return useMutation(UpdateContactMutation);
}
