import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const CustomerActivityQuery = graphql(`
  query CustomerActivity($id: ID!, $first: Int!, $after: String) {
    customer(id: $id) {
      id
      auditTrail(first: $first, after: $after) {
        nodes {
          ...AuditLineFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const ACTIVITY_PAGE_SIZE = 5;

/** What was done to this customer's account and by whom, newest first. */
export function useCustomerActivity(customerId: string) {
  return useQuery(CustomerActivityQuery, {
    variables: { id: customerId, first: ACTIVITY_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
}
