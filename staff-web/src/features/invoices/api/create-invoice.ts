import type { Reference } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { InvoiceFields } from "./fragments";

export const CreateInvoiceMutation = graphql(`
  mutation CreateInvoice($customerId: ID!, $input: InvoiceInput!) {
    createInvoice(customerId: $customerId, input: $input) {
      ...InvoiceDetailFields
    }
  }
`);

/** The new draft goes to the top of the customer's invoices, where the server lists the newest. */
export function useCreateInvoice(customerId: string) {
  return useMutation(CreateInvoiceMutation, {
    update(cache, { data }) {
      if (!data) return;
      const ref = cache.writeFragment({
        fragment: InvoiceFields,
        fragmentName: "InvoiceFields",
        data: data.createInvoice,
      });
      cache.modify({
        id: cache.identify({ __typename: "Customer", id: customerId }),
        fields: {
          invoices: (existing: readonly Reference[] = []) => (ref ? [ref, ...existing] : existing),
        },
      });
    },
  });
}
