import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** The countries the server can check phone numbers for: the only ones a facility may pick. */
export const PhoneCountriesQuery = graphql(`
  query PhoneCountries {
    phoneCountries {
      code
      name
      callingCode
    }
  }
`);

export function usePhoneCountries() {
  return useQuery(PhoneCountriesQuery, { fetchPolicy: "cache-first" });
}
