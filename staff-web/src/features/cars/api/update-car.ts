import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const UpdateCarMutation = graphql(`
  mutation UpdateCar($id: ID!, $input: CarInput!) {
    updateCar(id: $id, input: $input) {
      ...CarFields
    }
  }
`);

export function useUpdateCar() {
  return useMutation(UpdateCarMutation);
}
