import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** The card asks for its own list, so the customer page's main query stays as it is. */
export const CustomerDocumentsQuery = graphql(`
  query CustomerDocuments($id: ID!) {
    customer(id: $id) {
      id
      documents {
        ...DocumentFields
      }
    }
  }
`);

export function useCustomerDocuments(customerId: string) {
  return useQuery(CustomerDocumentsQuery, { variables: { id: customerId } });
}
