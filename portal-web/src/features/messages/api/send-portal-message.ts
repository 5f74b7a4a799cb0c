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
      cache.updateQuery({ query: PortalConversationQuery }, (current) =>
        current && !current.portalConversation.messages.some((m) => m.id === sent.id)
          ? {
              portalConversation: {
                ...current.portalConversation,
                messages: [...current.portalConversation.messages, sent],
              },
            }
          : current,
      );
    },
  });
}
