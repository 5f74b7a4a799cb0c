import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** A customer's cars for the event and estimate dialogs' car picker. */
export const CustomerCarsQuery = graphql(`
  query CustomerCars($id: ID!) {
    customer(id: $id) {
      id
      cars {
        id
        displayName
      }
    }
  }
`);

export function useCustomerCars(customerId: string | null) {
  return useQuery(CustomerCarsQuery, { variables: { id: customerId ?? "" }, skip: !customerId });
}
