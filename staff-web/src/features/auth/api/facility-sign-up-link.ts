import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const FacilitySignUpLinkQuery = graphql(`
  query FacilitySignUpLink($token: String!) {
    facilitySignUpLink(token: $token) {
      state
      facilityName
      adminEmail
    }
  }
`);

/** What a confirmation link is for; reading it confirms nothing. */
export function useFacilitySignUpLink(token: string) {
  return useQuery(FacilitySignUpLinkQuery, { variables: { token }, fetchPolicy: "network-only" });
}
