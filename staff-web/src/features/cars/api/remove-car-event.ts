import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { removeFromCar } from "./car-cache";

export const RemoveCarEventMutation = graphql(`
  mutation RemoveCarEvent($id: ID!) {
    removeCarEvent(id: $id)
  }
`);

export function useRemoveCarEvent(carId: string) {
  return useMutation(RemoveCarEventMutation, {
    update(cache, { data }, { variables }) {
      if (!data?.removeCarEvent || !variables) return;
      removeFromCar(cache, carId, "history", { __typename: "CarEvent", id: String(variables.id) });
    },
  });
}
