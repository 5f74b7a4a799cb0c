import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { UNREAD_POLL_MS } from "./unread-count";

export const INBOX_PAGE = 30;

export const InboxQuery = graphql(`
  query Inbox($first: Int!, $before: ID) {
    inbox(first: $first, before: $before) {
      ...MessageThreadFields
    }
  }
`);

/** The newest conversations, asked again as often as the unread badge so the two agree. */
export function useInbox() {
  return useQuery(InboxQuery, { variables: { first: INBOX_PAGE }, pollInterval: UNREAD_POLL_MS });
}
