import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import type { Database, ReadDb, Tables, WriteDb } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { enqueueEmail, enqueueText } from "../../email/outbox.js";
import { renderCareReminderText } from "../../email/templates/care-reminder-text.js";
import { type CareReminderItem, renderCareReminders } from "../../email/templates/care-reminders.js";
import { isDaytime } from "../../lib/daytime.js";
import { formatUsd } from "../../lib/money.js";
import { addDays, formatDateTimeInZone, formatTimeInZone, localDate, zonedTime } from "../../lib/time-zone.js";
import type { PreferenceKind } from "../contacts/contact.service.js";
import type { FacilityRow } from "../facilities/facility.service.js";
import { enabledSections, PortalSection } from "../facilities/sections.service.js";
import { branding } from "../notifications/notify.service.js";
import { type ReachableRecipient, reachableFor } from "../notifications/recipients.service.js";
import { channelsFor } from "../texts/texts.service.js";
import { type CareReminderSettings, careReminderSettingsOf } from "./care-reminder-settings.service.js";

/*
 * Reminders of what needs the customer (docs/decisions/0037-care-reminders.md). Each item has stages,
 * each due on a facility-local day and sendable until the next stage's day (so a day the job missed,
 * or a digest already sent that day, only delays it):
 *   invoice    stage 0 "due soon" from `invoicesDueDays` before the due date to the due date;
 *              stages 1–3 "overdue" the day after the due date, then every 7 days.
 *   contract   stages 1–3: `contractsAfterDays` after it was shared, then every 7 days, while unsigned.
 *   estimate   stage 1: `estimatesAfterDays` after it was sent, for a week, while unanswered.
 *   event      stage 1: the day before it.
 */

export type ReminderItemKind = "CONTRACT" | "INVOICE" | "ESTIMATE" | "EVENT";

/** How many reminders an overdue invoice or an unsigned contract gets, a week apart. */
export const MAX_REPEATS = 3;
const WEEK = 7;
/** Items read per query while looking for who has something due. */
const FIND_CHUNK = 200;
/** Customers reminded per transaction: short, so others' writes are not held up. */
const SEND_CHUNK = 25;

/** Whole days from `from` to `to`, both "YYYY-MM-DD". */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The stage of an open invoice's reminder today, or null when none is due. */
export function invoiceStage(dueOn: string, today: string, s: CareReminderSettings): number | null {
  const untilDue = daysBetween(today, dueOn);
  if (s.invoicesDue && untilDue >= 0 && untilDue <= s.invoicesDueDays) return 0;
  const overdue = -untilDue;
  if (s.invoicesOverdue && overdue >= 1 && overdue <= WEEK * MAX_REPEATS) {
    return Math.floor((overdue - 1) / WEEK) + 1;
  }
  return null;
}

/** The stage of an unsigned contract's reminder today, shared on `sharedOn`, or null. */
export function contractStage(sharedOn: string, today: string, s: CareReminderSettings): number | null {
  const late = daysBetween(sharedOn, today) - s.contractsAfterDays;
  if (!s.contracts || late < 0 || late >= WEEK * MAX_REPEATS) return null;
  return Math.floor(late / WEEK) + 1;
}

/** The stage of an unanswered estimate's reminder today, sent on `sentOn`, or null. */
export function estimateStage(sentOn: string, today: string, s: CareReminderSettings): number | null {
  const late = daysBetween(sentOn, today) - s.estimatesAfterDays;
  return s.estimates && late >= 0 && late < WEEK ? 1 : null;
}

type Facility = FacilityRow;

/** What of each kind a facility reminds of today: the kinds on and in an enabled section, with their windows. */
export function reminderPlan(facility: Facility, today: string) {
  const s = careReminderSettingsOf(facility);
  const sections = enabledSections(facility);
  const zone = facility.timeZone;
  const startOf = (day: string) => zonedTime(day, "00:00", zone);
  const invoices = sections.includes(PortalSection.BILLING) && (s.invoicesDue || s.invoicesOverdue);
  return {
    settings: s,
    today,
    zone,
    invoices: invoices
      ? {
          from: addDays(today, s.invoicesOverdue ? -WEEK * MAX_REPEATS : 0),
          to: addDays(today, s.invoicesDue ? s.invoicesDueDays : -1),
        }
      : null,
    contracts:
      sections.includes(PortalSection.DOCUMENTS) && s.contracts
        ? {
            from: startOf(addDays(today, -s.contractsAfterDays - WEEK * MAX_REPEATS + 1)),
            until: startOf(addDays(today, -s.contractsAfterDays + 1)),
          }
        : null,
    estimates:
      sections.includes(PortalSection.ESTIMATES) && s.estimates
        ? {
            from: startOf(addDays(today, -s.estimatesAfterDays - WEEK + 1)),
            until: startOf(addDays(today, -s.estimatesAfterDays + 1)),
          }
        : null,
    events:
      sections.includes(PortalSection.EVENTS) && s.events
        ? { from: startOf(addDays(today, 1)), until: startOf(addDays(today, 2)) }
        : null,
  };
}

type Plan = ReturnType<typeof reminderPlan>;

type DueItem = {
  kind: ReminderItemKind;
  id: number;
  stage: number;
  preference: PreferenceKind;
  reminder: Omit<CareReminderItem, "action"> & { action: { label: string; path: string } };
  /** The item in a few words for the day's text ("invoice T-12 ($125.00) due tomorrow"). */
  short: string;
};

const KIND_ORDER: Record<ReminderItemKind, number> = { CONTRACT: 0, INVOICE: 1, ESTIMATE: 2, EVENT: 3 };

const DAY_IN_WORDS = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  timeZone: "UTC",
});

/** "Thursday, 5 March": a local day in words, as emails write event times. */
function dayInWords(day: string): string {
  const p = Object.fromEntries(DAY_IN_WORDS.formatToParts(new Date(`${day}T12:00:00Z`)).map((x) => [x.type, x.value]));
  return `${p.weekday}, ${p.day} ${p.month}`;
}

const EVENT_KIND_NAMES: Record<string, string> = {
  PICK_UP: "Pick-up",
  DROP_OFF: "Drop-off",
  DETAILING: "Detailing",
  SERVICE: "Service",
  SOCIAL: "Event",
  OTHER: "Appointment",
};

/** Everything of one customer's account due for a reminder today, read in the sending transaction. */
async function dueItemsOf(tx: ReadDb, t: Tables, scope: FacilityScope, p: Plan, customerId: number) {
  const items: DueItem[] = [];
  if (p.invoices) {
    const rows = await tx
      .select({
        id: t.invoices.id,
        number: t.invoices.number,
        dueOn: t.invoices.dueOn,
        balance: t.invoices.balanceCents,
      })
      .from(t.invoices)
      .where(
        scope.where(
          t.invoices,
          eq(t.invoices.customerId, customerId),
          eq(t.invoices.status, "OPEN"),
          gt(t.invoices.balanceCents, 0),
          gte(t.invoices.dueOn, p.invoices.from),
          lte(t.invoices.dueOn, p.invoices.to),
        ),
      );
    for (const row of rows) {
      const stage = row.dueOn ? invoiceStage(row.dueOn, p.today, p.settings) : null;
      if (stage === null || !row.dueOn) continue;
      const until = daysBetween(p.today, row.dueOn);
      const shortWhen =
        stage > 0 ? "overdue" : until === 0 ? "due today" : until === 1 ? "due tomorrow" : `due in ${until} days`;
      const when =
        stage > 0
          ? `Overdue since ${dayInWords(row.dueOn)}`
          : until === 0
            ? "Due today"
            : until === 1
              ? "Due tomorrow"
              : `Due ${dayInWords(row.dueOn)}`;
      items.push({
        kind: "INVOICE",
        id: row.id,
        stage,
        preference: "invoices",
        short: `invoice ${row.number} (${formatUsd(row.balance)}) ${shortWhen}`,
        reminder: {
          what: `Invoice ${row.number} · ${formatUsd(row.balance)}`,
          when,
          action: { label: "View invoice", path: `/portal/billing/${row.id}` },
        },
      });
    }
  }
  if (p.contracts) {
    const rows = await tx
      .select({ id: t.documents.id, title: t.documents.title, createdAt: t.documents.createdAt })
      .from(t.documents)
      .leftJoin(t.documentSignatures, eq(t.documentSignatures.documentId, t.documents.id))
      .where(
        scope.where(
          t.documents,
          eq(t.documents.customerId, customerId),
          eq(t.documents.requiresSignature, true),
          eq(t.documents.sharedWithCustomer, true),
          isNull(t.documentSignatures.id),
          gte(t.documents.createdAt, p.contracts.from),
          lt(t.documents.createdAt, p.contracts.until),
        ),
      );
    for (const row of rows) {
      const sharedOn = localDate(row.createdAt, p.zone);
      const stage = contractStage(sharedOn, p.today, p.settings);
      if (stage === null) continue;
      items.push({
        kind: "CONTRACT",
        id: row.id,
        stage,
        preference: "contracts",
        short: `sign "${row.title}"`,
        reminder: {
          what: `Sign “${row.title}”`,
          when: `Waiting for your signature since ${dayInWords(sharedOn)}`,
          action: { label: "Review and sign", path: `/portal/documents/${row.id}` },
        },
      });
    }
  }
  if (p.estimates) {
    const rows = await tx
      .select({ id: t.estimates.id, number: t.estimates.number, title: t.estimates.title, sentAt: t.estimates.sentAt })
      .from(t.estimates)
      .where(
        scope.where(
          t.estimates,
          eq(t.estimates.customerId, customerId),
          eq(t.estimates.status, "SENT"),
          gte(t.estimates.sentAt, p.estimates.from),
          lt(t.estimates.sentAt, p.estimates.until),
        ),
      );
    for (const row of rows) {
      if (!row.sentAt) continue;
      const sentOn = localDate(row.sentAt, p.zone);
      const stage = estimateStage(sentOn, p.today, p.settings);
      if (stage === null) continue;
      items.push({
        kind: "ESTIMATE",
        id: row.id,
        stage,
        preference: "estimates",
        short: `answer estimate ${row.number}`,
        reminder: {
          what: `Estimate ${row.number}: ${row.title}`,
          when: `Waiting for your answer since ${dayInWords(sentOn)}`,
          action: { label: "Review the estimate", path: `/portal/estimates/${row.id}` },
        },
      });
    }
  }
  if (p.events) {
    const eventColumns = {
      id: t.events.id,
      kind: t.events.kind,
      title: t.events.title,
      startsAt: t.events.startsAt,
      location: t.events.location,
    };
    const inWindow = and(gte(t.events.startsAt, p.events.from), lt(t.events.startsAt, p.events.until));
    const own = await tx
      .select(eventColumns)
      .from(t.events)
      .where(scope.where(t.events, eq(t.events.customerId, customerId), inWindow));
    // A facility-wide social event concerns those who said they would come.
    const social = await tx
      .select(eventColumns)
      .from(t.events)
      .innerJoin(t.eventRsvps, eq(t.eventRsvps.eventId, t.events.id))
      .where(
        scope.where(
          t.events,
          isNull(t.events.customerId),
          inWindow,
          eq(t.eventRsvps.customerId, customerId),
          ne(t.eventRsvps.response, "NOT_GOING"),
        ),
      );
    for (const row of [...own, ...social]) {
      items.push({
        kind: "EVENT",
        id: row.id,
        stage: 1,
        preference: row.kind === "SOCIAL" ? "socialEvents" : "scheduling",
        short: `${(EVENT_KIND_NAMES[row.kind] ?? "Event").toLowerCase()} "${row.title}" tomorrow at ${formatTimeInZone(row.startsAt, p.zone)}`,
        reminder: {
          what: `${EVENT_KIND_NAMES[row.kind] ?? "Event"}: ${row.title}`,
          when: `Tomorrow, ${formatDateTimeInZone(row.startsAt, p.zone)}${row.location ? ` · ${row.location}` : ""}`,
          action: { label: "See your schedule", path: "/portal/schedule" },
        },
      });
    }
  }
  return items.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id);
}

/** Postmark's answers for an address that will never take mail: inactive (bounced, complained), invalid. */
const DEAD_ADDRESS_CODES = [406, 300];

/** Of `emails`, those that failed for good before: a reminder never goes to them. */
export async function deadAddresses(tx: ReadDb, t: Tables, customerId: number, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const o = t.emailOutbox;
  // `status = 'FAILED'` written out, so both engines read the partial index of failed rows.
  const failed = await tx
    .selectDistinct({ email: o.toEmail })
    .from(o)
    .where(and(inArray(o.toEmail, emails), sql`${o.status} = 'FAILED'`, inArray(o.lastErrorCode, DEAD_ADDRESS_CODES)));
  const bounced = await tx
    .selectDistinct({ email: t.invitations.email })
    .from(t.invitations)
    .where(
      and(
        eq(t.invitations.customerId, customerId),
        inArray(t.invitations.email, emails),
        eq(t.invitations.deliveryState, "BOUNCED"),
      ),
    );
  return new Set([...failed, ...bounced].map((r) => r.email.toLowerCase()));
}

const personOf = (r: ReachableRecipient) => (r.contactId === null ? "customer" : `contact:${r.contactId}`);

export type ReminderContext = {
  config: Pick<Config, "publicUrl">;
  now: Date;
};

/**
 * Queues, inside `tx`, today's reminder to each of a customer's people who has something new due,
 * by their channel (an email, a text, or both): one per person and day, recorded with the stages it
 * names so no server sends either again. Answers how many people were reminded.
 */
async function remindCustomer(
  tx: WriteDb,
  t: Tables,
  ctx: ReminderContext,
  facility: Facility,
  p: Plan,
  customerId: number,
): Promise<number> {
  const scope = new FacilityScope(facility.id);
  const [customer] = await tx
    .select({ archivedAt: t.customers.archivedAt })
    .from(t.customers)
    .where(scope.where(t.customers, eq(t.customers.id, customerId)));
  if (!customer || customer.archivedAt) return 0;
  const items = await dueItemsOf(tx, t, scope, p, customerId);
  if (items.length === 0) return 0;

  const people = new Map<string, { recipient: ReachableRecipient; items: DueItem[] }>();
  for (const preference of new Set(items.map((i) => i.preference))) {
    const recipients = await reachableFor(tx, t, scope, customerId, preference, { portalPeople: true });
    for (const recipient of recipients) {
      const person = people.get(personOf(recipient)) ?? { recipient, items: [] };
      person.items.push(...items.filter((i) => i.preference === preference));
      people.set(personOf(recipient), person);
    }
  }
  const dead = await deadAddresses(
    tx,
    t,
    customerId,
    [...people.values()].flatMap((p) => (p.recipient.email ? [p.recipient.email] : [])),
  );
  const look = branding(facility, ctx.config.publicUrl);
  let queued = 0;
  for (const [person, { recipient, items: theirs }] of people) {
    // An address that failed for good cannot reach them: their number may (the invite's rule).
    const email = recipient.email && !dead.has(recipient.email.toLowerCase()) ? recipient.email : null;
    const via = channelsFor({ email, channel: recipient.channel, canText: recipient.phone !== null });
    if (!via.email && !via.text) continue;
    const sent = await tx
      .select({ kind: t.careRemindersSent.itemKind, id: t.careRemindersSent.itemId, stage: t.careRemindersSent.stage })
      .from(t.careRemindersSent)
      .where(and(eq(t.careRemindersSent.customerId, customerId), eq(t.careRemindersSent.person, person)));
    const key = (i: { kind: string; id: number; stage: number }) => `${i.kind}:${i.id}:${i.stage}`;
    const already = new Set(sent.map(key));
    const fresh = theirs
      .filter((i) => !already.has(key(i)))
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id - b.id);
    if (fresh.length === 0) continue;
    // The day's one email: the server whose insert lands sends it; any other finds the row and stops.
    const [digest] = await tx
      .insert(t.careReminderDigests)
      .values({
        facilityId: facility.id,
        customerId,
        person,
        localDay: p.today,
        // "" when the day's reminder went by text alone (as invitations.email: docs/decisions/0038).
        toEmail: via.email && email ? email : "",
        toPhone: via.text ? recipient.phone : null,
        createdAt: ctx.now,
      })
      .onConflictDoNothing()
      .returning({ id: t.careReminderDigests.id });
    if (!digest) continue;
    const recorded = await tx
      .insert(t.careRemindersSent)
      .values(
        fresh.map((i) => ({
          facilityId: facility.id,
          customerId,
          person,
          itemKind: i.kind,
          itemId: i.id,
          stage: i.stage,
          digestId: digest.id,
          createdAt: ctx.now,
        })),
      )
      .onConflictDoNothing()
      .returning({
        kind: t.careRemindersSent.itemKind,
        id: t.careRemindersSent.itemId,
        stage: t.careRemindersSent.stage,
      });
    const ours = new Set(recorded.map(key));
    const toSend = fresh.filter((i) => ours.has(key(i)));
    if (toSend.length === 0) {
      await tx.delete(t.careReminderDigests).where(eq(t.careReminderDigests.id, digest.id));
      continue;
    }
    if (via.email && email) {
      const outboxId = await enqueueEmail(tx, t, {
        facilityId: facility.id,
        kind: "CARE_REMINDER",
        toEmail: email,
        rendered: renderCareReminders({
          facility: look,
          recipientName: recipient.name,
          items: toSend.map((i) => ({
            ...i.reminder,
            action: { label: i.reminder.action.label, url: `${ctx.config.publicUrl}${i.reminder.action.path}` },
          })),
        }),
        now: ctx.now,
      });
      await tx.update(t.careReminderDigests).set({ outboxId }).where(eq(t.careReminderDigests.id, digest.id));
    }
    if (via.text && recipient.phone) {
      // The day's one short text, holding no secret: rendered now; the worker checks the STOP list again.
      await enqueueText(tx, t, {
        facilityId: facility.id,
        kind: "CARE_REMINDER",
        toPhone: recipient.phone,
        body: renderCareReminderText({
          facilityName: facility.name,
          publicUrl: ctx.config.publicUrl,
          items: toSend.map((i) => ({ short: i.short, path: i.reminder.action.path })),
        }),
        now: ctx.now,
      });
    }
    queued++;
  }
  return queued;
}

type Cursor = { at: string | Date; id: number };
type Found = { customerId: number | null; at: string | Date; id: number };
/** A chunk of a walk: whose items it found, and where the next chunk starts (null: the walk is done). */
type Chunk = { customers: number[]; next: Cursor | null };

/** After (at, id) in the order of a walk; the first chunk has no cursor. */
function after(column: Parameters<typeof eq>[0], idColumn: Parameters<typeof eq>[0], cursor: Cursor | null) {
  if (!cursor) return undefined;
  return or(gt(column, cursor.at), and(eq(column, cursor.at), gt(idColumn, cursor.id)));
}

function chunkOf(rows: Found[], extra: number[] = []): Chunk {
  const last = rows.at(-1);
  return {
    customers: [...rows.flatMap((r) => (r.customerId === null ? [] : [r.customerId])), ...extra],
    next: rows.length === FIND_CHUNK && last ? { at: last.at, id: last.id } : null,
  };
}

/**
 * The walks that find who has something due at a facility: each reads a short chunk along an index
 * (facility, state, date, id) from a cursor, never all of the facility's customers or invoices.
 */
export function dueWalks(data: Pick<Database, "read" | "t">, facilityId: number, p: Plan) {
  const { read: db, t } = data;
  const walks: Array<(cursor: Cursor | null) => Promise<Chunk>> = [];
  const { invoices, contracts, estimates, events } = p;
  if (invoices) {
    walks.push(async (cursor) => {
      const rows = await db
        .select({ customerId: t.invoices.customerId, at: t.invoices.dueOn, id: t.invoices.id })
        .from(t.invoices)
        .where(
          and(
            eq(t.invoices.facilityId, facilityId),
            // A literal, not a parameter: it is what lets the engine use the partial index.
            sql`${t.invoices.status} = 'OPEN'`,
            gte(t.invoices.dueOn, invoices.from),
            lte(t.invoices.dueOn, invoices.to),
            after(t.invoices.dueOn, t.invoices.id, cursor),
          ),
        )
        .orderBy(asc(t.invoices.dueOn), asc(t.invoices.id))
        .limit(FIND_CHUNK);
      return chunkOf(rows.map((r) => ({ ...r, at: r.at ?? "" })));
    });
  }
  if (contracts) {
    walks.push(async (cursor) =>
      chunkOf(
        await db
          .select({ customerId: t.documents.customerId, at: t.documents.createdAt, id: t.documents.id })
          .from(t.documents)
          .where(
            and(
              eq(t.documents.facilityId, facilityId),
              gte(t.documents.createdAt, contracts.from),
              lt(t.documents.createdAt, contracts.until),
              after(t.documents.createdAt, t.documents.id, cursor),
            ),
          )
          .orderBy(asc(t.documents.createdAt), asc(t.documents.id))
          .limit(FIND_CHUNK),
      ),
    );
  }
  if (estimates) {
    walks.push(async (cursor) => {
      const rows = await db
        .select({ customerId: t.estimates.customerId, at: t.estimates.sentAt, id: t.estimates.id })
        .from(t.estimates)
        .where(
          and(
            eq(t.estimates.facilityId, facilityId),
            eq(t.estimates.status, "SENT"),
            gte(t.estimates.sentAt, estimates.from),
            lt(t.estimates.sentAt, estimates.until),
            after(t.estimates.sentAt, t.estimates.id, cursor),
          ),
        )
        .orderBy(asc(t.estimates.sentAt), asc(t.estimates.id))
        .limit(FIND_CHUNK);
      return chunkOf(rows.map((r) => ({ ...r, at: r.at ?? new Date(0) })));
    });
  }
  if (events) {
    walks.push(async (cursor) => {
      const rows = await db
        .select({ customerId: t.events.customerId, at: t.events.startsAt, id: t.events.id })
        .from(t.events)
        .where(
          and(
            eq(t.events.facilityId, facilityId),
            gte(t.events.startsAt, events.from),
            lt(t.events.startsAt, events.until),
            after(t.events.startsAt, t.events.id, cursor),
          ),
        )
        .orderBy(asc(t.events.startsAt), asc(t.events.id))
        .limit(FIND_CHUNK);
      // A facility-wide event concerns those who answered that they would come.
      const shared = rows.filter((r) => r.customerId === null).map((r) => r.id);
      const guests =
        shared.length === 0
          ? []
          : await db
              .select({ customerId: t.eventRsvps.customerId })
              .from(t.eventRsvps)
              .where(and(inArray(t.eventRsvps.eventId, shared), ne(t.eventRsvps.response, "NOT_GOING")));
      return chunkOf(
        rows,
        guests.map((g) => g.customerId),
      );
    });
  }
  return walks;
}

/**
 * One facility's reminders for today: walks what is due in short chunks and reminds each customer
 * found once, SEND_CHUNK customers per transaction. Answers how many emails were queued.
 */
export async function remindFacility(
  data: Database,
  ctx: ReminderContext,
  facility: Facility,
  onChunk: () => Promise<void> = async () => {},
): Promise<number> {
  const p = reminderPlan(facility, localDate(ctx.now, facility.timeZone));
  const seen = new Set<number>();
  let queued = 0;
  for (const walk of dueWalks(data, facility.id, p)) {
    let cursor: Cursor | null = null;
    do {
      const chunk: Chunk = await walk(cursor);
      const customers = [...new Set(chunk.customers)].filter((id) => !seen.has(id)).sort((a, b) => a - b);
      for (let i = 0; i < customers.length; i += SEND_CHUNK) {
        const some = customers.slice(i, i + SEND_CHUNK);
        queued += await data.transaction(async (tx) => {
          let n = 0;
          for (const customerId of some) n += await remindCustomer(tx, data.t, ctx, facility, p, customerId);
          return n;
        });
        for (const id of some) seen.add(id);
        await onChunk();
      }
      cursor = chunk.next;
    } while (cursor);
  }
  return queued;
}

/** Facilities read per query by a reminder pass. */
const FACILITY_CHUNK = 100;

/**
 * A reminder pass over every facility whose wall clock is in daytime hours now. Answers how many
 * emails were queued; `onChunk` runs after each committed transaction (wake the outbox, yield).
 */
export async function remindAllFacilities(
  data: Database,
  ctx: ReminderContext,
  onChunk: () => Promise<void> = async () => {},
): Promise<number> {
  const f = data.t.facilities;
  let queued = 0;
  let lastId = 0;
  for (;;) {
    const facilities = await data.read
      .select()
      .from(f)
      .where(gt(f.id, lastId))
      .orderBy(asc(f.id))
      .limit(FACILITY_CHUNK);
    for (const facility of facilities) {
      if (isDaytime(ctx.now, facility.timeZone)) queued += await remindFacility(data, ctx, facility, onChunk);
    }
    if (facilities.length < FACILITY_CHUNK) return queued;
    lastId = facilities.at(-1)?.id ?? lastId;
  }
}

export type SentReminderItem = { kind: ReminderItemKind; itemId: number; stage: number };

export type SentReminder = {
  id: number;
  localDay: string;
  createdAt: Date;
  contactId: number | null;
  /** The person's name now; null for a contact removed since. */
  name: string | null;
  /** The address the day's email went to; null when it went by text alone. */
  toEmail: string | null;
  /** The number the day's text went to; null when it went by email alone. */
  toPhone: string | null;
  items: SentReminderItem[];
};

/**
 * The reminders a customer's people were sent, newest first, by email or text: one per person and
 * day (the digest), with the stages it named and the person's name now. Four short statements: the
 * digests on their (customer, person, day) index, their stages on the customer's, and the names.
 */
export async function remindersSentOf(
  data: Pick<Database, "read" | "t" | "dialect">,
  scope: FacilityScope,
  customerId: number,
  limit: number,
): Promise<SentReminder[]> {
  const { read: db, t } = data;
  const d = t.careReminderDigests;
  const digests = await db
    .select({
      id: d.id,
      localDay: d.localDay,
      createdAt: d.createdAt,
      person: d.person,
      toEmail: d.toEmail,
      toPhone: d.toPhone,
    })
    .from(d)
    .where(scope.where(d, eq(d.customerId, customerId)))
    .orderBy(sql`${d.createdAt} DESC`, sql`${d.id} DESC`)
    .limit(limit);
  if (digests.length === 0) return [];
  const s = t.careRemindersSent;
  const sent = await db
    .select({ digestId: s.digestId, kind: s.itemKind, itemId: s.itemId, stage: s.stage })
    .from(s)
    .where(
      and(
        eq(s.customerId, customerId),
        data.dialect.inList(
          s.digestId,
          digests.map((g) => g.id),
        ),
      ),
    )
    .orderBy(asc(s.id));
  const contactIdOf = (person: string) => (person.startsWith("contact:") ? Number(person.slice(8)) : null);
  const contactIds = [...new Set(digests.flatMap((g) => contactIdOf(g.person) ?? []))];
  const [customer] = await db
    .select({ name: t.customers.name })
    .from(t.customers)
    .where(scope.where(t.customers, eq(t.customers.id, customerId)));
  const contacts =
    contactIds.length === 0
      ? []
      : await db
          .select({ id: t.contacts.id, name: t.contacts.name })
          .from(t.contacts)
          .where(and(eq(t.contacts.customerId, customerId), data.dialect.inList(t.contacts.id, contactIds)));
  const names = new Map(contacts.map((c) => [c.id, c.name]));
  return digests.map((g) => {
    const contactId = contactIdOf(g.person);
    return {
      id: g.id,
      localDay: g.localDay,
      createdAt: g.createdAt,
      contactId,
      name: contactId === null ? (customer?.name ?? null) : (names.get(contactId) ?? null),
      toEmail: g.toEmail || null,
      toPhone: g.toPhone,
      items: sent.filter((i) => i.digestId === g.id).map(({ kind, itemId, stage }) => ({ kind, itemId, stage })),
    };
  });
}
