import { graphql } from "../../../gql";

export const EstimateFields = graphql(`
  fragment EstimateFields on Estimate {
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
    invoiceId
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
