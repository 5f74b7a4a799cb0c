import type { Config } from "../../config.js";
import { type Db, writeTransaction } from "../../db/client.js";
import { badInput, notFound } from "../../graphql/errors.js";
import { emptyToNull } from "../../lib/text.js";
import { formatDateTimeInZone } from "../../lib/time-zone.js";
import { assertCustomerInFacility } from "../customers/customer.service.js";
import { getFacility } from "../facilities/facility.service.js";
import { notify } from "../notifications/notify.js";

export const eventKinds = ["PICK_UP", "DROP_OFF", "DETAILING", "SERVICE", "SOCIAL", "OTHER"] as const;
export type EventKind = (typeof eventKinds)[number];

export type EventRow = {
  id: number;
  facility_id: number;
  customer_id: number | null;
  car_id: number | null;
  kind: EventKind;
  title: string;
  starts_at: number;
  ends_at: number | null;
  location: string | null;
  notes: string | null;
  car_name: string | null;
  customer_name: string | null;
  my_rsvp: string | null;
  my_guests: number | null;
  going_count: number;
  going_guests: number;
};

export type EventInput = {
  customerId?: number | null;
  carId?: number | null;
  kind: EventKind;
  title: string;
  startsAt: Date;
  endsAt?: Date | null;
  location?: string | null;
  notes?: string | null;
};

const select = (rsvpCustomer: number | null) => ({
  sql: `SELECT e.*, trim(coalesce(c.year || ' ', '') || c.make || ' ' || c.model) AS car_name, cu.name AS customer_name,
          r.response AS my_rsvp, r.guests AS my_guests,
          (SELECT coalesce(sum(1 + guests), 0) FROM event_rsvps WHERE event_id = e.id AND response = 'GOING') AS going_count,
          (SELECT coalesce(sum(guests), 0) FROM event_rsvps WHERE event_id = e.id AND response = 'GOING') AS going_guests
        FROM events e
        LEFT JOIN cars c ON c.id = e.car_id
        LEFT JOIN customers cu ON cu.id = e.customer_id
        LEFT JOIN event_rsvps r ON r.event_id = e.id AND r.customer_id = ?`,
  params: [rsvpCustomer ?? -1],
});

/** A customer's events plus the facility's social events (shown to every customer). */
export function eventsForCustomer(db: Db, facilityId: number, customerId: number): EventRow[] {
  const q = select(customerId);
  return db.$client
    .prepare(
      `${q.sql} WHERE e.facility_id = ? AND (e.customer_id = ? OR (e.customer_id IS NULL AND e.kind = 'SOCIAL')) ORDER BY e.starts_at`,
    )
    .all(...q.params, facilityId, customerId) as EventRow[];
}

/** The facility's schedule between two times, for the staff calendar. */
export function eventsBetween(db: Db, facilityId: number, from: Date, to: Date): EventRow[] {
  const q = select(null);
  return db.$client
    .prepare(`${q.sql} WHERE e.facility_id = ? AND e.starts_at >= ? AND e.starts_at < ? ORDER BY e.starts_at LIMIT 500`)
    .all(...q.params, facilityId, from.getTime(), to.getTime()) as EventRow[];
}

export function getEvent(db: Db, facilityId: number, eventId: number, rsvpCustomer: number | null = null): EventRow {
  const q = select(rsvpCustomer);
  const row = db.$client
    .prepare(`${q.sql} WHERE e.id = ? AND e.facility_id = ?`)
    .get(...q.params, eventId, facilityId) as EventRow | undefined;
  if (!row) throw notFound("Event");
  return row;
}

function validate(tx: Db, facilityId: number, input: EventInput) {
  const title = input.title.trim();
  if (!title || title.length > 200)
    throw badInput("Give the event a title (up to 200 characters)", { title: "Required" });
  if (input.endsAt && input.endsAt <= input.startsAt)
    throw badInput("The end is before the start", { endsAt: "After the start" });
  if (input.customerId == null && input.kind !== "SOCIAL") {
    throw badInput("Only social events can be for everyone; pick a customer", { customerId: "Pick a customer" });
  }
  if (input.customerId != null) assertCustomerInFacility(tx, facilityId, input.customerId);
  if (input.carId != null) {
    const car = tx.$client
      .prepare("SELECT customer_id FROM cars WHERE id = ? AND facility_id = ?")
      .get(input.carId, facilityId) as { customer_id: number } | undefined;
    if (!car || car.customer_id !== input.customerId)
      throw badInput("That car is not this customer's", { carId: "Pick one of their cars" });
  }
  return { title, location: emptyToNull(input.location), notes: emptyToNull(input.notes) };
}

/** Schedules an event; the customer's people who want scheduling (or social) emails hear about it. */
export function scheduleEvent(
  db: Db,
  config: Pick<Config, "publicUrl">,
  facilityId: number,
  input: EventInput,
  now: Date,
): number {
  return writeTransaction(db, (tx) => {
    const v = validate(tx, facilityId, input);
    const id = (
      tx.$client
        .prepare(
          `INSERT INTO events (facility_id, customer_id, car_id, kind, title, starts_at, ends_at, location, notes, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        )
        .get(
          facilityId,
          input.customerId ?? null,
          input.carId ?? null,
          input.kind,
          v.title,
          input.startsAt.getTime(),
          input.endsAt?.getTime() ?? null,
          v.location,
          v.notes,
          now.getTime(),
        ) as {
        id: number;
      }
    ).id;
    if (input.customerId != null) {
      const when = formatDateTimeInZone(input.startsAt, getFacility(tx, facilityId).timeZone);
      notify(
        tx,
        config,
        {
          facilityId,
          customerId: input.customerId,
          kind: input.kind === "SOCIAL" ? "socialEvents" : "scheduling",
          outboxKind: "EVENT",
          now,
        },
        {
          subject: `Scheduled: ${v.title}`,
          title: v.title,
          lines: [`${when}${v.location ? ` · ${v.location}` : ""}`, ...(v.notes ? [v.notes] : [])],
          action: { label: "See your schedule", path: "/portal/schedule" },
        },
      );
    }
    return id;
  });
}

export function updateEvent(db: Db, facilityId: number, eventId: number, input: EventInput): void {
  writeTransaction(db, (tx) => {
    getEvent(tx, facilityId, eventId);
    const v = validate(tx, facilityId, input);
    tx.$client
      .prepare(
        "UPDATE events SET customer_id = ?, car_id = ?, kind = ?, title = ?, starts_at = ?, ends_at = ?, location = ?, notes = ? WHERE id = ?",
      )
      .run(
        input.customerId ?? null,
        input.carId ?? null,
        input.kind,
        v.title,
        input.startsAt.getTime(),
        input.endsAt?.getTime() ?? null,
        v.location,
        v.notes,
        eventId,
      );
  });
}

export function cancelEvent(db: Db, facilityId: number, eventId: number): void {
  const result = db.$client.prepare("DELETE FROM events WHERE id = ? AND facility_id = ?").run(eventId, facilityId);
  if (result.changes === 0) throw notFound("Event");
}

/** RSVP to a social event the customer can see; answering again replaces the answer. */
export function rsvp(
  db: Db,
  viewer: { facilityId: number; customerId: number },
  eventId: number,
  input: { response: "GOING" | "NOT_GOING" | "MAYBE"; guests: number },
  now: Date,
): void {
  if (!Number.isInteger(input.guests) || input.guests < 0 || input.guests > 10) {
    throw badInput("Bring up to 10 guests", { guests: "0 to 10" });
  }
  writeTransaction(db, (tx) => {
    const event = getEvent(tx, viewer.facilityId, eventId);
    const visible = event.customer_id === viewer.customerId || (event.customer_id === null && event.kind === "SOCIAL");
    if (!visible) throw notFound("Event");
    if (event.kind !== "SOCIAL") throw badInput("Only social events take RSVPs");
    if (event.starts_at <= now.getTime()) throw badInput("This event has already started");
    tx.$client
      .prepare(
        `INSERT INTO event_rsvps (event_id, customer_id, response, guests, responded_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(event_id, customer_id) DO UPDATE SET response = excluded.response, guests = excluded.guests, responded_at = excluded.responded_at`,
      )
      .run(eventId, viewer.customerId, input.response, input.response === "GOING" ? input.guests : 0, now.getTime());
  });
}
