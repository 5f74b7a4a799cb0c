import { DateTimeISOResolver } from "graphql-scalars";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requireSection, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { badInput } from "../../lib/domain-error.js";
import { portalPersonName } from "../auth/portal-session.service.js";
import { assertCustomerInFacility } from "../customers/customer.service.js";
import { PortalSection } from "../facilities/sections.service.js";
import {
  firstMessageId,
  inbox,
  MAX_MESSAGE_LENGTH,
  type MessageRow,
  markThreadRead,
  messagesOf,
  portalReader,
  portalReaderAccount,
  sendPortalMessage,
  sendStaffMessage,
  TEAM,
  teamUnreadTotal,
  unreadFor,
} from "./message.service.js";

@ObjectType()
export class Message {
  @Field(() => ID)
  id: string;

  @Field()
  authorName: string;

  @Field({ description: "True when the facility's team wrote it." })
  fromTeam: boolean;

  @Field({ description: "True when the viewer wrote it." })
  mine: boolean;

  @Field()
  body: string;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  static from(r: MessageRow, viewer: { staffUserId?: number; portalAccountId?: number }): Message {
    return Object.assign(new Message(), {
      id: String(r.id),
      authorName: r.author_name,
      fromTeam: r.staff_user_id !== null,
      mine:
        viewer.staffUserId !== undefined
          ? r.staff_user_id === viewer.staffUserId
          : r.portal_account_id === viewer.portalAccountId,
      body: r.body,
      createdAt: new Date(r.created_at),
    });
  }
}

@ObjectType({ description: "One customer's conversation in the staff inbox." })
export class MessageThread {
  @Field(() => ID)
  customerId: string;

  @Field()
  customerName: string;

  @Field()
  lastMessage: string;

  @Field()
  lastAuthor: string;

  @Field(() => DateTimeISOResolver)
  lastAt: Date;

  @Field(() => Int, { description: "Messages from the customer's people the team has not read." })
  unread: number;

  @Field(() => ID, { description: "Pass as `before` for the next page." })
  cursor: string;
}

@ObjectType({ description: "The portal's conversation with the team; messages are read page by page." })
export class PortalConversation {
  @Field(() => Int, { description: "Messages from the team the viewer has not read: one COUNT." })
  unread: number;

  facilityId: number;
  customerId: number;
  /** Whose messages are "mine": the viewer's account, or the previewed person's in a staff preview. */
  accountId: number;
}

const MAX_PAGE = 100;

@Resolver()
export class MessageResolver {
  @Authorized(Role.STAFF)
  @Query(() => [MessageThread], { description: "The staff inbox, newest activity first." })
  inbox(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 30 }) first: number,
    @Arg("before", () => ID, { nullable: true }) before: string | null,
  ): MessageThread[] {
    if (first < 1 || first > 100) throw badInput("first must be between 1 and 100");
    const rows = inbox(ctx.db, requireStaff(ctx).facilityId, { limit: first, before: before ? Number(before) : null });
    return rows.map((r) =>
      Object.assign(new MessageThread(), {
        customerId: String(r.customer_id),
        customerName: r.customer_name,
        lastMessage: r.last_body,
        lastAuthor: r.last_author,
        lastAt: new Date(r.last_at),
        unread: r.unread,
        cursor: String(r.last_id),
      }),
    );
  }

  @Authorized(Role.STAFF)
  @Query(() => Int, { description: "Unread messages across the facility, for the navigation badge." })
  unreadMessageCount(@Ctx() ctx: Context): number {
    return teamUnreadTotal(ctx.db, requireStaff(ctx).facilityId);
  }

  @Authorized(Role.STAFF)
  @Query(() => [Message], {
    description: "A customer's conversation, oldest first (the latest 100, or before a message).",
  })
  conversation(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID) customerId: string,
    @Arg("before", () => ID, { nullable: true }) before: string | null,
  ): Message[] {
    const staff = requireStaff(ctx);
    const id = parseId(customerId, "Customer");
    assertCustomerInFacility(ctx.db, staff.facilityId, id);
    return messagesOf(ctx.db, staff.facilityId, id, { limit: 100, before: before ? Number(before) : null }).map((m) =>
      Message.from(m, { staffUserId: staff.userId }),
    );
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Message, { description: "Replies to a customer; their portal people are emailed." })
  sendMessage(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID) customerId: string,
    @StringArg("body", {
      maxLength: MAX_MESSAGE_LENGTH,
      message: `Messages are at most ${MAX_MESSAGE_LENGTH} characters`,
    })
    body: string,
  ): Message {
    const staff = requireStaff(ctx);
    const customer = parseId(customerId, "Customer");
    const id = sendStaffMessage(ctx.db, ctx.config, staff, customer, body, ctx.clock.now());
    ctx.nudgeOutbox();
    const row = messagesOf(ctx.db, staff.facilityId, customer, { limit: 1, before: id + 1 })[0];
    if (!row) throw new Error("message vanished");
    return Message.from(row, { staffUserId: staff.userId });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean)
  markConversationRead(@Ctx() ctx: Context, @Arg("customerId", () => ID) customerId: string): boolean {
    markThreadRead(ctx.db, requireStaff(ctx).facilityId, parseId(customerId, "Customer"), TEAM);
    return true;
  }

  @Authorized(Role.PORTAL)
  @Query(() => PortalConversation, {
    description:
      "Messages section: the account's conversation with the team. Asking for `unread` alone costs one COUNT.",
  })
  portalConversation(@Ctx() ctx: Context): PortalConversation {
    const viewer = requireSection(ctx, PortalSection.MESSAGES);
    const accountId = portalReaderAccount(ctx.db, viewer);
    return Object.assign(new PortalConversation(), {
      unread: unreadFor(ctx.db, viewer.customerId, portalReader(accountId), true),
      facilityId: viewer.facilityId,
      customerId: viewer.customerId,
      accountId,
    });
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Message)
  sendPortalMessage(
    @Ctx() ctx: Context,
    @StringArg("body", {
      maxLength: MAX_MESSAGE_LENGTH,
      message: `Messages are at most ${MAX_MESSAGE_LENGTH} characters`,
    })
    body: string,
  ): Message {
    const viewer = requireSection(ctx, PortalSection.MESSAGES);
    const name = portalPersonName(ctx.db, viewer);
    const id = sendPortalMessage(ctx.db, viewer, name, body, ctx.clock.now());
    const row = messagesOf(ctx.db, viewer.facilityId, viewer.customerId, { limit: 1, before: id + 1 })[0];
    if (!row) throw new Error("message vanished");
    return Message.from(row, { portalAccountId: viewer.accountId });
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Boolean)
  markPortalConversationRead(@Ctx() ctx: Context): boolean {
    const viewer = requireSection(ctx, PortalSection.MESSAGES);
    markThreadRead(ctx.db, viewer.facilityId, viewer.customerId, portalReader(viewer.accountId));
    return true;
  }
}

@Resolver(() => PortalConversation)
export class PortalConversationResolver {
  @FieldResolver(() => [Message], {
    description: "Oldest first: the latest `first` messages, or those just before the message `before` (keyset).",
  })
  messages(
    @Ctx() ctx: Context,
    @Root() conversation: PortalConversation,
    @Arg("first", () => Int, { defaultValue: 50 }) first: number,
    @Arg("before", () => ID, { nullable: true }) before: string | null,
  ): Message[] {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw badInput(`Ask for 1 to ${MAX_PAGE} messages`, { first: `1 to ${MAX_PAGE}` });
    }
    const beforeId = before ? parseId(before, "Message") : null;
    return messagesOf(ctx.db, conversation.facilityId, conversation.customerId, { limit: first, before: beforeId }).map(
      (m) => Message.from(m, { portalAccountId: conversation.accountId }),
    );
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The conversation's first message: earlier pages remain while it is not loaded.",
  })
  firstMessageId(@Ctx() ctx: Context, @Root() conversation: PortalConversation): string | null {
    const id = firstMessageId(ctx.db, conversation.facilityId, conversation.customerId);
    return id === null ? null : String(id);
  }
}
