import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requestFacility, requireStaff, staffScope } from "../../graphql/context.js";
import { decodeTimeCursor, encodeTimeCursor } from "../../lib/cursor.js";
import { badInput } from "../../lib/domain-error.js";
import { REMINDER_SKIP_REASONS } from "../invitations/invite-reminders.service.js";
import type { InviteReminderSkip } from "../invitations/invite-reminders.type.js";
import { adoptionFunnel, awaitingSignIn } from "./adoption.service.js";
import {
  AdoptionFunnel,
  AwaitingSignIn,
  AwaitingSignInConnection,
  RemindSkipCount,
  RemindWaitingResult,
} from "./adoption.type.js";
import { FOLD_AFTER, foldAdoptionChangesSoon } from "./adoption-counts.service.js";
import { MAX_REMINDED_AT_ONCE, remindWaitingInvites } from "./remind-waiting.service.js";

const MAX_PAGE = 100;
const MAX_DAYS = 365;

function checkDays(olderThanDays: number) {
  if (!Number.isInteger(olderThanDays) || olderThanDays < 0 || olderThanDays > MAX_DAYS)
    throw badInput(`Days must be between 0 and ${MAX_DAYS}`, { olderThanDays: "Out of range" });
}

@Resolver()
export class AdoptionResolver {
  @Authorized(Role.STAFF)
  @Query(() => AdoptionFunnel, {
    description: "How many of the facility's people got how far into the portal, in all and by week of first invite.",
  })
  async adoptionFunnel(@Ctx() ctx: Context): Promise<AdoptionFunnel> {
    const scope = staffScope(ctx);
    const { timeZone } = await requestFacility(ctx, scope.facilityId);
    const { unfolded, ...funnel } = await adoptionFunnel(ctx.data, scope, { now: ctx.clock.now(), timeZone });
    if (unfolded > FOLD_AFTER)
      foldAdoptionChangesSoon(ctx.data, scope.facilityId, (error) =>
        ctx.logger.error("folding adoption changes failed", { error }),
      );
    return funnel;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => RemindWaitingResult, {
    description: `Sends a reminder now to everyone awaitingSignIn lists for \`olderThanDays\` (the server reads the list; at most ${MAX_REMINDED_AT_ONCE} a call, \`more\` says when others wait), on the rules of sendInviteReminders. Calls at once, on any servers, send one reminder per person.`,
  })
  async remindWaitingInvites(
    @Ctx() ctx: Context,
    @Arg("olderThanDays", () => Int, { description: "Days since the invite, 0 to 365: the list's choice." })
    olderThanDays: number,
  ): Promise<RemindWaitingResult> {
    const staff = requireStaff(ctx);
    checkDays(olderThanDays);
    const result = await remindWaitingInvites(ctx, { scope: staffScope(ctx), userId: staff.userId }, olderThanDays);
    return Object.assign(new RemindWaitingResult(), {
      ...result,
      skips: result.skips.map(({ skip, count }) =>
        Object.assign(new RemindSkipCount(), {
          skip: skip as InviteReminderSkip,
          reason: REMINDER_SKIP_REASONS[skip],
          count,
        }),
      ),
    });
  }

  @Authorized(Role.STAFF)
  @Query(() => AwaitingSignInConnection, {
    description:
      "People whose invite was sent at least `olderThanDays` days ago and who have not signed in, oldest first.",
  })
  async awaitingSignIn(
    @Ctx() ctx: Context,
    @Arg("olderThanDays", () => Int, { defaultValue: 7, description: "Days since the invite, 0 to 365." })
    olderThanDays: number,
    @Arg("first", () => Int, { defaultValue: 50, description: "People per page, 1 to 100." }) first: number,
    @StringArg("after", { nullable: true, maxLength: 40, description: "pageInfo.endCursor of the page before." })
    after: string | null,
  ): Promise<AwaitingSignInConnection> {
    checkDays(olderThanDays);
    if (first < 1 || first > MAX_PAGE)
      throw badInput(`first must be between 1 and ${MAX_PAGE}`, { first: "Out of range" });
    const cursor = decodeTimeCursor(after);
    const page = await awaitingSignIn(ctx.data, staffScope(ctx), ctx.clock.now(), {
      olderThanDays,
      first,
      after: cursor && { invitedAt: cursor.at, id: cursor.id },
    });
    const last = page.rows.at(-1);
    return Object.assign(new AwaitingSignInConnection(), {
      nodes: page.rows.map(AwaitingSignIn.from),
      totalCount: page.total,
      totalIsCapped: page.totalIsCapped,
      pageInfo: {
        endCursor: last ? encodeTimeCursor(last.invitedAt, last.invitationId) : null,
        hasNextPage: page.hasNextPage,
      },
    });
  }
}
