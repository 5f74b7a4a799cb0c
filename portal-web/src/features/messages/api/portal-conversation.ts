import { useQuery } from "@apollo/client/react";
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

export const PortalConversationQuery = graphql(`
  query PortalConversation {
    portalConversation {
      unread
      messages {
        ...PortalMessageFields
      }
    }
  }
`);

/** Asked again every little while, so a reply from the team shows up without a reload. */
export function usePortalConversation() {
  return useQuery(PortalConversationQuery, { pollInterval: 20_000 });
}
