import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RespondToEstimateMutation = graphql(`
  mutation RespondToEstimate($id: ID!, $input: EstimateResponseInput!) {
    respondToEstimate(id: $id, input: $input) {
      ...PortalEstimateFields
    }
  }
`);

/** The answered estimate replaces the cached one by id; home's "estimates waiting" is asked again. */
export function useRespondToEstimate() {
  return useMutation(RespondToEstimateMutation, {
    update: (cache) => {
      cache.evict({ id: "ROOT_QUERY", fieldName: "portalHome" });
    },
  });
}
