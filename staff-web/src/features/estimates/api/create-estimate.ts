import type { Reference } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { EstimateFields } from "./fragments";

export const CreateEstimateMutation = graphql(`
  mutation CreateEstimate($customerId: ID!, $input: EstimateInput!) {
    createEstimate(customerId: $customerId, input: $input) {
      ...EstimateFields
    }
  }
`);

export function useCreateEstimate(customerId: string) {
  return useMutation(CreateEstimateMutation, {
    update(cache, { data }) {
      if (!data) return;
      const ref = cache.writeFragment({
        fragment: EstimateFields,
        fragmentName: "EstimateFields",
        data: data.createEstimate,
      });
      // Newest first, as the server lists them.
      cache.modify({
        id: cache.identify({ __typename: "Customer", id: customerId }),
        fields: { estimates: (existing: readonly Reference[] = []) => (ref ? [ref, ...existing] : existing) },
      });
    },
  });
}
