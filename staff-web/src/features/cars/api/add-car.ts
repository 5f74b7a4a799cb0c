import type { Reference } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { CarFields } from "./fragments";

export const AddCarMutation = graphql(`
  mutation AddCar($customerId: ID!, $input: CarInput!) {
    addCar(customerId: $customerId, input: $input) {
      ...CarFields
    }
  }
`);

export function useAddCar(customerId: string) {
  return useMutation(AddCarMutation, {
    update(cache, { data }) {
      if (!data) return;
      const ref = cache.writeFragment({ fragment: CarFields, fragmentName: "CarFields", data: data.addCar });
      cache.modify({
        id: cache.identify({ __typename: "Customer", id: customerId }),
        fields: {
          cars: (existing: readonly Reference[] = []) => (ref ? [...existing, ref] : existing),
          carCount: (n: number) => n + 1,
        },
      });
    },
  });
}
