import { graphql } from "../../../gql";

export const MessageFields = graphql(`
  fragment MessageFields on Message {
    id
    authorName
    body
    createdAt
    fromTeam
    mine
  }
`);

export const MessageThreadFields = graphql(`
  fragment MessageThreadFields on MessageThread {
    customerId
    customerName
    lastMessage
    lastAuthor
    lastAt
    unread
  }
`);
