import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const SignDocumentMutation = graphql(`
  mutation SignDocument($id: ID!, $input: SignatureInput!) {
    signDocument(id: $id, input: $input) {
      ...PortalDocumentFields
    }
  }
`);

/** The signed document replaces the cached one by id; home's "contracts to sign" is asked again. */
export function useSignDocument() {
  return useMutation(SignDocumentMutation, {
    update: (cache) => {
      cache.evict({ id: "ROOT_QUERY", fieldName: "portalHome" });
    },
  });
}
