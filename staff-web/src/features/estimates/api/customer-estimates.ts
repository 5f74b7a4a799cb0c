import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/**
 * The customer page's Estimates card asks on its own, so the page's main query stays as it is.
 * Invoice numbers come along for the estimates that became invoices.
 */
export const CustomerEstimatesQuery = graphql(`
  query CustomerEstimates($id: ID!) {
    customer(id: $id) {
      id
      estimates {
        ...EstimateFields
      }
      invoices {
        id
        number
      }
    }
  }
`);

export function useCustomerEstimates(customerId: string) {
  return useQuery(CustomerEstimatesQuery, { variables: { id: customerId } });
}
