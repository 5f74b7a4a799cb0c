import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import {
  type Context,
  facilityToday,
  requestFacility,
  requireSection,
  requireStaff,
  staffScope,
} from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { selectsAnyOf } from "../../graphql/pagination.js";
import { localDate } from "../../lib/time-zone.js";
import { PortalSection } from "../facilities/sections.service.js";
import { SavedCard } from "../payments/saved-card.type.js";
import { paymentSetupOf, savedCardOf } from "../payments/stripe.service.js";
import {
  createInvoice,
  getInvoice,
  getInvoiceWithItems,
  getIssuedInvoice,
  getIssuedInvoiceWithItems,
  issueInvoice,
  linesOf,
  outstandingOf,
  paymentsOf,
  portalBillingOf,
  recordPayment,
  updateDraftInvoice,
  voidInvoice,
} from "./invoice.service.js";
import { Invoice, InvoiceInput, InvoiceLine, Payment, PaymentInput, PortalBilling } from "./invoice.type.js";

@Resolver(() => Invoice)
export class InvoiceResolver {
  /** Overdue means past due at the facility, whatever the server's zone. */
  private async today(ctx: Context): Promise<string> {
    const facilityId = ctx.staff?.facilityId ?? ctx.portal?.facilityId;
    const now = ctx.clock.now();
    return facilityId == null ? now.toISOString().slice(0, 10) : facilityToday(ctx, facilityId);
  }

  /** The invoice as staff see it after a change. */
  private async answer(ctx: Context, scope: FacilityScope, invoiceId: number): Promise<Invoice> {
    return Invoice.from(await getInvoice(ctx.data, scope, invoiceId), await this.today(ctx));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice, { description: "A draft invoice with line items; the customer sees it once issued." })
  async createInvoice(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer billed." }) customerId: string,
    @Arg("input", () => InvoiceInput, { description: "The draft's dates and lines." }) input: InvoiceInput,
  ): Promise<Invoice> {
    const scope = staffScope(ctx);
    const id = await createInvoice(ctx.data, scope, parseId(customerId, "Customer"), input, ctx.clock.now());
    return this.answer(ctx, scope, id);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice, {
    description: "Replaces a draft's dates and line items; issued invoices answer CONFLICT.",
  })
  async updateDraftInvoice(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The draft invoice to change." }) id: string,
    @Arg("input", () => InvoiceInput, { description: "The dates and lines as they should be." }) input: InvoiceInput,
  ): Promise<Invoice> {
    const scope = staffScope(ctx);
    const invoiceId = parseId(id, "Invoice");
    await updateDraftInvoice(ctx.data, scope, invoiceId, input);
    return this.answer(ctx, scope, invoiceId);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice, { description: "Issues a draft: it shows in the portal and opted-in people are emailed." })
  async issueInvoice(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The draft invoice to issue." }) id: string,
  ): Promise<Invoice> {
    const scope = staffScope(ctx);
    const invoiceId = parseId(id, "Invoice");
    await issueInvoice({ data: ctx.data, config: ctx.config }, scope, invoiceId, ctx.clock.now());
    ctx.nudgeOutbox();
    return this.answer(ctx, scope, invoiceId);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice, { description: "Records a payment received (check, cash, transfer…)." })
  async recordPayment(
    @Ctx() ctx: Context,
    @Arg("invoiceId", () => ID, { description: "The open invoice paid." }) invoiceId: string,
    @Arg("input", () => PaymentInput, {
      description: "The payment; the invoice becomes PAID when its balance reaches 0.",
    })
    input: PaymentInput,
  ): Promise<Invoice> {
    const staff = requireStaff(ctx);
    const scope = staffScope(ctx);
    const id = parseId(invoiceId, "Invoice");
    await recordPayment(ctx.data, { scope, userId: staff.userId }, id, input, ctx.clock.now());
    return this.answer(ctx, scope, id);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice, {
    description:
      "Voids an invoice (staff); one with payments answers CONFLICT. Voiding a void invoice changes nothing.",
  })
  async voidInvoice(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The invoice to void." }) id: string,
  ): Promise<Invoice> {
    const scope = staffScope(ctx);
    const invoiceId = parseId(id, "Invoice");
    await voidInvoice(ctx.data, scope, invoiceId, ctx.clock.now());
    return this.answer(ctx, scope, invoiceId);
  }

  @Authorized(Role.STAFF, Role.PORTAL)
  @Query(() => Invoice, { description: "One invoice: staff of its facility, or its account's people (issued only)." })
  async invoice(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The invoice's ID." }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Invoice> {
    const invoiceId = parseId(id, "Invoice");
    // An invoice page shows its lines and payments: they come with the invoice, in its statement.
    const withItems = selectsAnyOf(info, ["lines", "payments"]);
    if (ctx.staff) {
      const scope = new FacilityScope(ctx.staff.facilityId);
      if (!withItems) return this.answer(ctx, scope, invoiceId);
      return Invoice.from(await getInvoiceWithItems(ctx.data, scope, invoiceId), await this.today(ctx));
    }
    const viewer = requireSection(ctx, PortalSection.BILLING);
    const account = { scope: new FacilityScope(viewer.facilityId), customerId: viewer.customerId };
    const row = withItems
      ? await getIssuedInvoiceWithItems(ctx.data, account, invoiceId)
      : await getIssuedInvoice(ctx.data, account, invoiceId);
    return Invoice.from(row, await this.today(ctx));
  }

  @Authorized(Role.PORTAL)
  @Query(() => PortalBilling, { description: "Billing section of the portal." })
  async portalBilling(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<PortalBilling> {
    const viewer = requireSection(ctx, PortalSection.BILLING);
    const account = { scope: new FacilityScope(viewer.facilityId), customerId: viewer.customerId };
    const facility = await requestFacility(ctx, viewer.facilityId);
    const billing = Object.assign(new PortalBilling(), {
      offlinePaymentInstructions: facility.offlinePaymentInstructions,
      onlinePayments: !!facility.stripeSecretKey,
    });
    // Only what the page shows is read (the invoice page asks how to pay, which the session's
    // facility says): the invoices come with the card in one statement, the card alone in its own.
    if (selectsAnyOf(info, ["invoices", "outstandingCents"])) {
      // The facility row is read anyway: its zone gives today without a second read.
      const today = localDate(ctx.clock.now(), facility.timeZone);
      const { onFile, card, invoices } = await portalBillingOf(ctx.data, account);
      return Object.assign(billing, {
        // Every issued invoice is in the list already: its open balances are what is owed.
        outstandingCents: outstandingOf(invoices),
        invoices: invoices.map((r) => Invoice.from(r, today)),
        paymentMethodOnFile: onFile,
        savedCard: SavedCard.from(savedCardOf(card)),
      });
    }
    if (selectsAnyOf(info, ["paymentMethodOnFile", "savedCard"])) {
      const setup = await paymentSetupOf(ctx.data, account.scope, viewer.customerId);
      return Object.assign(billing, { paymentMethodOnFile: setup.onFile, savedCard: SavedCard.from(setup.card) });
    }
    return billing;
  }

  @FieldResolver(() => [InvoiceLine], { description: "The line items, in order." })
  async lines(@Ctx() ctx: Context, @Root() invoice: Invoice): Promise<InvoiceLine[]> {
    return (invoice.items?.lines ?? (await linesOf(ctx.data, invoice.rowId))).map(InvoiceLine.from);
  }

  @FieldResolver(() => [Payment], { description: "Payments recorded against it." })
  async payments(@Ctx() ctx: Context, @Root() invoice: Invoice): Promise<Payment[]> {
    const payments =
      invoice.items?.payments ?? (await paymentsOf(ctx.data, new FacilityScope(invoice.facilityId), invoice.rowId));
    return payments.map(Payment.from);
  }
}
