import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { PortalConversationQuery } from "./portal-conversation";

export const SendPortalMessageMutation = graphql(`
  mutation SendPortalMessage($body: String!) {
    sendPortalMessage(body: $body) {
      ...PortalMessageFields
    }
  }
`);

export function useSendPortalMessage() {
  return useMutation(SendPortalMessageMutation, {
    update: (cache, { data }) => {
      const sent = data?.sendPortalMessage;
      if (!sent) return;
      cache.updateQuery({ query: PortalConversationQuery }, (current) => {
        const messages = current?.portalConversation.messages;
        if (!current || !messages || messages.nodes.some((m) => m.id === sent.id)) return current;
        return {
          portalConversation: {
            ...current.portalConversation,
            messages: { ...messages, nodes: [sent, ...messages.nodes] },
          },
        };
      });
    },
  });
}
