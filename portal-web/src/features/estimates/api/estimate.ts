import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalEstimateQuery = graphql(`
  query PortalEstimate($id: ID!) {
    estimate(id: $id) {
      ...PortalEstimateFields
    }
  }
`);

export function usePortalEstimate(id: string) {
  return useQuery(PortalEstimateQuery, { variables: { id } });
}
