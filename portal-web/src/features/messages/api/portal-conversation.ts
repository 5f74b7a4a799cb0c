import { useQuery } from "@apollo/client/react";
import { useCallback } from "react";
import { graphql } from "../../../gql";

export const PortalMessageFields = graphql(`
  fragment PortalMessageFields on Message {
    id
    authorName
    fromTeam
    mine
    body
    createdAt
  }
`);

/** The latest page; `before` asks for the page before a message (the cache puts it in front). */
export const PortalConversationQuery = graphql(`
  query PortalConversation($before: ID) {
    portalConversation {
      unread
      firstMessageId
      messages(first: 30, before: $before) {
        ...PortalMessageFields
      }
    }
  }
`);

/**
 * Asked again every little while, so a reply from the team shows up without a reload; the poll
 * asks for the latest page only, and earlier pages already loaded stay.
 */
export function usePortalConversation() {
  const query = useQuery(PortalConversationQuery, { pollInterval: 20_000 });
  const conversation = query.data?.portalConversation;
  const oldest = conversation?.messages[0]?.id;
  const hasEarlier = !!conversation?.firstMessageId && oldest !== undefined && oldest !== conversation.firstMessageId;
  const { fetchMore } = query;
  const loadEarlier = useCallback(
    () => (oldest ? fetchMore({ variables: { before: oldest } }) : Promise.resolve(null)),
    [fetchMore, oldest],
  );
  return { ...query, hasEarlier, loadEarlier };
}
