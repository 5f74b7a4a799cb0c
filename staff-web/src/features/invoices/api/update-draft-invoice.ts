import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const UpdateDraftInvoiceMutation = graphql(`
  mutation UpdateDraftInvoice($id: ID!, $input: InvoiceInput!) {
    updateDraftInvoice(id: $id, input: $input) {
      ...InvoiceDetailFields
    }
  }
`);

/** The edited draft answers with its lines and new total: the row and the drawer update by id. */
export function useUpdateDraftInvoice() {
  return useMutation(UpdateDraftInvoiceMutation);
}
