import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalDocumentsQuery = graphql(`
  query PortalDocuments {
    portalDocuments {
      ...PortalDocumentFields
    }
  }
`);

export function usePortalDocuments({ skip = false }: { skip?: boolean } = {}) {
  return useQuery(PortalDocumentsQuery, { skip });
}
