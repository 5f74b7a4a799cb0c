import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PortalState } from "../../../gql/graphql";

export const PAGE_SIZE = 25;

export const CustomersQuery = graphql(`
  query Customers($search: String, $portalStates: [PortalState!], $first: Int!, $after: String) {
    customers(search: $search, portalStates: $portalStates, first: $first, after: $after) {
      totalCount
      totalCountIsLowerBound
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

/** One page of Contacts. Without a status filter `portalStates` is left out, not sent as null. */
export function useCustomers(
  search: string,
  portalStates: readonly PortalState[],
  after: string | null,
  { skip = false }: { skip?: boolean } = {},
) {
  return useQuery(CustomersQuery, {
    skip,
    variables: {
      search: search || null,
      first: PAGE_SIZE,
      after,
      ...(portalStates.length ? { portalStates: [...portalStates] } : {}),
    },
    notifyOnNetworkStatusChange: true,
  });
}
