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
      }
    }
  }
`);

export function useStaffViewer() {
  return useQuery(StaffViewerQuery, { fetchPolicy: "cache-first" });
}
