import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Brings an archived customer back to Contacts; cached lists (active and archived) are dropped. */
export const RestoreCustomerMutation = graphql(`
  mutation RestoreCustomer($id: ID!) {
    restoreCustomer(id: $id) {
      ...CustomerRow
      archivedAt
    }
  }
`);

export function useRestoreCustomer() {
  return useMutation(RestoreCustomerMutation, {
    update(cache) {
      cache.evict({ id: "ROOT_QUERY", fieldName: "customers" });
      cache.gc();
    },
  });
}
