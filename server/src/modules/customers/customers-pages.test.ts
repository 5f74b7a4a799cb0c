import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteOnlyIt } from "../../../test/engine.js";
import { createCar, createCustomer, twoFacilities } from "../../../test/factories.js";
import { compilationsDuring, countStatements, startTestApp, type TestApp } from "../../../test/harness.js";

// The Contacts page and the staff customer page, selecting what the staff app's queries select.
const PORTAL_STATUS = "portalStatus { state reason action resendAvailableAt changesAt }";
const CUSTOMER_ROW = `id name email phone phoneDisplay carCount lastInvitedAt ${PORTAL_STATUS}`;
const INVITATION =
  "id createdAt email invitedByName state voidReason expiresAt acceptedAt linkOpenedAt deliveryState deliveryDetail deliveryUpdatedAt";
const CONTACTS_PAGE = `query($search: String, $first: Int!, $after: String) {
  customers(search: $search, first: $first, after: $after) {
    totalCount totalCountIsLowerBound pageInfo { endCursor hasNextPage } nodes { ${CUSTOMER_ROW} }
  }
}`;
const CUSTOMER_PAGE = `query($id: ID!) {
  customer(id: $id) {
    ${CUSTOMER_ROW} address notes createdAt paymentSetupConnected stripeCustomerId
    cars { id displayName year make model vin plate color status location coverThumbnailUrl }
    lastInvitation { ${INVITATION} }
    invitations { ${INVITATION} timeline { kind at detail } }
    contacts {
      id name email canAccessPortal ${PORTAL_STATUS} phone phoneDisplay
      preferences { invoices estimates scheduling carUpdates contracts socialEvents marketing }
      lastInvitation { ${INVITATION} }
      invitations { ${INVITATION} timeline { kind at detail } }
    }
  }
}`;

type Page = { customers: { pageInfo: { endCursor: string | null }; nodes: Array<{ id: string }> } };

describe("the Contacts page and the customer page", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: string;
  let secondPage: string;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    for (let i = 0; i < 60; i++) {
      const c = await createCustomer(app, t.a.id, {
        name: `Customer ${String(i).padStart(2, "0")} Whitaker`,
        email: `c${i}@example.com`,
      });
      if (i % 3 === 0) await createCar(app, t.a.id, c.id);
    }
    const first = await t.asA.ok<Page>(CONTACTS_PAGE, { first: 25 });
    secondPage = first.customers.pageInfo.endCursor ?? "";
    customerId = first.customers.nodes[0]?.id ?? "";
    await t.asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, { id: customerId });
    await t.asA.ok(
      `mutation($id: ID!) { addContact(customerId: $id, input: { name: "Pat Spouse", email: "pat@example.com", role: SPOUSE, canAccessPortal: true,
        preferences: { invoices: true, estimates: true, scheduling: true, carUpdates: true, contracts: true, socialEvents: false, marketing: false } }) { id } }`,
      { id: customerId },
    );
  });
  afterAll(() => app.close());

  // Statements each request ran before these pages' reads were prepared on the Database (the
  // session, the facility, the page and its count; the customer page's invitations, cars and
  // contacts). They may only go down.
  const pages = () => [
    { name: "Contacts page 1", statementsBefore: 4, request: () => t.asA.ok(CONTACTS_PAGE, { first: 25 }) },
    {
      name: "a later Contacts page",
      statementsBefore: 4,
      request: () => t.asA.ok(CONTACTS_PAGE, { first: 25, after: secondPage }),
    },
    {
      name: "a search through the index",
      statementsBefore: 4,
      request: () => t.asA.ok(CONTACTS_PAGE, { first: 25, search: "Whitaker 1" }),
    },
    {
      name: "a search of short words",
      statementsBefore: 4,
      request: () => t.asA.ok(CONTACTS_PAGE, { first: 25, search: "wh 1" }),
    },
    { name: "the customer page", statementsBefore: 7, request: () => t.asA.ok(CUSTOMER_PAGE, { id: customerId }) },
  ];

  it("compiles no statement through the data layer once each page was asked for", async () => {
    for (const { request } of pages()) await request();
    for (const { name, request } of pages()) {
      expect({ name, compiled: await compilationsDuring(app, request) }).toEqual({ name, compiled: 0 });
    }
  });

  sqliteOnlyIt("runs no more statements per page than before", async () => {
    for (const { name, statementsBefore, request } of pages()) {
      const { statements } = await countStatements(app, request);
      expect({ name, fewer: statements.length <= statementsBefore }).toEqual({ name, fewer: true });
    }
  });

  it("reads the saved card with the customer's row on their page, and a list row's on its own", async () => {
    const { customers } = app.data.t;
    await app.data.transaction((tx) =>
      tx
        .update(customers)
        .set({ paymentMethodConnected: true, cardBrand: "amex", cardLast4: "0005", cardExpires: "01/2031" })
        .where(eq(customers.id, Number(customerId))),
    );
    const card = { brand: "amex", last4: "0005", expires: "01/2031" };
    const page = await countStatements(app, () =>
      t.asA.ok<{ customer: object }>(
        `query($id: ID!) { customer(id: $id) { paymentSetupConnected savedCard { brand last4 expires } } }`,
        { id: customerId },
      ),
    );
    expect(page.result.customer).toEqual({ paymentSetupConnected: true, savedCard: card });
    // The session, then the customer with the card: the card is no statement of its own.
    expect(page.statements).toHaveLength(2);
    type Rows = { customers: { nodes: Array<{ id: string; savedCard: object | null }> } };
    const rows = (await t.asA.ok<Rows>(`{ customers(first: 3) { nodes { id savedCard { brand last4 expires } } } }`))
      .customers.nodes;
    expect(rows.map((row) => row.savedCard)).toEqual(rows.map((row) => (row.id === customerId ? card : null)));
  });

  it("compiles no new statement for other words of the same kind (one indexed word, one short)", async () => {
    await t.asA.ok(CONTACTS_PAGE, { first: 25, search: "Whitaker 1" });
    const other = () => t.asA.ok(CONTACTS_PAGE, { first: 25, search: "customer 2" });
    expect(await compilationsDuring(app, other)).toBe(0);
  });

  it("prepares a filter by portal status the first time it is asked for, and only then", async () => {
    const filtered = () =>
      t.asA.ok(`{ customers(first: 25, portalStates: [INVITED, NOT_INVITED]) { totalCount nodes { id } } }`);
    expect(await compilationsDuring(app, filtered)).toBeGreaterThan(0);
    expect(await compilationsDuring(app, filtered)).toBe(0);
  });
});
