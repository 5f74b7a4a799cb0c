import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const StaffViewerQuery = graphql(`
  query StaffViewer {
    staffViewer {
      id
      name
      email
      role
      facility {
        id
        name
        resendCooldownHours
        inviteExpiryDays
        timeZone
      }
    }
  }
`);

export function useStaffViewer() {
  return useQuery(StaffViewerQuery, { fetchPolicy: "cache-first" });
}

/** The facility's IANA zone, for event times; undefined (the browser's zone) until it is known. */
export function useFacilityTimeZone(): string | undefined {
  return useStaffViewer().data?.staffViewer?.facility.timeZone ?? undefined;
}
