import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, facilityChanged, requestFacility, requireStaff, staffScope } from "../../graphql/context.js";
import { Facility } from "../facilities/facility.type.js";
import { CareReminderSettingsInput } from "./care-reminder.inputs.js";
import { CareReminderSettings } from "./care-reminder.type.js";
import { careReminderSettingsOf, updateCareReminderSettings } from "./care-reminder-settings.service.js";

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
