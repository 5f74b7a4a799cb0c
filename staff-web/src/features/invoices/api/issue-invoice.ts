import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const IssueInvoiceMutation = graphql(`
  mutation IssueInvoice($id: ID!) {
    issueInvoice(id: $id) {
      ...InvoiceDetailFields
    }
  }
`);

export function useIssueInvoice() {
  return useMutation(IssueInvoiceMutation);
}
