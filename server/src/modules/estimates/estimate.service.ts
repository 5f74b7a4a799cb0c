import { and, asc, type Column, desc, eq, getTableColumns, like, ne, sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import { type Database, preparedRead, type ReadDb, type Tables, type WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { formatUsd } from "../../lib/money.js";
import { emptyToNull } from "../../lib/text.js";
import {
  facilityTodayIn,
  type LineInput,
  nextInvoiceNumber,
  type PortalCustomer,
  priceLines,
} from "../invoices/invoice.service.js";
import { notify } from "../notifications/notify.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { queueEstimateAnswered } from "../webhooks/webhooks.service.js";

export type EstimateStatus = Tables["estimates"]["$inferSelect"]["status"];
export type EstimateLineRow = Tables["estimateLines"]["$inferSelect"];

/** An estimate with what its pages show beside it: the car's name and the totals of its lines. */
export type EstimateRow = Tables["estimates"]["$inferSelect"] & {
  carName: string | null;
  totalCents: number;
  acceptedCents: number;
};

// Written out in full: drizzle prints a column unqualified inside a subquery, where "id" would be the line's.
const lineTotal = sql<number>`(SELECT coalesce(sum(l.amount_cents), 0) FROM estimate_lines l WHERE l.estimate_id = "estimates"."id")`;
const acceptedTotal = sql<number>`(SELECT coalesce(sum(l.amount_cents), 0) FROM estimate_lines l WHERE l.estimate_id = "estimates"."id" AND l.accepted = TRUE)`;

/** The estimates select with the car's name and the line totals, to be narrowed by a where. */
function selectEstimates(db: Pick<ReadDb, "select">, t: Tables) {
  return db
    .select({
      ...getTableColumns(t.estimates),
      carName: sql<
        string | null
      >`trim(coalesce(${t.cars.year} || ' ', '') || ${t.cars.make} || ' ' || ${t.cars.model})`,
      totalCents: lineTotal.mapWith(Number),
      acceptedCents: acceptedTotal.mapWith(Number),
    })
    .from(t.estimates)
    .leftJoin(t.cars, eq(t.cars.id, t.estimates.carId));
}

// The staff customer page, the portal's Estimates and home, and an estimate's page: prepared once.
const estimatesOfCustomerRead = preparedRead(
  "estimates_of_customer",
  (db, t) =>
    selectEstimates(db, t)
      .where(FacilityScope.preparedWhere(t.estimates, eq(t.estimates.customerId, sql.placeholder("customerId"))))
      .orderBy(desc(t.estimates.id)),
  { keyed: true },
);

const sentEstimatesOfCustomerRead = preparedRead(
  "sent_estimates_of_customer",
  (db, t) =>
    selectEstimates(db, t)
      .where(
        FacilityScope.preparedWhere(
          t.estimates,
          eq(t.estimates.customerId, sql.placeholder("customerId")),
          ne(t.estimates.status, "DRAFT"),
        ),
      )
      .orderBy(desc(t.estimates.id)),
  { keyed: true },
);

const estimateRead = preparedRead(
  "estimate",
  (db, t) =>
    selectEstimates(db, t).where(
      FacilityScope.preparedWhere(t.estimates, eq(t.estimates.id, sql.placeholder("estimateId"))),
    ),
  { keyed: true },
);

// A draft is not the customer's to see yet: it answers like a missing estimate.
const sentEstimateOfCustomerRead = preparedRead(
  "sent_estimate_of_customer",
  (db, t) =>
    selectEstimates(db, t).where(
      FacilityScope.preparedWhere(
        t.estimates,
        eq(t.estimates.id, sql.placeholder("estimateId")),
        eq(t.estimates.customerId, sql.placeholder("customerId")),
        ne(t.estimates.status, "DRAFT"),
      ),
    ),
  { keyed: true },
);

const linesOrder = (t: Tables) => [asc(t.estimateLines.position), asc(t.estimateLines.id)];

const estimateLinesRead = preparedRead(
  "estimate_lines",
  (db, t) =>
    db
      .select()
      .from(t.estimateLines)
      .where(eq(t.estimateLines.estimateId, sql.placeholder("estimateId")))
      .orderBy(...linesOrder(t)),
  { keyed: true },
);

/** A customer's estimates, newest first: every one for staff, sent ones for the portal. */
export async function estimatesOfCustomer(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  opts: { sentOnly: boolean },
): Promise<EstimateRow[]> {
  const read = opts.sentOnly ? sentEstimatesOfCustomerRead : estimatesOfCustomerRead;
  return read(data).execute(scope.values({ customerId }));
}

/** One estimate of the facility (staff), or NOT_FOUND. */
export async function getEstimate(data: Database, scope: FacilityScope, estimateId: number): Promise<EstimateRow> {
  const [row] = await estimateRead(data).execute(scope.values({ estimateId }));
  if (!row) throw notFound("Estimate");
  return row;
}

/** One sent estimate of the portal person's account, or NOT_FOUND (drafts included). */
export async function getSentEstimate(
  data: Database,
  viewer: PortalCustomer,
  estimateId: number,
): Promise<EstimateRow> {
  const [row] = await sentEstimateOfCustomerRead(data).execute(
    viewer.scope.values({ estimateId, customerId: viewer.customerId }),
  );
  if (!row) throw notFound("Estimate");
  return row;
}

/** The lines of an estimate reached through its scoped parent. */
export async function estimateLines(data: Database, estimateId: number): Promise<EstimateLineRow[]> {
  return estimateLinesRead(data).execute({ estimateId });
}

/**
 * The estimate as the transaction that changes it sees it, or NOT_FOUND. Its row is locked until
 * that transaction ends: its status decides the write (sent once, answered once, converted into one
 * invoice), and on PostgreSQL a second Send, answer or Convert waits here, then reads the first
 * one's result. The bare row is locked first and the joined read comes after (decision 0018).
 */
async function estimateToChange(
  tx: WriteDb,
  { t, dialect }: Pick<Database, "t" | "dialect">,
  scope: FacilityScope,
  id: number,
  customerId?: number,
): Promise<EstimateRow> {
  const ofScope = scope.where(
    t.estimates,
    eq(t.estimates.id, id),
    customerId === undefined ? undefined : eq(t.estimates.customerId, customerId),
  );
  await dialect.forUpdate(tx.select({ id: t.estimates.id }).from(t.estimates).where(ofScope));
  const [row] = await selectEstimates(tx, t).where(ofScope);
  if (!row) throw notFound("Estimate");
  return row;
}

type EstimateInput = { title: string; carId?: number | null; lines: LineInput[] };

function checkEstimate(input: EstimateInput) {
  const title = input.title.trim();
  if (!title || title.length > 200) throw badInput("Give the estimate a title", { title: "Required" });
  return { title, priced: priceLines(input.lines).priced };
}

const notTheirCar = () => badInput("That car is not this customer's", { carId: "Pick one of their cars" });

// Numbers read "EST-501": the highest number after the prefix, plus one.
const ESTIMATE_PREFIX = "EST-";
const highestEstimateNumber = (number: Column) =>
  sql<number | null>`max(cast(substr(${number}, ${ESTIMATE_PREFIX.length + 1}) as integer))`.mapWith(Number);
const estimateNumberAfter = (highest: number | null) => `${ESTIMATE_PREFIX}${(highest ?? 500) + 1}`;

export async function createEstimate(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  input: EstimateInput,
  now: Date,
): Promise<number> {
  const { title, priced } = checkEstimate(input);
  const { t } = data;
  return data.transaction(async (tx) => {
    const [customer] = await tx
      .select({ id: t.customers.id })
      .from(t.customers)
      .where(scope.where(t.customers, eq(t.customers.id, customerId)));
    if (!customer) throw notFound("Customer");
    if (input.carId != null) {
      const [car] = await tx
        .select({ customerId: t.cars.customerId })
        .from(t.cars)
        .where(scope.where(t.cars, eq(t.cars.id, input.carId)));
      if (car?.customerId !== customerId) throw notTheirCar();
    }
    // As for invoices: the facility's numbering is locked, so simultaneous creates take the next
    // numbers one after another instead of failing on the unique index (PostgreSQL).
    await data.dialect.lockKey(`estimate-number:${scope.facilityId}`);
    const [highest] = await tx
      .select({ n: highestEstimateNumber(t.estimates.number) })
      .from(t.estimates)
      // Only numbers Portico gave: PostgreSQL refuses to cast any other text to an integer.
      .where(scope.where(t.estimates, like(t.estimates.number, `${ESTIMATE_PREFIX}%`)));
    const { id } = returnedRow(
      await tx
        .insert(t.estimates)
        .values({
          facilityId: scope.facilityId,
          customerId,
          carId: input.carId ?? null,
          number: estimateNumberAfter(highest?.n ?? null),
          title,
          status: "DRAFT",
          createdAt: now,
        })
        .returning({ id: t.estimates.id }),
    );
    await tx.insert(t.estimateLines).values(priced.map((line) => ({ ...line, estimateId: id })));
    return id;
  });
}

function sentNotice(estimate: Pick<EstimateRow, "id" | "number" | "title" | "totalCents">) {
  const amount = formatUsd(estimate.totalCents);
  return {
    subject: `Estimate ${estimate.number}: ${estimate.title}`,
    title: `Estimate for ${estimate.title}`,
    lines: [`Estimate ${estimate.number} comes to ${amount}. Review it and accept or decline in your portal.`],
    action: { label: "Review the estimate", path: `/portal/estimates/${estimate.id}` },
  };
}

/**
 * Sends a draft; the account's people who want estimates get an email, queued in the same
 * transaction. Wake the outbox after this returns.
 */
export async function sendEstimate(
  deps: Pick<ServiceDeps, "data"> & { config: Pick<Config, "publicUrl"> },
  scope: FacilityScope,
  id: number,
  now: Date,
): Promise<void> {
  const { data, config } = deps;
  const { t } = data;
  await data.transaction(async (tx) => {
    const estimate = await estimateToChange(tx, data, scope, id);
    if (estimate.status !== "DRAFT") throw conflict(`Estimate ${estimate.number} has already been sent`);
    await tx.update(t.estimates).set({ status: "SENT", sentAt: now }).where(eq(t.estimates.id, id));
    await notify(
      tx,
      t,
      config,
      { scope, customerId: estimate.customerId, kind: "estimates", outboxKind: "ESTIMATE", now },
      sentNotice(estimate),
    );
  });
}

/**
 * The customer's answer. With line choice allowed, `acceptedLineIds` picks lines; otherwise the
 * estimate is accepted or declined whole. Answered once.
 */
export async function respondToEstimate(
  data: Database,
  viewer: PortalCustomer,
  responderName: string,
  id: number,
  input: { accept: boolean; acceptedLineIds?: number[] | null; note?: string | null },
  now: Date,
): Promise<void> {
  if (input.note && input.note.length > 2000)
    throw badInput("The note is at most 2000 characters", { note: "Too long" });
  const { t } = data;
  const { scope } = viewer;
  await data.transaction(async (tx) => {
    const estimate = await estimateToChange(tx, data, scope, id, viewer.customerId);
    if (estimate.status === "DRAFT") throw notFound("Estimate");
    if (estimate.status !== "SENT") throw conflict("This estimate has already been answered");
    const lines = await tx
      .select({ id: t.estimateLines.id })
      .from(t.estimateLines)
      .where(eq(t.estimateLines.estimateId, id));
    const [facility] = await tx
      .select({ lineChoice: t.facilities.allowEstimateLineChoice })
      .from(t.facilities)
      .where(eq(t.facilities.id, scope.facilityId));
    let accepted = new Set<number>();
    if (input.accept) {
      if (input.acceptedLineIds && input.acceptedLineIds.length > 0) {
        if (!facility?.lineChoice)
          throw badInput("This facility asks you to accept or decline the estimate as a whole");
        const known = new Set(lines.map((l) => l.id));
        if (!input.acceptedLineIds.every((l) => known.has(l))) throw badInput("Pick lines of this estimate");
        accepted = new Set(input.acceptedLineIds);
      } else {
        accepted = new Set(lines.map((l) => l.id));
      }
    }
    // Every line gets an answer: declined unless picked.
    await tx.update(t.estimateLines).set({ accepted: false }).where(eq(t.estimateLines.estimateId, id));
    if (accepted.size > 0) {
      await tx
        .update(t.estimateLines)
        .set({ accepted: true })
        .where(and(eq(t.estimateLines.estimateId, id), data.dialect.inList(t.estimateLines.id, [...accepted])));
    }
    const status: EstimateStatus =
      accepted.size === 0 ? "DECLINED" : accepted.size === lines.length ? "ACCEPTED" : "PARTIALLY_ACCEPTED";
    await tx
      .update(t.estimates)
      .set({ status, respondedAt: now, respondedByName: responderName, customerNote: emptyToNull(input.note) })
      .where(eq(t.estimates.id, id));
    await queueEstimateAnswered({ tx, t, facilityId: scope.facilityId, now }, id);
  });
}

/** Turns the accepted lines of an answered estimate into a draft invoice; answers the invoice's id. */
export async function convertToInvoice(data: Database, scope: FacilityScope, id: number, now: Date): Promise<number> {
  const { t } = data;
  return data.transaction(async (tx) => {
    const estimate = await estimateToChange(tx, data, scope, id);
    if (estimate.status !== "ACCEPTED" && estimate.status !== "PARTIALLY_ACCEPTED") {
      throw conflict("Only an accepted estimate can become an invoice");
    }
    const lines = await tx
      .select()
      .from(t.estimateLines)
      .where(and(eq(t.estimateLines.estimateId, id), eq(t.estimateLines.accepted, true)))
      .orderBy(...linesOrder(t));
    const total = lines.reduce((sum, l) => sum + l.amountCents, 0);
    const { id: invoiceId } = returnedRow(
      await tx
        .insert(t.invoices)
        .values({
          facilityId: scope.facilityId,
          customerId: estimate.customerId,
          number: await nextInvoiceNumber(tx, data, scope),
          issuedOn: await facilityTodayIn(tx, t, scope, now),
          status: "DRAFT",
          totalCents: total,
          balanceCents: total,
          createdAt: now,
        })
        .returning({ id: t.invoices.id }),
    );
    if (lines.length > 0) {
      await tx.insert(t.invoiceLines).values(
        lines.map((l, position) => ({
          invoiceId,
          description: l.description,
          quantity: l.quantity,
          unitCents: l.unitCents,
          amountCents: l.amountCents,
          position,
        })),
      );
    }
    await tx.update(t.estimates).set({ status: "INVOICED", invoiceId }).where(eq(t.estimates.id, id));
    return invoiceId;
  });
}
