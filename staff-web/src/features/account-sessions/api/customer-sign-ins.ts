import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const CustomerSignInsQuery = graphql(`
  query CustomerSignIns($id: ID!, $first: Int!, $after: String) {
    customer(id: $id) {
      id
      signIns(first: $first, after: $after) {
        nodes {
          id
          at
          name
          device
          method
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export const SIGN_INS_PAGE_SIZE = 5;

/** Who of the customer and their people signed in to the portal, newest first. */
export function useCustomerSignIns(customerId: string) {
  return useQuery(CustomerSignInsQuery, {
    variables: { id: customerId, first: SIGN_INS_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
}
