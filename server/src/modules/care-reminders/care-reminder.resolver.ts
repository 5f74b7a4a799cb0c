import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { type Context, facilityChanged, requestFacility, requireStaff, staffScope } from "../../graphql/context.js";
import { badInput } from "../../lib/domain-error.js";
import { Customer } from "../customers/customer.type.js";
import { Facility } from "../facilities/facility.type.js";
import { CareReminderSettingsInput } from "./care-reminder.inputs.js";
import { CareReminderSettings } from "./care-reminder.type.js";
import { careReminderSettingsOf, updateCareReminderSettings } from "./care-reminder-settings.service.js";
import { remindersSentOf } from "./care-reminders.service.js";
import { SentReminder } from "./sent-reminder.type.js";

@Resolver(() => Facility)
export class CareReminderResolver {
  @Authorized(Role.STAFF)
  @FieldResolver(() => CareReminderSettings, { description: "Reminders of contracts, invoices, estimates and events." })
  async careReminders(@Ctx() ctx: Context, @Root() facility: Facility): Promise<CareReminderSettings> {
    // The viewer's own facility: the only one a staff query answers.
    const row = await requestFacility(ctx, requireStaff(ctx).facilityId);
    if (String(row.id) !== facility.id) throw new Error("a facility other than the viewer's");
    return CareReminderSettings.from(careReminderSettingsOf(row));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Facility, {
    description: "Admins only. A reminder pass starts soon after, so the settings apply at once.",
  })
  async updateCareReminders(
    @Ctx() ctx: Context,
    @Arg("input", () => CareReminderSettingsInput, { description: "The reminder settings." })
    input: CareReminderSettingsInput,
  ): Promise<Facility> {
    const row = await updateCareReminderSettings(ctx.data, staffScope(ctx), input, ctx.clock.now());
    facilityChanged(ctx, row);
    // Reminders just turned on or brought forward go out now, in daytime, not at the next pass.
    ctx.nudgeReminders?.();
    return Facility.from(row);
  }
}

@Resolver(() => Customer)
export class CustomerRemindersResolver {
  @Authorized(Role.STAFF)
  @FieldResolver(() => [SentReminder], {
    description:
      "The reminders of contracts, invoices, estimates and events the customer's people were sent, newest first: one per person and day, by email, text or both.",
  })
  async remindersSent(
    @Ctx() ctx: Context,
    @Root() customer: Customer,
    @Arg("first", () => Int, { defaultValue: 10, description: "How many, 1 to 50." }) first: number,
  ): Promise<SentReminder[]> {
    if (!Number.isInteger(first) || first < 1 || first > 50) throw badInput("first is 1 to 50", { first: "1 to 50" });
    const facility = await requestFacility(ctx, customer.row.facilityId);
    const rows = await remindersSentOf(ctx.data, new FacilityScope(facility.id), customer.row.id, first);
    return rows.map((row) => SentReminder.from(row, facility.country));
  }
}
