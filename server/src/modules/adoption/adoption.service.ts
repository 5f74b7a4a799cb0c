import { and, asc, eq, gt, gte, isNotNull, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/database.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { DAY } from "../../lib/clock.js";
import { addDays, localDate, zonedTime } from "../../lib/time-zone.js";

/** How far back "active" looks: a portal person who signed in or used a session within it. */
export const ACTIVE_WITHIN_DAYS = 30;
/** How many weeks the weekly chart shows, this week included. */
export const FUNNEL_WEEKS = 12;

/**
 * The portal's adoption at a facility, as people (customers and their sub-contacts who may use the
 * portal; archived customers left out). Each stage counts everyone who got at least that far, so the
 * numbers only ever narrow: a person who signed in was delivered to and opened, whatever the
 * delivery webhooks said (docs/decisions/0035-adoption-funnel.md).
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

const one = (condition: SQL) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;

/**
 * The people a funnel counts and what each got to. Three grouped reads joined on the person
 * (customer id and person_key, 0 for the customer themself, as portal_accounts keys them): the
 * people themselves, their invitations folded to one row each, and their portal account.
 */
function peopleWithProgress(data: Database, scope: FacilityScope, activeSince: Date) {
  const { customers: c, contacts: ct, invitations: i, portalAccounts: pa, sessions: s } = data.t;
  const customersThemselves = data.read
    .select({
      customerId: sql<number>`${c.id}`.as("person_customer_id"),
      personKey: sql<number>`0`.as("people_person_key"),
      reachable: sql<number>`case when ${c.email} is not null or ${c.phone} is not null then 1 else 0 end`.as(
        "reachable",
      ),
    })
    .from(c)
    .where(scope.where(c, isNull(c.archivedAt)));
  const theirContacts = data.read
    .select({
      customerId: ct.customerId,
      personKey: ct.id,
      reachable: sql<number>`case when ${ct.email} is not null or ${ct.phone} is not null then 1 else 0 end`,
    })
    .from(ct)
    .innerJoin(c, eq(c.id, ct.customerId))
    .where(scope.where(ct, eq(ct.canAccessPortal, true), isNull(c.archivedAt)));
  const people = customersThemselves.unionAll(theirContacts).as("people");

  const invited = data.read
    .select({
      customerId: sql<number>`${i.customerId}`.as("invited_customer_id"),
      personKey: sql<number>`coalesce(${i.contactId}, 0)`.as("invited_person_key"),
      firstInvitedAt: sql<unknown>`min(${i.createdAt})`.as("first_invited_at"),
      delivered: sql<number>`max(case when ${i.deliveryState} = 'DELIVERED' then 1 else 0 end)`.as("delivered"),
      opened:
        sql<number>`max(case when ${or(isNotNull(i.linkOpenedAt), eq(i.state, "ACCEPTED"))} then 1 else 0 end)`.as(
          "opened",
        ),
    })
    .from(i)
    .where(scope.where(i))
    .groupBy(i.customerId, sql`coalesce(${i.contactId}, 0)`)
    .as("invited");

  const signedIn = sql`${pa.id} is not null`;
  const active = sql`(${gte(pa.lastSignInAt, activeSince)} or exists (select 1 from ${s} where ${and(
    eq(s.portalAccountId, pa.id),
    gte(s.lastSeenAt, activeSince),
  )}))`;
  const opened = sql`(${invited.opened} = 1 or ${signedIn})`;
  const delivered = sql`(${invited.delivered} = 1 or ${opened})`;
  const wasInvited = sql`(${invited.customerId} is not null or ${signedIn})`;
  return {
    people,
    invited,
    stages: {
      reachable: sql`(${people.reachable} = 1 or ${wasInvited})`,
      wasInvited,
      delivered,
      opened,
      signedIn,
      active,
    },
    pa,
  };
}

/** The facility's funnel: totals in one statement, the weekly chart in another. */
export async function adoptionFunnel(
  data: Database,
  scope: FacilityScope,
  at: { now: Date; timeZone: string },
): Promise<AdoptionFunnel> {
  const { now, timeZone } = at;
  const activeSince = new Date(now.getTime() - ACTIVE_WITHIN_DAYS * DAY);
  const { people, invited, stages, pa } = peopleWithProgress(data, scope, activeSince);
  const onInvited = and(eq(invited.customerId, people.customerId), eq(invited.personKey, people.personKey));
  const onAccount = and(eq(pa.customerId, people.customerId), eq(pa.personKey, people.personKey));

  const weekStarts = weekStartsBefore(now, timeZone);
  const starts = weekStarts.map((day) => zonedTime(day, "00:00", timeZone));
  const firstAt = sql`${invited.firstInvitedAt}`;
  const since = (at: Date) => sql`${firstAt} >= ${sql.param(at, data.t.invitations.createdAt)}`;
  // The week a person was first invited in, as the index of its Monday in weekStarts (newest last).
  const week = sql<number>`case ${sql.join(
    starts
      .map((at, index) => ({ at, index }))
      .reverse()
      .map(({ at, index }) => sql`when ${since(at)} then ${index}`),
    sql` `,
  )} end`;

  const [totalsRows, weekRows] = await Promise.all([
    data.read
      .select({
        people: sql<number>`count(*)`,
        reachable: one(stages.reachable),
        invited: one(stages.wasInvited),
        delivered: one(stages.delivered),
        opened: one(stages.opened),
        signedIn: one(stages.signedIn),
        active: one(stages.active),
      })
      .from(people)
      .leftJoin(invited, onInvited)
      .leftJoin(pa, onAccount),
    data.read
      .select({
        week: week.as("week"),
        invited: sql<number>`count(*)`,
        delivered: one(stages.delivered),
        opened: one(stages.opened),
        signedIn: one(stages.signedIn),
      })
      .from(people)
      .innerJoin(invited, onInvited)
      .leftJoin(pa, onAccount)
      .where(since(starts[0] as Date))
      .groupBy(sql`week`),
  ]);
  const totals = totalsRows[0];
  const byWeek = new Map(weekRows.map((row) => [Number(row.week), row]));
  return {
    totals: {
      people: Number(totals?.people ?? 0),
      reachable: Number(totals?.reachable ?? 0),
      invited: Number(totals?.invited ?? 0),
      delivered: Number(totals?.delivered ?? 0),
      opened: Number(totals?.opened ?? 0),
      signedIn: Number(totals?.signedIn ?? 0),
      active: Number(totals?.active ?? 0),
    },
    weeks: weekStarts.map((weekStart, index) => {
      const row = byWeek.get(index);
      return {
        weekStart,
        invited: Number(row?.invited ?? 0),
        delivered: Number(row?.delivered ?? 0),
        opened: Number(row?.opened ?? 0),
        signedIn: Number(row?.signedIn ?? 0),
      };
    }),
  };
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
};

export type AwaitingCursor = { invitedAt: Date; id: number };

/**
 * The people invited at least `olderThanDays` ago who have not signed in, oldest invitation first,
 * a keyset page along invitations_facility_pending, and how many there are in all (one count
 * statement over the same index). Only a person's latest invitation is PENDING (a resend voids the
 * older), so each person appears once.
 */
export async function awaitingSignIn(
  data: Database,
  scope: FacilityScope,
  now: Date,
  page: { olderThanDays: number; first: number; after: AwaitingCursor | null },
): Promise<{ rows: AwaitingPerson[]; hasNextPage: boolean; total: number }> {
  const { customers: c, contacts: ct, invitations: i, portalAccounts: pa } = data.t;
  const invitedBefore = new Date(now.getTime() - page.olderThanDays * DAY);
  const waiting = scope.where(
    i,
    eq(i.state, "PENDING"),
    lte(i.createdAt, invitedBefore),
    isNull(c.archivedAt),
    or(isNull(i.contactId), eq(ct.canAccessPortal, true)),
    isNull(pa.id),
  );
  const onContact = eq(ct.id, i.contactId);
  const onAccount = and(eq(pa.customerId, i.customerId), eq(pa.personKey, sql`coalesce(${i.contactId}, 0)`));
  const after = page.after
    ? or(gt(i.createdAt, page.after.invitedAt), and(eq(i.createdAt, page.after.invitedAt), gt(i.id, page.after.id)))
    : undefined;
  const [rows, counted] = await Promise.all([
    data.read
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
      })
      .from(i)
      .innerJoin(c, eq(c.id, i.customerId))
      .leftJoin(ct, onContact)
      .leftJoin(pa, onAccount)
      .where(and(waiting, after))
      .orderBy(asc(i.createdAt), asc(i.id))
      .limit(page.first + 1),
    data.read
      .select({ n: sql<number>`count(*)` })
      .from(i)
      .innerJoin(c, eq(c.id, i.customerId))
      .leftJoin(ct, onContact)
      .leftJoin(pa, onAccount)
      .where(waiting),
  ]);
  return {
    rows: rows
      .slice(0, page.first)
      .map(({ contactName, ...row }) => ({ ...row, name: contactName ?? row.customerName })),
    hasNextPage: rows.length > page.first,
    total: Number(counted[0]?.n ?? 0),
  };
}
