import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalEstimatesQuery = graphql(`
  query PortalEstimates {
    portalEstimates {
      ...PortalEstimateFields
    }
  }
`);

export function usePortalEstimates() {
  return useQuery(PortalEstimatesQuery);
}
