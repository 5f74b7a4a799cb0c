import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const SignUpFacilityMutation = graphql(`
  mutation SignUpFacility($input: SignUpFacilityInput!) {
    signUpFacility(input: $input)
  }
`);

export function useSignUpFacility() {
  return useMutation(SignUpFacilityMutation);
}
