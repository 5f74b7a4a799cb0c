import { eq, fillPlaceholders, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteOnlyIt, testEngine } from "../../../test/engine.js";
import {
  createCar,
  createCustomer,
  createFacility,
  createStaff,
  signInStaff,
  twoFacilities,
} from "../../../test/factories.js";
import { countRows, countStatements, startTestApp, type TestApp } from "../../../test/harness.js";
import { raceWhileHeld } from "../../../test/held-locks.js";
import { onPostgres, settleForPlans } from "../../../test/query-plans.js";
import type { WriteDb } from "../../db/database.js";
import { generateCustomers } from "../../db/seed/generate.js";
import { FacilityScope } from "../../db/tenancy.js";
import { decodeCursor } from "../../lib/cursor.js";
import { portalStateValues } from "../invitations/portal-status.service.js";
import {
  customerCountQuery,
  customerListQuery,
  listCustomers,
  SEARCH_COUNT_CAP,
  SEARCH_FEW,
  SEARCH_PROBE,
  SEARCH_WALK,
  searchRowsQuery,
} from "./customer.service.js";
import { customerSearchTerms } from "./customer-search.js";
import { fewQuery, probeQuery, sparseQuery, walkedToQuery, walkOnQuery } from "./customer-search-page.js";

const LIST = `query($search: String, $first: Int, $after: String) {
  customers(search: $search, first: $first, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { id name email carCount portalStatus { state action reason } }
  }
}`;
const GET = `query($id: ID!) { customer(id: $id) { id name email cars { id displayName } } }`;
const CREATE = `mutation($input: CustomerInput!) { createCustomer(input: $input) { id name email phone phoneDisplay portalStatus { state } } }`;
const UPDATE = `mutation($id: ID!, $input: CustomerInput!) { updateCustomer(id: $id, input: $input) { id name email } }`;

type ListData = {
  customers: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{ id: string; name: string; email: string | null; carCount: number; portalStatus: { state: string } }>;
  };
};

describe("customers", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    const names = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov", "Ken Thompson"];
    for (const name of names) {
      const c = await createCustomer(app, t.a.id, {
        name,
        email: `${name.split(" ")[0]?.toLowerCase()}@example.com`,
        phone: name === "Grace Hopper" ? "(555) 010-2030" : null,
        phoneDigits: name === "Grace Hopper" ? "5550102030" : null,
      });
      if (name === "Ada Lovelace") await createCar(app, t.a.id, c.id);
    }
    await createCustomer(app, t.a.id, { name: "No Mail", email: null });
    await createCustomer(app, t.b.id, { name: "Ada Other-Facility", email: "ada@lakeside.test" });
  });
  afterAll(() => app.close());

  it("lists only the viewer's facility, sorted by name, with statuses", async () => {
    const data = await t.asA.ok<ListData>(LIST, { first: 50 });
    expect(data.customers.totalCount).toBe(7);
    expect(data.customers.nodes.map((n) => n.name)).toEqual([
      "Ada Lovelace",
      "Alan Turing",
      "Barbara Liskov",
      "Edsger Dijkstra",
      "Grace Hopper",
      "Ken Thompson",
      "No Mail",
    ]);
    expect(data.customers.nodes[0]).toMatchObject({ carCount: 1, portalStatus: { state: "NOT_INVITED" } });
    expect(data.customers.nodes.at(-1)?.portalStatus.state).toBe("NO_EMAIL");
  });

  it("pages with keyset cursors without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const data: ListData = await t.asA.ok<ListData>(LIST, { first: 3, after });
      seen.push(...data.customers.nodes.map((n) => n.name));
      if (!data.customers.pageInfo.hasNextPage) break;
      after = data.customers.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it("orders names byte by byte on every engine, whatever the database's locale", async () => {
    // A locale-aware order would put "de la Cruz" beside "Dela", "Émile" beside "Emma" and ignore
    // punctuation; the Contacts order is the same on SQLite and PostgreSQL: the code points of the
    // lower-cased name, then the id.
    const names = ["Dela Rosa", "de la Cruz", "Émile Zola", "Emma Stone", "O'Brien", "Obrien", "ölund", "Zed"];
    const facility = await createFacility(app, { name: "Order Marina" });
    for (const name of names) await createCustomer(app, facility.id, { name });
    const staff = await createStaff(app, facility.id, { email: "order@marina.test" });
    const client = app.client();
    await signInStaff(client, staff.email);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: ListData = await client.ok<ListData>(LIST, { first: 3, after });
      seen.push(...page.customers.nodes.map((n) => n.name));
      after = page.customers.pageInfo.hasNextPage ? page.customers.pageInfo.endCursor : null;
    } while (after);
    const byteOrder = [...names].sort((x, y) =>
      Buffer.compare(Buffer.from(x.toLowerCase()), Buffer.from(y.toLowerCase())),
    );
    expect(seen).toEqual(byteOrder);
    expect(seen).toEqual(
      ["de la cruz", "dela rosa", "emma stone", "o'brien", "obrien", "zed", "émile zola", "ölund"].map((lower) =>
        names.find((n) => n.toLowerCase() === lower),
      ),
    );
  });

  it("rejects a forged cursor and an out-of-range page size", async () => {
    const bad = await t.asA.gql(LIST, { first: 3, after: "not-a-cursor" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const big = await t.asA.gql(LIST, { first: 5000 });
    expect(big.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["name fragment", "opper", ["Grace Hopper"]],
    ["fragment in two names", "ace", ["Ada Lovelace", "Grace Hopper"]],
    ["short text", "al", ["Alan Turing"]],
    ["email", "edsger@", ["Edsger Dijkstra"]],
    ["case-insensitive", "LISKOV", ["Barbara Liskov"]],
    ["formatted phone", "(555) 010", ["Grace Hopper"]],
    ["phone digits", "0102030", ["Grace Hopper"]],
    ["FTS syntax is searched literally", 'ada" OR "', []],
  ])("searches by %s", async (_label, search, expected) => {
    const data = await t.asA.ok<ListData>(LIST, { search, first: 50 });
    expect(data.customers.nodes.map((n) => n.name)).toEqual(expected);
    expect(data.customers.totalCount).toBe(expected.length);
  });

  it("never finds another facility's customers", async () => {
    const data = await t.asB.ok<ListData>(LIST, { search: "ada", first: 50 });
    expect(data.customers.nodes.map((n) => n.name)).toEqual(["Ada Other-Facility"]);
  });

  it("answers a foreign id exactly like a missing one", async () => {
    const [ada] = (await t.asA.ok<ListData>(LIST, { search: "Ada Lovelace" })).customers.nodes;
    const foreign = await t.asB.gql(GET, { id: ada?.id });
    const missing = await t.asB.gql(GET, { id: "999999" });
    const garbage = await t.asB.gql(GET, { id: "abc" });
    for (const result of [foreign, missing, garbage]) {
      expect(result.errors?.[0]).toMatchObject({ message: "Customer not found", extensions: { code: "NOT_FOUND" } });
    }
  });

  it("creates a customer, normalising email and phone", async () => {
    const data = await t.asA.ok<{ createCustomer: { email: string; phone: string; portalStatus: { state: string } } }>(
      CREATE,
      { input: { name: "  Margaret   Hamilton ", email: " Margaret@Example.COM ", phone: "617.555.0111" } },
    );
    expect(data.createCustomer).toMatchObject({
      email: "margaret@example.com",
      phone: "+16175550111",
      phoneDisplay: "(617) 555-0111",
      portalStatus: { state: "NOT_INVITED" },
    });
    const found = await t.asA.ok<ListData>(LIST, { search: "6175550111" });
    expect(found.customers.nodes.map((n) => n.name)).toEqual(["Margaret Hamilton"]);
  });

  it.each([
    ["words", "call me maybe"],
    ["symbols", "not a phone at all ###"],
    ["an area code that does not exist", "(555) 010-2030"],
    ["too few digits", "555-0148"],
    ["too many digits", "+1 207 555 0148 999"],
  ])("refuses a phone number of %s with a field error and stores nothing", async (_label, phone) => {
    const before = await countRows(app, "customers");
    const result = await t.asA.gql(CREATE, { input: { name: "Bad Phone", phone } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { phone: expect.stringContaining("Enter a phone number like (201) 555-0123") },
    });
    expect(result.errors?.[0]?.message).toContain(`“${phone}”`);
    expect(await countRows(app, "customers")).toBe(before);
  });

  it("reads a number without + in the facility's country and shows other countries' numbers internationally", async () => {
    await t.asB.ok(
      `mutation { updatePortalSettings(input: { signInMethod: MAGIC_LINK, inviteExpiryDays: 7, resendCooldownHours: 24, country: "gb" }) { country } }`,
    );
    type Created = { createCustomer: { phone: string; phoneDisplay: string } };
    const london = await t.asB.ok<Created>(CREATE, { input: { name: "London Caller", phone: "020 7946 0958" } });
    expect(london.createCustomer).toMatchObject({ phone: "+442079460958", phoneDisplay: "020 7946 0958" });
    const maine = await t.asB.ok<Created>(CREATE, { input: { name: "Maine Caller", phone: "+1 (207) 555-0148" } });
    expect(maine.createCustomer).toMatchObject({ phone: "+12075550148", phoneDisplay: "+1 207 555 0148" });
    const local = await t.asB.gql(CREATE, { input: { name: "US Habit", phone: "(617) 555-0111" } });
    expect(local.errors?.[0]?.extensions?.fields).toEqual({ phone: expect.stringContaining("like 07400 123456") });
  });

  it("refuses an invalid email with a field error and stores nothing", async () => {
    const before = await countRows(app, "customers");
    const result = await t.asA.gql(CREATE, { input: { name: "Bad Email", email: "not-an-email" } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { email: expect.stringMatching(/valid email/) },
    });
    expect(await countRows(app, "customers")).toBe(before);
  });

  it("refuses a blank name", async () => {
    const result = await t.asA.gql(CREATE, { input: { name: "   " } });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lets staff of another facility neither edit nor add cars to a customer", async () => {
    const [ada] = (await t.asA.ok<ListData>(LIST, { search: "Ada Lovelace" })).customers.nodes;
    const edit = await t.asB.gql(UPDATE, { id: ada?.id, input: { name: "Hacked", email: "x@evil.test" } });
    expect(edit.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const car = await t.asB.gql(
      `mutation($id: ID!) { addCar(customerId: $id, input: { make: "X", model: "Y" }) { id } }`,
      {
        id: ada?.id,
      },
    );
    expect(car.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const still = await t.asA.ok<{ customer: { name: string; cars: unknown[] } }>(GET, { id: ada?.id });
    expect(still.customer).toMatchObject({ name: "Ada Lovelace" });
    expect(still.customer.cars).toHaveLength(1);
  });

  it("adds, edits and removes cars with validation", async () => {
    const [alan] = (await t.asA.ok<ListData>(LIST, { search: "Alan Turing" })).customers.nodes;
    const added = await t.asA.ok<{ addCar: { id: string; displayName: string; vin: string } }>(
      `mutation($id: ID!, $input: CarInput!) { addCar(customerId: $id, input: $input) { id displayName vin } }`,
      { id: alan?.id, input: { year: 1965, make: "Jaguar", model: "E-Type", vin: "1e123abc" } },
    );
    expect(added.addCar).toMatchObject({ displayName: "1965 Jaguar E-Type", vin: "1E123ABC" });
    const badYear = await t.asA.gql(
      `mutation($id: ID!) { addCar(customerId: $id, input: { year: 1700, make: "A", model: "B" }) { id } }`,
      {
        id: alan?.id,
      },
    );
    expect(badYear.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const foreignRemove = await t.asB.gql(`mutation($id: ID!) { removeCar(id: $id) }`, { id: added.addCar.id });
    expect(foreignRemove.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await t.asA.ok(`mutation($id: ID!) { removeCar(id: $id) }`, { id: added.addCar.id });
    expect(await countRows(app, "cars", "id = ?", Number(added.addCar.id))).toBe(0);
  });

  it("refuses portal people and anonymous callers", async () => {
    const anonymous = await app.client().gql(LIST);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("customer counts at scale", () => {
  it("counts the whole list exactly and caps a broad search at 1,000", async () => {
    const app = await startTestApp();
    try {
      const { asA, a } = await twoFacilities(app);
      await generateCustomers(app.data, a.id, 1200, { now: app.clock.now(), seed: 3, emailDomain: "bulk.example.com" });
      const q = `query($s: String) { customers(search: $s, first: 5) { totalCount totalCountIsLowerBound nodes { id } } }`;
      type Count = { customers: { totalCount: number; totalCountIsLowerBound: boolean } };
      expect((await asA.ok<Count>(q)).customers).toMatchObject({ totalCount: 1200, totalCountIsLowerBound: false });
      expect((await asA.ok<Count>(q, { s: "bulk.example" })).customers).toMatchObject({
        totalCount: 1000,
        totalCountIsLowerBound: true,
      });
    } finally {
      await app.close();
    }
  });
});

describe("filtering by portal status", () => {
  it("the SQL filter agrees with the status the server shows, for every state and moment", async () => {
    const app = await startTestApp();
    try {
      const { asA, a, staffA } = await twoFacilities(app);
      const now = app.clock.now().getTime();
      const hour = 3_600_000;
      const { t } = app.data;
      const link = (
        tx: WriteDb,
        customerId: number,
        invitationId: number,
        purpose: "INVITE" | "SIGN_IN",
        expiresAt: number,
        voided = false,
      ) =>
        tx.insert(t.signInLinks).values({
          facilityId: a.id,
          customerId,
          invitationId,
          purpose,
          email: "x@example.com",
          expiresAt: new Date(expiresAt),
          voidedAt: voided ? new Date(now) : null,
          createdAt: new Date(now),
        });
      type InviteExtra = {
        deliveryState?: "BOUNCED" | "FAILED";
        state?: "VOID" | "ACCEPTED";
        replacedBySignInLinkUntil?: number;
      };
      const invite = (customerId: number, email: string, ageHours: number, extra: InviteExtra = {}) =>
        app.data.transaction(async (tx) => {
          const expiresAt = now - ageHours * hour + 7 * 24 * hour;
          const [row] = await tx
            .insert(t.invitations)
            .values({
              facilityId: a.id,
              customerId,
              email,
              invitedByStaffId: staffA.id,
              expiresAt: new Date(expiresAt),
              state: extra.state ?? "PENDING",
              deliveryState: extra.deliveryState ?? "SENT",
              createdAt: new Date(now - ageHours * hour),
            })
            .returning({ id: t.invitations.id });
          const id = row?.id ?? 0;
          await tx.update(t.customers).set({ latestInvitationId: id }).where(eq(t.customers.id, customerId));
          // The invite link sent with it, voided when the test hands the invite on to a sign-in link.
          await link(tx, customerId, id, "INVITE", expiresAt, extra.replacedBySignInLinkUntil !== undefined);
          if (extra.replacedBySignInLinkUntil !== undefined)
            await link(tx, customerId, id, "SIGN_IN", extra.replacedBySignInLinkUntil);
        });
      const make = (name: string, email: string | null) => createCustomer(app, a.id, { name, email });
      await make("No Email", null);
      await make("Never Invited", "never@example.com");
      await invite((await make("Just Invited", "just@example.com")).id, "just@example.com", 1);
      await invite((await make("Resendable", "resend@example.com")).id, "resend@example.com", 30);
      await invite((await make("Expired", "expired@example.com")).id, "expired@example.com", 200);
      await invite((await make("Bounced", "bounced@example.com")).id, "bounced@example.com", 2, {
        deliveryState: "BOUNCED",
      });
      await invite((await make("Failed", "failed@example.com")).id, "failed@example.com", 2, {
        deliveryState: "FAILED",
      });
      await invite((await make("Old Address", "new@example.com")).id, "old@example.com", 2);
      await invite((await make("Voided", "void@example.com")).id, "void@example.com", 2, { state: "VOID" });
      // Asked for a sign-in link, which carries the invite: live until 10 minutes from now...
      await invite((await make("Live Sign-in Link", "live-link@example.com")).id, "live-link@example.com", 1, {
        replacedBySignInLinkUntil: now + 10 * 60_000,
      });
      // ...or expired an hour ago, leaving no link to the invite.
      await invite((await make("Dead Sign-in Link", "dead-link@example.com")).id, "dead-link@example.com", 2, {
        replacedBySignInLinkUntil: now - hour,
      });
      const member = await make("Member", "member@example.com");
      await invite(member.id, "member@example.com", 50, { state: "ACCEPTED" });
      await app.data.transaction((tx) =>
        tx
          .insert(t.portalAccounts)
          .values({ facilityId: a.id, customerId: member.id, personKey: 0, activatedAt: new Date(now) }),
      );

      const states = [
        "NO_EMAIL",
        "NOT_INVITED",
        "INVITED",
        "INVITE_RESENDABLE",
        "INVITE_EXPIRED",
        "BOUNCED",
        "IN_PORTAL",
      ];
      const q = `query($s: [PortalState!]) { customers(first: 100, portalStates: $s) { totalCount nodes { name portalStatus { state } } } }`;
      type Data = {
        customers: { totalCount: number; nodes: Array<{ name: string; portalStatus: { state: string } }> };
      };
      for (const advance of [0, 23 * hour, 24 * hour + 1]) {
        app.clock.set(new Date(now + advance));
        await signInStaff(asA, staffA.email);
        const all = (await asA.ok<Data>(q)).customers.nodes;
        expect(new Set(all.map((n) => n.portalStatus.state)).size).toBeGreaterThanOrEqual(6);
        for (const state of states) {
          const filtered = (await asA.ok<Data>(q, { s: [state] })).customers;
          const expected = all.filter((n) => n.portalStatus.state === state).map((n) => n.name);
          expect({ state, names: filtered.nodes.map((n) => n.name) }).toEqual({ state, names: expected });
          expect(filtered.totalCount).toBe(expected.length);
        }
      }
      const two = (await asA.ok<Data>(q, { s: ["BOUNCED", "IN_PORTAL"] })).customers.nodes.map((n) => n.name);
      expect(two).toEqual(["Bounced", "Failed", "Member"]);
    } finally {
      await app.close();
    }
  });

  sqliteOnlyIt(
    "reads a page of statuses, filtered or not, in a constant number of statements, finding links by index",
    async () => {
      const app = await startTestApp();
      try {
        const { asA, a, staffA } = await twoFacilities(app);
        await signInStaff(asA, staffA.email);
        const SEND = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
        for (let i = 0; i < 12; i++) {
          const c = await createCustomer(app, a.id, {
            name: `Invited ${String(i).padStart(2, "0")}`,
            email: `inv${i}@example.com`,
          });
          await asA.ok(SEND, { id: String(c.id) });
        }
        const q = `query($first: Int, $s: [PortalState!]) { customers(first: $first, portalStates: $s) { nodes { portalStatus { state reason } } } }`;
        type Data = { customers: { nodes: Array<{ portalStatus: { state: string } }> } };
        const statementsFor = async (first: number, s: string[] | null) => {
          const { result, statements } = await countStatements(app, () => asA.ok<Data>(q, { first, s }));
          expect(result.customers.nodes).toHaveLength(first);
          return statements.length;
        };
        expect(await statementsFor(2, null)).toBe(await statementsFor(12, null));
        expect(await statementsFor(2, ["INVITED"])).toBe(await statementsFor(12, ["INVITED"]));

        // The filtered list exactly as listCustomers prepares it, with the values it binds.
        const query = customerListQuery(app.data.read, app.data.t, app.data.dialect, {
          search: null,
          states: true,
          archived: false,
          after: false,
        }).toSQL();
        const values = new FacilityScope(a.id).values({
          ...portalStateValues(app.clock.now(), { resendCooldownHours: 24 }),
          states: app.data.dialect.listParam(["INVITE_EXPIRED"]),
          limit: 25,
        });
        const plan = app.db.$client
          .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
          .all(...fillPlaceholders(query.params, values)) as Array<{ detail: string }>;
        const linkLookups = plan.map((p) => p.detail).filter((d) => d.includes("sign_in_links"));
        expect(linkLookups.length).toBeGreaterThanOrEqual(2);
        for (const lookup of linkLookups) expect(lookup).toMatch(/USING INDEX sign_in_links_invitation/);
      } finally {
        await app.close();
      }
    },
  );
});

/** A word only each way's statement holds (customer-search-page.ts), to tell which ways a search took. */
const SEARCH_WAY_ALIASES = {
  probe: "AS probe ON true",
  walk: "AS walked_on",
  few: "few AS MATERIALIZED",
  sparse: "AS sparse",
};

/** The documented rule (docs/decisions/0002-customer-search.md), written plainly, to hold the index to. */
function matchesRule(c: { name: string; email: string | null; phoneDigits: string | null }, search: string): boolean {
  const text = search.trim().toLowerCase();
  if (!text) return true;
  const inNameOrEmail = (w: string) => c.name.toLowerCase().includes(w) || !!c.email?.includes(w);
  const phoneText = /^[\d\s()+./-]+$/;
  const inPhone = (w: string) => {
    const digits = w.replace(/\D/g, "");
    return phoneText.test(w) && digits.length > 0 && !!c.phoneDigits?.includes(digits);
  };
  if (phoneText.test(text) && /\d/.test(text)) return inNameOrEmail(text) || inPhone(text);
  return text.split(/\s+/).every((w) => inNameOrEmail(w) || inPhone(w));
}

describe("search finds tokens in any order and phone numbers however they are typed", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  const find = async (search: string) =>
    (await t.asA.ok<ListData>(LIST, { search, first: 100 })).customers.nodes.map((n) => n.name);

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    await t.asA.ok(CREATE, {
      input: { name: "Eleanor Whitaker", email: "eleanor@example.com", phone: "(207) 555-0148" },
    });
    await t.asA.ok(CREATE, {
      input: { name: "Michael Whitaker", email: "michael@example.com", phone: "207-555-0193" },
    });
    await t.asA.ok(CREATE, { input: { name: "Eleanor Rigby", email: "rigby@example.com", phone: "+44 20 7946 0958" } });
  });
  afterAll(() => app.close());

  it.each([
    "207 555 0148",
    "(207) 555-0148",
    "2075550148",
    "+1 207 555 0148",
    "+1 (207) 555-0148",
    "207.555.0148",
    "555-0148",
    "1-207-555-0148",
  ])("finds Eleanor Whitaker's (207) 555-0148 by “%s”", async (search) => {
    expect(await find(search)).toEqual(["Eleanor Whitaker"]);
  });

  it.each([
    ["Whitaker Eleanor", ["Eleanor Whitaker"]],
    ["whitaker ELEANOR", ["Eleanor Whitaker"]],
    ["  Eleanor   Whitaker ", ["Eleanor Whitaker"]],
    ["Whitaker", ["Eleanor Whitaker", "Michael Whitaker"]],
    ["eleanor", ["Eleanor Rigby", "Eleanor Whitaker"]],
    ["Eleanor 0148", ["Eleanor Whitaker"]],
    ["whit 0193", ["Michael Whitaker"]],
    ["el Wh", ["Eleanor Whitaker", "Michael Whitaker"]],
    ["Eleanor Smith", []],
    ["Rigby example.com", ["Eleanor Rigby"]],
  ])("finds “%s” word by word, in any order", async (search, expected) => {
    expect(await find(search)).toEqual(expected);
  });

  it("finds a number of another country by its international digits", async () => {
    expect(await find("+44 20 7946 0958")).toEqual(["Eleanor Rigby"]);
    expect(await find("7946 0958")).toEqual(["Eleanor Rigby"]);
  });

  it("reads a complete local number in the facility's country, trunk prefix and all", async () => {
    await t.asB.ok(
      `mutation { updatePortalSettings(input: { signInMethod: MAGIC_LINK, inviteExpiryDays: 7, resendCooldownHours: 24, country: "GB" }) { country } }`,
    );
    await t.asB.ok(CREATE, { input: { name: "Lon Don", phone: "020 7946 0958" } });
    const found = await t.asB.ok<ListData>(LIST, { search: "(020) 7946-0958", first: 10 });
    expect(found.customers.nodes.map((n) => n.name)).toEqual(["Lon Don"]);
  });

  it("gives the same results as the documented rule, through the index", async () => {
    await generateCustomers(app.data, t.a.id, 400, { now: app.clock.now(), seed: 11, emailDomain: "rule.example.com" });
    const { customers } = app.data.t;
    const everyone = await app.data.read
      .select({ name: customers.name, email: customers.email, phoneDigits: customers.phoneDigits })
      .from(customers)
      .where(eq(customers.facilityId, t.a.id));
    const searches = [
      "ann",
      "Whitaker Eleanor",
      "smith j",
      "j smith",
      "555",
      "617 555",
      "(212) 555",
      "+1 415",
      "rule.example",
      "a b",
      "ma 12",
      "son 207",
      "ell rule",
      "o",
      "zz",
      "1",
      "17",
    ];
    for (const search of searches) {
      const expected = everyone
        .filter((c) => matchesRule(c, search))
        .map((c) => c.name)
        .sort();
      const data = await t.asA.ok<ListData>(LIST, { search, first: 100 });
      const total = (
        await t.asA.ok<{ customers: { totalCount: number } }>(
          `query($s: String) { customers(search: $s, first: 1) { totalCount } }`,
          { s: search },
        )
      ).customers.totalCount;
      expect({ search, total }).toEqual({ search, total: expected.length });
      if (expected.length <= 100)
        expect({ search, names: data.customers.nodes.map((n) => n.name).sort() }).toEqual({ search, names: expected });
    }
  });

  // A page of a search is found in up to four ways (customer-search-page.ts searchPageIds), each a
  // statement of its own: the probe (the cursor's next `probe` customers, a small facility whole); the
  // walk on from its last match for `walk` more when it found the term often enough (or the facility
  // is small); otherwise the search index's matches when there are at most `few`, sorted; and when a
  // walk ends with less than a page before the facility's last customer, every match through the
  // index (sparse). With 7 a page, 600 customers:
  // - walk 4,000, more than the facility has: every page is the probe's, the facility whole;
  // - walk 40, few 2,000, probe 1,300: the probe reads past the facility's end, so a page is the
  //   probe's or, for a term it found rarely, the index's;
  // - walk 40, few 2,000, probe 20: terms found 4 times in 20 walk on, and sparse when they thin
  //   out past the walk; rarer ones from the index;
  // - walk 40, few 5, probe 20: only terms with at most 5 matches from the index; the others walk
  //   on, and a surname or a first name (clustered: names begin with it) goes to sparse;
  // - walk 1, few 0, probe 1: nearly every page walks one customer and ends in sparse.
  // A search with no term of three characters ("o", "a b") reads row by row as before. Every page,
  // every way, must be the rule's matches in the Contacts order, and the count the rule's, read
  // with the page or apart.
  it.each([
    [4_000, 2_000, 1_300, ["probe"]],
    [40, 2_000, 1_300, ["probe", "few"]],
    [40, 2_000, 20, ["probe", "few", "walk", "sparse"]],
    [40, 5, 20, ["probe", "few", "walk", "sparse"]],
    [1, 0, 1, ["probe", "few", "walk", "sparse"]],
  ])(
    "pages through each search in the rule's order, walking %i customers, reading at most %i matches first, probing %i",
    async (walk, few, probe, ways) => {
      const facility = await createFacility(app, { name: `Walk ${walk} few ${few} probe ${probe} Marina` });
      await generateCustomers(app.data, facility.id, 600, {
        now: app.clock.now(),
        seed: 7,
        emailDomain: "walk.example.com",
        withoutEmailEvery: 9,
      });
      const { customers } = app.data.t;
      const everyone = await app.data.read
        .select({
          id: customers.id,
          sortName: customers.sortName,
          name: customers.name,
          email: customers.email,
          phoneDigits: customers.phoneDigits,
        })
        .from(customers)
        .where(eq(customers.facilityId, facility.id));
      // Both engines order sort_name by its bytes (SQLite's BINARY, PostgreSQL's COLLATE "C"); the
      // generated names are ASCII, where that is JavaScript's order too.
      const contactsOrder = everyone.sort((a, b) =>
        a.sortName === b.sortName ? a.id - b.id : a.sortName < b.sortName ? -1 : 1,
      );
      const scope = new FacilityScope(facility.id);
      const searches = [
        "555",
        "whitaker",
        "olivia",
        "olivia whitaker",
        "qqqx",
        "smith j",
        "617 555",
        "(212) 555",
        "+1 415",
        "walk.example",
        "ma 12",
        "son 207",
        "o",
        "a b",
        // A whole address (the index is asked for its local part on PostgreSQL), one with a local
        // part too short for that, and an address with a name.
        contactsOrder.find((c) => c.email?.includes("1@"))?.email ?? "missing",
        "ma@walk.example.com",
        `olivia ${contactsOrder.find((c) => c.email?.startsWith("olivia."))?.email ?? "missing"}`,
      ];
      expect(searches.filter((search) => search.includes("missing"))).toEqual([]);
      // Which ways the searches read, by the statements they ran.
      const taken = new Set<string>();
      const stop = app.data.watchStatements((text) => {
        for (const [way, alias] of Object.entries(SEARCH_WAY_ALIASES)) if (text.includes(alias)) taken.add(way);
      });
      try {
        for (const search of searches) {
          const expected = contactsOrder.filter((c) => matchesRule(c, search)).map((c) => c.id);
          const total = { total: expected.length, isLowerBound: false };
          const read: number[] = [];
          let after: string | null = null;
          for (let page = 0; page < 200; page++) {
            const options = { search, first: 7, after, searchWalk: walk, searchFew: few, searchProbe: probe };
            const found = await listCustomers(app.data, scope, { ...options, withCount: true });
            read.push(...found.rows.map((row) => row.id));
            expect({ search, page, count: await found.count() }).toEqual({ search, page, count: total });
            if (page === 0) {
              const apart = await listCustomers(app.data, scope, options);
              expect({ search, rows: apart.rows.map((row) => row.id), count: await apart.count() }).toEqual({
                search,
                rows: found.rows.map((row) => row.id),
                count: total,
              });
            }
            if (!found.hasNextPage) break;
            after = found.endCursor;
          }
          expect({ search, walk, ids: read }).toEqual({ search, walk, ids: expected });
        }
      } finally {
        stop();
      }
      expect([...taken].sort()).toEqual([...ways].sort());
      // The terms above reach every way a page is found: the dense ones have pages, the rare ones too.
      expect(contactsOrder.filter((c) => matchesRule(c, "555")).length).toBe(600);
      expect(contactsOrder.filter((c) => matchesRule(c, "whitaker")).length).toBeGreaterThan(7);
      expect(contactsOrder.filter((c) => matchesRule(c, "olivia")).length).toBeGreaterThan(7);
    },
    120_000,
  );
});

// What the planners do with the Contacts statements, on the engine of the run, at a facility of a
// few thousand customers (the bench shows them at 100,000). On PostgreSQL a test's few thousand
// rows are cheap to read whole, so the search tests price sequential scans out and hold that the
// intended indexes can answer each part; the page test leaves the planner its own choice.
describe("Contacts and search plans", () => {
  let app: TestApp;
  let facilityId: number;
  const scope = () => new FacilityScope(facilityId);
  beforeAll(async () => {
    app = await startTestApp();
    facilityId = (await createFacility(app, { name: "Plan Marina" })).id;
    await generateCustomers(app.data, facilityId, 1_400, { now: app.clock.now(), seed: 5 });
    // The plans below price an index-only scan by the pages VACUUM marked all-visible.
    if (app.data.engine === "pg") await settleForPlans(app, "customers");
  });
  afterAll(() => app.close());

  const searchShape = (search: string) => {
    const terms = customerSearchTerms(search, "US") ?? [];
    const plan = app.data.dialect.customerSearch.plan(terms);
    return { plan, shape: { search: { shape: plan.shape, terms }, states: false, archived: false } };
  };

  // Each way of a search page is its own statement (customer-search-page.ts); each must read what it
  // was written for: the Contacts order's index, index-only, from the facility or a key on; the
  // search index for the matches; customers by their key for the page.
  it.each([
    "whitaker",
    "Whitaker Eleanor",
    "el Whitaker",
    "+1 207 555 0148",
    "555-0148",
    "555",
    "ava.hughes12@example.com",
  ])("reads each way of a page of “%s” through the index it was written for", async (search) => {
    const { plan, shape } = searchShape(search);
    const searched = shape.search;
    const { read, t, dialect } = app.data;
    const values = {
      ...scope().values(plan.values),
      afterKey: "j",
      afterId: 0,
      limit: 26,
      walk: SEARCH_WALK,
      probe: SEARCH_PROBE,
      fromKey: "k",
      fromId: 0,
      need: 26,
      walkAndOne: SEARCH_WALK + 1,
      fewCap: SEARCH_FEW + 1,
      cap: SEARCH_COUNT_CAP + 1,
      ids: dialect.listParam([1, 2, 3]),
    };
    const stepsOf = (query: { toSQL(): { sql: string; params: unknown[] } }) =>
      planSteps(app, query.toSQL(), values, { noSeqScan: true });
    const probe = await stepsOf(probeQuery(read, dialect, searched, true));
    const walkOn = await stepsOf(walkOnQuery(read, dialect, searched));
    const few = await stepsOf(fewQuery(read, dialect, searched, true));
    const sparse = await stepsOf(sparseQuery(read, dialect, searched, true));
    const walkedTo = await stepsOf(walkedToQuery(read));
    const rowsByIndex = await stepsOf(searchRowsQuery(read, t, dialect, searched, "index"));
    const rowsAlong = await stepsOf(searchRowsQuery(read, t, dialect, searched, "along"));
    const everything = [probe, walkOn, few, sparse, walkedTo, rowsByIndex, rowsAlong].flat();
    if (app.data.engine === "sqlite") {
      expect(probe).toContainEqual(
        expect.stringMatching(
          /^SEARCH probed USING COVERING INDEX customers_facility_sort \(facility_id=\? AND sort_name>\?\)/,
        ),
      );
      expect(probe).toContainEqual(expect.stringMatching(/^SEARCH (sized|whole) USING INTEGER PRIMARY KEY/));
      expect(walkOn).toContainEqual(
        expect.stringMatching(
          /^SEARCH walked USING COVERING INDEX customers_facility_sort \(facility_id=\? AND sort_name>\?\)/,
        ),
      );
      expect(walkedTo).toContainEqual(
        expect.stringMatching(
          /^SEARCH counts USING COVERING INDEX customers_facility_sort \(facility_id=\? AND sort_name>\?\)/,
        ),
      );
      for (const way of [few, sparse, rowsByIndex]) {
        expect(way).toContainEqual(expect.stringMatching(/^SCAN customers_search VIRTUAL TABLE INDEX /));
        expect(way).toContainEqual(expect.stringMatching(/^SEARCH matched USING INTEGER PRIMARY KEY/));
      }
      expect(rowsAlong).toContainEqual(
        expect.stringMatching(/^SEARCH along USING COVERING INDEX customers_facility_sort \(facility_id=\?\)/),
      );
      // The page's customers by their ids, not a walk of the facility probing the ids.
      for (const rows of [rowsByIndex, rowsAlong])
        expect(rows).toContainEqual(expect.stringMatching(/^SEARCH customers USING INTEGER PRIMARY KEY/));
      expect(everything.filter((step) => /^SCAN (customers|probed|walked|counts|matched|along)\b/.test(step))).toEqual(
        [],
      );
    } else {
      expect(probe).toContainEqual(
        expect.stringMatching(/^Index Only Scan using customers_facility_sort on customers \(probed\)/),
      );
      expect(probe).toContainEqual(
        expect.stringMatching(
          /^Index (Only )?Scan using facility_customer_counts_facility_id_pk on facility_customer_counts/,
        ),
      );
      expect(walkOn).toContainEqual(
        expect.stringMatching(/^Index Only Scan using customers_facility_sort on customers \(walked\)/),
      );
      expect(walkedTo).toContainEqual(
        expect.stringMatching(/^Index Only Scan using customers_facility_sort on customers \(counts\)/),
      );
      // The matches through an index: the trigram index at a large facility (the bench), or at a
      // few thousand customers the facility's own, which the planner may find cheaper; the test
      // below holds that the trigram index can answer the whole condition.
      for (const way of [few, sparse, rowsByIndex])
        expect(way).toContainEqual(expect.stringMatching(/^Bitmap Heap Scan on customers \(matched\)/));
      // The count along a small facility (at most SEARCH_WALK customers, where alone it runs) reads
      // its customers through an index of the facility: the Contacts order's, or, since that index
      // holds only customers not archived, the facility's email index and a sort of those few
      // thousand, which the planner may price the same at this size.
      expect(rowsAlong).toContainEqual(
        expect.stringMatching(
          /^(Index Only Scan using customers_facility_sort|Bitmap Heap Scan) on customers \(along\)/,
        ),
      );
      for (const rows of [rowsByIndex, rowsAlong])
        expect(rows).toContainEqual(
          expect.stringMatching(/^Index Scan using customers_pkey on customers \(customers\)/),
        );
      expect(everything.filter((step) => step.startsWith("Seq Scan"))).toEqual([]);
    }
  });

  // How many statements a search page with its count runs, by the way it takes: the probe, then the
  // index's matches or the walk on when the probe did not fill the page, then the page's customers
  // with the count, unless a way read the count already or there is no customer to read.
  it.each([
    ["555", 100, ["probe", "rows with the count"]],
    ["a rare address", 100, ["probe", "few", "rows"]],
    ["qqqx", 100, ["probe", "few"]],
    ["whitaker", SEARCH_WALK, ["probe", "rows with the count"]],
  ] as const)(
    "reads a page of “%s” with its count (walk %i) in the statements of its ways",
    async (term, walk, ways) => {
      const { customers } = app.data.t;
      const [someone] = await app.data.read
        .select({ email: customers.email })
        .from(customers)
        .where(sql`${customers.facilityId} = ${facilityId} AND ${customers.email} IS NOT NULL`)
        .limit(1);
      const search = term === "a rare address" ? (someone?.email ?? "missing") : term;
      const { statements, result } = await countStatements(app, async () => {
        const page = await listCustomers(app.data, scope(), { search, first: 25, withCount: true, searchWalk: walk });
        return { page, count: await page.count() };
      });
      const named = statements.map((text) =>
        text.includes("AS probe ON true")
          ? "probe"
          : text.includes("few AS MATERIALIZED")
            ? "few"
            : text.includes("AS walked_on")
              ? "walk"
              : /AS (capped|along_matches)\)/.test(text) && text.includes('"customers"."latest_invitation_id"')
                ? "rows with the count"
                : text.includes('"customers"."latest_invitation_id"')
                  ? "rows"
                  : text,
      );
      expect(named).toEqual(ways);
      expect(result.count.total > 0).toBe(term !== "qqqx");
    },
  );

  it.each(["whitaker", "Whitaker Eleanor", "el Whitaker", "+1 207 555 0148", "555-0148", "ava.hughes12@example.com"])(
    "can find “%s” through the search index, every arm of the rule",
    async (search) => {
      const { plan } = searchShape(search);
      const c = app.data.t.customers;
      const matches = plan.indexedMatches?.(sql`${sql.placeholder("facilityId")}`);
      expect(matches).toBeDefined();
      if (app.data.engine === "sqlite") {
        const query = app.data.read
          .select({ id: c.id })
          .from(c)
          .where(sql`${c.id} IN (SELECT id FROM (${matches}) AS m)`);
        const steps = await planSteps(app, query.toSQL(), scope().values(plan.values));
        expect(steps).toContainEqual(expect.stringMatching(/^SCAN customers_search VIRTUAL TABLE INDEX /));
      } else {
        // The rule alone, without the facility: with sequential scans priced out and the b-trees on
        // customers out of the way (a whole-index scan of one holding email and phone_digits would
        // otherwise pass for cheap), the plan must search the trigram index; one arm it cannot
        // answer (a pattern under a function call, a column it does not cover) leaves only a
        // sequential scan.
        const query = app.data.read.select({ id: c.id }).from(c).where(plan.rowMatches(c));
        const steps = await planSteps(app, query.toSQL(), plan.values, {
          noSeqScan: true,
          withoutIndexes: ["customers_facility_sort", "customers_facility_email"],
        });
        expect(steps).toContainEqual("Bitmap Index Scan using customers_search_trgm");
        expect(steps.filter((step) => step.startsWith("Seq Scan"))).toEqual([]);
      }
    },
  );

  // Both ways of counting are in the statement; the facility's counter row picks one as it runs.
  it.each(["whitaker", "el Whitaker", "555"])(
    "counts “%s” up to the cap through the search index, or along a small facility's own index",
    async (search) => {
      const { plan, shape } = searchShape(search);
      const query = customerCountQuery(app.data.read, app.data.t, app.data.dialect, shape).toSQL();
      const steps = await planSteps(
        app,
        query,
        { ...scope().values(plan.values), cap: SEARCH_COUNT_CAP + 1, walk: SEARCH_WALK },
        { noSeqScan: true },
      );
      if (app.data.engine === "sqlite") {
        expect(steps[0]).toBe("SEARCH facility_customer_counts USING INTEGER PRIMARY KEY (rowid=?)");
        expect(steps).toContainEqual(
          expect.stringMatching(/^SEARCH along USING COVERING INDEX customers_facility_sort \(facility_id=\?\)/),
        );
        expect(steps).toContainEqual(expect.stringMatching(/^SCAN customers_search VIRTUAL TABLE INDEX /));
        expect(steps).toContainEqual(expect.stringMatching(/^SEARCH matched USING INTEGER PRIMARY KEY/));
        expect(steps.filter((step) => /^SCAN (customers|along|matched)\b/.test(step))).toEqual([]);
      } else {
        expect(steps).toContainEqual(
          expect.stringMatching(/^Index (Only )?Scan using facility_customer_counts_facility_id_pk/),
        );
        expect(steps).toContainEqual(expect.stringMatching(/^Bitmap Heap Scan on customers \(matched\)/));
        expect(steps.filter((step) => step.startsWith("Seq Scan"))).toEqual([]);
      }
      // What each way counts: 1,400 customers here, so the walk; with a walk of 100, the index.
      const counted = async (walk: number) =>
        (await listCustomers(app.data, scope(), { search, first: 1, searchWalk: walk })).count();
      expect(await counted(100)).toEqual(await counted(SEARCH_WALK));
    },
  );

  it("reads page 51 of the Contacts list as a range of the Contacts order's index, without a count of customers", async () => {
    let after: string | null = null;
    for (let page = 1; page <= 50; page++)
      after = (await listCustomers(app.data, scope(), { first: 25, after })).endCursor;
    const cursor = decodeCursor(after ?? "");
    const page51 = await listCustomers(app.data, scope(), { first: 25, after });
    expect(page51.rows).toHaveLength(25);
    expect(await page51.count()).toEqual({ total: 1_400, isLowerBound: false });

    const query = customerListQuery(app.data.read, app.data.t, app.data.dialect, {
      search: null,
      states: false,
      archived: false,
      after: true,
    }).toSQL();
    const steps = await planSteps(
      app,
      query,
      {
        ...scope().values({}),
        afterKey: cursor?.sortKey,
        afterId: cursor?.id,
        limit: 26,
        walk: SEARCH_WALK,
        // The empty STOP list (sms_opt_outs, read by its key) is cheapest to scan whole here.
      },
      { noSeqScan: true },
    );
    if (app.data.engine === "sqlite") {
      // SQLite shows the row comparison's range by its first column.
      expect(steps[0]).toBe("SEARCH customers USING INDEX customers_facility_sort (facility_id=? AND sort_name>?)");
      expect(steps).not.toContain("USE TEMP B-TREE FOR ORDER BY");
    } else {
      // Limit, then the joins, over an index range from the cursor: read in order, no sort.
      expect(steps[0]).toBe("Limit");
      expect(steps).toContainEqual("Index Scan using customers_facility_sort on customers (customers)");
      expect(steps.filter((step) => /^(Sort|Seq Scan|Incremental Sort)/.test(step))).toEqual([]);
    }
  });

  it.skipIf(testEngine !== "pg")(
    "plans the unsearched Contacts order without its values as with them, so PostgreSQL keeps that plan",
    async () => {
      // The generic plan a keyed read comes to (decision 55), for the first page, a later one and the
      // archived list: still the sort index read from the cursor, no sort.
      for (const shape of [
        { archived: false, after: false },
        { archived: false, after: true },
        { archived: true, after: true },
      ]) {
        const query = customerListQuery(app.data.read, app.data.t, app.data.dialect, {
          search: null,
          states: false,
          rows: 26,
          ...shape,
        }).toSQL();
        const values = { ...scope().values({}), afterKey: "m", afterId: 0 };
        const steps = await planSteps(app, query, values, { noSeqScan: true, generic: true });
        const index = shape.archived ? "customers_facility_archived" : "customers_facility_sort";
        expect(steps[0]).toBe("Limit");
        expect(steps.filter((step) => step.includes(" on customers ("))).toEqual([
          `Index Scan using ${index} on customers (customers)`,
        ]);
        expect(steps.filter((step) => /^(Sort|Incremental Sort)/.test(step))).toEqual([]);
      }

      // And PostgreSQL takes it: after its five custom plans per statement, pages are not planned again.
      // One request at a time, so the pool hands the same connection back, where the plans are counted.
      for (let run = 0; run < 8; run++) {
        const first = await listCustomers(app.data, scope(), { first: 25 });
        await listCustomers(app.data, scope(), { first: 25, after: first.endCursor });
      }
      const plans = await app.data.keyedRead
        .select({
          name: sql<string>`name`,
          generic: sql<number>`generic_plans::int`,
          custom: sql<number>`custom_plans::int`,
        })
        .from(sql`pg_prepared_statements`)
        .where(sql`name in ('customers_all_26', 'customers_all_after_26')`)
        .orderBy(sql`name`);
      // Five custom plans, then only the generic one (earlier tests ran these statements too).
      expect(plans.map(({ name, custom }) => ({ name, custom }))).toEqual([
        { name: "customers_all_26", custom: 5 },
        { name: "customers_all_after_26", custom: 5 },
      ]);
      for (const { generic } of plans) expect(generic).toBeGreaterThanOrEqual(3);
    },
  );
});

/**
 * The plan of a statement, one line a step: SQLite's EXPLAIN QUERY PLAN details, or PostgreSQL's
 * plan nodes as "Node Type using index on relation (alias)", with sequential scans priced out when
 * `noSeqScan` (the tests' tables are small enough for one to be cheapest anywhere) and without the
 * indexes `withoutIndexes` names. `generic`: PostgreSQL's plan made without the values, the one it
 * keeps for a keyed read.
 */
async function planSteps(
  app: TestApp,
  query: { sql: string; params: unknown[] },
  values: Record<string, unknown>,
  { noSeqScan = false, withoutIndexes = [] as string[], generic = false } = {},
): Promise<string[]> {
  const params = fillPlaceholders(query.params, values);
  if (app.data.engine === "sqlite") {
    const rows = app.db.$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...params) as Array<{ detail: string }>;
    return rows.map((row) => row.detail);
  }
  return onPostgres(app, async (client) => {
    if (noSeqScan) await client.query("SET enable_seqscan = off");
    if (generic) await client.query("SET plan_cache_mode = force_generic_plan");
    // Indexes to leave out are dropped in a transaction rolled back after the EXPLAIN.
    await client.query("BEGIN");
    for (const index of withoutIndexes) await client.query(`DROP INDEX "${index}"`);
    const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${query.sql}`, params);
    await client.query("ROLLBACK");
    type PlanNode = Record<string, string> & { Plans?: PlanNode[] };
    const steps: string[] = [];
    const visit = (node: PlanNode) => {
      const index = node["Index Name"] ? ` using ${node["Index Name"]}` : "";
      const relation = node["Relation Name"] ? ` on ${node["Relation Name"]} (${node.Alias})` : "";
      steps.push(`${node["Node Type"]}${index}${relation}`);
      for (const child of node.Plans ?? []) visit(child);
    };
    visit((rows[0] as { "QUERY PLAN": Array<{ Plan: PlanNode }> })["QUERY PLAN"][0]?.Plan as PlanNode);
    return steps;
  });
}

describe("duplicate emails", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let eleanorId: string;
  const CREATE_ANYWAY = `mutation($input: CustomerInput!, $allow: Boolean) {
    createCustomer(input: $input, allowDuplicateEmail: $allow) { id name email }
  }`;
  const UPDATE_ANYWAY = `mutation($id: ID!, $input: CustomerInput!, $allow: Boolean) {
    updateCustomer(id: $id, input: $input, allowDuplicateEmail: $allow) { id name email }
  }`;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    eleanorId = (
      await t.asA.ok<{ createCustomer: { id: string } }>(CREATE, {
        input: { name: "Eleanor Whitaker", email: "eleanor@example.com" },
      })
    ).createCustomer.id;
  });
  afterAll(() => app.close());

  it("refuses a second customer with the same address, whatever its case, naming who has it", async () => {
    const before = await countRows(app, "customers");
    const result = await t.asA.gql(CREATE_ANYWAY, { input: { name: "E. Whitaker", email: " ELEANOR@example.com " } });
    expect(result.errors?.[0]?.message).toBe(
      "Eleanor Whitaker (customer) already has eleanor@example.com. Save anyway if both should keep it.",
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      duplicateEmail: { kind: "CUSTOMER", id: eleanorId, name: "Eleanor Whitaker", email: "eleanor@example.com" },
    });
    expect(await countRows(app, "customers")).toBe(before);
  });

  it("saves it when staff confirm they mean it", async () => {
    const saved = await t.asA.ok<{ createCustomer: { email: string } }>(CREATE_ANYWAY, {
      input: { name: "E. Whitaker", email: "ELEANOR@example.com" },
      allow: true,
    });
    expect(saved.createCustomer.email).toBe("eleanor@example.com");
  });

  it("refuses an edit that takes another customer's address, and not an edit that keeps one", async () => {
    const other = (
      await t.asA.ok<{ createCustomer: { id: string } }>(CREATE, {
        input: { name: "Ann Other", email: "ann@example.com" },
      })
    ).createCustomer.id;
    const taken = await t.asA.gql(UPDATE_ANYWAY, {
      id: other,
      input: { name: "Ann Other", email: "eleanor@example.com" },
    });
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      duplicateEmail: { name: "Eleanor Whitaker" },
    });
    // Eleanor already shares her address (confirmed above): editing her phone is not asked again.
    await t.asA.ok(UPDATE_ANYWAY, {
      id: eleanorId,
      input: { name: "Eleanor Whitaker", email: "eleanor@example.com", phone: "(207) 555-0148" },
    });
  });

  it("refuses a customer's address that a contact on their own account has", async () => {
    const owner = await createCustomer(app, t.a.id, { name: "Owner Olsen", email: "owner@example.com" });
    await t.asA.ok(
      `mutation($id: ID!) { addContact(customerId: $id, input: { name: "Pat Olsen", email: "pat@example.com", role: SPOUSE, canAccessPortal: true,
        preferences: { invoices: true, estimates: true, scheduling: true, carUpdates: true, contracts: true, socialEvents: false, marketing: false } }) { id } }`,
      { id: String(owner.id) },
    );
    const result = await t.asA.gql(UPDATE_ANYWAY, {
      id: String(owner.id),
      input: { name: "Owner Olsen", email: "pat@example.com" },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      duplicateEmail: { kind: "CONTACT", name: "Pat Olsen" },
    });
  });

  // Forced where PostgreSQL would let the race happen: another connection holds the row both saves
  // write against (a customer's facility, a contact's customer), so whatever they read without a
  // lock, they read before either writes (test/held-locks.ts).
  it("two simultaneous creates with one new address: one is saved, the other names it", async () => {
    const create = () => t.asA.gql(CREATE_ANYWAY, { input: { name: "Twin Create", email: "twin@example.com" } });
    const answers = await raceWhileHeld(
      app,
      "SELECT 1 FROM facilities WHERE id = $1 FOR UPDATE",
      [t.a.id],
      [create, create],
    );
    expect(answers.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
    expect(await countRows(app, "customers", "email = ?", "twin@example.com")).toBe(1);
  });

  it("a contact added and the account holder's address changed to it at once: the second is refused", async () => {
    const owner = await createCustomer(app, t.a.id, { name: "Race Olsen", email: "race-owner@example.com" });
    const addContact = () =>
      t.asA.gql(
        `mutation($id: ID!) { addContact(customerId: $id, input: { name: "Kim Olsen", email: "kim@example.com", role: SPOUSE, canAccessPortal: true,
          preferences: { invoices: true, estimates: true, scheduling: true, carUpdates: true, contracts: true, socialEvents: false, marketing: false } }) { id } }`,
        { id: String(owner.id) },
      );
    const takeAddress = () =>
      t.asA.gql(UPDATE_ANYWAY, { id: String(owner.id), input: { name: "Race Olsen", email: "kim@example.com" } });
    const answers = await raceWhileHeld(
      app,
      "SELECT 1 FROM customers WHERE id = $1 FOR UPDATE",
      [owner.id],
      [addContact, takeAddress],
    );
    const codes = answers.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
    expect(codes.sort()).toEqual(["CONFLICT", "OK"]);
    const holders =
      (await countRows(app, "customers", "email = ?", "kim@example.com")) +
      (await countRows(app, "contacts", "email = ?", "kim@example.com"));
    expect(holders).toBe(1);
  });

  it("does not look at other facilities", async () => {
    const saved = await t.asB.ok<{ createCustomer: { email: string } }>(CREATE, {
      input: { name: "Eleanor Elsewhere", email: "eleanor@example.com" },
    });
    expect(saved.createCustomer.email).toBe("eleanor@example.com");
  });
});
