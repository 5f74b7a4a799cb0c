import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalSignInsQuery = graphql(`
  query PortalSignIns($first: Int!, $after: String) {
    portalSignIns(first: $first, after: $after) {
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
`);

export const SIGN_INS_PAGE_SIZE = 5;

/** Sign-ins to the account: everyone's for the holder, one's own for their people. */
export function usePortalSignIns() {
  return useQuery(PortalSignInsQuery, {
    variables: { first: SIGN_INS_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
}
