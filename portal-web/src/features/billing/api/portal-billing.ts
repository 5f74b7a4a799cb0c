import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const InvoiceSummaryFields = graphql(`
  fragment InvoiceSummaryFields on Invoice {
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

export const PortalBillingQuery = graphql(`
  query PortalBilling {
    portalBilling {
      outstandingCents
      onlinePayments
      paymentMethodOnFile
      savedCard {
        brand
        last4
        expires
      }
      offlinePaymentInstructions
      invoices {
        ...InvoiceSummaryFields
      }
    }
  }
`);

export function usePortalBilling({ skip = false }: { skip?: boolean } = {}) {
  return useQuery(PortalBillingQuery, { skip });
}
