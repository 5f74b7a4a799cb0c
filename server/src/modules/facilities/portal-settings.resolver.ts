import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, facilityChanged, requestFacility, requireStaff, staffScope } from "../../graphql/context.js";
import { phoneCountries } from "../../lib/phone.js";
import { BrandingInput, PortalSettingsInput } from "./facility.inputs.js";
import { type FacilityRow, updateBranding, updatePortalSettings } from "./facility.service.js";
import { Facility, PhoneCountry } from "./facility.type.js";
import { removeLogo } from "./logo.service.js";

/** The facility as a settings change left it, for the answer and for the rest of the request. */
function changed(ctx: Context, row: FacilityRow): Facility {
  facilityChanged(ctx, row);
  return Facility.from(row);
}

@Resolver()
export class PortalSettingsResolver {
  @Authorized(Role.STAFF)
  @Query(() => Facility, { description: "The viewer's facility, with its portal settings." })
  async facility(@Ctx() ctx: Context): Promise<Facility> {
    return Facility.from(await requestFacility(ctx, requireStaff(ctx).facilityId));
  }

  @Authorized(Role.STAFF)
  @Query(() => [PhoneCountry], { description: "Countries a facility can pick for its phone numbers, by name." })
  phoneCountries(): PhoneCountry[] {
    return phoneCountries().map((c) => Object.assign(new PhoneCountry(), c));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Facility, { description: "Admins only. Applies to invites sent from now on." })
  async updatePortalSettings(
    @Ctx() ctx: Context,
    @Arg("input", () => PortalSettingsInput, { description: "The portal settings." }) input: PortalSettingsInput,
  ): Promise<Facility> {
    return changed(ctx, await updatePortalSettings(ctx.data, staffScope(ctx), input, ctx.clock.now()));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Facility, { description: "Admins only. Name and accent colour, used in the portal and emails." })
  async updateBranding(
    @Ctx() ctx: Context,
    @Arg("input", () => BrandingInput, { description: "The name and accent colour." }) input: BrandingInput,
  ): Promise<Facility> {
    return changed(ctx, await updateBranding(ctx.data, staffScope(ctx), input, ctx.clock.now()));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Facility, {
    description: "Admins only. Removes the uploaded logo; the portal and emails show the facility's name instead.",
  })
  async removeLogo(@Ctx() ctx: Context): Promise<Facility> {
    return changed(ctx, await removeLogo(ctx.data, staffScope(ctx), ctx.clock.now()));
  }
}
