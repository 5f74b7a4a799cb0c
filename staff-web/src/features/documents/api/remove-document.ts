import type { Reference } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RemoveDocumentMutation = graphql(`
  mutation RemoveDocument($id: ID!) {
    removeDocument(id: $id)
  }
`);

export function useRemoveDocument(customerId: string) {
  return useMutation(RemoveDocumentMutation, {
    update(cache, { data }, { variables }) {
      if (!data?.removeDocument || !variables) return;
      const id = String(variables.id);
      cache.modify({
        id: cache.identify({ __typename: "Customer", id: customerId }),
        fields: {
          documents: (existing: readonly Reference[] = [], { readField }) =>
            existing.filter((doc) => readField("id", doc) !== id),
        },
      });
      const ref = cache.identify({ __typename: "Document", id });
      if (ref) cache.evict({ id: ref });
      cache.gc();
    },
  });
}
