import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { InboxQuery } from "./inbox";

export const MarkConversationReadMutation = graphql(`
  mutation MarkConversationRead($customerId: ID!) {
    markConversationRead(customerId: $customerId)
  }
`);

export function useMarkConversationRead() {
  return useMutation(MarkConversationReadMutation, {
    update(cache, { data }, { variables }) {
      if (!data?.markConversationRead || !variables) return;
      cache.updateQuery({ query: InboxQuery }, (inbox) =>
        inbox
          ? {
              inbox: {
                ...inbox.inbox,
                nodes: inbox.inbox.nodes.map((t) =>
                  t.customerId === variables.customerId && t.unread > 0 ? { ...t, unread: 0 } : t,
                ),
              },
            }
          : inbox,
      );
      // The badge counts across all conversations; the server has the exact number.
      cache.evict({ id: "ROOT_QUERY", fieldName: "unreadMessageCount" });
    },
  });
}
