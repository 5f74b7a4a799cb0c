import { IsOptional, Matches, MaxLength } from "class-validator";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import {
  type Context,
  facilityChanged,
  requestFacility,
  requireSection,
  requireStaff,
  staffScope,
} from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { customerOfFacility } from "../customers/customer.service.js";
import { Customer } from "../customers/customer.type.js";
import { facilityById } from "../facilities/facility.service.js";
import { Facility } from "../facilities/facility.type.js";
import { PortalSection } from "../facilities/sections.service.js";
import { SavedCard } from "./saved-card.type.js";
import {
  invoiceCheckout,
  linkStripeCustomer,
  paymentMethodSetup,
  paymentSetupOf,
  savedCardOf,
  saveStripeSettings,
} from "./stripe.service.js";

/** What the payment services need of the request's dependencies. */
function stripeDeps(ctx: Context) {
  return { data: ctx.data, config: ctx.config };
}

/** The portal person's account, as the payment services take it. */
function portalCustomer(viewer: { facilityId: number; customerId: number }) {
  return { scope: new FacilityScope(viewer.facilityId), customerId: viewer.customerId };
}

@InputType({ description: "The facility's Stripe account. Both empty turns online payments off." })
export class StripeSettingsInput {
  @Field(() => String, {
    nullable: true,
    description:
      "The Stripe secret or restricted key (sk_live_…, rk_live_…, or a _test_ key), up to 255 characters. Never read back in full.",
  })
  @IsOptional()
  @Matches(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, { message: "A Stripe secret key looks like sk_live_…" })
  @MaxLength(255, { message: "A Stripe secret key is at most 255 characters" })
  secretKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The webhook endpoint's signing secret (whsec_…), up to 255 characters. Never read back in full.",
  })
  @IsOptional()
  @Matches(/^whsec_[A-Za-z0-9]+$/, { message: "A webhook signing secret looks like whsec_…" })
  @MaxLength(255, { message: "A webhook signing secret is at most 255 characters" })
  webhookSecret?: string | null;
}

export enum PaymentSetupReturn {
  BILLING = "billing",
  WELCOME = "welcome",
}
registerEnumType(PaymentSetupReturn, {
  name: "PaymentSetupReturn",
  description: "The portal page Stripe Checkout returns to: Billing, or the welcome steps.",
  valuesConfig: {
    BILLING: { description: "Back to the portal's Billing page." },
    WELCOME: { description: "Back to the portal's welcome steps." },
  },
});

@Resolver(() => Facility)
export class PaymentResolver {
  @FieldResolver(() => String, { description: "Where to point the facility's Stripe webhook endpoint." })
  stripeWebhookUrl(@Ctx() ctx: Context, @Root() facility: Facility): string {
    return `${ctx.config.publicUrl}/webhooks/stripe/${facility.id}`;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Facility, {
    description: "Admins only. The key is tried against Stripe before it is saved; both empty turns payments off.",
  })
  async updateStripeSettings(
    @Ctx() ctx: Context,
    @Arg("input", () => StripeSettingsInput, { description: "The Stripe keys; both empty turns online payments off." })
    input: StripeSettingsInput,
  ): Promise<Facility> {
    const { facilityId } = requireStaff(ctx);
    await saveStripeSettings(ctx, staffScope(ctx), input);
    // Read again: the request's copy of the facility is from before the change.
    const facility = await facilityById(ctx.data, facilityId);
    facilityChanged(ctx, facility);
    return Facility.from(facility);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Customer, {
    description: "Links the customer to a Stripe customer: the given cus_… id, or a new record when omitted.",
  })
  async linkStripeCustomer(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer to link." }) customerId: string,
    @StringArg("stripeCustomerId", {
      nullable: true,
      maxLength: 255,
      description: "An existing Stripe customer id (cus_…); omit to create a new Stripe customer.",
    })
    stripeCustomerId: string | null,
  ): Promise<Customer> {
    const { facilityId } = requireStaff(ctx);
    const id = parseId(customerId, "Customer");
    const scope = new FacilityScope(facilityId);
    await linkStripeCustomer(stripeDeps(ctx), scope, id, stripeCustomerId);
    const row = await customerOfFacility(ctx.data, scope, id);
    return Customer.from(row, await requestFacility(ctx, facilityId), ctx.clock.now());
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => String, { description: "A Stripe Checkout URL for the invoice's balance; go there to pay." })
  async payInvoiceOnline(
    @Ctx() ctx: Context,
    @Arg("invoiceId", () => ID, { description: "The open invoice of the signed-in portal person's account to pay." })
    invoiceId: string,
  ): Promise<string> {
    const viewer = requireSection(ctx, PortalSection.BILLING);
    return invoiceCheckout(stripeDeps(ctx), portalCustomer(viewer), parseId(invoiceId, "Invoice"));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => String, { description: "A Stripe Checkout URL to save a payment method." })
  async addPaymentMethod(
    @Ctx() ctx: Context,
    @Arg("returnTo", () => PaymentSetupReturn, {
      defaultValue: PaymentSetupReturn.BILLING,
      description: "The portal page Stripe Checkout returns to afterwards.",
    })
    returnTo: PaymentSetupReturn,
  ): Promise<string> {
    const viewer = requireSection(ctx, PortalSection.BILLING);
    return paymentMethodSetup(stripeDeps(ctx), portalCustomer(viewer), returnTo);
  }
}

@Resolver(() => Customer)
export class CustomerPaymentResolver {
  @FieldResolver(() => SavedCard, {
    nullable: true,
    description:
      "The saved card, when Stripe has said which. The customer page reads it with the customer's row; in a list it costs one query per customer.",
  })
  async savedCard(@Ctx() ctx: Context, @Root() customer: Customer): Promise<SavedCard | null> {
    // The customer's page read the card with the customer's row; a list's row reads it here.
    if (customer.row.card) return SavedCard.from(savedCardOf(customer.row.card));
    const setup = await paymentSetupOf(ctx.data, new FacilityScope(customer.row.facilityId), customer.row.id);
    return SavedCard.from(setup.card);
  }
}
