import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../test/engine.js";
import { createCustomer, createInvoice, twoFacilities } from "../../test/factories.js";
import { startTestApp, type TestApp, type TestClient } from "../../test/harness.js";
import { onPostgres, planOf, statementOf } from "../../test/query-plans.js";
import { FacilityScope } from "../db/tenancy.js";
import { invitationsOfAccount } from "../modules/invitations/invitation.service.js";
import { timelinesOfCustomer } from "../modules/invitations/invitation-events.service.js";
import { invitationPage } from "../modules/invitations/invitation-list.service.js";
import { invoicePage } from "../modules/invoices/invoice-list.service.js";

// The API's lists of every invoice and every invite of a facility: keyset pages that walk the whole
// list exactly once, filters, the facility's bounds, and plans that read one index in order.

const INVOICES = `query($first: Int, $after: String, $customerId: ID, $statuses: [InvoiceStatus!]) {
  invoices(first: $first, after: $after, customerId: $customerId, statuses: $statuses) {
    nodes { id number status customerId }
    pageInfo { endCursor hasNextPage }
  }
}`;
const INVITATIONS = `query($first: Int, $after: String, $customerId: ID, $deliveryStates: [DeliveryState!]) {
  invitations(first: $first, after: $after, customerId: $customerId, deliveryStates: $deliveryStates) {
    nodes { id email customerId contactId deliveryState state }
    pageInfo { endCursor hasNextPage }
  }
}`;
const SEND_INVITE = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;

type Page<N> = { nodes: N[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
type InvoiceNode = { id: string; number: string; status: string; customerId: string };
type InvitationNode = {
  id: string;
  email: string;
  customerId: string;
  contactId: string | null;
  deliveryState: string;
};

async function walk<N>(
  client: TestClient,
  query: string,
  field: string,
  variables: Record<string, unknown>,
): Promise<{ nodes: N[]; pages: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const data = await client.ok<Record<string, Page<N>>>(query, { ...variables, after });
    const page = data[field] as Page<N>;
    nodes.push(...page.nodes);
    pages++;
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    after = page.pageInfo.endCursor;
  }
}

describe("the API's invoice and invite lists", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let ada: number;
  let ben: number;
  const invoiceIds: number[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    ada = (await createCustomer(app, t.a.id, { name: "Ada List", email: "ada.list@example.com" })).id;
    ben = (await createCustomer(app, t.a.id, { name: "Ben List", email: "ben.list@example.com" })).id;
    const other = (await createCustomer(app, t.b.id, { name: "Other List", email: "other.list@example.com" })).id;
    for (let i = 0; i < 7; i++) {
      const customerId = i % 2 === 0 ? ada : ben;
      invoiceIds.push((await createInvoice(app, t.a.id, customerId, { status: i === 3 ? "PAID" : "OPEN" })).id);
    }
    await createInvoice(app, t.b.id, other);
    await t.asA.ok(SEND_INVITE, { id: String(ada) });
    await t.asA.ok(SEND_INVITE, { id: String(ben) });
    await t.asB.ok(SEND_INVITE, { id: String(other) });
  });
  afterAll(() => app.close());

  it("pages through every invoice of the facility once, newest first", async () => {
    const { nodes, pages } = await walk<InvoiceNode>(t.asA, INVOICES, "invoices", { first: 3 });
    expect(pages).toBe(3);
    expect(nodes.map((n) => Number(n.id))).toEqual([...invoiceIds].reverse());
  });

  it("filters by customer and by status", async () => {
    const ofBen = await walk<InvoiceNode>(t.asA, INVOICES, "invoices", { first: 2, customerId: String(ben) });
    expect(ofBen.nodes.map((n) => n.customerId)).toEqual([String(ben), String(ben), String(ben)]);
    const paid = await walk<InvoiceNode>(t.asA, INVOICES, "invoices", { statuses: ["PAID"] });
    expect(paid.nodes.map((n) => Number(n.id))).toEqual([invoiceIds[3]]);
  });

  it("answers another facility's customer like one that does not exist", async () => {
    const foreign = await t.asB.ok<{ invoices: Page<InvoiceNode> }>(INVOICES, { customerId: String(ada) });
    const missing = await t.asB.ok<{ invoices: Page<InvoiceNode> }>(INVOICES, { customerId: "987654321" });
    expect(foreign).toEqual(missing);
    expect(foreign.invoices.nodes).toEqual([]);
  });

  it("lists the facility's invites with whose they are and their delivery", async () => {
    const { nodes } = await walk<InvitationNode>(t.asA, INVITATIONS, "invitations", { first: 1 });
    expect(nodes.map((n) => [n.email, n.customerId, n.contactId, n.deliveryState])).toEqual([
      ["ben.list@example.com", String(ben), null, "QUEUED"],
      ["ada.list@example.com", String(ada), null, "QUEUED"],
    ]);
    await app.deliver();
    const sent = await t.asA.ok<{ invitations: Page<InvitationNode> }>(INVITATIONS, { deliveryStates: ["SENT"] });
    expect(sent.invitations.nodes).toHaveLength(2);
    const ofAda = await t.asA.ok<{ invitations: Page<InvitationNode> }>(INVITATIONS, { customerId: String(ada) });
    expect(ofAda.invitations.nodes.map((n) => n.email)).toEqual(["ada.list@example.com"]);
    const foreign = await t.asB.ok<{ invitations: Page<InvitationNode> }>(INVITATIONS, { customerId: String(ada) });
    expect(foreign.invitations.nodes).toEqual([]);
  });

  it("refuses a page size out of range and a cursor of another list", async () => {
    const tooMany = await t.asA.gql(INVOICES, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badCursor = await t.asA.gql(INVITATIONS, { after: "1767225600000_4" });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const anonymous = await app.client().gql(INVOICES);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("the API's lists read one index in order", () => {
  let app: TestApp;
  let scope: FacilityScope;
  let customerId: number;

  beforeAll(async () => {
    app = await startTestApp();
    const { a, b } = await twoFacilities(app);
    scope = new FacilityScope(a.id);
    // A small facility beside a big one: walking every row newest first, or the big facility's
    // rows, would cost the planner far more than a page of the small one's index.
    const customersOf = async (facilityId: number, n: number) => {
      const ids: number[] = [];
      for (let i = 0; i < n; i++)
        ids.push((await createCustomer(app, facilityId, { name: `Plan ${facilityId} ${i}` })).id);
      return ids;
    };
    const small = await customersOf(a.id, 40);
    const big = await customersOf(b.id, 40);
    customerId = small[0] as number;
    const { t } = app.data;
    const rows = (batch: string, facilityId: number, customers: number[], n: number) => ({
      invoices: Array.from({ length: n }, (_, i) => ({
        facilityId,
        customerId: customers[i % customers.length] as number,
        number: `${batch}-${i}`,
        issuedOn: "2026-02-01",
        status: "OPEN" as const,
        totalCents: 100,
        balanceCents: 100,
      })),
      invites: Array.from({ length: n }, (_, i) => ({
        facilityId,
        customerId: customers[i % customers.length] as number,
        email: `plan.${batch}.${i}@example.com`,
        expiresAt: new Date(app.clock.now().getTime() + 86_400_000),
      })),
    });
    for (const { invoices, invites } of [
      rows("A1", a.id, small, 400),
      rows("B", b.id, big, 8_000),
      rows("A2", a.id, small, 400),
    ]) {
      for (let i = 0; i < invoices.length; i += 500) {
        await app.data.transaction(async (tx) => {
          await tx.insert(t.invoices).values(invoices.slice(i, i + 500));
          await tx.insert(t.invitations).values(invites.slice(i, i + 500));
        });
      }
    }
    if (testEngine === "pg") await onPostgres(app, (client) => client.query("ANALYZE invoices; ANALYZE invitations"));
  });
  afterAll(() => app.close());

  it("walks the facility's newest-first index for a whole list, and the customer's index for one customer", async () => {
    const plans: Record<string, unknown> = {};
    for (const [name, read, table] of [
      [
        "invoices",
        () => invoicePage(app.data, scope, { customerId: null, statuses: null }, { first: 20, afterId: null }),
        "invoices",
      ],
      [
        "invoices of a customer",
        () => invoicePage(app.data, scope, { customerId, statuses: null }, { first: 20, afterId: null }),
        "invoices",
      ],
      [
        "invitations",
        () => invitationPage(app.data, scope, { customerId: null, deliveryStates: null }, { first: 20, afterId: null }),
        "invitations",
      ],
      [
        "invitations of a customer",
        () => invitationPage(app.data, scope, { customerId, deliveryStates: null }, { first: 20, afterId: null }),
        "invitations",
      ],
      // The customer page's reads of the same rows, whole and with their timelines.
      ["the customer page's invitations", () => invitationsOfAccount(app.data, scope, customerId), "invitations"],
      ["the customer page's timelines", () => timelinesOfCustomer(app.data, scope, customerId), "invitations"],
    ] as const) {
      const plan = await planOf(app, await statementOf(app, read), table);
      plans[name] = { indexes: plan.indexes.filter((i) => i.startsWith(`${table}_`)), scans: plan.scansTable };
    }
    expect(plans).toEqual({
      invoices: { indexes: ["invoices_facility_newest"], scans: false },
      "invoices of a customer": { indexes: ["invoices_customer"], scans: false },
      invitations: { indexes: ["invitations_facility_newest"], scans: false },
      "invitations of a customer": { indexes: ["invitations_person"], scans: false },
      "the customer page's invitations": { indexes: ["invitations_person"], scans: false },
      "the customer page's timelines": { indexes: ["invitations_person"], scans: false },
    });
  });
});
