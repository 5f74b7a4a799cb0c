import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** The counters only: the breakdown by reason is read when one is opened, not once per row here. */
export const RecentBulkInvitesQuery = graphql(`
  query RecentBulkInvites {
    recentBulkInvites(limit: 10) {
      id
      status
      fileName
      total
      toInvite
      processed
      sent
      skipped
      createdAt
      finishedAt
      createdByName
    }
  }
`);

/** Asked each time the list opens: a job started elsewhere, or one that has finished since, shows. */
export function useRecentBulkInvites() {
  return useQuery(RecentBulkInvitesQuery, { fetchPolicy: "cache-and-network" });
}
