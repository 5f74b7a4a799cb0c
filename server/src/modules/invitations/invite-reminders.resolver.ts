import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requireStaff, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { badInput } from "../../lib/domain-error.js";
import { toInvitation } from "./invitation.service.js";
import { Invitation } from "./invitation.type.js";
import {
  MAX_REMINDERS_AT_ONCE,
  REMINDER_SKIP_REASONS,
  type ReminderSkip,
  sendInviteReminders,
  stopInviteReminders,
} from "./invite-reminders.service.js";
import { InviteReminderResult, type InviteReminderSkip } from "./invite-reminders.type.js";

@Resolver()
export class InviteRemindersResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Invitation, {
    description: "Stops the automatic reminders of one pending invite; audited and shown on its timeline.",
  })
  async stopInviteReminders(
    @Ctx() ctx: Context,
    @Arg("invitationId", () => ID, { description: "The pending invite whose reminders stop." }) invitationId: string,
  ): Promise<Invitation> {
    const staff = requireStaff(ctx);
    const id = parseId(invitationId, "Invitation");
    return toInvitation(
      await stopInviteReminders(ctx, { scope: staffScope(ctx), userId: staff.userId }, id),
    ) as Invitation;
  }

  @Authorized(Role.STAFF)
  @Mutation(() => [InviteReminderResult], {
    description: `Sends a reminder now to each pending invite given (at most ${MAX_REMINDERS_AT_ONCE}), on the same rules as the automatic ones but the reminder days and daytime hours; one result per id, in order. A person reminded or invited in the last hour is skipped.`,
  })
  async sendInviteReminders(
    @Ctx() ctx: Context,
    @Arg("invitationIds", () => [ID], { description: "The invites to remind, at most 500." }) invitationIds: string[],
  ): Promise<InviteReminderResult[]> {
    const staff = requireStaff(ctx);
    if (invitationIds.length === 0) throw badInput("Pick at least one person to remind");
    if (invitationIds.length > MAX_REMINDERS_AT_ONCE)
      throw badInput(`At most ${MAX_REMINDERS_AT_ONCE} people at a time`);
    // An id that is no row id answers like a missing invite, without a lookup.
    const ids = invitationIds.map((id) => (/^[1-9]\d{0,15}$/.test(id) ? Number(id) : 0));
    const results = await sendInviteReminders(ctx, { scope: staffScope(ctx), userId: staff.userId }, ids);
    return results.map((result, i) =>
      Object.assign(new InviteReminderResult(), {
        invitationId: invitationIds[i],
        reminded: result.ok,
        skip: result.ok ? null : (result.skip as InviteReminderSkip),
        reason: result.ok ? null : REMINDER_SKIP_REASONS[result.skip as ReminderSkip],
      }),
    );
  }
}
