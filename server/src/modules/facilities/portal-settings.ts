import { IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { eq } from "drizzle-orm";
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from "type-graphql";
import { facilities } from "../../db/schema.js";
import { Role } from "../../graphql/auth.js";
import { type Context, requireStaff } from "../../graphql/context.js";
import { badInput } from "../../lib/domain-error.js";
import { phoneCountries, phoneCountry } from "../../lib/phone.js";
import { emptyToNull } from "../../lib/text.js";
import { canonicalTimeZone } from "../../lib/time-zone.js";
import { PortalSection } from "../portal/sections.js";
import { getFacility } from "./facility.service.js";
import { Facility, PhoneCountry, SignInMethod } from "./facility.type.js";
import { removeLogo } from "./logo.service.js";

@InputType()
export class OnboardingStepsInput {
  @Field()
  signContracts: boolean;

  @Field()
  addPaymentMethod: boolean;

  @Field()
  completeProfile: boolean;
}

@InputType({ description: "Settings → Portal: how invites and sign-in work for this facility." })
export class PortalSettingsInput {
  @Field(() => SignInMethod)
  @IsIn(Object.values(SignInMethod))
  signInMethod: SignInMethod;

  @Field(() => Int, { description: "Days an invite link works: 1 to 30." })
  @IsInt()
  @Min(1, { message: "Invite links must work for at least 1 day" })
  @Max(30, { message: "Invite links can work for at most 30 days" })
  inviteExpiryDays: number;

  @Field(() => Int, { description: "Hours before Resend Invite is offered again: 1 to 168." })
  @IsInt()
  @Min(1, { message: "The resend cooldown is at least 1 hour" })
  @Max(168, { message: "The resend cooldown is at most 168 hours (7 days)" })
  resendCooldownHours: number;

  @Field(() => String, { nullable: true, description: "Shown at the top of the invite email." })
  @IsOptional()
  @MaxLength(1000, { message: "The welcome message is at most 1000 characters" })
  welcomeMessage?: string | null;

  @Field(() => [PortalSection], { nullable: true, description: "Sections customers see; omit to leave as is." })
  @IsOptional()
  sections?: PortalSection[] | null;

  @Field(() => OnboardingStepsInput, { nullable: true, description: "Omit to leave as is." })
  @IsOptional()
  @ValidateNested()
  onboarding?: OnboardingStepsInput | null;

  @Field(() => String, { nullable: true, description: "Shown in the portal when online payments are off." })
  @IsOptional()
  @MaxLength(2000, { message: "Payment instructions are at most 2000 characters" })
  offlinePaymentInstructions?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  allowEstimateLineChoice?: boolean | null;

  @Field(() => String, { nullable: true, description: "IANA time zone, e.g. America/Chicago; omit to leave as is." })
  @IsOptional()
  @MaxLength(64, { message: "Pick a time zone from the list" })
  timeZone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166 alpha-2 country of phone numbers typed without +, e.g. US; omit to leave as is.",
  })
  @IsOptional()
  @MaxLength(2, { message: "Pick a country from the list" })
  country?: string | null;
}

@InputType({ description: "Branding applied to the portal and to emails." })
export class BrandingInput {
  @Field()
  @Length(1, 120, { message: "Enter the facility's name (up to 120 characters)" })
  name: string;

  @Field({ description: "Accent colour as #rrggbb." })
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: "Use a colour like #0b7285" })
  @MaxLength(7, { message: "Use a colour like #0b7285" })
  brandColor: string;
}

@Resolver()
export class PortalSettingsResolver {
  @Authorized(Role.STAFF)
  @Query(() => Facility, { description: "The viewer's facility, with its portal settings." })
  facility(@Ctx() ctx: Context): Facility {
    return Facility.from(getFacility(ctx.db, requireStaff(ctx).facilityId));
  }

  @Authorized(Role.STAFF)
  @Query(() => [PhoneCountry], { description: "Countries a facility can pick for its phone numbers, by name." })
  phoneCountries(): PhoneCountry[] {
    return phoneCountries().map((c) => Object.assign(new PhoneCountry(), c));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Facility, { description: "Admins only. Applies to invites sent from now on." })
  updatePortalSettings(
    @Ctx() ctx: Context,
    @Arg("input", () => PortalSettingsInput) input: PortalSettingsInput,
  ): Facility {
    const { facilityId } = requireStaff(ctx);
    const sections = input.sections ? new Set(input.sections) : null;
    const timeZone = input.timeZone == null ? null : canonicalTimeZone(input.timeZone);
    if (input.timeZone != null && !timeZone) {
      throw badInput(`“${input.timeZone.slice(0, 64)}” is not a time zone we know. Pick one from the list.`, {
        timeZone: "Pick a time zone from the list",
      });
    }
    const country = input.country == null ? null : phoneCountry(input.country);
    if (input.country != null && !country) {
      throw badInput(`“${input.country}” is not a country we know. Pick one from the list.`, {
        country: "Pick a country from the list",
      });
    }
    ctx.db
      .update(facilities)
      .set({
        signInMethod: input.signInMethod,
        inviteExpiryDays: input.inviteExpiryDays,
        resendCooldownHours: input.resendCooldownHours,
        welcomeMessage: emptyToNull(input.welcomeMessage),
        ...(sections && {
          sectionVehicles: sections.has(PortalSection.VEHICLES),
          sectionBilling: sections.has(PortalSection.BILLING),
          sectionDocuments: sections.has(PortalSection.DOCUMENTS),
          sectionEvents: sections.has(PortalSection.EVENTS),
          sectionMessages: sections.has(PortalSection.MESSAGES),
          sectionEstimates: sections.has(PortalSection.ESTIMATES),
          sectionServiceRequests: sections.has(PortalSection.SERVICE_REQUESTS),
        }),
        ...(input.onboarding && {
          onboardingSignContracts: input.onboarding.signContracts,
          onboardingPaymentMethod: input.onboarding.addPaymentMethod,
          onboardingCompleteProfile: input.onboarding.completeProfile,
        }),
        ...(input.offlinePaymentInstructions !== undefined && {
          offlinePaymentInstructions: emptyToNull(input.offlinePaymentInstructions),
        }),
        ...(typeof input.allowEstimateLineChoice === "boolean" && {
          allowEstimateLineChoice: input.allowEstimateLineChoice,
        }),
        ...(timeZone && { timeZone }),
        ...(country && { country }),
      })
      .where(eq(facilities.id, facilityId))
      .run();
    return Facility.from(getFacility(ctx.db, facilityId));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Facility, { description: "Admins only. Name and accent colour, used in the portal and emails." })
  updateBranding(@Ctx() ctx: Context, @Arg("input", () => BrandingInput) input: BrandingInput): Facility {
    const { facilityId } = requireStaff(ctx);
    ctx.db
      .update(facilities)
      .set({ name: input.name.trim(), brandColor: input.brandColor.toLowerCase() })
      .where(eq(facilities.id, facilityId))
      .run();
    return Facility.from(getFacility(ctx.db, facilityId));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Facility, {
    description: "Admins only. Removes the uploaded logo; the portal and emails show the facility's name instead.",
  })
  removeLogo(@Ctx() ctx: Context): Facility {
    const { facilityId } = requireStaff(ctx);
    removeLogo(ctx.db, facilityId);
    return Facility.from(getFacility(ctx.db, facilityId));
  }
}
