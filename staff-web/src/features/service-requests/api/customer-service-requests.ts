import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const CustomerServiceRequestsQuery = graphql(`
  query CustomerServiceRequests($id: ID!) {
    customer(id: $id) {
      id
      serviceRequests {
        ...ServiceRequestFields
      }
    }
  }
`);

/** The customer page's card asks on its own, so the page shows before the requests arrive. */
export function useCustomerServiceRequests(customerId: string) {
  return useQuery(CustomerServiceRequestsQuery, { variables: { id: customerId } });
}
