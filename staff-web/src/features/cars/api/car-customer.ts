import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** The owner's name for the car page's way back; usually already cached from the customer page. */
export const CarCustomerQuery = graphql(`
  query CarCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
    }
  }
`);

export function useCarCustomer(id: string) {
  return useQuery(CarCustomerQuery, { variables: { id } });
}
