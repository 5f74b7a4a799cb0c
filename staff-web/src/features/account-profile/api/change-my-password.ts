import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export function useChangeMyPassword() {
  return useMutation(ChangeMyPasswordMutation);
}
