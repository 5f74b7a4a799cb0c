import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** The answer updates the estimate in place (status, sent time). */
export const SendEstimateMutation = graphql(`
  mutation SendEstimate($id: ID!) {
    sendEstimate(id: $id) {
      ...EstimateFields
    }
  }
`);

export function useSendEstimate() {
  return useMutation(SendEstimateMutation);
}
