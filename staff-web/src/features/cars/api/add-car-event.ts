import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { CarDetailQuery } from "./car-detail";

export const AddCarEventMutation = graphql(`
  mutation AddCarEvent($carId: ID!, $input: CarEventInput!) {
    addCarEvent(carId: $carId, input: $input)
  }
`);

/** The mutation answers only true, so the car is read again to show the entry where it belongs by time. */
export function useAddCarEvent(carId: string) {
  return useMutation(AddCarEventMutation, {
    refetchQueries: [{ query: CarDetailQuery, variables: { id: carId } }],
    awaitRefetchQueries: true,
  });
}
