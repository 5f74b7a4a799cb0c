import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalDocumentQuery = graphql(`
  query PortalDocument($id: ID!) {
    document(id: $id) {
      ...PortalDocumentFields
    }
  }
`);

export function usePortalDocument(id: string) {
  return useQuery(PortalDocumentQuery, { variables: { id } });
}
