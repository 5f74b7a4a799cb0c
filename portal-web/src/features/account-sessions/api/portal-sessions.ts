import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalSessionsQuery = graphql(`
  query PortalSessions {
    portalSessions {
      id
      browser
      system
      place
      ip
      signedInAt
      lastActiveAt
      current
    }
  }
`);

/** The person's own live portal sessions, most recently active first. */
export function usePortalSessions() {
  return useQuery(PortalSessionsQuery, { fetchPolicy: "cache-and-network" });
}
