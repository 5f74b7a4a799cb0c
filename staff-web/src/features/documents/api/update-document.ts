import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const UpdateDocumentMutation = graphql(`
  mutation UpdateDocument($id: ID!, $input: DocumentUpdateInput!) {
    updateDocument(id: $id, input: $input) {
      ...DocumentFields
    }
  }
`);

export function useUpdateDocument() {
  return useMutation(UpdateDocumentMutation);
}
