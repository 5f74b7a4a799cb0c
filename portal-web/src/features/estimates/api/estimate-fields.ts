import { graphql } from "../../../gql";

export const PortalEstimateFields = graphql(`
  fragment PortalEstimateFields on Estimate {
    id
    number
    title
    status
    carName
    totalCents
    acceptedCents
    sentAt
    respondedAt
    respondedByName
    customerNote
    lines {
      id
      description
      quantity
      unitCents
      amountCents
      accepted
    }
  }
`);
