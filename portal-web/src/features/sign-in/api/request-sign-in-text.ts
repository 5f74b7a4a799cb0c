import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RequestSignInTextMutation = graphql(`
  mutation RequestSignInText($facility: String!, $phone: String!) {
    requestSignInText(facility: $facility, phone: $phone) {
      message
    }
  }
`);

/** Answers with the same message for every number, so the page never learns who has an account. */
export function useRequestSignInText() {
  return useMutation(RequestSignInTextMutation);
}
