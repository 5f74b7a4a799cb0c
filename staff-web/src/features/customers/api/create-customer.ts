import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const CreateCustomerMutation = graphql(`
  mutation CreateCustomer($input: CustomerInput!, $allowDuplicateEmail: Boolean) {
    createCustomer(input: $input, allowDuplicateEmail: $allowDuplicateEmail) {
      ...CustomerRow
    }
  }
`);

export function useCreateCustomer() {
  return useMutation(CreateCustomerMutation, {
    update(cache) {
      // Totals and sort order of every cached page change: drop them so lists refetch.
      cache.evict({ id: "ROOT_QUERY", fieldName: "customers" });
      cache.gc();
    },
  });
}
