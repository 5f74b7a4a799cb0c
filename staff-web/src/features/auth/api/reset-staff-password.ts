import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const ResetStaffPasswordMutation = graphql(`
  mutation ResetStaffPassword($token: String!, $password: String!) {
    resetStaffPassword(token: $token, password: $password)
  }
`);

export function useResetStaffPassword() {
  return useMutation(ResetStaffPasswordMutation);
}
