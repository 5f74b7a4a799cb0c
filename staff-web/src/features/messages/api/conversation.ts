import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { UNREAD_POLL_MS } from "./unread-count";

/** The server answers the latest 100 messages, or the 100 before `before`. */
export const CONVERSATION_PAGE = 100;

export const ConversationQuery = graphql(`
  query Conversation($customerId: ID!, $before: ID) {
    customer(id: $customerId) {
      id
      name
      email
    }
    conversation(customerId: $customerId, before: $before) {
      ...MessageFields
    }
  }
`);

export function useConversation(customerId: string) {
  return useQuery(ConversationQuery, { variables: { customerId }, pollInterval: UNREAD_POLL_MS });
}
