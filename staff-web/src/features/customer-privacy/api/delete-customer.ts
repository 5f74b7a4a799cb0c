import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Deletes a customer for a privacy request (admins only; the server checks the typed name). */
export const DeleteCustomerMutation = graphql(`
  mutation DeleteCustomer($id: ID!, $confirmName: String!) {
    deleteCustomer(id: $id, confirmName: $confirmName)
  }
`);

export function useDeleteCustomer() {
  return useMutation(DeleteCustomerMutation, {
    update(cache, { data }) {
      const id = data?.deleteCustomer;
      if (!id) return;
      // The customer is gone: its cached record, and every list and count that held it.
      cache.evict({ id: cache.identify({ __typename: "Customer", id }) });
      cache.evict({ id: "ROOT_QUERY", fieldName: "customers" });
      cache.evict({ id: "ROOT_QUERY", fieldName: "auditLog" });
      cache.gc();
    },
  });
}
