import type { Reference } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { ContactFields } from "./fragments";

export const AddContactMutation = graphql(`
  mutation AddContact($customerId: ID!, $input: ContactInput!, $allowDuplicateEmail: Boolean) {
    addContact(customerId: $customerId, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {
      ...ContactFields
    }
  }
`);

export function useAddContact(customerId: string) {
  return useMutation(AddContactMutation, {
    update(cache, { data }) {
      if (!data) return;
      const ref = cache.writeFragment({
        fragment: ContactFields,
        fragmentName: "ContactFields",
        data: data.addContact,
      });
      if (!ref) return;
      cache.modify({
        id: cache.identify({ __typename: "Customer", id: customerId }),
        fields: {
          // The server lists contacts by name; keep that order rather than refetching the page.
          contacts: (existing: readonly Reference[] = [], { readField }) =>
            [...existing, ref].sort((a, b) =>
              String(readField("name", a)).localeCompare(String(readField("name", b)), undefined, {
                sensitivity: "base",
              }),
            ),
        },
      });
    },
  });
}
