import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requireSection, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { decodeNamedIdCursor, encodeNamedIdCursor } from "../../lib/cursor.js";
import { badInput } from "../../lib/domain-error.js";
import { nameOfPortalPerson } from "../auth/portal-session.service.js";
import { PortalSection } from "../facilities/sections.service.js";
import {
  conversationPage,
  inboxPage,
  MAX_MESSAGE_LENGTH,
  type MessageRow,
  markThreadRead,
  messagesPage,
  type Page,
  portalReader,
  portalReaderAccount,
  portalUnread,
  sendPortalMessage,
  sendStaffMessage,
  TEAM,
  teamUnreadTotal,
} from "./message.service.js";
import {
  Message,
  MessageConnection,
  MessageThread,
  MessageThreadConnection,
  PortalConversation,
} from "./message.type.js";

const MAX_PAGE = 100;
const THREAD_CURSOR = "thread";
const MESSAGE_CURSOR = "msg";
/** The longest cursor of these lists: the name, an underscore and up to 16 digits. */
const MAX_CURSOR = 40;

const staffScope = (ctx: Context) => new FacilityScope(requireStaff(ctx).facilityId);

function checkFirst(first: number) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw badInput(`first must be between 1 and ${MAX_PAGE}`, { first: "Out of range" });
}

function pageInfo<R>(page: Page<R>, cursorOf: (row: R) => string) {
  const last = page.rows.at(-1);
  return { endCursor: last ? cursorOf(last) : null, hasNextPage: page.hasNextPage };
}

function messageConnection(page: Page<MessageRow>, viewer: { staffUserId?: number; portalAccountId?: number }) {
  return Object.assign(new MessageConnection(), {
    nodes: page.rows.map((m) => Message.from(m, viewer)),
    pageInfo: pageInfo(page, (m) => encodeNamedIdCursor(MESSAGE_CURSOR, m.id)),
  });
}

@Resolver()
export class MessageResolver {
  @Authorized(Role.STAFF)
  @Query(() => MessageThreadConnection, {
    description: "The staff inbox: one conversation per customer, the latest activity first.",
  })
  async inbox(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 30, description: "Conversations per page, 1 to 100." }) first: number,
    @StringArg("after", {
      nullable: true,
      maxLength: MAX_CURSOR,
      description: "pageInfo.endCursor of the page before.",
    })
    after: string | null,
  ): Promise<MessageThreadConnection> {
    checkFirst(first);
    const afterId = decodeNamedIdCursor(THREAD_CURSOR, after);
    const page = await inboxPage(ctx.data, staffScope(ctx), { first, afterId });
    return Object.assign(new MessageThreadConnection(), {
      nodes: page.rows.map(MessageThread.from),
      pageInfo: pageInfo(page, (thread) => encodeNamedIdCursor(THREAD_CURSOR, thread.lastId)),
    });
  }

  @Authorized(Role.STAFF)
  @Query(() => Int, { description: "Unread messages across the facility, for the navigation badge." })
  unreadMessageCount(@Ctx() ctx: Context): Promise<number> {
    return teamUnreadTotal(ctx.data, staffScope(ctx));
  }

  @Authorized(Role.STAFF)
  @Query(() => MessageConnection, { description: "A customer's conversation, newest first." })
  async conversation(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer whose conversation to read." }) customerId: string,
    @Arg("first", () => Int, { defaultValue: 50, description: "Messages per page, 1 to 100." }) first: number,
    @StringArg("after", {
      nullable: true,
      maxLength: MAX_CURSOR,
      description: "pageInfo.endCursor of the page before.",
    })
    after: string | null,
  ): Promise<MessageConnection> {
    checkFirst(first);
    const staff = requireStaff(ctx);
    const afterId = decodeNamedIdCursor(MESSAGE_CURSOR, after);
    const scope = new FacilityScope(staff.facilityId);
    const page = await conversationPage(ctx.data, scope, parseId(customerId, "Customer"), { first, afterId });
    return messageConnection(page, { staffUserId: staff.userId });
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
    return Object.assign(new PortalConversation(), {
      facilityId: viewer.facilityId,
      customerId: viewer.customerId,
      accountId: await portalReaderAccount(ctx.data, scope, viewer),
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
  @FieldResolver(() => MessageConnection, { description: "The conversation's messages, newest first." })
  async messages(
    @Ctx() ctx: Context,
    @Root() conversation: PortalConversation,
    @Arg("first", () => Int, { defaultValue: 50, description: "Messages per page, 1 to 100." }) first: number,
    @StringArg("after", {
      nullable: true,
      maxLength: MAX_CURSOR,
      description: "pageInfo.endCursor of the page before.",
    })
    after: string | null,
  ): Promise<MessageConnection> {
    checkFirst(first);
    const afterId = decodeNamedIdCursor(MESSAGE_CURSOR, after);
    const scope = new FacilityScope(conversation.facilityId);
    const page = await messagesPage(ctx.data, scope, conversation.customerId, { first, afterId });
    return messageConnection(page, { portalAccountId: conversation.accountId });
  }

  @FieldResolver(() => Int, { description: "Messages from the team the viewer has not read: one COUNT." })
  unread(@Ctx() ctx: Context, @Root() conversation: PortalConversation): Promise<number> {
    const scope = new FacilityScope(conversation.facilityId);
    return portalUnread(ctx.data, scope, conversation.customerId, conversation.accountId);
  }
}
