import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const UnreadMessageCountQuery = graphql(`
  query UnreadMessageCount {
    unreadMessageCount
  }
`);

export const UNREAD_POLL_MS = 30_000;

/** The navigation badge: customers write from the portal at any time, so it asks every 30 s. */
export function useUnreadMessageCount() {
  const { data } = useQuery(UnreadMessageCountQuery, { pollInterval: UNREAD_POLL_MS });
  return data?.unreadMessageCount ?? 0;
}
