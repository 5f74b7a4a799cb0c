import type { Reference } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RemoveContactMutation = graphql(`
  mutation RemoveContact($id: ID!) {
    removeContact(id: $id)
  }
`);

export function useRemoveContact(customerId: string) {
  return useMutation(RemoveContactMutation, {
    update(cache, { data }, { variables }) {
      if (!data?.removeContact || !variables) return;
      cache.modify({
        id: cache.identify({ __typename: "Customer", id: customerId }),
        fields: {
          contacts: (existing: readonly Reference[] = [], { readField }) =>
            existing.filter((contact) => readField("id", contact) !== variables.id),
        },
      });
      const ref = cache.identify({ __typename: "Contact", id: variables.id });
      if (ref) cache.evict({ id: ref });
      cache.gc();
    },
  });
}
