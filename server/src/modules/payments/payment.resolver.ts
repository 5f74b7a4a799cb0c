import { IsOptional, Matches } from "class-validator";
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { getFacility } from "../facilities/facility.service.js";
import { Facility } from "../facilities/facility.type.js";
import { PortalSection, requireSection } from "../portal/sections.js";
import { invoiceCheckout, linkStripeCustomer, paymentMethodSetup } from "./stripe.service.js";

@InputType({ description: "The facility's Stripe account. Both empty turns online payments off." })
export class StripeSettingsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, { message: "A Stripe secret key looks like sk_live_…" })
  secretKey?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^whsec_[A-Za-z0-9]+$/, { message: "A webhook signing secret looks like whsec_…" })
  webhookSecret?: string | null;
}

@Resolver()
export class PaymentResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => Facility, { description: "Admins only. Stripe webhooks go to /webhooks/stripe/<facility id>." })
  updateStripeSettings(
    @Ctx() ctx: Context,
    @Arg("input", () => StripeSettingsInput) input: StripeSettingsInput,
  ): Facility {
    const { facilityId } = requireStaff(ctx);
    const secret = input.secretKey?.trim() || null;
    ctx.db.$client
      .prepare("UPDATE facilities SET stripe_secret_key = ?, stripe_webhook_secret = ? WHERE id = ?")
      .run(secret, secret ? input.webhookSecret?.trim() || null : null, facilityId);
    return Facility.from(getFacility(ctx.db, facilityId));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, {
    description: "Links the customer to a Stripe customer: the given cus_… id, or a new record when omitted.",
  })
  async linkStripeCustomer(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID) customerId: string,
    @Arg("stripeCustomerId", () => String, { nullable: true }) stripeCustomerId: string | null,
  ): Promise<boolean> {
    await linkStripeCustomer(
      ctx.db,
      ctx.config,
      requireStaff(ctx).facilityId,
      parseId(customerId, "Customer"),
      stripeCustomerId,
    );
    return true;
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => String, { description: "A Stripe Checkout URL for the invoice's balance; go there to pay." })
  async payInvoiceOnline(@Ctx() ctx: Context, @Arg("invoiceId", () => ID) invoiceId: string): Promise<string> {
    const viewer = requireSection(ctx, PortalSection.BILLING);
    return invoiceCheckout(ctx.db, ctx.config, viewer, parseId(invoiceId, "Invoice"));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => String, { description: "A Stripe Checkout URL to save a payment method." })
  async addPaymentMethod(@Ctx() ctx: Context): Promise<string> {
    const viewer = requireSection(ctx, PortalSection.BILLING);
    return paymentMethodSetup(ctx.db, ctx.config, viewer);
  }
}
