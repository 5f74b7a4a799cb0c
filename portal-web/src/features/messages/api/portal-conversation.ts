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

/** The latest page, newest first; `after` asks for the page of earlier messages (the cache adds it below). */
export const PortalConversationQuery = graphql(`
  query PortalConversation($after: String) {
    portalConversation {
      unread
      messages(first: 30, after: $after) {
        nodes {
          ...PortalMessageFields
        }
        pageInfo {
          endCursor
          hasNextPage
        }
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
  const pageInfo = query.data?.portalConversation.messages.pageInfo;
  const hasEarlier = pageInfo?.hasNextPage ?? false;
  const after = pageInfo?.endCursor;
  const { fetchMore } = query;
  const loadEarlier = useCallback(
    () => (after ? fetchMore({ variables: { after } }) : Promise.resolve(null)),
    [fetchMore, after],
  );
  return { ...query, hasEarlier, loadEarlier };
}
