import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const RequestSignInLinkMutation = graphql(`
  mutation RequestSignInLink($email: String!) {
    requestSignInLink(email: $email) {
      message
    }
  }
`);

/** Answers with the same message for every address, so the page never learns who has an account. */
export function useRequestSignInLink() {
  return useMutation(RequestSignInLinkMutation);
}
