import { graphql } from "../../../gql";

export const PortalDocumentFields = graphql(`
  fragment PortalDocumentFields on Document {
    id
    title
    kind
    fileName
    size
    url
    requiresSignature
    createdAt
    signature {
      signerName
      typedName
      signedAt
      documentSha256
    }
  }
`);
