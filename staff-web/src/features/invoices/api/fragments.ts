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
    overdue
    displayStatus
  }
`);

/** The drawer's view; the actions on an invoice answer with it, so the row and the drawer update together. */
export const InvoiceDetailFields = graphql(`
  fragment InvoiceDetailFields on Invoice {
    ...InvoiceFields
    lines {
      id
      description
      quantity
      unitCents
      amountCents
    }
    payments {
      id
      amountCents
      method
      reference
      receivedOn
    }
  }
`);
