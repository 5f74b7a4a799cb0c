import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RequestStaffPasswordResetMutation = graphql(`
  mutation RequestStaffPasswordReset($email: String!) {
    requestStaffPasswordReset(email: $email)
  }
`);

export function useRequestStaffPasswordReset() {
  return useMutation(RequestStaffPasswordResetMutation);
}
