import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($invoiceId: ID!, $input: PaymentInput!) {
    recordPayment(invoiceId: $invoiceId, input: $input) {
      ...InvoiceDetailFields
    }
  }
`);

export function useRecordPayment() {
  return useMutation(RecordPaymentMutation);
}
