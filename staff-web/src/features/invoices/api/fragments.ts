import { graphql } from "../../../gql";

export const InvoiceFields = graphql(`
  fragment InvoiceFields on Invoice {
    id
    number
    issuedOn
    dueOn
    status
    totalCents
    balanceCents
  }
`);
