import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const MarkPortalConversationReadMutation = graphql(`
  mutation MarkPortalConversationRead {
    markPortalConversationRead
  }
`);

/** Clears the badge at once; home's unread count is asked again next time it shows. */
export function useMarkConversationRead() {
  return useMutation(MarkPortalConversationReadMutation, {
    update: (cache) => {
      cache.modify({
        id: "ROOT_QUERY",
        fields: {
          portalConversation: (value) => ({ ...value, unread: 0 }),
        },
      });
      cache.evict({ id: "ROOT_QUERY", fieldName: "portalHome" });
    },
  });
}
