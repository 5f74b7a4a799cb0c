import { IsOptional, MaxLength, ValidateNested } from "class-validator";
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { writeTransaction } from "../../db/client.js";
import { Role } from "../../graphql/auth.js";
import { type Context, requirePortal } from "../../graphql/context.js";
import { formatPhone, phoneSearchDigits } from "../../lib/phone.js";
import { emptyToNull } from "../../lib/text.js";
import type { PortalViewer } from "../auth/sessions.service.js";
import { CommunicationPreferencesInput } from "../contacts/contact.inputs.js";
import { CommunicationPreferences } from "../contacts/contact.type.js";
import { phoneInput } from "../customers/customer.service.js";
import { getFacility } from "../facilities/facility.service.js";

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

type PersonRow = {
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  pref_invoices: number;
  pref_estimates: number;
  pref_scheduling: number;
  pref_car_updates: number;
  pref_contracts: number;
  pref_social_events: number;
  pref_marketing: number;
};

function loadProfile(ctx: Context, viewer: PortalViewer): PortalProfile {
  const row = (
    viewer.contactId === null
      ? ctx.db.$client.prepare("SELECT * FROM customers WHERE id = ?").get(viewer.customerId)
      : ctx.db.$client.prepare("SELECT *, NULL AS address FROM contacts WHERE id = ?").get(viewer.contactId)
  ) as PersonRow;
  const facility = ctx.db.$client.prepare("SELECT * FROM facilities WHERE id = ?").get(viewer.facilityId) as Record<
    string,
    number | string
  >;
  const account = viewer.accountId
    ? (ctx.db.$client.prepare("SELECT onboarded_at FROM portal_accounts WHERE id = ?").get(viewer.accountId) as {
        onboarded_at: number | null;
      })
    : null;
  const hasSteps = !!(
    facility.onboarding_sign_contracts ||
    facility.onboarding_payment_method ||
    facility.onboarding_complete_profile
  );
  return Object.assign(new PortalProfile(), {
    name: row.name,
    email: row.email ?? "",
    phone: row.phone,
    phoneDisplay: formatPhone(row.phone, String(facility.country)),
    address: row.address,
    isContact: viewer.contactId !== null,
    preferences: Object.assign(new CommunicationPreferences(), {
      invoices: row.pref_invoices === 1,
      estimates: row.pref_estimates === 1,
      scheduling: row.pref_scheduling === 1,
      carUpdates: row.pref_car_updates === 1,
      contracts: row.pref_contracts === 1,
      socialEvents: row.pref_social_events === 1,
      marketing: row.pref_marketing === 1,
    }),
    onboardingPending: hasSteps && !viewer.preview && account !== null && account.onboarded_at === null,
  });
}

@Resolver()
export class PortalProfileResolver {
  @Authorized(Role.PORTAL)
  @Query(() => PortalProfile)
  portalProfile(@Ctx() ctx: Context): PortalProfile {
    return loadProfile(ctx, requirePortal(ctx));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => PortalProfile, {
    description:
      "Saves the person's own phone, address (account holder only) and email preferences. Name and email changes go through the facility.",
  })
  updatePortalProfile(
    @Ctx() ctx: Context,
    @Arg("input", () => PortalProfileInput) input: PortalProfileInput,
  ): PortalProfile {
    const viewer = requirePortal(ctx);
    const p = input.preferences;
    const prefs = [p.invoices, p.estimates, p.scheduling, p.carUpdates, p.contracts, p.socialEvents, p.marketing].map(
      (v) => (v ? 1 : 0),
    );
    const phone = phoneInput(input.phone, getFacility(ctx.db, viewer.facilityId).country);
    writeTransaction(ctx.db, (tx) => {
      const set = `pref_invoices = ?, pref_estimates = ?, pref_scheduling = ?, pref_car_updates = ?, pref_contracts = ?,
        pref_social_events = ?, pref_marketing = ?, phone = ?`;
      if (viewer.contactId === null) {
        tx.$client
          .prepare(`UPDATE customers SET ${set}, phone_digits = ?, address = ? WHERE id = ?`)
          .run(...prefs, phone, phoneSearchDigits(phone), emptyToNull(input.address), viewer.customerId);
      } else {
        tx.$client.prepare(`UPDATE contacts SET ${set} WHERE id = ?`).run(...prefs, phone, viewer.contactId);
      }
    });
    return loadProfile(ctx, viewer);
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => PortalProfile, { description: "Marks the onboarding steps done (or skipped for now)." })
  completeOnboarding(@Ctx() ctx: Context): PortalProfile {
    const viewer = requirePortal(ctx);
    ctx.db.$client
      .prepare("UPDATE portal_accounts SET onboarded_at = ? WHERE id = ? AND onboarded_at IS NULL")
      .run(ctx.clock.now().getTime(), viewer.accountId);
    return loadProfile(ctx, viewer);
  }
}
