import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requireSection, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { badInput } from "../../lib/domain-error.js";
import { nameOfPortalPerson } from "../auth/portal-session.service.js";
import { PortalSection } from "../facilities/sections.service.js";
import {
  conversationOf,
  firstMessageId,
  inbox,
  MAX_MESSAGE_LENGTH,
  markThreadRead,
  messagesOf,
  portalReader,
  portalReaderAccount,
  portalUnread,
  sendPortalMessage,
  sendStaffMessage,
  TEAM,
  teamUnreadTotal,
} from "./message.service.js";
import { Message, MessageThread, PortalConversation } from "./message.type.js";

const MAX_PAGE = 100;

const staffScope = (ctx: Context) => new FacilityScope(requireStaff(ctx).facilityId);

@Resolver()
export class MessageResolver {
  @Authorized(Role.STAFF)
  @Query(() => [MessageThread], { description: "The staff inbox, newest activity first." })
  async inbox(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 30, description: "Threads per page, 1 to 100." }) first: number,
    @Arg("before", () => ID, { nullable: true, description: "The `cursor` of the last thread of the page before." })
    before: string | null,
  ): Promise<MessageThread[]> {
    if (first < 1 || first > 100) throw badInput("first must be between 1 and 100");
    const rows = await inbox(ctx.data, staffScope(ctx), { limit: first, before: before ? Number(before) : null });
    return rows.map(MessageThread.from);
  }

  @Authorized(Role.STAFF)
  @Query(() => Int, { description: "Unread messages across the facility, for the navigation badge." })
  unreadMessageCount(@Ctx() ctx: Context): Promise<number> {
    return teamUnreadTotal(ctx.data, staffScope(ctx));
  }

  @Authorized(Role.STAFF)
  @Query(() => [Message], {
    description: "A customer's conversation, oldest first (the latest 100, or before a message).",
  })
  async conversation(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer whose conversation to read." }) customerId: string,
    @Arg("before", () => ID, { nullable: true, description: "A message ID: only messages before it." }) before:
      | string
      | null,
  ): Promise<Message[]> {
    const staff = requireStaff(ctx);
    const rows = await conversationOf(ctx.data, new FacilityScope(staff.facilityId), parseId(customerId, "Customer"), {
      limit: 100,
      before: before ? Number(before) : null,
    });
    return rows.map((m) => Message.from(m, { staffUserId: staff.userId }));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Message, { description: "Replies to a customer; their portal people are emailed." })
  async sendMessage(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer to reply to." }) customerId: string,
    @StringArg("body", {
      maxLength: MAX_MESSAGE_LENGTH,
      message: `Messages are at most ${MAX_MESSAGE_LENGTH} characters`,
      description: "The text, 1 to 5,000 characters.",
    })
    body: string,
  ): Promise<Message> {
    const staff = requireStaff(ctx);
    const message = await sendStaffMessage(
      { data: ctx.data, config: ctx.config },
      { scope: new FacilityScope(staff.facilityId), userId: staff.userId, name: staff.name },
      parseId(customerId, "Customer"),
      body,
      ctx.clock.now(),
    );
    ctx.nudgeOutbox();
    return Message.from(message, { staffUserId: staff.userId });
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, { description: "Marks a customer's conversation read for the team. Answers true." })
  async markConversationRead(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer whose conversation was read." }) customerId: string,
  ): Promise<boolean> {
    await markThreadRead(ctx.data, staffScope(ctx), parseId(customerId, "Customer"), TEAM);
    return true;
  }

  @Authorized(Role.PORTAL)
  @Query(() => PortalConversation, {
    description:
      "Messages section: the account's conversation with the team. Asking for `unread` alone costs one COUNT.",
  })
  async portalConversation(@Ctx() ctx: Context): Promise<PortalConversation> {
    const viewer = requireSection(ctx, PortalSection.MESSAGES);
    const scope = new FacilityScope(viewer.facilityId);
    const accountId = await portalReaderAccount(ctx.data, scope, viewer);
    return Object.assign(new PortalConversation(), {
      unread: await portalUnread(ctx.data, scope, viewer.customerId, accountId),
      facilityId: viewer.facilityId,
      customerId: viewer.customerId,
      accountId,
    });
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Message, {
    description: "Sends a message to the facility's team from the signed-in portal person (Messages on).",
  })
  async sendPortalMessage(
    @Ctx() ctx: Context,
    @StringArg("body", {
      maxLength: MAX_MESSAGE_LENGTH,
      message: `Messages are at most ${MAX_MESSAGE_LENGTH} characters`,
      description: "The text, 1 to 5,000 characters.",
    })
    body: string,
  ): Promise<Message> {
    const viewer = requireSection(ctx, PortalSection.MESSAGES);
    const name = await nameOfPortalPerson(ctx.data, viewer);
    const author = {
      scope: new FacilityScope(viewer.facilityId),
      customerId: viewer.customerId,
      accountId: viewer.accountId,
    };
    const message = await sendPortalMessage(ctx.data, author, name, body, ctx.clock.now());
    return Message.from(message, { portalAccountId: viewer.accountId });
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Boolean, {
    description: "Marks the team's messages read for the signed-in portal person. Answers true.",
  })
  async markPortalConversationRead(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireSection(ctx, PortalSection.MESSAGES);
    const scope = new FacilityScope(viewer.facilityId);
    await markThreadRead(ctx.data, scope, viewer.customerId, portalReader(viewer.accountId));
    return true;
  }
}

@Resolver(() => PortalConversation)
export class PortalConversationResolver {
  @FieldResolver(() => [Message], {
    description: "Oldest first: the latest `first` messages, or those just before the message `before` (keyset).",
  })
  async messages(
    @Ctx() ctx: Context,
    @Root() conversation: PortalConversation,
    @Arg("first", () => Int, { defaultValue: 50, description: "Messages per page, 1 to 100." }) first: number,
    @Arg("before", () => ID, { nullable: true, description: "A message ID: the messages just before it." }) before:
      | string
      | null,
  ): Promise<Message[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw badInput(`Ask for 1 to ${MAX_PAGE} messages`, { first: `1 to ${MAX_PAGE}` });
    }
    const beforeId = before ? parseId(before, "Message") : null;
    const scope = new FacilityScope(conversation.facilityId);
    const rows = await messagesOf(ctx.data, scope, conversation.customerId, { limit: first, before: beforeId });
    return rows.map((m) => Message.from(m, { portalAccountId: conversation.accountId }));
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The conversation's first message: earlier pages remain while it is not loaded.",
  })
  async firstMessageId(@Ctx() ctx: Context, @Root() conversation: PortalConversation): Promise<string | null> {
    const id = await firstMessageId(ctx.data, new FacilityScope(conversation.facilityId), conversation.customerId);
    return id === null ? null : String(id);
  }
}
