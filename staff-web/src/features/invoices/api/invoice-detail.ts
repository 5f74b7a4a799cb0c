import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const InvoiceDetailQuery = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      ...InvoiceDetailFields
    }
  }
`);

export function useInvoiceDetail(id: string) {
  return useQuery(InvoiceDetailQuery, { variables: { id } });
}
