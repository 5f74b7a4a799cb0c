import type { Config } from "../../config.js";
import { type Db, writeTransaction } from "../../db/client.js";
import { badInput, notFound } from "../../graphql/errors.js";
import { emptyToNull } from "../../lib/text.js";
import { facilityToday } from "../facilities/facility.service.js";
import { notify } from "../notifications/notify.js";

export const requestTypes = [
  "DETAILING",
  "SERVICE",
  "REPAIR",
  "DELIVERY",
  "PICK_UP",
  "STORAGE_CHANGE",
  "OTHER",
] as const;
export const requestStatuses = ["NEW", "SCHEDULED", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
export type RequestType = (typeof requestTypes)[number];
export type RequestStatus = (typeof requestStatuses)[number];

export type RequestRow = {
  id: number;
  facility_id: number;
  customer_id: number;
  car_id: number | null;
  type: RequestType;
  notes: string | null;
  preferred_date: string | null;
  status: RequestStatus;
  requested_by_name: string;
  created_at: number;
  updated_at: number;
  customer_name: string;
  car_name: string | null;
};
export type UpdateRow = {
  id: number;
  author_name: string;
  from_staff: number;
  body: string | null;
  status: RequestStatus | null;
  created_at: number;
};

const select = `
  SELECT r.*, cu.name AS customer_name, trim(coalesce(c.year || ' ', '') || c.make || ' ' || c.model) AS car_name
  FROM service_requests r JOIN customers cu ON cu.id = r.customer_id LEFT JOIN cars c ON c.id = r.car_id`;

export function requestsOfCustomer(db: Db, facilityId: number, customerId: number): RequestRow[] {
  return db.$client
    .prepare(`${select} WHERE r.facility_id = ? AND r.customer_id = ? ORDER BY r.id DESC`)
    .all(facilityId, customerId) as RequestRow[];
}

/** The staff queue: open requests first (new, scheduled, in progress), oldest first; closed ones newest first. */
export function requestQueue(db: Db, facilityId: number, statuses: RequestStatus[] | null): RequestRow[] {
  return db.$client
    .prepare(
      `${select} WHERE r.facility_id = ? ${statuses?.length ? "AND r.status IN (SELECT value FROM json_each(?))" : ""}
       ORDER BY CASE r.status WHEN 'NEW' THEN 0 WHEN 'SCHEDULED' THEN 1 WHEN 'IN_PROGRESS' THEN 2 ELSE 3 END,
         CASE WHEN r.status IN ('DONE', 'CANCELLED') THEN -r.id ELSE r.id END LIMIT 500`,
    )
    .all(...[facilityId, ...(statuses?.length ? [JSON.stringify(statuses)] : [])]) as RequestRow[];
}

/** One COUNT over the (facility, status) index, cheap enough to poll for a badge. */
export function newRequestCount(db: Db, facilityId: number): number {
  return (
    db.$client
      .prepare("SELECT count(*) AS n FROM service_requests WHERE facility_id = ? AND status = 'NEW'")
      .get(facilityId) as { n: number }
  ).n;
}

export function getRequest(db: Db, facilityId: number, id: number, customerId?: number): RequestRow {
  const row = db.$client
    .prepare(
      `${select} WHERE r.id = ? AND r.facility_id = ? ${customerId === undefined ? "" : "AND r.customer_id = ?"}`,
    )
    .get(...[id, facilityId, ...(customerId === undefined ? [] : [customerId])]) as RequestRow | undefined;
  if (!row) throw notFound("Service request");
  return row;
}

export function updatesOf(db: Db, requestId: number): UpdateRow[] {
  return db.$client
    .prepare("SELECT * FROM service_request_updates WHERE request_id = ? ORDER BY id")
    .all(requestId) as UpdateRow[];
}

export function requestService(
  db: Db,
  viewer: { facilityId: number; customerId: number },
  requestedBy: string,
  input: { type: RequestType; carId?: number | null; notes?: string | null; preferredDate?: string | null },
  now: Date,
): number {
  if (!requestTypes.includes(input.type)) throw badInput("Pick the kind of work", { type: "Required" });
  if (input.notes && input.notes.length > 4000)
    throw badInput("Notes are at most 4000 characters", { notes: "Too long" });
  const date = emptyToNull(input.preferredDate);
  if (date) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(new Date(`${date}T00:00:00Z`).getTime())) {
      throw badInput("Use a date like 2026-03-02", { preferredDate: "Use a real date" });
    }
    if (date < facilityToday(db, viewer.facilityId, now))
      throw badInput("Pick today or a later date", { preferredDate: "In the past" });
  }
  return writeTransaction(db, (tx) => {
    if (input.carId != null) {
      const car = tx.$client
        .prepare("SELECT customer_id FROM cars WHERE id = ? AND facility_id = ?")
        .get(input.carId, viewer.facilityId) as { customer_id: number } | undefined;
      if (car?.customer_id !== viewer.customerId) throw badInput("Pick one of your cars", { carId: "Not your car" });
    }
    return (
      tx.$client
        .prepare(
          `INSERT INTO service_requests (facility_id, customer_id, car_id, type, notes, preferred_date, status, requested_by_name, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 'NEW', ?, ?, ?) RETURNING id`,
        )
        .get(
          viewer.facilityId,
          viewer.customerId,
          input.carId ?? null,
          input.type,
          emptyToNull(input.notes),
          date,
          requestedBy,
          now.getTime(),
          now.getTime(),
        ) as {
        id: number;
      }
    ).id;
  });
}

/** Staff move a request along and/or reply; the customer's people who want scheduling emails hear about it. */
export function updateRequest(
  db: Db,
  config: Pick<Config, "publicUrl">,
  staff: { facilityId: number; name: string },
  id: number,
  input: { status?: RequestStatus | null; reply?: string | null },
  now: Date,
): void {
  const reply = emptyToNull(input.reply);
  if (!reply && !input.status) throw badInput("Change the status or write a reply");
  if (reply && reply.length > 4000) throw badInput("Replies are at most 4000 characters", { reply: "Too long" });
  writeTransaction(db, (tx) => {
    const request = getRequest(tx, staff.facilityId, id);
    const status = input.status && input.status !== request.status ? input.status : null;
    tx.$client
      .prepare(
        "INSERT INTO service_request_updates (request_id, author_name, from_staff, body, status, created_at) VALUES (?, ?, 1, ?, ?, ?)",
      )
      .run(id, staff.name, reply, status, now.getTime());
    if (status)
      tx.$client
        .prepare("UPDATE service_requests SET status = ?, updated_at = ? WHERE id = ?")
        .run(status, now.getTime(), id);
    const label = {
      NEW: "received",
      SCHEDULED: "scheduled",
      IN_PROGRESS: "in progress",
      DONE: "done",
      CANCELLED: "cancelled",
    };
    notify(
      tx,
      config,
      { facilityId: staff.facilityId, customerId: request.customer_id, kind: "scheduling", outboxKind: "EVENT", now },
      {
        subject: status ? `Your request is ${label[status]}` : "An update on your request",
        title: status ? `Your service request is ${label[status]}` : "An update on your service request",
        lines: [reply ?? `${request.car_name ?? "Your request"}: ${label[status ?? request.status]}.`],
        action: { label: "See the request", path: `/portal/requests/${id}` },
      },
    );
  });
}
