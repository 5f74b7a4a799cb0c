import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const SignUpOpenQuery = graphql(`
  query SignUpOpen {
    signUpOpen
  }
`);

/** Whether this Portico lets anyone create a facility: the sign-in page's link shows only then. */
export function useSignUpOpen() {
  return useQuery(SignUpOpenQuery, { fetchPolicy: "cache-first" });
}
