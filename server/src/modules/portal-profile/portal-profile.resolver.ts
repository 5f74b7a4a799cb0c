import { IsOptional, MaxLength, ValidateNested } from "class-validator";
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requestFacility, requirePortal } from "../../graphql/context.js";
import { formatPhone } from "../../lib/phone.js";
import type { PortalViewer } from "../auth/sessions.service.js";
import { CommunicationPreferencesInput } from "../contacts/contact.inputs.js";
import { finishOnboarding, profileOfPortalPerson, updateProfileOfPortalPerson } from "../contacts/contact.service.js";
import { CommunicationPreferences } from "../contacts/contact.type.js";

@ObjectType({ description: "The signed-in person's own details, as the portal's Profile page shows them." })
export class PortalProfile {
  @Field()
  name: string;

  @Field()
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

  @Field(() => CommunicationPreferences)
  preferences: CommunicationPreferences;

  @Field({ description: "Onboarding steps are waiting to be done after the first sign-in." })
  onboardingPending: boolean;
}

@InputType()
export class PortalProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, { message: "Phone numbers are at most 40 characters" })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: "Ignored for sub-contacts." })
  @IsOptional()
  @MaxLength(500, { message: "The address is at most 500 characters" })
  address?: string | null;

  @Field(() => CommunicationPreferencesInput)
  @ValidateNested()
  preferences: CommunicationPreferencesInput;
}

async function loadProfile(ctx: Context, viewer: PortalViewer): Promise<PortalProfile> {
  const person = await profileOfPortalPerson(ctx.data, viewer);
  const facility = await requestFacility(ctx, viewer.facilityId);
  const hasSteps =
    facility.onboardingSignContracts || facility.onboardingPaymentMethod || facility.onboardingCompleteProfile;
  return Object.assign(new PortalProfile(), {
    name: person.name,
    email: person.email ?? "",
    phone: person.phone,
    phoneDisplay: formatPhone(person.phone, facility.country),
    address: person.address,
    isContact: viewer.contactId !== null,
    preferences: Object.assign(new CommunicationPreferences(), person.preferences),
    onboardingPending: hasSteps && !viewer.preview && person.onboardingOpen,
  });
}

@Resolver()
export class PortalProfileResolver {
  @Authorized(Role.PORTAL)
  @Query(() => PortalProfile)
  portalProfile(@Ctx() ctx: Context): Promise<PortalProfile> {
    return loadProfile(ctx, requirePortal(ctx));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => PortalProfile, {
    description:
      "Saves the person's own phone, address (account holder only) and email preferences. Name and email changes go through the facility.",
  })
  async updatePortalProfile(
    @Ctx() ctx: Context,
    @Arg("input", () => PortalProfileInput) input: PortalProfileInput,
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
