import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requireSection, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { notFound } from "../../lib/domain-error.js";
import { facilityToday, getFacility } from "../facilities/facility.service.js";
import { PortalSection } from "../facilities/sections.service.js";
import { SavedCard } from "../payments/saved-card.type.js";
import { paymentSetupOf } from "../payments/stripe.service.js";
import {
  createInvoice,
  getInvoice,
  invoicesOfCustomer,
  issueInvoice,
  linesOf,
  outstandingBalance,
  paymentsOf,
  recordPayment,
  updateDraftInvoice,
  voidInvoice,
} from "./invoice.service.js";
import { Invoice, InvoiceInput, InvoiceLine, Payment, PaymentInput, PortalBilling } from "./invoice.type.js";

@Resolver(() => Invoice)
export class InvoiceResolver {
  /** Overdue means past due at the facility, whatever the server's zone. */
  private today(ctx: Context) {
    const facilityId = ctx.staff?.facilityId ?? ctx.portal?.facilityId;
    const now = ctx.clock.now();
    return facilityId == null ? now.toISOString().slice(0, 10) : facilityToday(ctx.db, facilityId, now);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice, { description: "A draft invoice with line items; the customer sees it once issued." })
  createInvoice(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID) customerId: string,
    @Arg("input", () => InvoiceInput) input: InvoiceInput,
  ): Invoice {
    const { facilityId } = requireStaff(ctx);
    const id = createInvoice(ctx.db, facilityId, parseId(customerId, "Customer"), input, ctx.clock.now());
    return Invoice.from(getInvoice(ctx.db, facilityId, id), this.today(ctx));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice, {
    description: "Replaces a draft's dates and line items; issued invoices answer CONFLICT.",
  })
  updateDraftInvoice(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => InvoiceInput) input: InvoiceInput,
  ): Invoice {
    const { facilityId } = requireStaff(ctx);
    const invoiceId = parseId(id, "Invoice");
    updateDraftInvoice(ctx.db, facilityId, invoiceId, input);
    return Invoice.from(getInvoice(ctx.db, facilityId, invoiceId), this.today(ctx));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice, { description: "Issues a draft: it shows in the portal and opted-in people are emailed." })
  issueInvoice(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Invoice {
    const { facilityId } = requireStaff(ctx);
    const invoiceId = parseId(id, "Invoice");
    issueInvoice(ctx.db, ctx.config, facilityId, invoiceId, ctx.clock.now());
    ctx.nudgeOutbox();
    return Invoice.from(getInvoice(ctx.db, facilityId, invoiceId), this.today(ctx));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice, { description: "Records a payment received (check, cash, transfer…)." })
  recordPayment(
    @Ctx() ctx: Context,
    @Arg("invoiceId", () => ID) invoiceId: string,
    @Arg("input", () => PaymentInput) input: PaymentInput,
  ): Invoice {
    const staff = requireStaff(ctx);
    const id = parseId(invoiceId, "Invoice");
    recordPayment(ctx.db, staff, id, input, ctx.clock.now());
    return Invoice.from(getInvoice(ctx.db, staff.facilityId, id), this.today(ctx));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice)
  voidInvoice(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Invoice {
    const { facilityId } = requireStaff(ctx);
    const invoiceId = parseId(id, "Invoice");
    voidInvoice(ctx.db, facilityId, invoiceId);
    return Invoice.from(getInvoice(ctx.db, facilityId, invoiceId), this.today(ctx));
  }

  @Authorized(Role.STAFF, Role.PORTAL)
  @Query(() => Invoice, { description: "One invoice: staff of its facility, or its account's people (issued only)." })
  invoice(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Invoice {
    const invoiceId = parseId(id, "Invoice");
    if (ctx.staff) return Invoice.from(getInvoice(ctx.db, ctx.staff.facilityId, invoiceId), this.today(ctx));
    const viewer = requireSection(ctx, PortalSection.BILLING);
    const row = getInvoice(ctx.db, viewer.facilityId, invoiceId, viewer.customerId);
    // A draft is not the customer's to see yet: it answers like a missing invoice.
    if (row.status === "DRAFT") throw notFound("Invoice");
    return Invoice.from(row, this.today(ctx));
  }

  @Authorized(Role.PORTAL)
  @Query(() => PortalBilling, { description: "Billing section of the portal." })
  portalBilling(@Ctx() ctx: Context): PortalBilling {
    const viewer = requireSection(ctx, PortalSection.BILLING);
    const facility = getFacility(ctx.db, viewer.facilityId);
    const today = this.today(ctx);
    const setup = paymentSetupOf(ctx.db, viewer.customerId);
    return Object.assign(new PortalBilling(), {
      outstandingCents: outstandingBalance(ctx.db, viewer.facilityId, viewer.customerId),
      invoices: invoicesOfCustomer(ctx.db, viewer.facilityId, viewer.customerId, { includeDrafts: false }).map((r) =>
        Invoice.from(r, today),
      ),
      offlinePaymentInstructions: facility.offlinePaymentInstructions,
      onlinePayments: !!facility.stripeSecretKey,
      paymentMethodOnFile: setup.onFile,
      savedCard: SavedCard.from(setup.card),
    });
  }

  @FieldResolver(() => [InvoiceLine])
  lines(@Ctx() ctx: Context, @Root() invoice: Invoice): InvoiceLine[] {
    return linesOf(ctx.db, invoice.rowId).map(InvoiceLine.from);
  }

  @FieldResolver(() => [Payment])
  payments(@Ctx() ctx: Context, @Root() invoice: Invoice): Payment[] {
    return paymentsOf(ctx.db, invoice.rowId).map(Payment.from);
  }
}
