import type { Reference } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RemoveCarMutation = graphql(`
  mutation RemoveCar($id: ID!) {
    removeCar(id: $id)
  }
`);

export function useRemoveCar(customerId: string) {
  return useMutation(RemoveCarMutation, {
    update(cache, { data }, { variables }) {
      if (!data?.removeCar || !variables) return;
      const carRef = cache.identify({ __typename: "Car", id: variables.id });
      cache.modify({
        id: cache.identify({ __typename: "Customer", id: customerId }),
        fields: {
          cars: (existing: readonly Reference[] = [], { readField }) =>
            existing.filter((car) => readField("id", car) !== variables.id),
          carCount: (n: number) => Math.max(0, n - 1),
        },
      });
      if (carRef) cache.evict({ id: carRef });
      cache.gc();
    },
  });
}
