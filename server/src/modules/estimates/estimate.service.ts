import type { Config } from "../../config.js";
import { type Db, writeTransaction } from "../../db/client.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { emptyToNull } from "../../lib/text.js";
import { assertCustomerInFacility } from "../customers/customer.service.js";
import { facilityToday, getFacility } from "../facilities/facility.service.js";
import { type LineInput, nextInvoiceNumber, priceLines } from "../invoices/invoice.service.js";
import { notifyInSyncTransaction } from "../notifications/notify.js";

export type EstimateStatus = "DRAFT" | "SENT" | "ACCEPTED" | "PARTIALLY_ACCEPTED" | "DECLINED" | "INVOICED";
export type EstimateRow = {
  id: number;
  facility_id: number;
  customer_id: number;
  car_id: number | null;
  number: string;
  title: string;
  status: EstimateStatus;
  sent_at: number | null;
  responded_at: number | null;
  responded_by_name: string | null;
  customer_note: string | null;
  invoice_id: number | null;
  created_at: number;
  total_cents: number;
  accepted_cents: number;
  car_name: string | null;
};
export type EstimateLineRow = {
  id: number;
  description: string;
  quantity: number;
  unit_cents: number;
  amount_cents: number;
  accepted: number | null;
};

const select = `
  SELECT e.*, trim(coalesce(c.year || ' ', '') || c.make || ' ' || c.model) AS car_name,
         (SELECT coalesce(sum(amount_cents), 0) FROM estimate_lines WHERE estimate_id = e.id) AS total_cents,
         (SELECT coalesce(sum(amount_cents), 0) FROM estimate_lines WHERE estimate_id = e.id AND accepted = 1) AS accepted_cents
  FROM estimates e LEFT JOIN cars c ON c.id = e.car_id`;

export function estimatesOfCustomer(
  db: Db,
  facilityId: number,
  customerId: number,
  opts: { sentOnly: boolean },
): EstimateRow[] {
  return db.$client
    .prepare(
      `${select} WHERE e.facility_id = ? AND e.customer_id = ? ${opts.sentOnly ? "AND e.status <> 'DRAFT'" : ""} ORDER BY e.id DESC`,
    )
    .all(facilityId, customerId) as EstimateRow[];
}

export function getEstimate(db: Db, facilityId: number, id: number, customerId?: number): EstimateRow {
  const row = db.$client
    .prepare(
      `${select} WHERE e.id = ? AND e.facility_id = ? ${customerId === undefined ? "" : "AND e.customer_id = ?"}`,
    )
    .get(...[id, facilityId, ...(customerId === undefined ? [] : [customerId])]) as EstimateRow | undefined;
  if (!row) throw notFound("Estimate");
  return row;
}

export function estimateLines(db: Db, estimateId: number): EstimateLineRow[] {
  return db.$client
    .prepare("SELECT * FROM estimate_lines WHERE estimate_id = ? ORDER BY position, id")
    .all(estimateId) as EstimateLineRow[];
}

export function createEstimate(
  db: Db,
  facilityId: number,
  customerId: number,
  input: { title: string; carId?: number | null; lines: LineInput[] },
  now: Date,
): number {
  const title = input.title.trim();
  if (!title || title.length > 200) throw badInput("Give the estimate a title", { title: "Required" });
  const { priced } = priceLines(input.lines);
  return writeTransaction(db, (tx) => {
    assertCustomerInFacility(tx, facilityId, customerId);
    if (input.carId != null) {
      const car = tx.$client
        .prepare("SELECT customer_id FROM cars WHERE id = ? AND facility_id = ?")
        .get(input.carId, facilityId) as { customer_id: number } | undefined;
      if (car?.customer_id !== customerId)
        throw badInput("That car is not this customer's", { carId: "Pick one of their cars" });
    }
    const n = tx.$client
      .prepare("SELECT max(CAST(substr(number, 5) AS INTEGER)) AS n FROM estimates WHERE facility_id = ?")
      .get(facilityId) as { n: number | null };
    const id = (
      tx.$client
        .prepare(
          "INSERT INTO estimates (facility_id, customer_id, car_id, number, title, status, created_at) VALUES (?, ?, ?, ?, ?, 'DRAFT', ?) RETURNING id",
        )
        .get(facilityId, customerId, input.carId ?? null, `EST-${(n.n ?? 500) + 1}`, title, now.getTime()) as {
        id: number;
      }
    ).id;
    const insert = tx.$client.prepare(
      "INSERT INTO estimate_lines (estimate_id, description, quantity, unit_cents, amount_cents, position) VALUES (?, ?, ?, ?, ?, ?)",
    );
    for (const l of priced) insert.run(id, l.description, l.quantity, l.unitCents, l.amountCents, l.position);
    return id;
  });
}

export function sendEstimate(
  db: Db,
  config: Pick<Config, "publicUrl">,
  facilityId: number,
  id: number,
  now: Date,
): void {
  writeTransaction(db, (tx) => {
    const estimate = getEstimate(tx, facilityId, id);
    if (estimate.status !== "DRAFT") throw conflict(`Estimate ${estimate.number} has already been sent`);
    tx.$client.prepare("UPDATE estimates SET status = 'SENT', sent_at = ? WHERE id = ?").run(now.getTime(), id);
    const amount = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(
      estimate.total_cents / 100,
    );
    notifyInSyncTransaction(
      tx,
      config,
      { facilityId, customerId: estimate.customer_id, kind: "estimates", outboxKind: "ESTIMATE", now },
      {
        subject: `Estimate ${estimate.number}: ${estimate.title}`,
        title: `Estimate for ${estimate.title}`,
        lines: [`Estimate ${estimate.number} comes to ${amount}. Review it and accept or decline in your portal.`],
        action: { label: "Review the estimate", path: `/portal/estimates/${id}` },
      },
    );
  });
}

/**
 * The customer's answer. With line choice allowed, `acceptedLineIds` picks lines; otherwise the
 * estimate is accepted or declined whole. Answered once.
 */
export function respondToEstimate(
  db: Db,
  viewer: { facilityId: number; customerId: number },
  responderName: string,
  id: number,
  input: { accept: boolean; acceptedLineIds?: number[] | null; note?: string | null },
  now: Date,
): void {
  if (input.note && input.note.length > 2000)
    throw badInput("The note is at most 2000 characters", { note: "Too long" });
  writeTransaction(db, (tx) => {
    const estimate = getEstimate(tx, viewer.facilityId, id, viewer.customerId);
    if (estimate.status === "DRAFT") throw notFound("Estimate");
    if (estimate.status !== "SENT") throw conflict("This estimate has already been answered");
    const lines = estimateLines(tx, id);
    const lineChoice = getFacility(tx, viewer.facilityId).allowEstimateLineChoice;
    let accepted = new Set<number>();
    if (input.accept) {
      if (input.acceptedLineIds && input.acceptedLineIds.length > 0) {
        if (!lineChoice) throw badInput("This facility asks you to accept or decline the estimate as a whole");
        const known = new Set(lines.map((l) => l.id));
        if (!input.acceptedLineIds.every((l) => known.has(l))) throw badInput("Pick lines of this estimate");
        accepted = new Set(input.acceptedLineIds);
      } else {
        accepted = new Set(lines.map((l) => l.id));
      }
    }
    const mark = tx.$client.prepare("UPDATE estimate_lines SET accepted = ? WHERE id = ?");
    for (const l of lines) mark.run(accepted.has(l.id) ? 1 : 0, l.id);
    const status: EstimateStatus =
      accepted.size === 0 ? "DECLINED" : accepted.size === lines.length ? "ACCEPTED" : "PARTIALLY_ACCEPTED";
    tx.$client
      .prepare(
        "UPDATE estimates SET status = ?, responded_at = ?, responded_by_name = ?, customer_note = ? WHERE id = ?",
      )
      .run(status, now.getTime(), responderName, emptyToNull(input.note), id);
  });
}

/** Turns the accepted lines of an answered estimate into a draft invoice. */
export function convertToInvoice(db: Db, facilityId: number, id: number, now: Date): number {
  return writeTransaction(db, (tx) => {
    const estimate = getEstimate(tx, facilityId, id);
    if (estimate.status !== "ACCEPTED" && estimate.status !== "PARTIALLY_ACCEPTED") {
      throw conflict("Only an accepted estimate can become an invoice");
    }
    const lines = estimateLines(tx, id).filter((l) => l.accepted === 1);
    const total = lines.reduce((s, l) => s + l.amount_cents, 0);
    const invoiceId = (
      tx.$client
        .prepare(
          `INSERT INTO invoices (facility_id, customer_id, number, issued_on, status, total_cents, balance_cents, created_at)
           VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, ?) RETURNING id`,
        )
        .get(
          facilityId,
          estimate.customer_id,
          nextInvoiceNumber(tx, facilityId),
          facilityToday(tx, facilityId, now),
          total,
          total,
          now.getTime(),
        ) as { id: number }
    ).id;
    const insert = tx.$client.prepare(
      "INSERT INTO invoice_lines (invoice_id, description, quantity, unit_cents, amount_cents, position) VALUES (?, ?, ?, ?, ?, ?)",
    );
    for (const [i, l] of lines.entries())
      insert.run(invoiceId, l.description, l.quantity, l.unit_cents, l.amount_cents, i);
    tx.$client.prepare("UPDATE estimates SET status = 'INVOICED', invoice_id = ? WHERE id = ?").run(invoiceId, id);
    return invoiceId;
  });
}
