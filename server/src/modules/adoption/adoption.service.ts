import { type AnyColumn, and, asc, eq, gt, gte, isNull, lte, notExists, or, Param, sql } from "drizzle-orm";
import { type Database, preparedRead, type Tables } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { DAY } from "../../lib/clock.js";
import { addDays, localDate, zonedTime } from "../../lib/time-zone.js";
import { mondayOf } from "./adoption-counts.service.js";

/** How far back "active" looks: a portal person who signed in or used a session within it. */
export const ACTIVE_WITHIN_DAYS = 30;
/** How many weeks the weekly chart shows, this week included. */
export const FUNNEL_WEEKS = 12;

/**
 * The portal's adoption at a facility, as people (customers and their sub-contacts who may use the
 * portal; archived customers left out). Reachable: an email or phone on record now. From invited on,
 * each stage counts everyone who got at least that far, so the numbers only ever narrow: a person who
 * signed in was delivered to and opened, whatever the delivery webhooks said; active: used the portal
 * in the last 30 days (docs/decisions/0035-adoption-funnel.md).
 */
export type AdoptionTotals = {
  people: number;
  reachable: number;
  invited: number;
  delivered: number;
  opened: number;
  signedIn: number;
  active: number;
};

/** People first invited in one week (Monday to Sunday on the facility's clock), and how far they got. */
export type AdoptionWeek = {
  /** The week's Monday, a facility-local date ("2026-11-30"). */
  weekStart: string;
  invited: number;
  delivered: number;
  opened: number;
  signedIn: number;
};

export type AdoptionFunnel = { totals: AdoptionTotals; weeks: AdoptionWeek[] };

/** The stages customers.adoption_stage and contacts.adoption_stage hold, kept by database triggers. */
const STAGE = { invited: 1, delivered: 2, opened: 3, signedIn: 4 } as const;

const sum = (column: AnyColumn) => sql<number>`sum(${column})`;
const rowCount = sql<number>`count(*)`;
const none = sql<number>`0`;

/**
 * The totals' rows: the changes not folded yet by stage and reachability (with how many rows they
 * are), the kept counts, and the accounts used since `activeSince` (stage -1), a range of the
 * accounts used lately, few beside the facility's people.
 */
const funnelTotalsRead = preparedRead("adoption_funnel_totals", (db, t) => {
  const { adoptionCounts: counted, adoptionChanges: changes, customers: c, contacts: ct, portalAccounts: pa } = t;
  return db
    .select({
      stage: changes.stage,
      reachable: changes.reachable,
      n: sum(changes.people).as("n"),
      rows: rowCount.as("rows"),
    })
    .from(changes)
    .where(FacilityScope.preparedWhere(changes))
    .groupBy(changes.stage, changes.reachable)
    .unionAll(
      db
        .select({ stage: counted.stage, reachable: counted.reachable, n: counted.people, rows: none })
        .from(counted)
        .where(FacilityScope.preparedWhere(counted)),
    )
    .unionAll(
      db
        .select({ stage: sql<number>`-1`, reachable: none, n: rowCount, rows: none })
        .from(pa)
        .innerJoin(c, eq(c.id, pa.customerId))
        .leftJoin(ct, eq(ct.id, pa.personKey))
        .where(
          FacilityScope.preparedWhere(
            pa,
            gte(pa.lastActiveAt, new Param(sql.placeholder("activeSince"), pa.lastActiveAt)),
            isNull(c.archivedAt),
            or(eq(pa.personKey, 0), eq(ct.canAccessPortal, true)),
          ),
        ),
    );
});

/**
 * The chart's rows: the changes not folded yet of people first invited since `chartStart`, by that
 * moment and stage, then the kept weeks from `firstWeek`. The changes come first: their
 * first_invited_at column gives the union's column its reading as a time.
 */
const funnelWeeksRead = preparedRead("adoption_funnel_weeks", (db, t) => {
  const { adoptionChanges: changes, adoptionWeeks: weekly } = t;
  return db
    .select({
      weekStart: sql<string | null>`NULL`.as("week_start"),
      firstInvitedAt: changes.firstInvitedAt,
      stage: changes.stage,
      n: sum(changes.people).as("n"),
    })
    .from(changes)
    .where(
      FacilityScope.preparedWhere(
        changes,
        gte(changes.firstInvitedAt, new Param(sql.placeholder("chartStart"), changes.firstInvitedAt)),
      ),
    )
    .groupBy(changes.firstInvitedAt, changes.stage)
    .unionAll(
      db
        .select({
          weekStart: weekly.weekStart,
          firstInvitedAt: sql<Date | null>`NULL`,
          stage: weekly.stage,
          n: weekly.people,
        })
        .from(weekly)
        .where(FacilityScope.preparedWhere(weekly, gte(weekly.weekStart, sql.placeholder("firstWeek")))),
    );
});

/**
 * The facility's funnel in two statements prepared once over the counts the database keeps
 * (docs/decisions/0045-adoption-counts.md), never the people themselves: totals as the facility's
 * few rows of adoption_counts, plus the changes not folded yet, plus the active accounts; the chart
 * as adoption_weeks from the chart's first Monday, plus the changes not folded yet. Answers also how
 * many changes it met, so the caller can have them folded.
 */
export async function adoptionFunnel(
  data: Database,
  scope: FacilityScope,
  at: { now: Date; timeZone: string },
): Promise<AdoptionFunnel & { unfolded: number }> {
  const { now, timeZone } = at;
  const weekStarts = weekStartsBefore(now, timeZone);
  const values = scope.values({
    activeSince: new Date(now.getTime() - ACTIVE_WITHIN_DAYS * DAY),
    chartStart: zonedTime(weekStarts[0] as string, "00:00", timeZone),
    firstWeek: weekStarts[0] as string,
  });
  const [countRows, weekRows] = await Promise.all([
    funnelTotalsRead(data).execute(values),
    funnelWeeksRead(data).execute(values),
  ]);
  const totals: AdoptionTotals = {
    people: 0,
    reachable: 0,
    invited: 0,
    delivered: 0,
    opened: 0,
    signedIn: 0,
    active: 0,
  };
  let unfolded = 0;
  for (const row of countRows) {
    const n = Number(row.n);
    const stage = Number(row.stage);
    unfolded += Number(row.rows);
    if (stage < 0) {
      totals.active += n;
      continue;
    }
    totals.people += n;
    if (Number(row.reachable) === 1) totals.reachable += n;
    for (const [name, least] of Object.entries(STAGE)) if (stage >= least) totals[name as keyof typeof STAGE] += n;
  }
  const weeks: AdoptionWeek[] = weekStarts.map((weekStart) => ({
    weekStart,
    invited: 0,
    delivered: 0,
    opened: 0,
    signedIn: 0,
  }));
  const byStart = new Map(weeks.map((week) => [week.weekStart, week]));
  for (const row of weekRows) {
    const start = row.weekStart ?? (row.firstInvitedAt ? mondayOf(new Date(row.firstInvitedAt), timeZone) : null);
    const week = start ? byStart.get(start) : undefined;
    if (!week) continue;
    const n = Number(row.n);
    for (const [name, least] of Object.entries(STAGE))
      if (Number(row.stage) >= least) week[name as keyof typeof STAGE] += n;
  }
  return { totals, weeks, unfolded };
}

/** The Mondays of the last FUNNEL_WEEKS weeks on the facility's clock, oldest first, this week's last. */
export function weekStartsBefore(now: Date, timeZone: string): string[] {
  const today = localDate(now, timeZone);
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const thisMonday = addDays(today, -((weekday + 6) % 7));
  return Array.from({ length: FUNNEL_WEEKS }, (_, index) => addDays(thisMonday, -7 * (FUNNEL_WEEKS - 1 - index)));
}

/** A person whose invitation waits: invited, not signed in, the invitation still the latest. */
export type AwaitingPerson = {
  invitationId: number;
  customerId: number;
  contactId: number | null;
  name: string;
  /** The account holder's name when the person is one of their sub-contacts. */
  customerName: string;
  email: string;
  invitedAt: Date;
  expiresAt: Date;
  deliveryState: "QUEUED" | "SENT" | "DELIVERED" | "BOUNCED" | "FAILED";
  linkOpenedAt: Date | null;
  reminderCount: number;
  lastReminderAt: Date | null;
  remindersStoppedAt: Date | null;
};

export type AwaitingCursor = { invitedAt: Date; id: number };

/** How far the list's total counts: beyond it the page says "1,000+" rather than walking every invite. */
export const AWAITING_COUNT_CAP = 1000;

type WaitingPage = { olderThanDays: number; first: number; after: AwaitingCursor | null };

/**
 * Who waits to sign in, as one filter: pending invitations (only a person's latest is PENDING: a
 * resend voids the older, so each person appears once) made by the placeholder `invitedBefore`, of
 * a customer not archived, for a contact still allowed in, with no portal account. The list and
 * "Remind all" read the same people through it.
 */
function waitingFilter(t: Tables) {
  const { customers: c, contacts: ct, invitations: i, portalAccounts: pa } = t;
  const onAccount = and(eq(pa.customerId, i.customerId), eq(pa.personKey, sql`coalesce(${i.contactId}, 0)`));
  const invited = [
    eq(i.state, "PENDING"),
    lte(i.createdAt, new Param(sql.placeholder("invitedBefore"), i.createdAt)),
    isNull(c.archivedAt),
    or(isNull(i.contactId), eq(ct.canAccessPortal, true)),
  ];
  return { invited, onAccount, onContact: eq(ct.id, i.contactId) };
}

/**
 * A page of the people waiting, up to the placeholder `limit`, from the cursor (`afterAt`,
 * `afterId`) when `paged`. "No account" is NOT EXISTS here: written as the count's left join,
 * PostgreSQL estimated one row past `pa.id IS NULL`, so it joined every waiting invite and sorted
 * them (600 ms at 33,000 waiting) instead of walking invitations_facility_pending in order and
 * stopping at the page.
 */
function declareWaitingRead(name: string, paged: boolean) {
  return preparedRead(name, (db, t) => {
    const { customers: c, contacts: ct, invitations: i, portalAccounts: pa } = t;
    const { invited, onAccount, onContact } = waitingFilter(t);
    const afterAt = new Param(sql.placeholder("afterAt"), i.createdAt);
    const after = paged
      ? or(gt(i.createdAt, afterAt), and(eq(i.createdAt, afterAt), gt(i.id, sql.placeholder("afterId"))))
      : undefined;
    return db
      .select({
        invitationId: i.id,
        customerId: i.customerId,
        contactId: i.contactId,
        contactName: ct.name,
        customerName: c.name,
        email: i.email,
        invitedAt: i.createdAt,
        expiresAt: i.expiresAt,
        deliveryState: i.deliveryState,
        linkOpenedAt: i.linkOpenedAt,
        reminderCount: i.reminderCount,
        lastReminderAt: i.lastReminderAt,
        remindersStoppedAt: i.remindersStoppedAt,
      })
      .from(i)
      .innerJoin(c, eq(c.id, i.customerId))
      .leftJoin(ct, onContact)
      .where(
        FacilityScope.preparedWhere(
          i,
          ...invited,
          notExists(db.select({ one: sql`1` }).from(pa).where(onAccount)),
          after,
        ),
      )
      .orderBy(asc(i.createdAt), asc(i.id))
      .limit(sql.placeholder("limit"));
  });
}

const firstWaitingRead = declareWaitingRead("adoption_waiting_first", false);
const nextWaitingRead = declareWaitingRead("adoption_waiting_next", true);

/** How many wait, up to AWAITING_COUNT_CAP + 1: "no account" as a left join and `pa.id IS NULL`. */
const waitingCountRead = preparedRead("adoption_waiting_count", (db, t) => {
  const { customers: c, contacts: ct, invitations: i, portalAccounts: pa } = t;
  const { invited, onAccount, onContact } = waitingFilter(t);
  return db.select({ n: sql<number>`count(*)` }).from(
    db
      .select({ one: sql<number>`1`.as("one") })
      .from(i)
      .innerJoin(c, eq(c.id, i.customerId))
      .leftJoin(ct, onContact)
      .leftJoin(pa, onAccount)
      .where(FacilityScope.preparedWhere(i, ...invited, isNull(pa.id)))
      .limit(AWAITING_COUNT_CAP + 1)
      .as("waiting"),
  );
});

const invitedBefore = (now: Date, olderThanDays: number) => new Date(now.getTime() - olderThanDays * DAY);

/**
 * A keyset page of the people waiting, oldest invitation first along invitations_facility_pending:
 * up to `first + 1` rows, the extra one telling that another page follows.
 */
export async function waitingPeople(
  data: Database,
  scope: FacilityScope,
  now: Date,
  page: WaitingPage,
): Promise<AwaitingPerson[]> {
  const values = scope.values({ invitedBefore: invitedBefore(now, page.olderThanDays), limit: page.first + 1 });
  const rows = page.after
    ? await nextWaitingRead(data).execute({ ...values, afterAt: page.after.invitedAt, afterId: page.after.id })
    : await firstWaitingRead(data).execute(values);
  return rows.map(({ contactName, ...row }) => ({ ...row, name: contactName ?? row.customerName }));
}

/**
 * The people invited at least `olderThanDays` ago who have not signed in, oldest invitation first,
 * a keyset page along invitations_facility_pending, and how many there are up to AWAITING_COUNT_CAP + 1
 * (a count that stops there, over the same index: a facility with 40,000 waiting pays for 1,001).
 */
export async function awaitingSignIn(
  data: Database,
  scope: FacilityScope,
  now: Date,
  page: WaitingPage,
): Promise<{ rows: AwaitingPerson[]; hasNextPage: boolean; total: number; totalIsCapped: boolean }> {
  const [rows, counted] = await Promise.all([
    waitingPeople(data, scope, now, page),
    waitingCountRead(data).execute(scope.values({ invitedBefore: invitedBefore(now, page.olderThanDays) })),
  ]);
  const n = Number(counted[0]?.n ?? 0);
  return {
    rows: rows.slice(0, page.first),
    hasNextPage: rows.length > page.first,
    total: Math.min(n, AWAITING_COUNT_CAP),
    totalIsCapped: n > AWAITING_COUNT_CAP,
  };
}
