import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const SignInLinkQuery = graphql(`
  query SignInLink($token: String!) {
    signInLink(token: $token) {
      state
      purpose
      firstName
      choosePassword
      facility {
        name
        slug
        brandColor
        logoUrl
      }
    }
  }
`);

/** Looks at the link without using it: mail scanners open links too, so reading never signs in. */
export function useSignInLink(token: string) {
  return useQuery(SignInLinkQuery, { variables: { token }, fetchPolicy: "network-only" });
}
