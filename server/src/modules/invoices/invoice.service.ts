import { and, asc, desc, eq, ne } from "drizzle-orm";
import type { Config } from "../../config.js";
import { type Db, writeTransaction } from "../../db/client.js";
import { invoiceLines, invoices, payments } from "../../db/schema.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { emptyToNull } from "../../lib/text.js";
import { assertCustomerInFacility } from "../customers/customer.service.js";
import { facilityToday } from "../facilities/facility.service.js";
import { notifyInSyncTransaction } from "../notifications/notify.js";

export type InvoiceRow = typeof invoices.$inferSelect;

export function invoicesOfCustomer(
  db: Db,
  facilityId: number,
  customerId: number,
  opts: { includeDrafts?: boolean } = {},
) {
  return db
    .select()
    .from(invoices)
    .where(
      and(
        eq(invoices.facilityId, facilityId),
        eq(invoices.customerId, customerId),
        opts.includeDrafts === false ? ne(invoices.status, "DRAFT") : undefined,
      ),
    )
    .orderBy(desc(invoices.issuedOn), desc(invoices.id))
    .all();
}

export function getInvoice(db: Db, facilityId: number, invoiceId: number, customerId?: number): InvoiceRow {
  const row = db
    .select()
    .from(invoices)
    .where(
      and(
        eq(invoices.id, invoiceId),
        eq(invoices.facilityId, facilityId),
        customerId === undefined ? undefined : eq(invoices.customerId, customerId),
      ),
    )
    .get();
  if (!row) throw notFound("Invoice");
  return row;
}

export function linesOf(db: Db, invoiceId: number) {
  return db
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoiceId))
    .orderBy(asc(invoiceLines.position))
    .all();
}

export function paymentsOf(db: Db, invoiceId: number) {
  return db.select().from(payments).where(eq(payments.invoiceId, invoiceId)).orderBy(asc(payments.id)).all();
}

export type LineInput = { description: string; quantity: number; unitCents: number };

/** Validates line items and computes their amounts; money is integer cents throughout. */
export function priceLines(lines: LineInput[]) {
  if (lines.length === 0) throw badInput("Add at least one line item", { lines: "Add at least one line item" });
  if (lines.length > 200) throw badInput("An invoice has at most 200 lines", { lines: "Too many lines" });
  const priced = lines.map((line, i) => {
    const description = line.description.trim();
    if (!description)
      throw badInput(`Line ${i + 1} needs a description`, { [`lines.${i}.description`]: "Describe the item" });
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > 100_000) {
      throw badInput(`Line ${i + 1}: quantity must be a whole number from 1`, { [`lines.${i}.quantity`]: "From 1" });
    }
    if (!Number.isInteger(line.unitCents) || line.unitCents < 0 || line.unitCents > 100_000_000) {
      throw badInput(`Line ${i + 1}: the price cannot be negative`, {
        [`lines.${i}.unitCents`]: "Enter a price of 0 or more",
      });
    }
    return {
      description,
      quantity: line.quantity,
      unitCents: line.unitCents,
      amountCents: line.quantity * line.unitCents,
      position: i,
    };
  });
  return { priced, totalCents: priced.reduce((sum, l) => sum + l.amountCents, 0) };
}

export function nextInvoiceNumber(tx: Db, facilityId: number): string {
  const row = tx.$client
    .prepare(
      `SELECT max(CAST(substr(number, instr(number, '-') + 1) AS INTEGER)) AS n FROM invoices WHERE facility_id = ? AND number LIKE 'INV-%'`,
    )
    .get(facilityId) as { n: number | null };
  return `INV-${(row.n ?? 1000) + 1}`;
}

function checkDates(issuedOn: string | null | undefined, dueOn: string | null | undefined) {
  for (const [field, value] of [
    ["issuedOn", issuedOn],
    ["dueOn", dueOn],
  ] as const) {
    if (value && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()))) {
      throw badInput("Use a date like 2026-03-02", { [field]: "Use a date like 2026-03-02" });
    }
  }
  if (issuedOn && dueOn && dueOn < issuedOn)
    throw badInput("The due date is before the invoice date", { dueOn: "After the invoice date" });
}

/** A draft invoice with its lines, numbered per facility. Nothing is shown to the customer until issued. */
export function createInvoice(
  db: Db,
  facilityId: number,
  customerId: number,
  input: { issuedOn?: string | null; dueOn?: string | null; lines: LineInput[] },
  now: Date,
): number {
  checkDates(input.issuedOn, input.dueOn);
  const { priced, totalCents } = priceLines(input.lines);
  return writeTransaction(db, (tx) => {
    assertCustomerInFacility(tx, facilityId, customerId);
    const invoice = tx
      .insert(invoices)
      .values({
        facilityId,
        customerId,
        number: nextInvoiceNumber(tx, facilityId),
        issuedOn: input.issuedOn ?? facilityToday(tx, facilityId, now),
        dueOn: emptyToNull(input.dueOn),
        status: "DRAFT",
        totalCents,
        balanceCents: totalCents,
        createdAt: now,
      })
      .returning({ id: invoices.id })
      .get();
    for (const line of priced)
      tx.insert(invoiceLines)
        .values({ ...line, invoiceId: invoice.id })
        .run();
    return invoice.id;
  });
}

/**
 * Replaces a draft's dates and lines and recomputes its total, all or nothing. Only drafts change:
 * once issued, the customer has seen the invoice and it is corrected by voiding it.
 */
export function updateDraftInvoice(
  db: Db,
  facilityId: number,
  invoiceId: number,
  input: { issuedOn?: string | null; dueOn?: string | null; lines: LineInput[] },
): void {
  checkDates(input.issuedOn, input.dueOn);
  const { priced, totalCents } = priceLines(input.lines);
  writeTransaction(db, (tx) => {
    const invoice = getInvoice(tx, facilityId, invoiceId);
    if (invoice.status !== "DRAFT") {
      throw conflict(`Invoice ${invoice.number} has been issued; only drafts can be edited`);
    }
    const issuedOn = input.issuedOn ?? invoice.issuedOn;
    const dueOn = emptyToNull(input.dueOn);
    if (dueOn && dueOn < issuedOn)
      throw badInput("The due date is before the invoice date", { dueOn: "After the invoice date" });
    tx.update(invoices)
      .set({ issuedOn, dueOn, totalCents, balanceCents: totalCents })
      .where(eq(invoices.id, invoiceId))
      .run();
    tx.delete(invoiceLines).where(eq(invoiceLines.invoiceId, invoiceId)).run();
    tx.insert(invoiceLines)
      .values(priced.map((line) => ({ ...line, invoiceId })))
      .run();
  });
}

/** Issues a draft: it becomes OPEN, visible in the portal, and the account's people who want invoices get an email. */
export function issueInvoice(
  db: Db,
  config: Pick<Config, "publicUrl">,
  facilityId: number,
  invoiceId: number,
  now: Date,
): void {
  writeTransaction(db, (tx) => {
    const invoice = getInvoice(tx, facilityId, invoiceId);
    if (invoice.status !== "DRAFT") throw conflict(`Invoice ${invoice.number} has already been issued`);
    const status = invoice.totalCents === 0 ? "PAID" : "OPEN";
    tx.update(invoices).set({ status }).where(eq(invoices.id, invoiceId)).run();
    const amount = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(
      invoice.totalCents / 100,
    );
    notifyInSyncTransaction(
      tx,
      config,
      { facilityId, customerId: invoice.customerId, kind: "invoices", outboxKind: "INVOICE", now },
      {
        subject: `Invoice ${invoice.number}`,
        title: `New invoice ${invoice.number}`,
        lines: [`Invoice ${invoice.number} for ${amount} is ready${invoice.dueOn ? `, due ${invoice.dueOn}` : ""}.`],
        action: { label: "View invoice", path: `/portal/billing/${invoice.id}` },
      },
    );
  });
}

export function recordPayment(
  db: Db,
  staff: { facilityId: number; userId: number },
  invoiceId: number,
  input: {
    amountCents: number;
    method: (typeof payments.$inferInsert)["method"];
    reference?: string | null;
    receivedOn?: string | null;
  },
  now: Date,
): void {
  if (!Number.isInteger(input.amountCents) || input.amountCents <= 0) {
    throw badInput("Enter an amount greater than zero", { amountCents: "More than zero" });
  }
  checkDates(input.receivedOn, null);
  writeTransaction(db, (tx) => {
    const invoice = getInvoice(tx, staff.facilityId, invoiceId);
    if (invoice.status !== "OPEN")
      throw conflict(`Payments can only be recorded on open invoices (this one is ${invoice.status.toLowerCase()})`);
    if (input.amountCents > invoice.balanceCents) {
      throw badInput("The payment is more than the balance due", { amountCents: "At most the balance due" });
    }
    tx.insert(payments)
      .values({
        facilityId: staff.facilityId,
        invoiceId,
        amountCents: input.amountCents,
        method: input.method,
        reference: emptyToNull(input.reference),
        receivedOn: input.receivedOn ?? facilityToday(tx, staff.facilityId, now),
        recordedByStaffId: staff.userId,
        createdAt: now,
      })
      .run();
    const balance = invoice.balanceCents - input.amountCents;
    tx.update(invoices)
      .set({ balanceCents: balance, status: balance === 0 ? "PAID" : "OPEN" })
      .where(eq(invoices.id, invoiceId))
      .run();
  });
}

export function voidInvoice(db: Db, facilityId: number, invoiceId: number): void {
  writeTransaction(db, (tx) => {
    const invoice = getInvoice(tx, facilityId, invoiceId);
    if (invoice.status === "VOID") return;
    if (invoice.status === "PAID" || invoice.balanceCents !== invoice.totalCents) {
      throw conflict("An invoice with payments cannot be voided");
    }
    tx.update(invoices).set({ status: "VOID", balanceCents: 0 }).where(eq(invoices.id, invoiceId)).run();
  });
}

/** What a customer owes now: open invoices' balances. */
export function outstandingBalance(db: Db, facilityId: number, customerId: number): number {
  const row = db.$client
    .prepare(
      "SELECT coalesce(sum(balance_cents), 0) AS n FROM invoices WHERE facility_id = ? AND customer_id = ? AND status = 'OPEN'",
    )
    .get(facilityId, customerId) as { n: number };
  return row.n;
}

export type InvoiceDisplayStatusValue = "DRAFT" | "DUE" | "OVERDUE" | "PAID" | "VOID";

/**
 * The one rule for an invoice's status as people read it: OPEN splits into DUE and OVERDUE on the
 * facility's local day (`today`, "YYYY-MM-DD", from facilityToday), so every page of both apps
 * says the same.
 */
export function invoiceDisplayStatus(
  row: { status: string; balanceCents: number; dueOn: string | null },
  today: string,
): InvoiceDisplayStatusValue {
  if (row.status !== "OPEN") return row.status as InvoiceDisplayStatusValue;
  return row.balanceCents > 0 && row.dueOn && row.dueOn < today ? "OVERDUE" : "DUE";
}
