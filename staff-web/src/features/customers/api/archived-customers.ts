import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ARCHIVED_PAGE_SIZE = 25;

export const ArchivedCustomersQuery = graphql(`
  query ArchivedCustomers($first: Int!, $after: String) {
    customers(archived: true, first: $first, after: $after) {
      totalCount
      totalCountIsLowerBound
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        name
        email
        phoneDisplay
        archivedAt
      }
    }
  }
`);

/** One page of archived customers, for Contacts' "Archived" view. */
export function useArchivedCustomers(after: string | null) {
  return useQuery(ArchivedCustomersQuery, {
    variables: { first: ARCHIVED_PAGE_SIZE, after },
    notifyOnNetworkStatusChange: true,
  });
}
