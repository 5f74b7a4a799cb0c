import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ConvertEstimateMutation = graphql(`
  mutation ConvertEstimateToInvoice($id: ID!) {
    convertEstimateToInvoice(id: $id)
  }
`);

/** The number of the invoice just made, for the toast and the estimate's link. */
export const EstimateInvoiceQuery = graphql(`
  query EstimateInvoice($id: ID!) {
    invoice(id: $id) {
      id
      number
    }
  }
`);

export function useConvertEstimate(customerId: string) {
  return useMutation(ConvertEstimateMutation, {
    update(cache, { data }, { variables }) {
      if (!data || !variables) return;
      cache.modify({
        id: cache.identify({ __typename: "Estimate", id: variables.id }),
        fields: { status: () => "INVOICED", invoiceId: () => data.convertEstimateToInvoice },
      });
      // The customer's invoice list gains the draft; the page's cards ask for it again.
      cache.evict({ id: cache.identify({ __typename: "Customer", id: customerId }), fieldName: "invoices" });
      cache.gc();
    },
  });
}
