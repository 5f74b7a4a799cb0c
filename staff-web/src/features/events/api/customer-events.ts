import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** The customer page's Events card asks on its own, so the page's main query stays as it is. */
export const CustomerEventsQuery = graphql(`
  query CustomerEvents($id: ID!) {
    customer(id: $id) {
      id
      events {
        ...ScheduledEventFields
      }
    }
  }
`);

export function useCustomerEvents(customerId: string) {
  return useQuery(CustomerEventsQuery, { variables: { id: customerId } });
}
