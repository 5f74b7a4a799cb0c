import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/**
 * Archives a customer: the page shows the banner from `archivedAt`; pending invites are voided, so
 * the status comes back too. Contacts' totals and pages change: cached lists are dropped.
 */
export const ArchiveCustomerMutation = graphql(`
  mutation ArchiveCustomer($id: ID!) {
    archiveCustomer(id: $id) {
      ...CustomerRow
      archivedAt
    }
  }
`);

export function useArchiveCustomer() {
  return useMutation(ArchiveCustomerMutation, {
    update(cache) {
      cache.evict({ id: "ROOT_QUERY", fieldName: "customers" });
      cache.gc();
    },
  });
}
