import { IsOptional, MaxLength, ValidateNested } from "class-validator";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requestFacility, requirePortal } from "../../graphql/context.js";
import { formatPhone } from "../../lib/phone.js";
import type { PortalViewer } from "../auth/sessions.service.js";
import { CommunicationPreferencesInput } from "../contacts/contact.inputs.js";
import {
  finishOnboarding,
  onboardingOpenOf,
  type PortalPersonProfile,
  profileOfPortalPerson,
  updateProfileOfPortalPerson,
} from "../contacts/contact.service.js";
import { CommunicationPreferences } from "../contacts/contact.type.js";
import { TextSettings, textSettingsFor } from "../texts/texts.type.js";

@ObjectType({ description: "The signed-in person's own details, as the portal's Profile page shows them." })
export class PortalProfile {
  /** Whose profile: each field resolves from it, reading only what the selection asks for. */
  viewer: PortalViewer;

  /** The person's details, read the first time a field needs them and then shared by the others. */
  details: () => Promise<PortalPersonProfile>;

  @Field({ description: "My name." })
  name: string;

  @Field({ description: "The address I sign in with." })
  email: string;

  @Field(() => String, { nullable: true, description: "E.164, e.g. +12075550148." })
  phone: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The phone number to show and edit: national format in the facility's country.",
  })
  phoneDisplay: string | null;

  @Field(() => String, { nullable: true, description: "The account holder's address (customers only)." })
  address: string | null;

  @Field({ description: "Sub-contacts cannot change the account holder's address." })
  isContact: boolean;

  @Field(() => CommunicationPreferences, { description: "Which kinds of email I receive." })
  preferences: CommunicationPreferences;

  @Field({ description: "Onboarding steps are waiting to be done after the first sign-in." })
  onboardingPending: boolean;
}

@InputType({ description: "My own details, as I edit them on the Profile page." })
export class PortalProfileInput {
  @Field(() => String, {
    nullable: true,
    description: "My phone number, up to 40 characters: E.164 or a number of the facility's country. Empty for none.",
  })
  @IsOptional()
  @MaxLength(40, { message: "Phone numbers are at most 40 characters" })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Ignored for sub-contacts." })
  @IsOptional()
  @MaxLength(500, { message: "The address is at most 500 characters" })
  address?: string | null;

  @Field(() => CommunicationPreferencesInput, { description: "Which kinds of email I receive." })
  @ValidateNested()
  preferences: CommunicationPreferencesInput;
}

// The portal's home asks only for onboardingPending on every visit: resolved field by field, that
// costs the one onboarding read, with no person read and no phone formatting (which loads the phone
// library on a process's first use).
function loadProfile(ctx: Context, viewer: PortalViewer): PortalProfile {
  let details: Promise<PortalPersonProfile> | undefined;
  return Object.assign(new PortalProfile(), {
    viewer,
    details: () => {
      details ??= profileOfPortalPerson(ctx.data, viewer);
      return details;
    },
  });
}

@Resolver(() => PortalProfile)
export class PortalProfileFieldsResolver {
  @FieldResolver(() => String)
  async name(@Root() profile: PortalProfile): Promise<string> {
    return (await profile.details()).name;
  }

  @FieldResolver(() => String)
  async email(@Root() profile: PortalProfile): Promise<string> {
    return (await profile.details()).email ?? "";
  }

  @FieldResolver(() => String, { nullable: true })
  async phone(@Root() profile: PortalProfile): Promise<string | null> {
    return (await profile.details()).phone;
  }

  @FieldResolver(() => String, { nullable: true })
  async phoneDisplay(@Root() profile: PortalProfile, @Ctx() ctx: Context): Promise<string | null> {
    const [person, facility] = await Promise.all([profile.details(), requestFacility(ctx, profile.viewer.facilityId)]);
    return formatPhone(person.phone, facility.country);
  }

  @FieldResolver(() => String, { nullable: true })
  async address(@Root() profile: PortalProfile): Promise<string | null> {
    return (await profile.details()).address;
  }

  @FieldResolver(() => Boolean)
  isContact(@Root() profile: PortalProfile): boolean {
    return profile.viewer.contactId !== null;
  }

  @FieldResolver(() => CommunicationPreferences)
  async preferences(@Root() profile: PortalProfile): Promise<CommunicationPreferences> {
    return Object.assign(new CommunicationPreferences(), (await profile.details()).preferences);
  }

  @FieldResolver(() => Boolean)
  async onboardingPending(@Root() { viewer }: PortalProfile, @Ctx() ctx: Context): Promise<boolean> {
    const facility = await requestFacility(ctx, viewer.facilityId);
    const hasSteps =
      facility.onboardingSignContracts || facility.onboardingPaymentMethod || facility.onboardingCompleteProfile;
    // No steps, or a preview: nothing is pending, and nothing needs reading.
    if (!hasSteps || viewer.preview) return false;
    return onboardingOpenOf(ctx.data, viewer);
  }
}

@Resolver()
export class PortalProfileResolver {
  @Authorized(Role.PORTAL)
  @Query(() => PortalProfile, { description: "The signed-in portal person's own details." })
  portalProfile(@Ctx() ctx: Context): PortalProfile {
    return loadProfile(ctx, requirePortal(ctx));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => PortalProfile, {
    description:
      "Saves the person's own phone, address (account holder only) and email preferences. Name and email changes go through the facility.",
  })
  async updatePortalProfile(
    @Ctx() ctx: Context,
    @Arg("input", () => PortalProfileInput, { description: "My details as they should be." }) input: PortalProfileInput,
  ): Promise<PortalProfile> {
    const viewer = requirePortal(ctx);
    await updateProfileOfPortalPerson(ctx, viewer, input);
    return loadProfile(ctx, viewer);
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => PortalProfile, { description: "Marks the onboarding steps done (or skipped for now)." })
  async completeOnboarding(@Ctx() ctx: Context): Promise<PortalProfile> {
    const viewer = requirePortal(ctx);
    await finishOnboarding(ctx.data, viewer, ctx.clock.now());
    return loadProfile(ctx, viewer);
  }
}

@Resolver(() => PortalProfile)
export class PortalTextsResolver {
  @FieldResolver(() => TextSettings, { description: "My channel and consent to texts." })
  texts(@Ctx() ctx: Context, @Root() profile: PortalProfile): Promise<TextSettings> {
    const { viewer } = profile;
    return textSettingsFor(ctx, viewer.facilityId, { customerId: viewer.customerId, contactId: viewer.contactId });
  }
}
