import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteOnlyIt } from "../../../test/engine.js";
import { createCar, createCustomer, customerInPortal, twoFacilities } from "../../../test/factories.js";
import {
  compilationsDuring,
  countRows,
  countStatements,
  latestEmailTo,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../../test/harness.js";
import { DAY, HOUR } from "../../lib/clock.js";

const SCHEDULE = `mutation($input: EventInput!) { scheduleEvent(input: $input) { id title kind customerName carName } }`;
const PORTAL_SCHEDULE = `{ portalSchedule { upcoming { id title kind myRsvp goingCount } past { title } } }`;

describe("events and messages", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: number;
  let carId: number;
  let owner: TestClient;
  let other: TestClient;

  async function signedIn(name: string, email: string) {
    const { customer, browser } = await customerInPortal(app, t.asA, t.a.id, { name, email });
    return { client: browser, id: customer.id };
  }

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    ({ client: owner, id: customerId } = await signedIn("Eve Events", "eve@example.com"));
    ({ client: other } = await signedIn("Olly Other", "olly@example.com"));
    carId = (await createCar(app, t.a.id, customerId, { year: 1972, make: "Datsun", model: "240Z" })).id;
  });
  afterAll(() => app.close());

  const at = (offset: number) => new Date(app.clock.now().getTime() + offset).toISOString();

  it("schedules an appointment for a car, emails the customer, and shows it upcoming then past", async () => {
    const created = await t.asA.ok<{ scheduleEvent: { carName: string; customerName: string } }>(SCHEDULE, {
      input: {
        customerId: String(customerId),
        carId: String(carId),
        kind: "DETAILING",
        title: "Spring detail",
        startsAt: at(2 * DAY),
        location: "Bay 4",
      },
    });
    expect(created.scheduleEvent).toMatchObject({ carName: "1972 Datsun 240Z", customerName: "Eve Events" });
    await app.deliver();
    expect((await latestEmailTo(app, "eve@example.com"))?.subject).toBe("Scheduled: Spring detail · Harbor A");
    expect(
      (
        await owner.ok<{ portalSchedule: { upcoming: Array<{ title: string }> } }>(PORTAL_SCHEDULE)
      ).portalSchedule.upcoming.map((e) => e.title),
    ).toContain("Spring detail");
    expect(
      (
        await other.ok<{ portalSchedule: { upcoming: Array<{ title: string }> } }>(PORTAL_SCHEDULE)
      ).portalSchedule.upcoming.map((e) => e.title),
    ).not.toContain("Spring detail");
    app.clock.advance(3 * DAY);
    try {
      expect(
        (await owner.ok<{ portalSchedule: { past: Array<{ title: string }> } }>(PORTAL_SCHEDULE)).portalSchedule.past[0]
          ?.title,
      ).toBe("Spring detail");
    } finally {
      app.clock.advance(-3 * DAY);
    }
  });

  it("compiles no statement through the data layer for a second identical schedule, portal or staff", async () => {
    const requests = [
      () => owner.ok(PORTAL_SCHEDULE),
      () =>
        t.asA.ok("query($f: DateTimeISO!, $t: DateTimeISO!) { schedule(from: $f, to: $t) { id goingCount } }", {
          f: at(0),
          t: at(7 * DAY),
        }),
      () => t.asA.ok(`query($id: ID!) { customer(id: $id) { events { id myRsvp } } }`, { id: String(customerId) }),
    ];
    for (const request of requests) await request();
    for (const request of requests) expect(await compilationsDuring(app, request)).toBe(0);
  });

  it("takes RSVPs to facility-wide social events, and only to those", async () => {
    const social = (
      await t.asA.ok<{ scheduleEvent: { id: string } }>(SCHEDULE, {
        input: { kind: "SOCIAL", title: "Cars & Coffee", startsAt: at(5 * DAY) },
      })
    ).scheduleEvent;
    const RSVP = `mutation($id: ID!, $r: RsvpResponse!, $g: Int) { rsvp(eventId: $id, response: $r, guests: $g) { myRsvp goingCount } }`;
    expect(
      (await owner.ok<{ rsvp: { myRsvp: string; goingCount: number } }>(RSVP, { id: social.id, r: "GOING", g: 2 }))
        .rsvp,
    ).toEqual({
      myRsvp: "GOING",
      goingCount: 3,
    });
    // The home reads the people going only when the query asks for them (here in a fragment).
    const HOME = `{ portalHome { upcomingEvents { ...Going } } } fragment Going on ScheduledEvent { id goingCount goingGuests }`;
    type Home = { portalHome: { upcomingEvents: Array<{ id: string; goingCount: number; goingGuests: number }> } };
    expect((await owner.ok<Home>(HOME)).portalHome.upcomingEvents).toContainEqual({
      id: social.id,
      goingCount: 3,
      goingGuests: 2,
    });
    expect(
      (await other.ok<{ rsvp: { goingCount: number } }>(RSVP, { id: social.id, r: "GOING", g: 0 })).rsvp.goingCount,
    ).toBe(4);
    expect(
      (await owner.ok<{ rsvp: { goingCount: number } }>(RSVP, { id: social.id, r: "NOT_GOING", g: 0 })).rsvp.goingCount,
    ).toBe(1);
    const tooMany = await owner.gql(RSVP, { id: social.id, r: "GOING", g: 11 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { guests: "0 to 10" } });
    const negative = await owner.gql(RSVP, { id: social.id, r: "GOING", g: -1 });
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const appointment = (
      await t.asA.ok<{ scheduleEvent: { id: string } }>(SCHEDULE, {
        input: { customerId: String(customerId), kind: "PICK_UP", title: "Pick-up", startsAt: at(HOUR * 5) },
      })
    ).scheduleEvent;
    expect((await owner.gql(RSVP, { id: appointment.id, r: "GOING" })).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    expect((await other.gql(RSVP, { id: appointment.id, r: "GOING" })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("tells the customer the guests they bring and staff how many people and guests are coming", async () => {
    const social = (
      await t.asA.ok<{ scheduleEvent: { id: string } }>(SCHEDULE, {
        input: { kind: "SOCIAL", title: "Summer drive", startsAt: at(6 * DAY) },
      })
    ).scheduleEvent;
    const RSVP = `mutation($id: ID!, $r: RsvpResponse!, $g: Int) { rsvp(eventId: $id, response: $r, guests: $g) { myRsvp myGuests goingCount goingGuests } }`;
    const mine = async () =>
      (
        await owner.ok<{
          portalSchedule: { upcoming: Array<{ id: string; myRsvp: string | null; myGuests: number | null }> };
        }>("{ portalSchedule { upcoming { id myRsvp myGuests } } }")
      ).portalSchedule.upcoming.find((e) => e.id === social.id);
    expect(await mine()).toMatchObject({ myRsvp: null, myGuests: null });
    expect((await owner.ok<{ rsvp: unknown }>(RSVP, { id: social.id, r: "GOING", g: 4 })).rsvp).toEqual({
      myRsvp: "GOING",
      myGuests: 4,
      goingCount: 5,
      goingGuests: 4,
    });
    await other.ok(RSVP, { id: social.id, r: "GOING", g: 1 });
    expect(await mine()).toMatchObject({ myRsvp: "GOING", myGuests: 4 });
    const staffView = (
      await t.asA.ok<{ schedule: Array<{ id: string; goingCount: number; goingGuests: number }> }>(
        "query($f: DateTimeISO!, $t: DateTimeISO!) { schedule(from: $f, to: $t) { id goingCount goingGuests } }",
        { f: at(0), t: at(7 * DAY) },
      )
    ).schedule.find((e) => e.id === social.id);
    expect(staffView).toMatchObject({ goingCount: 7, goingGuests: 5 });
    // Not going brings no one.
    expect((await owner.ok<{ rsvp: unknown }>(RSVP, { id: social.id, r: "NOT_GOING", g: 3 })).rsvp).toMatchObject({
      myGuests: 0,
      goingCount: 2,
      goingGuests: 1,
    });
  });

  it("refuses bad events: no customer for a private event, another customer's car, end before start", async () => {
    const before = await countRows(app, "events");
    const noCustomer = await t.asA.gql(SCHEDULE, { input: { kind: "SERVICE", title: "Oil", startsAt: at(DAY) } });
    expect(noCustomer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const otherCar = (await createCar(app, t.a.id, (await createCustomer(app, t.a.id)).id)).id;
    const wrongCar = await t.asA.gql(SCHEDULE, {
      input: {
        customerId: String(customerId),
        carId: String(otherCar),
        kind: "SERVICE",
        title: "Oil",
        startsAt: at(DAY),
      },
    });
    expect(wrongCar.errors?.[0]?.extensions).toMatchObject({ fields: { carId: expect.any(String) } });
    const backwards = await t.asA.gql(SCHEDULE, {
      input: {
        customerId: String(customerId),
        kind: "SERVICE",
        title: "Oil",
        startsAt: at(DAY),
        endsAt: at(DAY - HOUR),
      },
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ fields: { endsAt: expect.any(String) } });
    const foreign = await t.asB.gql(SCHEDULE, {
      input: { customerId: String(customerId), kind: "SERVICE", title: "X", startsAt: at(DAY) },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await countRows(app, "events")).toBe(before);
  });

  it("carries a conversation both ways with unread counts, emailing the customer's people", async () => {
    await owner.ok(`mutation { sendPortalMessage(body: "Can you charge the battery before Friday?") { id } }`);
    const inbox = await t.asA.ok<{
      inbox: { nodes: Array<{ customerName: string; unread: number; lastMessage: string }> };
      unreadMessageCount: number;
    }>(`{ inbox { nodes { customerName unread lastMessage } } unreadMessageCount }`);
    expect(inbox.inbox.nodes[0]).toMatchObject({
      customerName: "Eve Events",
      unread: 1,
      lastMessage: "Can you charge the battery before Friday?",
    });
    expect(inbox.unreadMessageCount).toBe(1);
    await t.asA.ok(`mutation($id: ID!) { markConversationRead(customerId: $id) }`, { id: String(customerId) });
    await t.asA.ok(
      `mutation($id: ID!) { sendMessage(customerId: $id, body: "Done, it's on the tender now.") { id } }`,
      {
        id: String(customerId),
      },
    );
    await app.deliver();
    expect((await latestEmailTo(app, "eve@example.com"))?.text).toContain("Done, it's on the tender now.");
    const conversation = await owner.ok<{
      portalConversation: { unread: number; messages: { nodes: Array<{ fromTeam: boolean; mine: boolean }> } };
    }>(`{ portalConversation { unread messages { nodes { fromTeam mine } } } }`);
    expect(conversation.portalConversation.unread).toBe(1);
    expect(conversation.portalConversation.messages.nodes.map((m) => [m.fromTeam, m.mine])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect((await t.asA.ok<{ unreadMessageCount: number }>(`{ unreadMessageCount }`)).unreadMessageCount).toBe(0);
    expect(
      (
        await other.ok<{ portalConversation: { messages: { nodes: unknown[] } } }>(
          `{ portalConversation { messages { nodes { id } } } }`,
        )
      ).portalConversation.messages.nodes,
    ).toHaveLength(0);
    const empty = await owner.gql(`mutation { sendPortalMessage(body: "   ") { id } }`);
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const foreign = await t.asB.gql(`query($id: ID!) { conversation(customerId: $id) { nodes { id } } }`, {
      id: String(customerId),
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  sqliteOnlyIt("counts the portal's unread messages in one COUNT and pages the conversation by keyset", async () => {
    const SEND = `mutation($id: ID!, $body: String!) { sendMessage(customerId: $id, body: $body) { id } }`;
    for (let i = 1; i <= 5; i++) await t.asA.ok(SEND, { id: String(customerId), body: `Update ${i}` });
    const { result, statements } = await countStatements(app, () =>
      owner.ok<{ portalConversation: { unread: number } }>("{ portalConversation { unread } }"),
    );
    expect(result.portalConversation.unread).toBeGreaterThanOrEqual(5);
    const onMessages = statements.filter((sql) => /\bmessages\b/.test(sql));
    expect(onMessages).toHaveLength(1);
    expect(onMessages[0]).toMatch(/count\(\*\)/i);

    type Page = {
      portalConversation: {
        messages: {
          nodes: Array<{ id: string; body: string }>;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
      };
    };
    const PAGE = `query($after: String) { portalConversation { messages(first: 3, after: $after) { nodes { id body } pageInfo { endCursor hasNextPage } } } }`;
    const latest = (await owner.ok<Page>(PAGE, { after: null })).portalConversation.messages;
    expect(latest.nodes.map((m) => m.body)).toEqual(["Update 5", "Update 4", "Update 3"]);
    expect(latest.pageInfo.hasNextPage).toBe(true);
    const earlier = (await owner.ok<Page>(PAGE, { after: latest.pageInfo.endCursor })).portalConversation.messages;
    expect(earlier.nodes).toHaveLength(3);
    expect(earlier.nodes.map((m) => m.body).slice(0, 2)).toEqual(["Update 2", "Update 1"]);
    expect(Number(earlier.nodes[0]?.id)).toBeLessThan(Number(latest.nodes.at(-1)?.id));
    // Paging back until the first message: then there is nothing earlier.
    let page = earlier;
    for (let pages = 0; pages < 10 && page.pageInfo.hasNextPage; pages++)
      page = (await owner.ok<Page>(PAGE, { after: page.pageInfo.endCursor })).portalConversation.messages;
    expect(page.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: false });
    const tooMany = await owner.gql(`{ portalConversation { messages(first: 500) { nodes { id } } } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("compiles no statement through the data layer for a second identical conversation, inbox or badge", async () => {
    const requests = [
      () =>
        owner.ok(`{ portalConversation { unread messages(first: 5) { nodes { id mine } pageInfo { endCursor } } } }`),
      () => t.asA.ok(`{ inbox(first: 10) { nodes { customerId unread } pageInfo { endCursor } } unreadMessageCount }`),
      () =>
        t.asA.ok(`query($id: ID!) { conversation(customerId: $id) { nodes { id mine } } }`, { id: String(customerId) }),
    ];
    for (const request of requests) await request();
    for (const request of requests) expect(await compilationsDuring(app, request)).toBe(0);
  });
});
