import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const StaffSessionsQuery = graphql(`
  query StaffSessions {
    staffSessions {
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

/** The signed-in staff member's own live sessions, most recently active first. */
export function useStaffSessions() {
  return useQuery(StaffSessionsQuery, { fetchPolicy: "cache-and-network" });
}
