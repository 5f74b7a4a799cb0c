import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { removeFromCar } from "./car-cache";

export const RemoveCarPhotoMutation = graphql(`
  mutation RemoveCarPhoto($id: ID!) {
    removeCarPhoto(id: $id)
  }
`);

export function useRemoveCarPhoto(carId: string) {
  return useMutation(RemoveCarPhotoMutation, {
    update(cache, { data }, { variables }) {
      if (!data?.removeCarPhoto || !variables) return;
      removeFromCar(cache, carId, "photos", { __typename: "Photo", id: String(variables.id) });
    },
  });
}
