import { graphql } from "../../../gql";

export const DocumentFields = graphql(`
  fragment DocumentFields on Document {
    id
    title
    kind
    fileName
    contentType
    size
    url
    sharedWithCustomer
    requiresSignature
    createdAt
    signature {
      signerName
      typedName
      signedAt
      ip
      userAgent
      documentSha256
    }
  }
`);
