import type { Reference } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { InvoiceFields } from "../../invoices/api/fragments";

export const ConvertEstimateMutation = graphql(`
  mutation ConvertEstimateToInvoice($id: ID!) {
    convertEstimateToInvoice(id: $id) {
      ...InvoiceFields
    }
  }
`);

/**
 * The answer is the new draft invoice: the estimate points at it, and it joins the top of the
 * customer's invoices (where the server lists the newest) without asking the server again.
 */
export function useConvertEstimate(customerId: string) {
  return useMutation(ConvertEstimateMutation, {
    update(cache, { data }, { variables }) {
      if (!data || !variables) return;
      const invoice = data.convertEstimateToInvoice;
      cache.modify({
        id: cache.identify({ __typename: "Estimate", id: variables.id }),
        fields: { status: () => "INVOICED", invoiceId: () => invoice.id },
      });
      const ref = cache.writeFragment({ fragment: InvoiceFields, fragmentName: "InvoiceFields", data: invoice });
      cache.modify({
        id: cache.identify({ __typename: "Customer", id: customerId }),
        fields: {
          invoices: (existing: readonly Reference[] = [], { readField }) =>
            !ref || existing.some((r) => readField("id", r) === invoice.id) ? existing : [ref, ...existing],
        },
      });
    },
  });
}
