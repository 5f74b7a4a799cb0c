import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PAGE_SIZE = 25;

export const CustomersQuery = graphql(`
  query Customers($search: String, $first: Int!, $after: String) {
    customers(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...CustomerRow
      }
    }
  }
`);

export function useCustomers(search: string, after: string | null) {
  return useQuery(CustomersQuery, {
    variables: { search: search || null, first: PAGE_SIZE, after },
    notifyOnNetworkStatusChange: true,
  });
}
