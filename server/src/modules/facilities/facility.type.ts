import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { logoPath } from "../files/file.service.js";
import type { FacilityRow } from "./facility.service.js";
import { reminderDaysOf } from "./invite-reminder-days.service.js";
import { enabledSections, PortalSection } from "./sections.service.js";

export type { FacilityRow };

registerEnumType(PortalSection, {
  name: "PortalSection",
  description: "A part of the portal a facility can turn on or off.",
  valuesConfig: {
    VEHICLES: { description: "Cars: the account's cars, their history and photos." },
    BILLING: { description: "Billing: invoices, balances and online payment." },
    DOCUMENTS: { description: "Documents: contracts and files shared with the customer, and signing." },
    EVENTS: { description: "Schedule: appointments and events." },
    MESSAGES: { description: "Messages: the conversation with the facility's team." },
    ESTIMATES: { description: "Estimates: quotes to accept or decline." },
    SERVICE_REQUESTS: { description: "Service requests: asking for work on a car." },
  },
});

@ObjectType({ description: "Onboarding steps shown after a customer's first sign-in." })
export class OnboardingSteps {
  @Field({ description: "Ask the person to sign the contracts waiting for them." })
  signContracts: boolean;

  @Field({ description: "Ask the person to save a payment method." })
  addPaymentMethod: boolean;

  @Field({ description: "Ask the person to complete their profile." })
  completeProfile: boolean;

  static from(f: FacilityRow): OnboardingSteps {
    return Object.assign(new OnboardingSteps(), {
      signContracts: f.onboardingSignContracts,
      addPaymentMethod: f.onboardingPaymentMethod,
      completeProfile: f.onboardingCompleteProfile,
    });
  }
}

export enum SignInMethod {
  MAGIC_LINK = "MAGIC_LINK",
  PASSWORD = "PASSWORD",
}
registerEnumType(SignInMethod, {
  name: "SignInMethod",
  description: "How portal customers sign in.",
  valuesConfig: {
    MAGIC_LINK: { description: "Passwordless: each sign-in is an emailed link (the default)." },
    PASSWORD: { description: "The invite link leads to choosing a password; later sign-ins use email and password." },
  },
});

/** "sk_live_…4242": enough for staff to recognise the key, never enough to use it. */
function stripeKeyHint(key: string | null): string | null {
  if (!key) return null;
  const mode = /^(?:sk|rk)_(?:test|live)_/.exec(key)?.[0] ?? "";
  return `${mode}…${key.slice(-4)}`;
}

@ObjectType({ description: "A business using Portico: its staff, customers and portal settings." })
export class Facility {
  @Field(() => ID, { description: "The facility's ID." })
  id: string;

  @Field({ description: "The facility's name, as shown in the portal and emails." })
  name: string;

  @Field({ description: "The facility's short name in addresses, e.g. `?facility=` on the portal's sign-in page." })
  slug: string;

  @Field({ description: "Accent colour (#rrggbb) used in the portal and emails." })
  brandColor: string;

  @Field(() => String, {
    nullable: true,
    description: "The uploaded logo's address (same origin), or a configured one.",
  })
  logoUrl: string | null;

  @Field({ description: "IANA time zone, e.g. America/New_York: event times and what “today” means." })
  timeZone: string;

  @Field({ description: "ISO 3166 alpha-2 country, e.g. US: the country of phone numbers typed without +." })
  country: string;

  @Field(() => SignInMethod, { description: "How portal customers sign in." })
  signInMethod: SignInMethod;

  @Field(() => Int, { description: "Days an invite link works: 1 to 30, 7 by default." })
  inviteExpiryDays: number;

  @Field(() => Int, { description: "Hours after an invite before Resend Invite is offered: 1 to 168, 24 by default." })
  resendCooldownHours: number;

  @Field({ description: "Whether invites not accepted get automatic reminders." })
  inviteRemindersEnabled: boolean;

  @Field(() => [Int], { description: "Days after the invite on which reminders go out, ascending (at most three)." })
  inviteReminderDays: number[];

  @Field(() => String, { nullable: true, description: "Shown at the top of the invite email; null for none." })
  welcomeMessage: string | null;

  @Field(() => [PortalSection], { description: "Portal sections customers see." })
  sections: PortalSection[];

  @Field(() => OnboardingSteps, { description: "The steps shown after a customer's first sign-in." })
  onboarding: OnboardingSteps;

  @Field(() => String, { nullable: true, description: "Shown in the portal when online payments are off." })
  offlinePaymentInstructions: string | null;

  @Field({ description: "Whether a Stripe key is configured (online payments on)." })
  stripeConnected: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The configured Stripe key with all but its mode and last four characters hidden.",
  })
  stripeKeyHint: string | null;

  @Field({ description: "Whether the Stripe key is a test-mode key (no real money moves)." })
  stripeTestMode: boolean;

  @Field({ description: "Whether customers may accept or decline single lines of an estimate." })
  allowEstimateLineChoice: boolean;

  static from(row: FacilityRow): Facility {
    return Object.assign(new Facility(), {
      id: String(row.id),
      name: row.name,
      slug: row.slug,
      brandColor: row.brandColor,
      logoUrl: logoPath(row),
      timeZone: row.timeZone,
      country: row.country,
      signInMethod: row.signInMethod as SignInMethod,
      inviteExpiryDays: row.inviteExpiryDays,
      resendCooldownHours: row.resendCooldownHours,
      inviteRemindersEnabled: row.inviteRemindersEnabled,
      inviteReminderDays: reminderDaysOf(row.inviteReminderDays),
      welcomeMessage: row.welcomeMessage,
      sections: enabledSections(row),
      onboarding: OnboardingSteps.from(row),
      offlinePaymentInstructions: row.offlinePaymentInstructions,
      stripeConnected: !!row.stripeSecretKey,
      stripeKeyHint: stripeKeyHint(row.stripeSecretKey),
      stripeTestMode: !!row.stripeSecretKey?.includes("_test_"),
      allowEstimateLineChoice: row.allowEstimateLineChoice,
    });
  }
}

@ObjectType({ description: "A country phone numbers can be checked for." })
export class PhoneCountry {
  @Field({ description: "ISO 3166 alpha-2 code, e.g. GB." })
  code: string;

  @Field({ description: "English name, e.g. United Kingdom." })
  name: string;

  @Field({ description: "International calling code without +, e.g. 44." })
  callingCode: string;
}

/** What the portal shows of its facility: branding only. */
@ObjectType({ description: "What the portal shows of its facility: branding and which sections are on." })
export class PortalFacility {
  @Field({ description: "The facility's name." })
  name: string;

  @Field({ description: "The facility's short name in addresses: the portal's sign-in page names it in `?facility=`." })
  slug: string;

  @Field({ description: "Accent colour (#rrggbb)." })
  brandColor: string;

  @Field(() => String, {
    nullable: true,
    description: "The logo's address; null when the facility has none (show its name).",
  })
  logoUrl: string | null;

  @Field({ description: "IANA time zone the facility's event times are shown in." })
  timeZone: string;

  @Field(() => [PortalSection], { description: "Sections this portal shows; the others are refused." })
  sections: PortalSection[];

  @Field(() => OnboardingSteps, { description: "The steps shown after a first sign-in." })
  onboarding: OnboardingSteps;

  @Field({ description: "Whether customers may accept some of an estimate's lines, or answer only for the whole." })
  allowEstimateLineChoice: boolean;

  static from(row: FacilityRow): PortalFacility {
    return Object.assign(new PortalFacility(), {
      name: row.name,
      slug: row.slug,
      brandColor: row.brandColor,
      logoUrl: logoPath(row),
      timeZone: row.timeZone,
      sections: enabledSections(row),
      onboarding: OnboardingSteps.from(row),
      allowEstimateLineChoice: row.allowEstimateLineChoice,
    });
  }
}
