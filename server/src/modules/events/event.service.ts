import { and, asc, type Column, eq, getTableColumns, gte, isNull, lt, or, Param, sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import { type Database, preparedRead, type Tables, type WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { badInput, notFound } from "../../lib/domain-error.js";
import { emptyToNull } from "../../lib/text.js";
import { formatDateTimeInZone } from "../../lib/time-zone.js";
import type { PreferenceKind } from "../contacts/contact.service.js";
import { isArchived } from "../customers/customer-lifecycle.service.js";
import { type Notification, notify } from "../notifications/notify.service.js";

export const eventKinds = ["PICK_UP", "DROP_OFF", "DETAILING", "SERVICE", "SOCIAL", "OTHER"] as const;
export type EventKind = (typeof eventKinds)[number];

type RsvpAnswer = Tables["eventRsvps"]["$inferSelect"]["response"];

export type EventRow = Tables["events"]["$inferSelect"] & {
  carName: string | null;
  customerName: string | null;
  myRsvp: RsvpAnswer | null;
  myGuests: number | null;
  goingCount: number;
  goingGuests: number;
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

/** A placeholder whose value is encoded as column's values are (a Date becomes what the engine stores). */
const placeholderFor = (column: Column, name: string) => new Param(sql.placeholder(name), column);

/**
 * The answers "going" to the event in the outer row, leaving out archived customers': they are no
 * longer coming as far as staff and the other customers can tell (docs/decisions/0032).
 */
const goingRsvps = sql.raw(
  `FROM event_rsvps g WHERE g.event_id = "events"."id" AND g.response = 'GOING' AND NOT EXISTS (SELECT 1 FROM customers gc WHERE gc.id = g.customer_id AND gc.archived_at IS NOT NULL)`,
);

/**
 * An event with its car's and customer's names, the answer of the customer in the placeholder
 * rsvpCustomer (-1 for none) and the number of people coming. The counts are written out: drizzle
 * prints a column unqualified inside a subquery, where "id" would be the answer's.
 */
function selectEvents(db: Pick<WriteDb, "select">, t: Tables, counts: "going" | "uncounted" = "going") {
  // Uncounted, the subqueries that add up every answer (the costliest part of the statement, for a
  // social event many answered) are left out; the counts read 0.
  const going =
    counts === "going"
      ? {
          goingCount: sql<number>`(SELECT coalesce(sum(1 + guests), 0) ${goingRsvps})`.mapWith(Number),
          goingGuests: sql<number>`(SELECT coalesce(sum(guests), 0) ${goingRsvps})`.mapWith(Number),
        }
      : { goingCount: sql<number>`0`.mapWith(Number), goingGuests: sql<number>`0`.mapWith(Number) };
  return db
    .select({
      ...getTableColumns(t.events),
      carName: sql<
        string | null
      >`trim(coalesce(${t.cars.year} || ' ', '') || ${t.cars.make} || ' ' || ${t.cars.model})`,
      customerName: t.customers.name,
      myRsvp: t.eventRsvps.response,
      myGuests: t.eventRsvps.guests,
      ...going,
    })
    .from(t.events)
    .leftJoin(t.cars, eq(t.cars.id, t.events.carId))
    .leftJoin(t.customers, eq(t.customers.id, t.events.customerId))
    .leftJoin(
      t.eventRsvps,
      and(eq(t.eventRsvps.eventId, t.events.id), eq(t.eventRsvps.customerId, sql.placeholder("rsvpCustomer"))),
    );
}

/** A customer's own events, and the facility's social events, which every customer sees. */
const customerOrSocial = (t: Tables) =>
  or(
    eq(t.events.customerId, sql.placeholder("customerId")),
    and(isNull(t.events.customerId), eq(t.events.kind, "SOCIAL")),
  );

// The portal's schedule and home page, and the staff customer page, read these on every request.
const eventsForCustomerRead = preparedRead(
  "events_for_customer",
  (db, t) =>
    selectEvents(db, t)
      .where(FacilityScope.preparedWhere(t.events, customerOrSocial(t)))
      .orderBy(asc(t.events.startsAt)),
  { keyed: true },
);

/**
 * The next events of a customer from a time on: a statement per count mode and number of events,
 * the number written into it. With `LIMIT ?` SQLite ran this statement in ~50 µs against ~20 µs
 * with the number written in (same plan, same program).
 */
function declareUpcomingRead(name: string, counts: "going" | "uncounted", limit: number) {
  return preparedRead(
    name,
    (db, t) =>
      selectEvents(db, t, counts)
        .where(
          FacilityScope.preparedWhere(
            t.events,
            customerOrSocial(t),
            gte(t.events.startsAt, placeholderFor(t.events.startsAt, "from")),
          ),
        )
        .orderBy(asc(t.events.startsAt), asc(t.events.id))
        .limit(limit),
    { keyed: true },
  );
}

const upcomingReads = new Map<string, ReturnType<typeof declareUpcomingRead>>();

function upcomingRead(counts: "going" | "uncounted", limit: number) {
  // A handful of callers, each with its own constant: never a statement per request's value.
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new Error(`upcoming events: limit ${limit}`);
  const name = `upcoming_events_for_customer_${counts}_${limit}`;
  let read = upcomingReads.get(name);
  if (!read) {
    read = declareUpcomingRead(name, counts, limit);
    upcomingReads.set(name, read);
  }
  return read;
}

const eventsBetweenRead = preparedRead("events_between", (db, t) =>
  selectEvents(db, t)
    .where(
      FacilityScope.preparedWhere(
        t.events,
        gte(t.events.startsAt, placeholderFor(t.events.startsAt, "from")),
        lt(t.events.startsAt, placeholderFor(t.events.startsAt, "to")),
        // An archived customer's appointments leave the staff schedule with them; events for
        // everyone have no customer row, so they stay.
        isNull(t.customers.archivedAt),
      ),
    )
    .orderBy(asc(t.events.startsAt))
    .limit(500),
);

const eventByIdRead = preparedRead(
  "event_by_id",
  (db, t) =>
    selectEvents(db, t).where(FacilityScope.preparedWhere(t.events, eq(t.events.id, sql.placeholder("eventId")))),
  { keyed: true },
);

/** A customer's events plus the facility's social events (shown to every customer). */
export async function eventsForCustomer(data: Database, scope: FacilityScope, customerId: number): Promise<EventRow[]> {
  return eventsForCustomerRead(data).execute(scope.values({ customerId, rsvpCustomer: customerId }));
}

/**
 * The next `limit` of eventsForCustomer starting at `from` or later, soonest first. `uncounted`
 * leaves the people going uncounted (0) for a caller that shows no count.
 */
export async function upcomingEventsForCustomer(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  from: Date,
  limit: number,
  counts: "going" | "uncounted" = "going",
): Promise<EventRow[]> {
  return upcomingRead(counts, limit)(data).execute(scope.values({ customerId, rsvpCustomer: customerId, from }));
}

/** The facility's schedule between two times, for the staff calendar. */
export async function eventsBetween(data: Database, scope: FacilityScope, from: Date, to: Date): Promise<EventRow[]> {
  return eventsBetweenRead(data).execute(scope.values({ from, to, rsvpCustomer: -1 }));
}

export async function getEvent(
  data: Database,
  scope: FacilityScope,
  eventId: number,
  rsvpCustomer: number | null = null,
): Promise<EventRow> {
  const [row] = await eventByIdRead(data).execute(scope.values({ eventId, rsvpCustomer: rsvpCustomer ?? -1 }));
  if (!row) throw notFound("Event");
  return row;
}

/** The scope's event as a transaction sees it, or NOT_FOUND. */
async function eventInScope(tx: WriteDb, t: Tables, scope: FacilityScope, eventId: number) {
  const [event] = await tx
    .select({ customerId: t.events.customerId, kind: t.events.kind, startsAt: t.events.startsAt })
    .from(t.events)
    .where(scope.where(t.events, eq(t.events.id, eventId)));
  if (!event) throw notFound("Event");
  return event;
}

/** The checks of an event's input that need no database. */
function checkInput(input: EventInput) {
  const title = input.title.trim();
  if (!title || title.length > 200)
    throw badInput("Give the event a title (up to 200 characters)", { title: "Required" });
  if (input.endsAt && input.endsAt <= input.startsAt)
    throw badInput("The end is before the start", { endsAt: "After the start" });
  if (input.customerId == null && input.kind !== "SOCIAL") {
    throw badInput("Only social events can be for everyone; pick a customer", { customerId: "Pick a customer" });
  }
  return {
    customerId: input.customerId ?? null,
    carId: input.carId ?? null,
    kind: input.kind,
    title,
    startsAt: input.startsAt,
    endsAt: input.endsAt ?? null,
    location: emptyToNull(input.location),
    notes: emptyToNull(input.notes),
  };
}

const carNotTheCustomers = () => badInput("That car is not this customer's", { carId: "Pick one of their cars" });

async function validate(tx: WriteDb, t: Tables, scope: FacilityScope, input: EventInput) {
  const values = checkInput(input);
  if (values.customerId !== null) {
    const [owner] = await tx
      .select({ id: t.customers.id })
      .from(t.customers)
      .where(scope.where(t.customers, eq(t.customers.id, values.customerId)));
    if (!owner) throw notFound("Customer");
  }
  if (values.carId !== null) {
    const [car] = await tx
      .select({ customerId: t.cars.customerId })
      .from(t.cars)
      .where(scope.where(t.cars, eq(t.cars.id, values.carId)));
    if (!car || car.customerId !== values.customerId) throw carNotTheCustomers();
  }
  return values;
}

/** What the customer's people who want scheduling (or social) emails are told about a new event. */
function scheduledNotice(v: ReturnType<typeof checkInput>, timeZone: string) {
  const when = formatDateTimeInZone(v.startsAt, timeZone);
  const kind: PreferenceKind = v.kind === "SOCIAL" ? "socialEvents" : "scheduling";
  const message: Notification = {
    subject: `Scheduled: ${v.title}`,
    title: v.title,
    lines: [`${when}${v.location ? ` · ${v.location}` : ""}`, ...(v.notes ? [v.notes] : [])],
    action: { label: "See your schedule", path: "/portal/schedule" },
  };
  return { kind, message };
}

/**
 * Schedules an event; the customer's people who want scheduling (or social) emails hear about it,
 * queued in the same transaction.
 */
export async function scheduleEvent(
  deps: { data: Database; config: Pick<Config, "publicUrl"> },
  scope: FacilityScope,
  input: EventInput,
  now: Date,
): Promise<number> {
  const { data, config } = deps;
  const { t } = data;
  return data.transaction(async (tx) => {
    const v = await validate(tx, t, scope, input);
    const { id } = returnedRow(
      await tx
        .insert(t.events)
        .values({ ...v, facilityId: scope.facilityId, createdAt: now })
        .returning({ id: t.events.id }),
    );
    // An archived customer's people have no portal to see it in: nobody is emailed.
    if (v.customerId !== null && !(await isArchived(tx, t, v.customerId))) {
      const facility = returnedRow(
        await tx
          .select({ timeZone: t.facilities.timeZone })
          .from(t.facilities)
          .where(eq(t.facilities.id, scope.facilityId)),
      );
      const { kind, message } = scheduledNotice(v, facility.timeZone);
      await notify(tx, t, config, { scope, customerId: v.customerId, kind, outboxKind: "EVENT", now }, message);
    }
    return id;
  });
}

export async function updateEvent(
  data: Database,
  scope: FacilityScope,
  eventId: number,
  input: EventInput,
  now: Date,
): Promise<void> {
  const { t } = data;
  await data.transaction(async (tx) => {
    await eventInScope(tx, t, scope, eventId);
    const v = await validate(tx, t, scope, input);
    await tx
      .update(t.events)
      // Subscribed calendars take the higher SEQUENCE as the newer copy of the event.
      .set({ ...v, sequence: sql`${t.events.sequence} + 1`, updatedAt: now })
      .where(scope.where(t.events, eq(t.events.id, eventId)));
  });
}

export async function cancelEvent(data: Database, scope: FacilityScope, eventId: number): Promise<void> {
  const { t } = data;
  const removed = await data.transaction((tx) =>
    tx
      .delete(t.events)
      .where(scope.where(t.events, eq(t.events.id, eventId)))
      .returning({ id: t.events.id }),
  );
  if (removed.length === 0) throw notFound("Event");
}

function checkGuests(guests: number): void {
  if (!Number.isInteger(guests) || guests < 0 || guests > 10) {
    throw badInput("Bring up to 10 guests", { guests: "0 to 10" });
  }
}

/** RSVP to a social event the customer can see; answering again replaces the answer. */
export async function rsvp(
  data: Database,
  viewer: { scope: FacilityScope; customerId: number },
  eventId: number,
  input: { response: RsvpAnswer; guests: number },
  now: Date,
): Promise<void> {
  checkGuests(input.guests);
  const { t } = data;
  await data.transaction(async (tx) => {
    const event = await eventInScope(tx, t, viewer.scope, eventId);
    const visible = event.customerId === viewer.customerId || (event.customerId === null && event.kind === "SOCIAL");
    if (!visible) throw notFound("Event");
    if (event.kind !== "SOCIAL") throw badInput("Only social events take RSVPs");
    if (event.startsAt.getTime() <= now.getTime()) throw badInput("This event has already started");
    const answer = {
      response: input.response,
      guests: input.response === "GOING" ? input.guests : 0,
      respondedAt: now,
    };
    await tx
      .insert(t.eventRsvps)
      .values({ eventId, customerId: viewer.customerId, ...answer })
      .onConflictDoUpdate({ target: [t.eventRsvps.eventId, t.eventRsvps.customerId], set: answer });
  });
}
