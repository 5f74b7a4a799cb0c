import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { SignInMethod } from "./facility.type.js";
import { PortalSection } from "./sections.service.js";

@InputType({ description: "Which onboarding steps the portal shows after a first sign-in, each on or off." })
export class OnboardingStepsInput {
  @Field({ description: "Ask the person to sign the contracts waiting for them." })
  signContracts: boolean;

  @Field({ description: "Ask the person to save a payment method." })
  addPaymentMethod: boolean;

  @Field({ description: "Ask the person to complete their profile." })
  completeProfile: boolean;
}

@InputType({ description: "Settings → Portal: how invites and sign-in work for this facility." })
export class PortalSettingsInput {
  @Field(() => SignInMethod, { description: "How portal customers sign in." })
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

  @Field(() => Boolean, { nullable: true, description: "Automatic invite reminders on or off; omit to leave as is." })
  @IsOptional()
  inviteRemindersEnabled?: boolean | null;

  @Field(() => [Int], {
    nullable: true,
    description:
      "Days after the invite on which a reminder goes out: up to three distinct whole days, each before the link expires; omit to leave as is.",
  })
  @IsOptional()
  @ArrayMaxSize(3, { message: "At most three reminders" })
  @IsInt({ each: true, message: "Reminder days are whole days" })
  inviteReminderDays?: number[] | null;

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

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether customers may accept single lines of an estimate; omit to leave as is.",
  })
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
  @Field({ description: "The facility's name, 1 to 120 characters." })
  @Length(1, 120, { message: "Enter the facility's name (up to 120 characters)" })
  name: string;

  @Field({ description: "Accent colour as #rrggbb." })
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: "Use a colour like #0b7285" })
  @MaxLength(7, { message: "Use a colour like #0b7285" })
  brandColor: string;
}
