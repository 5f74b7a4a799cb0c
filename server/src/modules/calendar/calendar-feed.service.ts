import { and, eq, isNull, sql } from "drizzle-orm";
import type { Config } from "../../config.js";
import { type Database, preparedRead } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { DAY, MINUTE } from "../../lib/clock.js";
import { forbidden, notFound } from "../../lib/domain-error.js";
import { newToken, sha256 } from "../../lib/tokens.js";
import { recordAudit } from "../audit/audit.service.js";
import { nameOfPortalPerson } from "../auth/portal-session.service.js";
import type { PortalViewer } from "../auth/sessions.service.js";
import { type EventRow, getEvent, upcomingEventsForCustomer } from "../events/event.service.js";
import { enabledSections, PortalSection } from "../facilities/sections.service.js";

/** How far back the feed reaches: last month's appointments stay in the app; older ones are history. */
export const FEED_PAST = 90 * DAY;
/** At most this many events in a feed, oldest of the window first. */
export const FEED_MAX_EVENTS = 500;
/** last_fetched_at is written at most this often: apps poll, and a read should not turn into a write. */
const FETCH_TOUCH_EVERY = 5 * MINUTE;
/** What the feed asks apps to wait between fetches (REFRESH-INTERVAL). */
const REFRESH_HOURS = 1;

/** The ICS writer and its libraries load on the first calendar asked for, not at every start. */
const calendarWriter = () => import("./calendar-ics.js");

/** A feed token is newToken's: 43 base64url characters. Anything else is not looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export type CalendarFeedState = { createdAt: Date; lastFetchedAt: Date | null };

/** The portal person whose subscription it is: a staff preview belongs to no account and has none. */
function accountOf(viewer: PortalViewer): number {
  if (viewer.preview || viewer.accountId === 0) throw forbidden("A preview has no calendar link");
  return viewer.accountId;
}

export function feedUrls(config: Pick<Config, "publicUrl">, token: string) {
  const url = `${config.publicUrl}/calendar/${token}.ics`;
  return { url, webcalUrl: url.replace(/^https?:\/\//, "webcal://") };
}

/** The person's subscription, or null: when it was made and when an app last fetched it. */
export async function calendarFeedOf(data: Database, viewer: PortalViewer): Promise<CalendarFeedState | null> {
  if (viewer.preview || viewer.accountId === 0) return null;
  const { calendarFeeds: f } = data.t;
  const [row] = await data.read
    .select({ createdAt: f.createdAt, lastFetchedAt: f.lastFetchedAt })
    .from(f)
    .where(and(eq(f.portalAccountId, viewer.accountId), eq(f.facilityId, viewer.facilityId)));
  return row ?? null;
}

/**
 * Makes the person's calendar link, replacing any earlier one in the same statement: the old URL
 * stops working as the new one is made. The token is answered once and kept only as its SHA-256.
 */
export async function createCalendarLink(
  deps: { data: Database; config: Pick<Config, "publicUrl"> },
  viewer: PortalViewer,
  now: Date,
): Promise<{ url: string; webcalUrl: string; feed: CalendarFeedState }> {
  const { data, config } = deps;
  const accountId = accountOf(viewer);
  const token = newToken();
  const { calendarFeeds: f } = data.t;
  const scope = await personScope(data, viewer);
  await data.transaction(async (tx) => {
    const [earlier] = await tx
      .select({ id: f.id })
      .from(f)
      .where(and(eq(f.portalAccountId, accountId), eq(f.facilityId, viewer.facilityId)));
    const values = { tokenHash: sha256(token), createdAt: now, lastFetchedAt: null };
    await tx
      .insert(f)
      .values({ facilityId: viewer.facilityId, customerId: viewer.customerId, portalAccountId: accountId, ...values })
      .onConflictDoUpdate({ target: f.portalAccountId, set: values });
    await recordAudit(tx, data.t, scope, now, {
      action: earlier ? "CALENDAR_LINK_REPLACED" : "CALENDAR_LINK_CREATED",
      customerId: viewer.customerId,
    });
  });
  return { ...feedUrls(config, token), feed: { createdAt: now, lastFetchedAt: null } };
}

/** Turns the person's feed off: its URL answers 404 from now on. True when there was one. */
export async function turnOffCalendarFeed(data: Database, viewer: PortalViewer, now: Date): Promise<boolean> {
  const accountId = accountOf(viewer);
  const { calendarFeeds: f } = data.t;
  const scope = await personScope(data, viewer);
  return data.transaction(async (tx) => {
    const removed = await tx
      .delete(f)
      .where(and(eq(f.portalAccountId, accountId), eq(f.facilityId, viewer.facilityId)))
      .returning({ id: f.id });
    if (removed.length === 0) return false;
    await recordAudit(tx, data.t, scope, now, { action: "CALENDAR_LINK_TURNED_OFF", customerId: viewer.customerId });
    return true;
  });
}

async function personScope(data: Database, viewer: PortalViewer): Promise<FacilityScope> {
  const name = await nameOfPortalPerson(data, viewer);
  return new FacilityScope(viewer.facilityId, { kind: "PORTAL", portalAccountId: viewer.accountId, name });
}

// Every fetch of a feed runs this first: the feed, its account, customer and facility in one
// statement. Each join is a rule: the account is the feed's and the customer's, the customer is not
// archived, a contact still has portal access (checked below), the facility shows the schedule.
const feedByTokenRead = preparedRead(
  "calendar_feed_by_token",
  (db, t) =>
    db
      .select({
        id: t.calendarFeeds.id,
        lastFetchedAt: t.calendarFeeds.lastFetchedAt,
        facilityId: t.calendarFeeds.facilityId,
        customerId: t.calendarFeeds.customerId,
        contactId: t.portalAccounts.contactId,
        contactCanAccess: t.contacts.canAccessPortal,
        facility: {
          name: t.facilities.name,
          timeZone: t.facilities.timeZone,
          sectionVehicles: t.facilities.sectionVehicles,
          sectionBilling: t.facilities.sectionBilling,
          sectionDocuments: t.facilities.sectionDocuments,
          sectionEvents: t.facilities.sectionEvents,
          sectionMessages: t.facilities.sectionMessages,
          sectionEstimates: t.facilities.sectionEstimates,
          sectionServiceRequests: t.facilities.sectionServiceRequests,
        },
      })
      .from(t.calendarFeeds)
      .innerJoin(
        t.portalAccounts,
        and(
          eq(t.portalAccounts.id, t.calendarFeeds.portalAccountId),
          eq(t.portalAccounts.customerId, t.calendarFeeds.customerId),
          eq(t.portalAccounts.facilityId, t.calendarFeeds.facilityId),
        ),
      )
      .innerJoin(
        t.customers,
        and(
          eq(t.customers.id, t.calendarFeeds.customerId),
          eq(t.customers.facilityId, t.calendarFeeds.facilityId),
          isNull(t.customers.archivedAt),
        ),
      )
      .innerJoin(t.facilities, eq(t.facilities.id, t.calendarFeeds.facilityId))
      .leftJoin(t.contacts, eq(t.contacts.id, t.portalAccounts.contactId))
      .where(eq(t.calendarFeeds.tokenHash, sql.placeholder("tokenHash"))),
  { keyed: true },
);

/** A feed as a calendar app fetches it: the body to send, or null for a 404 that tells nothing. */
export type FeedAnswer = { body: string } | null;

/**
 * The schedule behind a feed token as an ICS calendar, or null when the token is unknown or
 * replaced, or its person may no longer see the schedule (access removed, customer archived,
 * Events turned off). The events are exactly those the portal's Schedule page lists for the
 * account, from FEED_PAST ago, at most FEED_MAX_EVENTS. Three statements at most: the feed, the
 * events, and the last-fetched time every few minutes.
 */
export async function calendarFeedBody(
  deps: { data: Database; config: Pick<Config, "publicUrl"> },
  token: string,
  now: Date,
): Promise<FeedAnswer> {
  const { data, config } = deps;
  if (!TOKEN_SHAPE.test(token)) return null;
  const [feed] = await feedByTokenRead(data).execute({ tokenHash: sha256(token) });
  if (!feed) return null;
  if (feed.contactId !== null && feed.contactCanAccess !== true) return null;
  if (!enabledSections(feed.facility).includes(PortalSection.EVENTS)) return null;
  const scope = new FacilityScope(feed.facilityId);
  const events = await upcomingEventsForCustomer(
    data,
    scope,
    feed.customerId,
    new Date(now.getTime() - FEED_PAST),
    FEED_MAX_EVENTS,
  );
  if (!feed.lastFetchedAt || now.getTime() - feed.lastFetchedAt.getTime() >= FETCH_TOUCH_EVERY) {
    const { calendarFeeds: f } = data.t;
    await data.transaction((tx) => tx.update(f).set({ lastFetchedAt: now }).where(eq(f.id, feed.id)));
  }
  const of = { name: `${feed.facility.name} schedule`, timeZone: feed.facility.timeZone, publicUrl: config.publicUrl };
  const { buildCalendar } = await calendarWriter();
  return { body: buildCalendar(of, events, { refreshHours: REFRESH_HOURS }) };
}

/**
 * One event of the viewer's schedule as an ICS file, for "Add to calendar": only an event the
 * Schedule page shows them (their account's, or the facility's social events); any other answers
 * NOT_FOUND like a missing one.
 */
export async function singleEventFile(
  deps: { data: Database; config: Pick<Config, "publicUrl"> },
  viewer: PortalViewer & { facility: { name: string; timeZone: string } },
  eventId: number,
): Promise<{ body: string; event: EventRow }> {
  const event = await getEvent(deps.data, new FacilityScope(viewer.facilityId), eventId, viewer.customerId);
  const visible = event.customerId === viewer.customerId || (event.customerId === null && event.kind === "SOCIAL");
  if (!visible) throw notFound("Event");
  const of = { name: viewer.facility.name, timeZone: viewer.facility.timeZone, publicUrl: deps.config.publicUrl };
  const { buildCalendar } = await calendarWriter();
  return { body: buildCalendar(of, [event]), event };
}
