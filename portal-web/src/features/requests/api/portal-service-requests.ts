import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalServiceRequestsQuery = graphql(`
  query PortalServiceRequests {
    portalServiceRequests {
      ...ServiceRequestFields
    }
  }
`);

export function usePortalServiceRequests() {
  return useQuery(PortalServiceRequestsQuery);
}
