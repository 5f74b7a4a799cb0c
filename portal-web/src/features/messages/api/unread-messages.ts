import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalUnreadMessagesQuery = graphql(`
  query PortalUnreadMessages {
    portalConversation {
      unread
    }
  }
`);

/** For the Messages badge; shares the conversation's cache entry, so reading the messages clears it. */
export function useUnreadMessages(enabled: boolean): number {
  const { data } = useQuery(PortalUnreadMessagesQuery, { skip: !enabled, pollInterval: 60_000 });
  return enabled ? (data?.portalConversation.unread ?? 0) : 0;
}
