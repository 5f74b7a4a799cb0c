import { and, asc, type Column, desc, eq, getTableColumns, gt, like, ne, sql } from "drizzle-orm";
import {
  type Database,
  type EngineSql,
  type JsonRow,
  jsonRows,
  preparedRead,
  type ReadDb,
  type Tables,
  type WriteDb,
} from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { formatUsd } from "../../lib/money.js";
import { emptyToNull } from "../../lib/text.js";
import { localDate } from "../../lib/time-zone.js";
import { recordAudit } from "../audit/audit.service.js";
import { notify } from "../notifications/notify.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { queueInvoiceEvent } from "../webhooks/webhooks.service.js";

export type InvoiceRow = Tables["invoices"]["$inferSelect"];
export type InvoiceLineRow = Tables["invoiceLines"]["$inferSelect"];
export type PaymentRow = Tables["payments"]["$inferSelect"];

/** A portal person's account: the facility's scope and the customer they act for. */
export type PortalCustomer = { scope: FacilityScope; customerId: number };

/** What reads inside and outside a transaction have in common. */
type Reader = Pick<WriteDb, "select">;

// The customer page (every invoice), the portal's Billing and home (issued ones), one invoice page
// and its lines and payments: prepared once.
const newestFirst = (t: Tables) => [desc(t.invoices.issuedOn), desc(t.invoices.id)];

const invoicesOfCustomerRead = preparedRead(
  "invoices_of_customer",
  (db, t) =>
    db
      .select()
      .from(t.invoices)
      .where(FacilityScope.preparedWhere(t.invoices, eq(t.invoices.customerId, sql.placeholder("customerId"))))
      .orderBy(...newestFirst(t)),
  { keyed: true },
);

const issuedInvoicesOfCustomerRead = preparedRead(
  "issued_invoices_of_customer",
  (db, t) =>
    db
      .select()
      .from(t.invoices)
      .where(
        FacilityScope.preparedWhere(
          t.invoices,
          eq(t.invoices.customerId, sql.placeholder("customerId")),
          ne(t.invoices.status, "DRAFT"),
        ),
      )
      .orderBy(...newestFirst(t)),
  { keyed: true },
);

const invoiceRead = preparedRead(
  "invoice",
  (db, t) =>
    db
      .select()
      .from(t.invoices)
      .where(FacilityScope.preparedWhere(t.invoices, eq(t.invoices.id, sql.placeholder("invoiceId")))),
  { keyed: true },
);

// A draft is not the customer's to see yet: it answers like a missing invoice.
const issuedInvoiceOfCustomerRead = preparedRead(
  "issued_invoice_of_customer",
  (db, t) =>
    db
      .select()
      .from(t.invoices)
      .where(
        FacilityScope.preparedWhere(
          t.invoices,
          eq(t.invoices.id, sql.placeholder("invoiceId")),
          eq(t.invoices.customerId, sql.placeholder("customerId")),
          ne(t.invoices.status, "DRAFT"),
        ),
      ),
  { keyed: true },
);

/** What an invoice page shows of a line and of a payment. */
const lineFields = (t: Tables) => {
  const l = t.invoiceLines;
  return {
    id: l.id,
    description: l.description,
    quantity: l.quantity,
    unitCents: l.unitCents,
    amountCents: l.amountCents,
  };
};
const paymentFields = (t: Tables) => {
  const p = t.payments;
  return { id: p.id, amountCents: p.amountCents, method: p.method, reference: p.reference, receivedOn: p.receivedOn };
};

export type InvoiceLineItem = JsonRow<ReturnType<typeof lineFields>>;
export type PaymentItem = JsonRow<ReturnType<typeof paymentFields>>;
/** An invoice with its lines (in order) and its payments (oldest first). */
export type InvoiceWithItems = InvoiceRow & { lines: InvoiceLineItem[]; payments: PaymentItem[] };

/**
 * The invoice's columns with its lines and payments as lists of the same row, each through its own
 * index (invoice_lines_invoice, payments_invoice): an invoice page in one statement whatever the
 * number of lines and payments.
 */
function invoiceWithItemsColumns(db: ReadDb, t: Tables, dialect: EngineSql) {
  const i = t.invoices;
  return {
    ...getTableColumns(i),
    lines: jsonRows(db, dialect, {
      fields: lineFields(t),
      from: t.invoiceLines,
      where: eq(t.invoiceLines.invoiceId, i.id),
      orderBy: [asc(t.invoiceLines.position)],
    }),
    payments: jsonRows(db, dialect, {
      fields: paymentFields(t),
      from: t.payments,
      where: FacilityScope.preparedWhere(t.payments, eq(t.payments.invoiceId, i.id)),
      orderBy: [asc(t.payments.id)],
    }),
  };
}

const invoiceWithItemsRead = preparedRead(
  "invoice_with_items",
  (db, t, dialect) =>
    db
      .select(invoiceWithItemsColumns(db, t, dialect))
      .from(t.invoices)
      .where(FacilityScope.preparedWhere(t.invoices, eq(t.invoices.id, sql.placeholder("invoiceId")))),
  { keyed: true },
);

const issuedInvoiceWithItemsRead = preparedRead(
  "issued_invoice_with_items",
  (db, t, dialect) =>
    db
      .select(invoiceWithItemsColumns(db, t, dialect))
      .from(t.invoices)
      .where(
        FacilityScope.preparedWhere(
          t.invoices,
          eq(t.invoices.id, sql.placeholder("invoiceId")),
          eq(t.invoices.customerId, sql.placeholder("customerId")),
          ne(t.invoices.status, "DRAFT"),
        ),
      ),
  { keyed: true },
);

// The portal's Billing: the customer's payment setup and their issued invoices, newest first, one
// row per invoice (one with no invoice when there are none).
const portalBillingRead = preparedRead(
  "portal_billing",
  (db, t) =>
    db
      .select({
        onFile: t.customers.paymentMethodConnected,
        card: { brand: t.customers.cardBrand, last4: t.customers.cardLast4, expires: t.customers.cardExpires },
        invoice: getTableColumns(t.invoices),
      })
      .from(t.customers)
      .leftJoin(
        t.invoices,
        FacilityScope.preparedWhere(
          t.invoices,
          eq(t.invoices.customerId, t.customers.id),
          ne(t.invoices.status, "DRAFT"),
        ),
      )
      .where(FacilityScope.preparedWhere(t.customers, eq(t.customers.id, sql.placeholder("customerId"))))
      .orderBy(...newestFirst(t)),
  { keyed: true },
);

const linesRead = preparedRead(
  "invoice_lines",
  (db, t) =>
    db
      .select()
      .from(t.invoiceLines)
      .where(eq(t.invoiceLines.invoiceId, sql.placeholder("invoiceId")))
      .orderBy(asc(t.invoiceLines.position)),
  { keyed: true },
);

const paymentsRead = preparedRead(
  "invoice_payments",
  (db, t) =>
    db
      .select()
      .from(t.payments)
      .where(FacilityScope.preparedWhere(t.payments, eq(t.payments.invoiceId, sql.placeholder("invoiceId"))))
      .orderBy(asc(t.payments.id)),
  { keyed: true },
);

// What a customer owes and how many of their invoices are overdue, summed in SQL over their open
// invoices through the customer's index (invoices_customer): the portal's home and Billing.
// "Overdue" is invoiceDisplayStatus's rule: open, a balance left, due before today at the facility.
/**
 * What a customer owes now (open invoices' balances) and how many open invoices are overdue on the
 * facility's local day, as scalar subqueries over the customer's open invoices (the
 * `invoices_customer` index), for one-statement pages: placeholders customerId, facilityId, today.
 */
export function billingTotalsColumns(db: ReadDb, t: Tables) {
  const i = t.invoices;
  const open = FacilityScope.preparedWhere(i, eq(i.customerId, sql.placeholder("customerId")), eq(i.status, "OPEN"));
  return {
    outstandingCents: sql<number>`${db
      .select({ n: sql`coalesce(sum(${i.balanceCents}), 0)` })
      .from(i)
      .where(open)}`.mapWith(Number),
    // The due date is counted on, not searched by: a range on due_on would let the reminders' index
    // (facility, due_on) win over the customer's.
    overdue: sql<number>`${db
      .select({ n: sql`count(case when ${i.dueOn} < ${sql.placeholder("today")} then 1 end)` })
      .from(i)
      .where(and(open, gt(i.balanceCents, 0)))}`.mapWith(Number),
  };
}

const billingTotalsRead = preparedRead(
  "billing_totals_of_customer",
  (db, t) =>
    db
      .select(billingTotalsColumns(db, t))
      .from(t.customers)
      .where(FacilityScope.preparedWhere(t.customers, eq(t.customers.id, sql.placeholder("customerId")))),
  { keyed: true },
);

/** A customer's invoices, newest first: every one for staff, issued ones (no drafts) for the portal. */
export async function invoicesOfCustomer(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  opts: { includeDrafts?: boolean } = {},
): Promise<InvoiceRow[]> {
  const read = opts.includeDrafts === false ? issuedInvoicesOfCustomerRead : invoicesOfCustomerRead;
  return read(data).execute(scope.values({ customerId }));
}

/** One invoice of the facility (staff), or NOT_FOUND. */
export async function getInvoice(data: Database, scope: FacilityScope, invoiceId: number): Promise<InvoiceRow> {
  const [row] = await invoiceRead(data).execute(scope.values({ invoiceId }));
  if (!row) throw notFound("Invoice");
  return row;
}

/** One issued invoice of the portal person's account, or NOT_FOUND (drafts included). */
export async function getIssuedInvoice(data: Database, viewer: PortalCustomer, invoiceId: number): Promise<InvoiceRow> {
  const [row] = await issuedInvoiceOfCustomerRead(data).execute(
    viewer.scope.values({ invoiceId, customerId: viewer.customerId }),
  );
  if (!row) throw notFound("Invoice");
  return row;
}

/** One invoice of the facility (staff) with its lines and payments, in one statement; or NOT_FOUND. */
export async function getInvoiceWithItems(
  data: Database,
  scope: FacilityScope,
  invoiceId: number,
): Promise<InvoiceWithItems> {
  const [row] = await invoiceWithItemsRead(data).execute(scope.values({ invoiceId }));
  if (!row) throw notFound("Invoice");
  return row;
}

/** getIssuedInvoice with the invoice's lines and payments, in one statement. */
export async function getIssuedInvoiceWithItems(
  data: Database,
  viewer: PortalCustomer,
  invoiceId: number,
): Promise<InvoiceWithItems> {
  const [row] = await issuedInvoiceWithItemsRead(data).execute(
    viewer.scope.values({ invoiceId, customerId: viewer.customerId }),
  );
  if (!row) throw notFound("Invoice");
  return row;
}

/**
 * The portal's Billing in one statement: whether a payment method is on file, the saved card's
 * columns, and the customer's issued invoices, newest first.
 */
export async function portalBillingOf(
  data: Database,
  viewer: PortalCustomer,
): Promise<{
  onFile: boolean;
  card: { brand: string | null; last4: string | null; expires: string | null };
  invoices: InvoiceRow[];
}> {
  const rows = await portalBillingRead(data).execute(viewer.scope.values({ customerId: viewer.customerId }));
  const [first] = rows;
  return {
    onFile: first?.onFile ?? false,
    card: first?.card ?? { brand: null, last4: null, expires: null },
    invoices: rows.flatMap((row) => (row.invoice ? [row.invoice] : [])),
  };
}

/** The lines of an invoice reached through its scoped parent. */
export async function linesOf(data: Database, invoiceId: number): Promise<InvoiceLineRow[]> {
  return linesRead(data).execute({ invoiceId });
}

export async function paymentsOf(data: Database, scope: FacilityScope, invoiceId: number): Promise<PaymentRow[]> {
  return paymentsRead(data).execute(scope.values({ invoiceId }));
}

/**
 * What a customer owes now (open invoices' balances) and how many open invoices are overdue on
 * `today`, the facility's local day: one statement, whatever the number of invoices.
 */
export async function billingTotals(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  today: string,
): Promise<{ outstandingCents: number; overdue: number }> {
  const [row] = await billingTotalsRead(data).execute(scope.values({ customerId, today }));
  return { outstandingCents: row?.outstandingCents ?? 0, overdue: row?.overdue ?? 0 };
}

/** What a customer owes on `invoices` (all of theirs that are issued): the open ones' balances. */
export function outstandingOf(invoices: ReadonlyArray<Pick<InvoiceRow, "status" | "balanceCents">>): number {
  return invoices.reduce((sum, i) => (i.status === "OPEN" ? sum + i.balanceCents : sum), 0);
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

// Numbers read "INV-1001": the highest number after the prefix, plus one.
const INVOICE_PREFIX = "INV-";
const highestInvoiceNumber = (number: Column) =>
  sql<number | null>`max(cast(substr(${number}, ${INVOICE_PREFIX.length + 1}) as integer))`.mapWith(Number);
const invoiceNumberAfter = (highest: number | null) => `${INVOICE_PREFIX}${(highest ?? 1000) + 1}`;

/**
 * The facility's next invoice number; read inside the transaction that inserts it. The facility's
 * numbering is locked first until that transaction ends: on PostgreSQL two creates would otherwise
 * read the same highest number, and the second would fail on the unique index instead of taking
 * the next one.
 */
export async function nextInvoiceNumber(
  tx: Reader,
  { t, dialect }: Pick<Database, "t" | "dialect">,
  scope: FacilityScope,
): Promise<string> {
  await dialect.lockKey(`invoice-number:${scope.facilityId}`);
  const [row] = await tx
    .select({ n: highestInvoiceNumber(t.invoices.number) })
    .from(t.invoices)
    .where(scope.where(t.invoices, like(t.invoices.number, `${INVOICE_PREFIX}%`)));
  return invoiceNumberAfter(row?.n ?? null);
}

/**
 * Today at the facility ("2026-03-02"), read with the statements of a transaction whose rules depend
 * on it (an invoice's or a payment's default date).
 */
export async function facilityTodayIn(tx: Reader, t: Tables, scope: FacilityScope, now: Date): Promise<string> {
  const [facility] = await tx
    .select({ timeZone: t.facilities.timeZone })
    .from(t.facilities)
    .where(eq(t.facilities.id, scope.facilityId));
  return localDate(now, facility?.timeZone ?? "UTC");
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

type InvoiceInput = { issuedOn?: string | null; dueOn?: string | null; lines: LineInput[] };

/** Throws NOT_FOUND unless the customer is the scope's: a foreign id answers like a missing one. */
async function assertCustomerInScope(tx: Reader, t: Tables, scope: FacilityScope, customerId: number) {
  const [owner] = await tx
    .select({ id: t.customers.id })
    .from(t.customers)
    .where(scope.where(t.customers, eq(t.customers.id, customerId)));
  if (!owner) throw notFound("Customer");
}

/** A draft invoice with its lines, numbered per facility. Nothing is shown to the customer until issued. */
export async function createInvoice(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  input: InvoiceInput,
  now: Date,
): Promise<number> {
  checkDates(input.issuedOn, input.dueOn);
  const { priced, totalCents } = priceLines(input.lines);
  const { t } = data;
  return data.transaction(async (tx) => {
    await assertCustomerInScope(tx, t, scope, customerId);
    const { id } = returnedRow(
      await tx
        .insert(t.invoices)
        .values({
          facilityId: scope.facilityId,
          customerId,
          number: await nextInvoiceNumber(tx, data, scope),
          issuedOn: input.issuedOn ?? (await facilityTodayIn(tx, t, scope, now)),
          dueOn: emptyToNull(input.dueOn),
          status: "DRAFT",
          totalCents,
          balanceCents: totalCents,
          createdAt: now,
        })
        .returning({ id: t.invoices.id }),
    );
    await tx.insert(t.invoiceLines).values(priced.map((line) => ({ ...line, invoiceId: id })));
    return id;
  });
}

/** The invoice as the transaction that changes it sees it, or NOT_FOUND. */
async function invoiceToChange(
  data: Database,
  tx: Reader,
  scope: FacilityScope,
  invoiceId: number,
): Promise<InvoiceRow> {
  const { t } = data;
  // Locked until the transaction ends: its status and balance decide the write (a no-op on SQLite).
  const [invoice] = await data.dialect.forUpdate(
    tx
      .select()
      .from(t.invoices)
      .where(scope.where(t.invoices, eq(t.invoices.id, invoiceId))),
  );
  if (!invoice) throw notFound("Invoice");
  return invoice;
}

/**
 * Replaces a draft's dates and lines and recomputes its total, all or nothing. Only drafts change:
 * once issued, the customer has seen the invoice and it is corrected by voiding it.
 */
export async function updateDraftInvoice(
  data: Database,
  scope: FacilityScope,
  invoiceId: number,
  input: InvoiceInput,
): Promise<void> {
  checkDates(input.issuedOn, input.dueOn);
  const { priced, totalCents } = priceLines(input.lines);
  const { t } = data;
  await data.transaction(async (tx) => {
    const invoice = await invoiceToChange(data, tx, scope, invoiceId);
    if (invoice.status !== "DRAFT") {
      throw conflict(`Invoice ${invoice.number} has been issued; only drafts can be edited`);
    }
    const issuedOn = input.issuedOn ?? invoice.issuedOn;
    const dueOn = emptyToNull(input.dueOn);
    if (dueOn && dueOn < issuedOn)
      throw badInput("The due date is before the invoice date", { dueOn: "After the invoice date" });
    await tx
      .update(t.invoices)
      .set({ issuedOn, dueOn, totalCents, balanceCents: totalCents })
      .where(eq(t.invoices.id, invoiceId));
    await tx.delete(t.invoiceLines).where(eq(t.invoiceLines.invoiceId, invoiceId));
    await tx.insert(t.invoiceLines).values(priced.map((line) => ({ ...line, invoiceId })));
  });
}

function issuedNotice(invoice: InvoiceRow) {
  const amount = formatUsd(invoice.totalCents);
  return {
    subject: `Invoice ${invoice.number}`,
    title: `New invoice ${invoice.number}`,
    lines: [`Invoice ${invoice.number} for ${amount} is ready${invoice.dueOn ? `, due ${invoice.dueOn}` : ""}.`],
    action: { label: "View invoice", path: `/portal/billing/${invoice.id}` },
  };
}

/**
 * Issues a draft: it becomes OPEN, visible in the portal, and the account's people who want invoices
 * get an email, queued in the same transaction. Wake the outbox after this returns.
 */
export async function issueInvoice(
  deps: Pick<ServiceDeps, "data" | "config">,
  scope: FacilityScope,
  invoiceId: number,
  now: Date,
): Promise<void> {
  const { data, config } = deps;
  const { t } = data;
  await data.transaction(async (tx) => {
    const invoice = await invoiceToChange(data, tx, scope, invoiceId);
    if (invoice.status !== "DRAFT") throw conflict(`Invoice ${invoice.number} has already been issued`);
    await tx
      .update(t.invoices)
      .set({ status: invoice.totalCents === 0 ? "PAID" : "OPEN" })
      .where(eq(t.invoices.id, invoiceId));
    await notify(
      tx,
      t,
      config,
      { scope, customerId: invoice.customerId, kind: "invoices", outboxKind: "INVOICE", now },
      issuedNotice(invoice),
    );
    await recordAudit(tx, t, scope, now, {
      action: "INVOICE_ISSUED",
      customerId: invoice.customerId,
      subject: invoice.number,
      details: { totalCents: invoice.totalCents },
    });
    const queued = { tx, t, facilityId: scope.facilityId, now };
    await queueInvoiceEvent(queued, "invoice.issued", invoiceId);
    if (invoice.totalCents === 0) await queueInvoiceEvent(queued, "invoice.paid", invoiceId);
  });
}

type PaymentInput = {
  amountCents: number;
  method: PaymentRow["method"];
  reference?: string | null;
  receivedOn?: string | null;
};

function checkPayment(input: PaymentInput) {
  if (!Number.isInteger(input.amountCents) || input.amountCents <= 0) {
    throw badInput("Enter an amount greater than zero", { amountCents: "More than zero" });
  }
  checkDates(input.receivedOn, null);
}

/** The rules a payment must meet against the invoice it pays; answers the balance after it. */
function balanceAfterPayment(invoice: InvoiceRow, amountCents: number): number {
  if (invoice.status !== "OPEN")
    throw conflict(`Payments can only be recorded on open invoices (this one is ${invoice.status.toLowerCase()})`);
  if (amountCents > invoice.balanceCents) {
    throw badInput("The payment is more than the balance due", { amountCents: "At most the balance due" });
  }
  return invoice.balanceCents - amountCents;
}

export async function recordPayment(
  data: Database,
  staff: { scope: FacilityScope; userId: number },
  invoiceId: number,
  input: PaymentInput,
  now: Date,
): Promise<void> {
  checkPayment(input);
  const { t } = data;
  const { scope } = staff;
  await data.transaction(async (tx) => {
    const invoice = await invoiceToChange(data, tx, scope, invoiceId);
    const balance = balanceAfterPayment(invoice, input.amountCents);
    await tx.insert(t.payments).values({
      facilityId: scope.facilityId,
      invoiceId,
      amountCents: input.amountCents,
      method: input.method,
      reference: emptyToNull(input.reference),
      receivedOn: input.receivedOn ?? (await facilityTodayIn(tx, t, scope, now)),
      recordedByStaffId: staff.userId,
      createdAt: now,
    });
    await tx
      .update(t.invoices)
      .set({ balanceCents: balance, status: balance === 0 ? "PAID" : "OPEN" })
      .where(eq(t.invoices.id, invoiceId));
    await recordAudit(tx, t, scope, now, {
      action: "PAYMENT_RECORDED",
      customerId: invoice.customerId,
      subject: invoice.number,
      details: { amountCents: input.amountCents, method: input.method },
    });
    if (balance === 0) await queueInvoiceEvent({ tx, t, facilityId: scope.facilityId, now }, "invoice.paid", invoiceId);
  });
}

export async function voidInvoice(data: Database, scope: FacilityScope, invoiceId: number, now: Date): Promise<void> {
  const { t } = data;
  await data.transaction(async (tx) => {
    const invoice = await invoiceToChange(data, tx, scope, invoiceId);
    if (invoice.status === "VOID") return;
    if (invoice.status === "PAID" || invoice.balanceCents !== invoice.totalCents) {
      throw conflict("An invoice with payments cannot be voided");
    }
    await tx.update(t.invoices).set({ status: "VOID", balanceCents: 0 }).where(eq(t.invoices.id, invoiceId));
    await recordAudit(tx, t, scope, now, {
      action: "INVOICE_VOIDED",
      customerId: invoice.customerId,
      subject: invoice.number,
    });
  });
}

export type InvoiceDisplayStatusValue = "DRAFT" | "DUE" | "OVERDUE" | "PAID" | "VOID";

/**
 * The one rule for an invoice's status as people read it: OPEN splits into DUE and OVERDUE on the
 * facility's local day (`today`, "YYYY-MM-DD", from facilityToday), so every page of both apps
 * says the same.
 */
export function invoiceDisplayStatus(
  row: { status: InvoiceRow["status"]; balanceCents: number; dueOn: string | null },
  today: string,
): InvoiceDisplayStatusValue {
  if (row.status !== "OPEN") return row.status;
  return row.balanceCents > 0 && row.dueOn && row.dueOn < today ? "OVERDUE" : "DUE";
}
