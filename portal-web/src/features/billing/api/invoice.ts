import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

// How to pay comes along: the invoice page shows it under an unpaid balance.
export const PortalInvoiceQuery = graphql(`
  query PortalInvoice($id: ID!) {
    invoice(id: $id) {
      ...InvoiceSummaryFields
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
    portalBilling {
      onlinePayments
      offlinePaymentInstructions
    }
  }
`);

export function usePortalInvoice(id: string) {
  return useQuery(PortalInvoiceQuery, { variables: { id } });
}
