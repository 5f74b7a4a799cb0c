import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requirePortal, requireStaff, staffScope } from "../../graphql/context.js";
import { badInput } from "../../lib/domain-error.js";
import { decodeAuditCursor, encodeAuditCursor } from "../audit/audit.service.js";
import { Customer } from "../customers/customer.type.js";
import {
  endOtherSessions,
  endSession,
  type SessionHolder,
  sessionsOf,
  signInsOfAccount,
  signInsVisibleTo,
} from "./account-sessions.service.js";
import { AccountSignIn, AccountSignInConnection, ActiveSession } from "./account-sessions.type.js";
import { PORTAL_COOKIE, STAFF_COOKIE } from "./sessions.service.js";

const MAX_PAGE = 100;
/** A session's id is the hex SHA-256 of its cookie value. */
const SESSION_ID_MAX = 64;

const staffHolder = (ctx: Context): SessionHolder => ({ kind: "staff", viewer: requireStaff(ctx) });
const portalHolder = (ctx: Context): SessionHolder => ({ kind: "portal", viewer: requirePortal(ctx) });

async function signInPage(
  ctx: Context,
  scope: FacilityScope,
  account: { customerId: number; portalAccountId?: number | null },
  first: number,
  after: string | null,
): Promise<AccountSignInConnection> {
  if (first < 1 || first > MAX_PAGE)
    throw badInput(`first must be between 1 and ${MAX_PAGE}`, { first: "Out of range" });
  const page = await signInsOfAccount(ctx.data, scope, account, { first, after: decodeAuditCursor(after) });
  const nodes = page.rows.map(AccountSignIn.from);
  const last = nodes.at(-1);
  return Object.assign(new AccountSignInConnection(), {
    nodes,
    pageInfo: { endCursor: last ? encodeAuditCursor(last) : null, hasNextPage: page.hasNextPage },
  });
}

@Resolver()
export class AccountSessionsResolver {
  @Authorized(Role.STAFF_IN_PERSON)
  @Query(() => [ActiveSession], {
    description: "The signed-in staff member's own live sessions, most recently active first.",
  })
  async staffSessions(@Ctx() ctx: Context): Promise<ActiveSession[]> {
    return (await sessionsOf(ctx, staffHolder(ctx))).map(ActiveSession.from);
  }

  @Authorized(Role.STAFF_IN_PERSON)
  @Mutation(() => Boolean, {
    description: "Ends one of your own staff sessions; that browser is signed out on its next request.",
  })
  async endStaffSession(
    @Ctx() ctx: Context,
    @StringArg("sessionId", { maxLength: SESSION_ID_MAX, description: "An ActiveSession id from staffSessions." })
    sessionId: string,
  ): Promise<boolean> {
    const { wasCurrent } = await endSession(ctx, staffHolder(ctx), sessionId);
    if (wasCurrent) ctx.clearSessionCookie(STAFF_COOKIE);
    return true;
  }

  @Authorized(Role.STAFF_IN_PERSON)
  @Mutation(() => Int, { description: "Ends every staff session of yours but this browser's; answers how many." })
  async endOtherStaffSessions(@Ctx() ctx: Context): Promise<number> {
    return endOtherSessions(ctx, staffHolder(ctx));
  }

  @Authorized(Role.PORTAL)
  @Query(() => [ActiveSession], {
    description: "The portal person's own live sessions, most recently active first (none in a staff preview).",
  })
  async portalSessions(@Ctx() ctx: Context): Promise<ActiveSession[]> {
    return (await sessionsOf(ctx, portalHolder(ctx))).map(ActiveSession.from);
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Boolean, {
    description: "Ends one of your own portal sessions; that browser is signed out on its next request.",
  })
  async endPortalSession(
    @Ctx() ctx: Context,
    @StringArg("sessionId", { maxLength: SESSION_ID_MAX, description: "An ActiveSession id from portalSessions." })
    sessionId: string,
  ): Promise<boolean> {
    const { wasCurrent } = await endSession(ctx, portalHolder(ctx), sessionId);
    if (wasCurrent) ctx.clearSessionCookie(PORTAL_COOKIE);
    return true;
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Int, { description: "Ends every portal session of yours but this browser's; answers how many." })
  async endOtherPortalSessions(@Ctx() ctx: Context): Promise<number> {
    return endOtherSessions(ctx, portalHolder(ctx));
  }

  @Authorized(Role.PORTAL)
  @Query(() => AccountSignInConnection, {
    description:
      "Sign-ins to the account, newest first. The account holder sees everyone's; one of their people sees their own.",
  })
  async portalSignIns(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "Sign-ins per page, 1 to 100." }) first: number,
    @StringArg("after", { nullable: true, maxLength: 40, description: "pageInfo.endCursor of the page before." })
    after: string | null,
  ): Promise<AccountSignInConnection> {
    const viewer = requirePortal(ctx);
    const { portalAccountId } = await signInsVisibleTo(ctx.data, viewer);
    const scope = new FacilityScope(viewer.facilityId);
    return signInPage(ctx, scope, { customerId: viewer.customerId, portalAccountId }, first, after);
  }
}

@Resolver(() => Customer)
export class CustomerSignInsResolver {
  @Authorized(Role.STAFF)
  @FieldResolver(() => AccountSignInConnection, {
    description: "Who of the customer and their people signed in to the portal, and when, newest first.",
  })
  async signIns(
    @Ctx() ctx: Context,
    @Root() customer: Customer,
    @Arg("first", () => Int, { defaultValue: 20, description: "Sign-ins per page, 1 to 100." }) first: number,
    @StringArg("after", { nullable: true, maxLength: 40, description: "pageInfo.endCursor of the page before." })
    after: string | null,
  ): Promise<AccountSignInConnection> {
    return signInPage(ctx, staffScope(ctx), { customerId: Number(customer.id) }, first, after);
  }
}
