import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const CustomerPickerQuery = graphql(`
  query CustomerPicker($search: String, $first: Int!) {
    customers(search: $search, first: $first) {
      nodes {
        id
        name
        email
      }
    }
  }
`);

export function useCustomerPicker(search: string, skip: boolean) {
  return useQuery(CustomerPickerQuery, {
    variables: { search: search.trim() || null, first: 20 },
    skip,
  });
}
