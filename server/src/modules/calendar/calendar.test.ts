import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCustomer,
  customerInPortal,
  signInStaff,
  twoFacilities,
  updateFacility,
} from "../../../test/factories.js";
import {
  countRows,
  countStatements,
  latestEmailTo,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../../test/harness.js";
import { loggablePath } from "../../http/request-log.js";
import { DAY, HOUR, MINUTE } from "../../lib/clock.js";
import { sha256 } from "../../lib/tokens.js";

const SCHEDULE = `mutation($input: EventInput!) { scheduleEvent(input: $input) { id } }`;
const UPDATE_EVENT = `mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id } }`;
const CREATE_LINK = `mutation { createPortalCalendarLink { url webcalUrl feed { createdAt lastFetchedAt } } }`;
const TURN_OFF = `mutation { turnOffPortalCalendarFeed }`;
const FEED = `{ portalCalendarFeed { createdAt lastFetchedAt } }`;
const ADD_CONTACT = `mutation($customerId: ID!, $input: ContactInput!) { addContact(customerId: $customerId, input: $input) { id } }`;
const UPDATE_CONTACT = `mutation($id: ID!, $input: ContactInput!) { updateContact(id: $id, input: $input) { id } }`;
const INVITE_CONTACT = `mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { email } } }`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name } }`;
const ARCHIVE = `mutation($id: ID!) { archiveCustomer(id: $id) { id } }`;
const RESTORE = `mutation($id: ID!) { restoreCustomer(id: $id) { id } }`;
const PREVIEW_AS = `mutation($customerId: ID!) { previewPortalAs(customerId: $customerId) }`;

type Link = { url: string; webcalUrl: string; feed: { createdAt: string; lastFetchedAt: string | null } };

const preferences = {
  invoices: true,
  estimates: true,
  scheduling: true,
  carUpdates: true,
  contracts: true,
  socialEvents: false,
  marketing: false,
};
const contactInput = (email: string, canAccessPortal = true) => ({
  name: "Cal Contact",
  email,
  phone: null,
  role: "SPOUSE",
  canAccessPortal,
  preferences,
});

/** The feed's events by summary, as a calendar app reads them. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = vevent.getFirstProperty("dtstart");
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      sequence: Number(vevent.getFirstPropertyValue("sequence")),
      lastModified: vevent.getFirstPropertyValue("last-modified")?.toString() ?? null,
      tzid: start?.getParameter("tzid") ?? null,
      start: event.startDate.toJSDate(),
      end: event.endDate?.toJSDate() ?? null,
    };
  });
  const zones = calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"));
  return { events, zones, name: calendar.getFirstPropertyValue("x-wr-calname") };
}

describe("calendar feeds", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let owner: TestClient;
  let ownerId: number;
  let neighbour: TestClient;
  let foreign: TestClient;
  const ids: Record<string, string> = {};

  const at = (offset: number) => new Date(app.clock.now().getTime() + offset).toISOString();
  const path = (url: string) => new URL(url).pathname;
  /** A calendar app: no cookie, just the URL. */
  const fetchFeed = (url: string, headers: Record<string, string> = {}) => fetch(app.url + path(url), { headers });

  async function schedule(staff: TestClient, name: string, input: Record<string, unknown>) {
    const { scheduleEvent } = await staff.ok<{ scheduleEvent: { id: string } }>(SCHEDULE, {
      input: { kind: "SERVICE", startsAt: at(2 * DAY), ...input, title: name },
    });
    ids[name] = scheduleEvent.id;
    return scheduleEvent.id;
  }

  async function link(client: TestClient): Promise<Link> {
    return (await client.ok<{ createPortalCalendarLink: Link }>(CREATE_LINK)).createPortalCalendarLink;
  }

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    await updateFacility(app, t.a.id, { timeZone: "Europe/Paris" });
    const mine = await customerInPortal(app, t.asA, t.a.id, { name: "Cora Calendar", email: "cora@example.com" });
    owner = mine.browser;
    ownerId = mine.customer.id;
    const theirs = await customerInPortal(app, t.asA, t.a.id, { name: "Ned Neighbour", email: "ned@example.com" });
    neighbour = theirs.browser;
    foreign = (await customerInPortal(app, t.asB, t.b.id, { name: "Fay Foreign", email: "fay@example.com" })).browser;
    await schedule(t.asA, "Spring service", {
      customerId: String(ownerId),
      endsAt: at(2 * DAY + 2 * HOUR),
      location: "Bay 4",
    });
    await schedule(t.asA, "Last month's wash", {
      customerId: String(ownerId),
      kind: "DETAILING",
      startsAt: at(-30 * DAY),
    });
    await schedule(t.asA, "Long ago", { customerId: String(ownerId), startsAt: at(-200 * DAY) });
    await schedule(t.asA, "Cars & Coffee", { kind: "SOCIAL", startsAt: at(5 * DAY) });
    await schedule(t.asA, "Neighbour pick-up", { customerId: String(theirs.customer.id), kind: "PICK_UP" });
    await schedule(t.asB, "Foreign social", { kind: "SOCIAL" });
  });
  afterAll(() => app.close());

  it("serves the person's schedule without a cookie: their events and the social ones, in the facility's zone", async () => {
    const { url, webcalUrl, feed } = await link(owner);
    expect(url).toMatch(/^http:\/\/portico\.test\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(webcalUrl).toBe(url.replace("http://", "webcal://"));
    expect(feed.lastFetchedAt).toBeNull();

    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, max-age=300");
    const calendar = parseCalendar(await res.text());
    expect(calendar.name).toBe("Harbor A schedule");
    expect(calendar.events.map((e) => e.summary).sort()).toEqual(
      ["Cars & Coffee", "Last month's wash", "Spring service"].sort(),
    );
    expect(calendar.zones).toEqual(["Europe/Paris"]);
    const service = calendar.events.find((e) => e.summary === "Spring service");
    expect(service).toMatchObject({ tzid: "Europe/Paris", location: "Bay 4", sequence: 0 });
    expect(service?.uid).toBe(`event-${ids["Spring service"]}@portico.test`);
    // The same instants the portal shows, whatever the zone they are written in.
    expect(service?.start.toISOString()).toBe(at(2 * DAY));
    expect(service?.end?.toISOString()).toBe(at(2 * DAY + 2 * HOUR));
  });

  it("keeps UIDs, bumps SEQUENCE and LAST-MODIFIED when staff change an event, and answers 304 while nothing changed", async () => {
    const { url } = await link(owner);
    const first = await fetchFeed(url);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const before = parseCalendar(await first.text()).events.find((e) => e.summary === "Spring service");
    expect((await fetchFeed(url, { "if-none-match": etag ?? "" })).status).toBe(304);

    app.clock.advance(HOUR);
    await t.asA.ok(UPDATE_EVENT, {
      id: ids["Spring service"],
      input: {
        customerId: String(ownerId),
        kind: "SERVICE",
        title: "Spring service",
        startsAt: at(DAY),
        location: "Bay 5",
      },
    });
    const second = await fetchFeed(url, { "if-none-match": etag ?? "" });
    expect(second.status).toBe(200);
    const after = parseCalendar(await second.text()).events.find((e) => e.summary === "Spring service");
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBe(1);
    expect(after?.location).toBe("Bay 5");
    expect(after?.lastModified).not.toBe(before?.lastModified);
  });

  it("keeps only the SHA-256 of the secret, and shows when a calendar app last fetched the feed", async () => {
    const { url } = await link(owner);
    const token = /\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(url)?.[1] ?? "";
    expect(await countRows(app, "calendar_feeds", "token_hash = ?", sha256(token))).toBe(1);
    expect(await countRows(app, "calendar_feeds", "token_hash = ?", token)).toBe(0);
    expect((await owner.ok<{ portalCalendarFeed: Link["feed"] }>(FEED)).portalCalendarFeed.lastFetchedAt).toBeNull();

    await fetchFeed(url);
    const fetchedAt = app.clock.now().toISOString();
    expect((await owner.ok<{ portalCalendarFeed: Link["feed"] }>(FEED)).portalCalendarFeed.lastFetchedAt).toBe(
      fetchedAt,
    );
    // Apps poll: a fetch minutes later writes nothing; one later than that moves the time on.
    app.clock.advance(2 * MINUTE);
    const { statements } = await countStatements(app, () => fetchFeed(url));
    expect(statements.some((s) => /^\s*update\b/i.test(s))).toBe(false);
    app.clock.advance(10 * MINUTE);
    await fetchFeed(url);
    expect((await owner.ok<{ portalCalendarFeed: Link["feed"] }>(FEED)).portalCalendarFeed.lastFetchedAt).toBe(
      app.clock.now().toISOString(),
    );
  });

  it("reads the same number of statements for a feed of one event and of many", async () => {
    const busy = await customerInPortal(app, t.asA, t.a.id, { name: "Busy", email: "busy@example.com" });
    const quiet = await customerInPortal(app, t.asA, t.a.id, { name: "Quiet", email: "quiet@example.com" });
    for (let i = 0; i < 6; i++) {
      await schedule(t.asA, `Busy ${i}`, { customerId: String(busy.customer.id), startsAt: at((i + 1) * DAY) });
    }
    const busyUrl = (await link(busy.browser)).url;
    const quietUrl = (await link(quiet.browser)).url;
    const many = await countStatements(app, () => fetchFeed(busyUrl));
    const few = await countStatements(app, () => fetchFeed(quietUrl));
    expect(many.statements.length).toBe(few.statements.length);
    expect(many.statements.length).toBeLessThanOrEqual(5);
  });

  it("voids the old URL when a new one is made, and every URL when the feed is turned off", async () => {
    const old = await link(owner);
    const fresh = await link(owner);
    const unknown = await fetchFeed(`http://x/calendar/${"A".repeat(43)}.ics`);
    const replaced = await fetchFeed(old.url);
    expect(replaced.status).toBe(404);
    expect(unknown.status).toBe(404);
    // Nothing tells a replaced link from one that never existed.
    expect(await replaced.text()).toBe(await unknown.text());
    expect(replaced.headers.get("cache-control")).toBe("no-store");
    expect((await fetchFeed(fresh.url)).status).toBe(200);
    expect(await countRows(app, "calendar_feeds", "customer_id = ?", ownerId)).toBe(1);

    expect((await owner.ok<{ turnOffPortalCalendarFeed: boolean }>(TURN_OFF)).turnOffPortalCalendarFeed).toBe(true);
    expect((await fetchFeed(fresh.url)).status).toBe(404);
    expect((await owner.ok<{ portalCalendarFeed: null }>(FEED)).portalCalendarFeed).toBeNull();
    expect(
      await countRows(app, "audit_events", "action = ? AND customer_id = ?", "CALENDAR_LINK_REPLACED", ownerId),
    ).toBeGreaterThan(0);
    expect(
      await countRows(app, "audit_events", "action = ? AND customer_id = ?", "CALENDAR_LINK_TURNED_OFF", ownerId),
    ).toBe(1);
  });

  it("leaves exactly one working link when several are made at once", async () => {
    const links = await Promise.all(Array.from({ length: 6 }, () => link(owner)));
    const statuses = await Promise.all(links.map(async ({ url }) => (await fetchFeed(url)).status));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 404)).toHaveLength(5);
    expect(await countRows(app, "calendar_feeds", "customer_id = ?", ownerId)).toBe(1);
  });

  it("answers 404 once the person may no longer see the schedule: access off, customer archived, Events hidden", async () => {
    const customer = await createCustomer(app, t.a.id, { name: "Contact's Customer", email: "holder@example.com" });
    const { addContact } = await t.asA.ok<{ addContact: { id: string } }>(ADD_CONTACT, {
      customerId: String(customer.id),
      input: contactInput("cal-contact@example.com"),
    });
    await t.asA.ok(INVITE_CONTACT, { id: addContact.id });
    await app.deliver();
    const contact = app.client();
    await contact.ok(REDEEM, { t: (await latestEmailTo(app, "cal-contact@example.com"))?.token });
    await schedule(t.asA, "Holder's drop-off", { customerId: String(customer.id), kind: "DROP_OFF" });
    const { url } = await link(contact);
    expect(parseCalendar(await (await fetchFeed(url)).text()).events.map((e) => e.summary)).toContain(
      "Holder's drop-off",
    );

    await t.asA.ok(UPDATE_CONTACT, { id: addContact.id, input: contactInput("cal-contact@example.com", false) });
    expect((await fetchFeed(url)).status).toBe(404);
    await t.asA.ok(UPDATE_CONTACT, { id: addContact.id, input: contactInput("cal-contact@example.com", true) });

    const holder = await customerInPortal(app, t.asA, t.a.id, { name: "Archie Archived", email: "archie@example.com" });
    const holderUrl = (await link(holder.browser)).url;
    expect((await fetchFeed(holderUrl)).status).toBe(200);
    await t.asA.ok(ARCHIVE, { id: String(holder.customer.id) });
    expect((await fetchFeed(holderUrl)).status).toBe(404);
    await t.asA.ok(RESTORE, { id: String(holder.customer.id) });

    const own = (await link(owner)).url;
    await updateFacility(app, t.a.id, { sectionEvents: false });
    try {
      expect((await fetchFeed(own)).status).toBe(404);
      expect((await owner.gql(FEED)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    } finally {
      await updateFacility(app, t.a.id, { sectionEvents: true });
    }
    expect((await fetchFeed(own)).status).toBe(200);
  });

  it("gives each account only its own feed, never another customer's or facility's events", async () => {
    const theirs = parseCalendar(await (await fetchFeed((await link(neighbour)).url)).text());
    expect(theirs.events.map((e) => e.summary).sort()).toEqual(["Cars & Coffee", "Neighbour pick-up"]);
    const far = parseCalendar(await (await fetchFeed((await link(foreign)).url)).text());
    expect(far.events.map((e) => e.summary)).toEqual(["Foreign social"]);
  });

  it("refuses a staff preview a link of its own", async () => {
    const customer = await createCustomer(app, t.a.id, { name: "Previewed", email: "previewed@example.com" });
    const staff = await signInStaff(app.client(), t.staffA.email);
    await staff.ok(PREVIEW_AS, { customerId: String(customer.id) });
    staff.headers["x-portico-app"] = "portal";
    expect((await staff.gql(CREATE_LINK)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await staff.ok<{ portalCalendarFeed: null }>(FEED)).portalCalendarFeed).toBeNull();
  });

  it("downloads one event of the viewer's schedule as a file, and no other account's", async () => {
    const own = await owner.get(`/calendar/events/${ids["Spring service"]}.ics`);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(own.headers.get("content-disposition")).toContain(
      `attachment; filename="event-${ids["Spring service"]}.ics"`,
    );
    const file = parseCalendar(await own.text());
    expect(file.events.map((e) => [e.summary, e.uid])).toEqual([
      ["Spring service", `event-${ids["Spring service"]}@portico.test`],
    ]);
    expect((await owner.get(`/calendar/events/${ids["Cars & Coffee"]}.ics`)).status).toBe(200);

    const neighbours = await owner.get(`/calendar/events/${ids["Neighbour pick-up"]}.ics`);
    const foreignSocial = await owner.get(`/calendar/events/${ids["Foreign social"]}.ics`);
    const missing = await owner.get(`/calendar/events/987654321.ics`);
    expect(neighbours.status).toBe(404);
    expect(foreignSocial.status).toBe(404);
    expect(await neighbours.json()).toEqual(await missing.json());
    expect(await foreignSocial.json()).toEqual({ error: { code: "NOT_FOUND", message: "Event not found" } });
    expect((await owner.get(`/calendar/events/nope.ics`)).status).toBe(404);
    // A calendar app (or anyone) without the portal session gets nothing.
    expect((await fetch(`${app.url}/calendar/events/${ids["Spring service"]}.ics`)).status).toBe(401);
  });

  it("keeps the feed's secret out of the request log", () => {
    const token = "A".repeat(43);
    expect(loggablePath(`/calendar/${token}.ics`)).toBe("/calendar/:token.ics");
    expect(loggablePath(`/portal/link/${token}`)).toBe("/portal/link/:token");
    expect(loggablePath("/calendar/events/12.ics")).toBe("/calendar/events/12.ics");
  });
});
