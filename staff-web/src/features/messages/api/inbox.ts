import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { UNREAD_POLL_MS } from "./unread-count";

export const InboxQuery = graphql(`
  query Inbox($after: String) {
    inbox(first: 30, after: $after) {
      nodes {
        ...MessageThreadFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/**
 * The newest conversations, asked again as often as the unread badge so the two agree; `showMore`
 * adds the next page below. A poll or a refetch (after a reply) goes over the top of the pages
 * shown, through the cache's merge: a refetch would otherwise replace them with the first page.
 */
export function useInbox() {
  const query = useQuery(InboxQuery, { pollInterval: UNREAD_POLL_MS, refetchWritePolicy: "merge" });
  const showMore = () => query.fetchMore({ variables: { after: query.data?.inbox.pageInfo.endCursor } });
  return { ...query, showMore };
}
