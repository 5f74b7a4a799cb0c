import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const UpdateMyNameMutation = graphql(`
  mutation UpdateMyName($name: String!) {
    updateMyName(name: $name) {
      id
      name
    }
  }
`);

/** The viewer's name updates in place (same StaffUser id in the cache). */
export function useUpdateMyName() {
  return useMutation(UpdateMyNameMutation);
}
