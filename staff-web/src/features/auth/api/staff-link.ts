import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const StaffLinkQuery = graphql(`
  query StaffLink($token: String!) {
    staffLink(token: $token) {
      state
      purpose
      name
      email
      facilityName
    }
  }
`);

/** Reading a link uses nothing up: an email scanner opening the page changes nothing. */
export function useStaffLink(token: string) {
  return useQuery(StaffLinkQuery, { variables: { token }, fetchPolicy: "network-only" });
}
