import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { UNREAD_POLL_MS } from "./unread-count";

/** The latest page newest first; `after` asks for the page of earlier messages (the cache adds it). */
export const ConversationQuery = graphql(`
  query Conversation($customerId: ID!, $after: String) {
    customer(id: $customerId) {
      id
      name
      email
    }
    conversation(customerId: $customerId, first: 50, after: $after) {
      nodes {
        ...MessageFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** A customer's conversation, polled for new messages; `showEarlier` adds the page before the oldest shown. */
export function useConversation(customerId: string) {
  // A refetch (retrying after an error) keeps the earlier pages shown, like a poll.
  const query = useQuery(ConversationQuery, {
    variables: { customerId },
    pollInterval: UNREAD_POLL_MS,
    refetchWritePolicy: "merge",
  });
  const showEarlier = () =>
    query.fetchMore({ variables: { customerId, after: query.data?.conversation.pageInfo.endCursor } });
  return { ...query, showEarlier };
}
