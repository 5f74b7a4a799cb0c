import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const VoidInvoiceMutation = graphql(`
  mutation VoidInvoice($id: ID!) {
    voidInvoice(id: $id) {
      ...InvoiceDetailFields
    }
  }
`);

export function useVoidInvoice() {
  return useMutation(VoidInvoiceMutation);
}
