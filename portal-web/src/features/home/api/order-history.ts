import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalOrderHistoryQuery = graphql(`
  query PortalOrderHistory {
    portalOrderHistory {
      kind
      refId
      title
      status
      date
      amountCents
    }
  }
`);

export function useOrderHistory() {
  return useQuery(PortalOrderHistoryQuery);
}
