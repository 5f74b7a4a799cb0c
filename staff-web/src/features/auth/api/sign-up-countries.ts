import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const SignUpCountriesQuery = graphql(`
  query SignUpCountries {
    signUpCountries {
      code
      name
      callingCode
    }
  }
`);

export function useSignUpCountries() {
  return useQuery(SignUpCountriesQuery, { fetchPolicy: "cache-first" });
}
