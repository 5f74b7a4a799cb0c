import { and, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createFacility, createStaff, customerInPortal, signInStaff } from "../../../test/factories.js";
import type { TestClient } from "../../../test/harness.js";
import { compilationsDuring, startTestApp, type TestApp } from "../../../test/harness.js";
import { DAY } from "../../lib/clock.js";

const FUNNEL = `{ adoptionFunnel {
  totals { people reachable invited delivered opened signedIn active }
  weeks { weekStart invited delivered opened signedIn }
} }`;
const AWAITING = `query($days: Int!, $first: Int!, $after: String) {
  awaitingSignIn(olderThanDays: $days, first: $first, after: $after) {
    totalCount
    nodes { invitationId customerId contactId name customerName email deliveryState invitedAt linkOpenedAt }
    pageInfo { endCursor hasNextPage }
  }
}`;
const INVITE = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const CONTACT_INVITE = `mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id } } }`;

type Totals = Record<"people" | "reachable" | "invited" | "delivered" | "opened" | "signedIn" | "active", number>;
type Week = { weekStart: string; invited: number; delivered: number; opened: number; signedIn: number };
type Awaiting = {
  totalCount: number;
  nodes: Array<Record<string, string | null>>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
};

describe("the adoption funnel", () => {
  let app: TestApp;
  let staff: TestClient;
  let facilityId: number;
  const ids: Record<string, number> = {};

  /** Moves an invitation's facts by hand: what the delivery webhook, a click or time would have done. */
  async function setInvitation(customerId: number, changes: Record<string, unknown>) {
    const { invitations: i } = app.data.t;
    await app.data.transaction((tx) =>
      tx
        .update(i)
        .set(changes)
        .where(and(eq(i.customerId, customerId), isNull(i.contactId)))
        .returning({ id: i.id }),
    );
  }

  async function invite(name: string, overrides: Record<string, unknown> = {}) {
    const customer = await createCustomer(app, facilityId, { name, ...overrides });
    ids[name] = customer.id;
    await staff.ok(INVITE, { id: String(customer.id) });
    return customer.id;
  }

  beforeAll(async () => {
    app = await startTestApp();
    const facility = await createFacility(app, { name: "Funnel Harbor", timeZone: "UTC" });
    facilityId = facility.id;
    staff = await signInStaff(app.client(), (await createStaff(app, facilityId)).email);
    const now = app.clock.now().getTime();

    // Never invited: one with an email, one with a phone only, one with neither.
    await createCustomer(app, facilityId, { name: "Email Only" });
    await createCustomer(app, facilityId, { name: "Phone Only", email: null, phone: "+12075550148" });
    await createCustomer(app, facilityId, { name: "Nobody Reachable", email: null });
    // Invited now and still queued; invited three weeks ago and delivered; invited 20 weeks ago, link opened.
    await invite("Queued Quinn");
    await setInvitation(await invite("Delivered Dana"), {
      deliveryState: "DELIVERED",
      createdAt: new Date(now - 21 * DAY),
    });
    await setInvitation(await invite("Opened Olga"), {
      linkOpenedAt: new Date(now - 139 * DAY),
      createdAt: new Date(now - 140 * DAY),
    });
    // Bounced two weeks ago: invited, never further.
    await setInvitation(await invite("Bounced Bo"), { deliveryState: "BOUNCED", createdAt: new Date(now - 14 * DAY) });
    // Signed in: one active now, one whose last visit was 40 days ago.
    const active = await customerInPortal(app, staff, facilityId, { name: "Active Ada", email: "ada@example.com" });
    ids["Active Ada"] = active.customer.id;
    const dormant = await customerInPortal(app, staff, facilityId, { name: "Dormant Dee", email: "dee@example.com" });
    ids["Dormant Dee"] = dormant.customer.id;
    const { portalAccounts: pa, contacts: ct, customers: c } = app.data.t;
    const longAgo = new Date(now - 40 * DAY);
    // Dee's last visit, as the sessions trigger would have kept it 40 days ago.
    await app.data.transaction((tx) =>
      tx
        .update(pa)
        .set({ lastActiveAt: longAgo })
        .where(eq(pa.customerId, dormant.customer.id))
        .returning({ id: pa.id }),
    );
    // Ada's spouse may use the portal and was invited; her assistant may not, so is not counted.
    const [spouse] = await app.data.transaction((tx) =>
      tx
        .insert(ct)
        .values([
          {
            facilityId,
            customerId: active.customer.id,
            name: "Sam Spouse",
            email: "sam@example.com",
            canAccessPortal: true,
          },
          { facilityId, customerId: active.customer.id, name: "Alex Assistant", email: "alex@example.com" },
        ])
        .returning({ id: ct.id }),
    );
    ids["Sam Spouse"] = spouse?.id ?? 0;
    await staff.ok(CONTACT_INVITE, { id: String(spouse?.id) });
    // An archived customer, invited before archiving, is left out.
    const archivedId = await invite("Archived Archie");
    await app.data.transaction((tx) =>
      tx
        .update(c)
        .set({ archivedAt: new Date(now) })
        .where(eq(c.id, archivedId))
        .returning({ id: c.id }),
    );
    // Another facility's invited customer never shows.
    const other = await createFacility(app, { name: "Elsewhere" });
    const otherStaff = await signInStaff(app.client(), (await createStaff(app, other.id)).email);
    const stranger = await createCustomer(app, other.id, { name: "Stranger" });
    await otherStaff.ok(INVITE, { id: String(stranger.id) });
    await app.deliver();
  });
  afterAll(() => app.close());

  it("counts each stage as everyone who got at least that far", async () => {
    const { adoptionFunnel } = await staff.ok<{ adoptionFunnel: { totals: Totals } }>(FUNNEL);
    // People: 9 customers not archived + Sam. Reachable: all but "Nobody Reachable".
    // Invited: Quinn, Dana, Olga, Bo, Ada, Dee, Sam. Delivered: Dana, Olga (opened), Ada, Dee.
    expect(adoptionFunnel.totals).toEqual({
      people: 10,
      reachable: 9,
      invited: 7,
      delivered: 4,
      opened: 3,
      signedIn: 2,
      active: 1,
    });
  });

  it("counts as invited exactly the people the invitations table names", async () => {
    const { invitations: i, customers: c } = app.data.t;
    const [row] = await app.data.read
      .select({ n: sql<number>`count(distinct ${i.customerId} || ':' || coalesce(${i.contactId}, 0))` })
      .from(i)
      .innerJoin(c, eq(c.id, i.customerId))
      .where(and(eq(i.facilityId, facilityId), isNull(c.archivedAt)));
    const { adoptionFunnel } = await staff.ok<{ adoptionFunnel: { totals: Totals } }>(FUNNEL);
    expect(adoptionFunnel.totals.invited).toBe(Number(row?.n));
  });

  it("shows the last 12 weeks by the week each person was first invited, Monday first", async () => {
    const { adoptionFunnel } = await staff.ok<{ adoptionFunnel: { weeks: Week[] } }>(FUNNEL);
    const weeks = adoptionFunnel.weeks;
    expect(weeks).toHaveLength(12);
    // The test clock's today, 2026-03-02, is a Monday: this week starts on it.
    expect(weeks.at(-1)?.weekStart).toBe("2026-03-02");
    expect(weeks[0]?.weekStart).toBe("2025-12-15");
    const byStart = Object.fromEntries(weeks.filter((w) => w.invited > 0).map((w) => [w.weekStart, w]));
    expect(byStart).toEqual({
      "2026-02-09": { weekStart: "2026-02-09", invited: 1, delivered: 1, opened: 0, signedIn: 0 },
      "2026-02-16": { weekStart: "2026-02-16", invited: 1, delivered: 0, opened: 0, signedIn: 0 },
      "2026-03-02": { weekStart: "2026-03-02", invited: 4, delivered: 2, opened: 2, signedIn: 2 },
    });
  });

  it("lists who waits to sign in after N days, oldest first, page by page", async () => {
    const page = async (days: number, first: number, after: string | null = null) =>
      (await staff.ok<{ awaitingSignIn: Awaiting }>(AWAITING, { days, first, after })).awaitingSignIn;
    const now = await page(0, 100);
    expect(now.totalCount).toBe(5);
    expect(now.nodes.map((n) => n.name)).toEqual([
      "Opened Olga",
      "Delivered Dana",
      "Bounced Bo",
      "Queued Quinn",
      "Sam Spouse",
    ]);
    const sam = now.nodes.at(-1);
    expect(sam).toMatchObject({
      customerName: "Active Ada",
      contactId: String(ids["Sam Spouse"]),
      email: "sam@example.com",
    });

    const week = await page(7, 1);
    expect(week.totalCount).toBe(3);
    const names = [week.nodes[0]?.name];
    let after = week.pageInfo.endCursor;
    while (after) {
      const next = await page(7, 1, after);
      names.push(...next.nodes.map((n) => n.name));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(names).toEqual(["Opened Olga", "Delivered Dana", "Bounced Bo"]);
  });

  it("compiles no statement once the funnel and each kind of list page were asked for", async () => {
    const first = await staff.ok<{ awaitingSignIn: Awaiting }>(AWAITING, { days: 0, first: 1, after: null });
    const after = first.awaitingSignIn.pageInfo.endCursor;
    const pages = [
      () => staff.ok(FUNNEL),
      () => staff.ok(AWAITING, { days: 7, first: 2, after: null }),
      () => staff.ok(AWAITING, { days: 0, first: 3, after }),
    ];
    for (const request of pages) await request();
    const compiled = [];
    for (const request of pages) compiled.push(await compilationsDuring(app, request));
    expect(compiled).toEqual([0, 0, 0]);
  });

  it("refuses bad arguments with a clear error", async () => {
    const days = await staff.gql(AWAITING, { days: 400, first: 10 });
    expect(days.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const first = await staff.gql(AWAITING, { days: 1, first: 0 });
    expect(first.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const cursor = await staff.gql(AWAITING, { days: 1, first: 10, after: "nope" });
    expect(cursor.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps each person's stage and last activity in the database as invites, links and sessions move", async () => {
    const { customers: c, portalAccounts: pa, sessions: s, invitations: i } = app.data.t;
    const stageOf = async (name: string) =>
      (
        await app.data.read
          .select({ stage: c.adoptionStage, first: c.firstInvitedAt })
          .from(c)
          .where(eq(c.id, ids[name] ?? 0))
      )[0];
    expect(await stageOf("Queued Quinn")).toMatchObject({ stage: 1 });
    expect(await stageOf("Delivered Dana")).toMatchObject({ stage: 2 });
    expect(await stageOf("Opened Olga")).toMatchObject({ stage: 3 });
    expect(await stageOf("Active Ada")).toMatchObject({ stage: 4 });
    // A stage never falls: Olga's link "un-opened" (an impossible update) leaves her at 3.
    await setInvitation(ids["Opened Olga"] ?? 0, { linkOpenedAt: null });
    expect(await stageOf("Opened Olga")).toMatchObject({ stage: 3 });
    // First invited moves earlier only.
    const olga = await stageOf("Opened Olga");
    await app.data.transaction((tx) =>
      tx.insert(i).values({
        facilityId,
        customerId: ids["Opened Olga"] ?? 0,
        email: "olga@example.com",
        expiresAt: new Date(),
        state: "VOID",
      }),
    );
    expect((await stageOf("Opened Olga"))?.first).toEqual(olga?.first);
    // A session used now makes Dee active again.
    const [account] = await app.data.read
      .select({ id: pa.id })
      .from(pa)
      .where(eq(pa.customerId, ids["Dormant Dee"] ?? 0));
    const seen = app.clock.now();
    await app.data.transaction((tx) =>
      tx
        .update(s)
        .set({ lastSeenAt: seen })
        .where(eq(s.portalAccountId, account?.id ?? 0))
        .returning({ id: s.idHash }),
    );
    const [after] = await app.data.read
      .select({ at: pa.lastActiveAt })
      .from(pa)
      .where(eq(pa.id, account?.id ?? 0));
    expect(after?.at).toEqual(seen);
  });

  it("keeps each person's latest invitation in the database, whoever writes the invitation", async () => {
    const { customers: c, contacts: k, invitations: i } = app.data.t;
    const customer = await createCustomer(app, facilityId, { name: "Latest Lena" });
    const [contact] = await app.data.transaction((tx) =>
      tx
        .insert(k)
        .values({ facilityId, customerId: customer.id, name: "Latest Leo", email: "leo@example.com" })
        .returning({ id: k.id }),
    );
    const latestOf = async () => ({
      customer: (await app.data.read.select({ id: c.latestInvitationId }).from(c).where(eq(c.id, customer.id)))[0]?.id,
      contact: (
        await app.data.read
          .select({ id: k.latestInvitationId })
          .from(k)
          .where(eq(k.id, contact?.id ?? 0))
      )[0]?.id,
    });
    const write = (values: { id?: number; contactId?: number; state?: "VOID" }) =>
      app.data.transaction(async (tx) => {
        const [row] = await tx
          .insert(i)
          .values({ facilityId, customerId: customer.id, email: "lena@example.com", expiresAt: new Date(), ...values })
          .returning({ id: i.id });
        return row?.id ?? 0;
      });
    expect(await latestOf()).toEqual({ customer: null, contact: null });
    // Sent through Send Invite or written by hand, the newest invitation is the person's latest.
    const sent = (await staff.ok<{ sendInvite: { invitation: { id: string } } }>(INVITE, { id: String(customer.id) }))
      .sendInvite.invitation.id;
    expect(await latestOf()).toEqual({ customer: Number(sent), contact: null });
    const byHand = await write({ contactId: contact?.id });
    expect(await latestOf()).toEqual({ customer: Number(sent), contact: byHand });
    // An older invitation written later (a copy, a seed) or an old one changing leaves it on the newest.
    const newest = await write({ id: byHand + 1000 });
    await write({ id: byHand + 500, state: "VOID" });
    await setInvitation(customer.id, { deliveryState: "DELIVERED" });
    expect(await latestOf()).toEqual({ customer: newest, contact: byHand });
    // Several of one person's invitations in one statement (a copy's batch): the newest is the latest,
    // the furthest stage and the earliest date count.
    const other = await createCustomer(app, facilityId, { name: "Batch Bea" });
    const earliest = new Date(app.clock.now().getTime() - 3 * DAY);
    const rows = await app.data.transaction((tx) =>
      tx
        .insert(i)
        .values([
          { facilityId, customerId: other.id, email: "bea@example.com", expiresAt: new Date(), createdAt: earliest },
          {
            facilityId,
            customerId: other.id,
            email: "bea@example.com",
            expiresAt: new Date(),
            linkOpenedAt: new Date(),
          },
          { facilityId, customerId: other.id, email: "bea@example.com", expiresAt: new Date(), state: "VOID" },
        ])
        .returning({ id: i.id }),
    );
    const [bea] = await app.data.read
      .select({ latest: c.latestInvitationId, stage: c.adoptionStage, first: c.firstInvitedAt })
      .from(c)
      .where(eq(c.id, other.id));
    expect(bea).toEqual({ latest: Math.max(...rows.map((r) => r.id)), stage: 3, first: earliest });
  });

  it("is for staff only", async () => {
    for (const query of [FUNNEL, AWAITING]) {
      const anonymous = await app.client().gql(query, { days: 1, first: 1 });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});
