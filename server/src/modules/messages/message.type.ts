import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { PageInfo } from "../../graphql/pagination.js";
import type { MessageRow, ThreadRow } from "./message.service.js";

@ObjectType({ description: "One message between a customer's people and the facility's team." })
export class Message {
  @Field(() => ID, { description: "The message's ID." })
  id: string;

  @Field({ description: "Who wrote it." })
  authorName: string;

  @Field({ description: "True when the facility's team wrote it." })
  fromTeam: boolean;

  @Field({ description: "True when the viewer wrote it." })
  mine: boolean;

  @Field({ description: "The text, up to 5,000 characters." })
  body: string;

  @Field(() => DateTimeISOResolver, { description: "When it was sent." })
  createdAt: Date;

  static from(r: MessageRow, viewer: { staffUserId?: number; portalAccountId?: number }): Message {
    return Object.assign(new Message(), {
      id: String(r.id),
      authorName: r.authorName,
      fromTeam: r.staffUserId !== null,
      mine:
        viewer.staffUserId !== undefined
          ? r.staffUserId === viewer.staffUserId
          : r.portalAccountId === viewer.portalAccountId,
      body: r.body,
      createdAt: r.createdAt,
    });
  }
}

@ObjectType({ description: "One customer's conversation in the staff inbox." })
export class MessageThread {
  @Field(() => ID, { description: "The customer whose conversation it is." })
  customerId: string;

  @Field({ description: "The customer's name." })
  customerName: string;

  @Field({ description: "The latest message's text." })
  lastMessage: string;

  @Field({ description: "Who wrote the latest message." })
  lastAuthor: string;

  @Field(() => DateTimeISOResolver, { description: "When the latest message was sent." })
  lastAt: Date;

  @Field(() => Int, { description: "Messages from the customer's people the team has not read." })
  unread: number;

  /** The id of the latest message: where the inbox's walk goes on after this conversation. */
  lastId: number;

  static from(r: ThreadRow): MessageThread {
    return Object.assign(new MessageThread(), {
      customerId: String(r.customerId),
      customerName: r.customerName,
      lastMessage: r.lastBody,
      lastAuthor: r.lastAuthor,
      lastAt: r.lastAt,
      unread: r.unread,
      lastId: r.lastId,
    });
  }
}

@ObjectType({
  description: "A page of the staff inbox: one conversation per customer, the latest activity first.",
})
export class MessageThreadConnection {
  @Field(() => [MessageThread], { description: "The conversations of this page." })
  nodes: MessageThread[];

  @Field(() => PageInfo, { description: "Where the next page starts." })
  pageInfo: PageInfo;
}

@ObjectType({ description: "A page of a conversation's messages, newest first." })
export class MessageConnection {
  @Field(() => [Message], { description: "The messages of this page, newest first." })
  nodes: Message[];

  @Field(() => PageInfo, { description: "Where the next page (earlier messages) starts." })
  pageInfo: PageInfo;
}

@ObjectType({ description: "The portal's conversation with the team; messages are read page by page." })
export class PortalConversation {
  facilityId: number;
  customerId: number;
  /** Whose messages are "mine": the viewer's account, or the previewed person's in a staff preview. */
  accountId: number;
}
