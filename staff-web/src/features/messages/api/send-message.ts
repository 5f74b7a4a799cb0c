import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { ConversationQuery } from "./conversation";
import { InboxQuery } from "./inbox";

export const SendMessageMutation = graphql(`
  mutation SendMessage($customerId: ID!, $body: String!) {
    sendMessage(customerId: $customerId, body: $body) {
      ...MessageFields
    }
  }
`);

export function useSendMessage(customerId: string) {
  return useMutation(SendMessageMutation, {
    update(cache, { data }) {
      if (!data) return;
      const message = data.sendMessage;
      cache.updateQuery({ query: ConversationQuery, variables: { customerId } }, (existing) =>
        existing && !existing.conversation.nodes.some((m) => m.id === message.id)
          ? {
              ...existing,
              conversation: { ...existing.conversation, nodes: [message, ...existing.conversation.nodes] },
            }
          : existing,
      );
    },
    // The thread moves to the top of the inbox (or joins it); the server orders the list, and the
    // first page it answers goes over the top of the pages shown.
    refetchQueries: [InboxQuery],
  });
}
