import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCar, customerInPortal, twoFacilities } from "../../test/factories.js";
import {
  compilationsDuring,
  countStatements,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../test/harness.js";
import { DAY } from "../lib/clock.js";

// The three pages issue 11 holds to a budget (DESIGN §9): the staff customer page, the portal's
// home and its Billing, each asked with what the apps' own queries select; with them the invoice
// pages of both apps. Their statements are counted on a small account and on one with five of
// everything: the counts must be equal, and exactly the budget below, on both engines.

const PORTAL_STATUS = "portalStatus { state reason action resendAvailableAt changesAt }";
const INVITATION =
  "id createdAt email invitedByName state voidReason expiresAt acceptedAt linkOpenedAt deliveryState deliveryDetail deliveryUpdatedAt";
const CUSTOMER_PAGE = `query($id: ID!) {
  facility { id stripeConnected }
  customer(id: $id) {
    id name email phone phoneDisplay carCount lastInvitedAt ${PORTAL_STATUS} address notes createdAt
    paymentSetupConnected stripeCustomerId savedCard { brand last4 expires }
    cars { id displayName year make model vin plate color status location coverThumbnailUrl }
    lastInvitation { ${INVITATION} }
    invitations { ${INVITATION} timeline { kind at detail } }
    invoices { id number issuedOn dueOn status totalCents balanceCents overdue displayStatus }
    contacts {
      id name email canAccessPortal ${PORTAL_STATUS} phone phoneDisplay
      preferences { invoices estimates scheduling carUpdates contracts socialEvents marketing }
      lastInvitation { ${INVITATION} }
      invitations { ${INVITATION} timeline { kind at detail } }
    }
  }
}`;
// The portal's frame (every page) and its home page.
const PORTAL_VIEWER = `{ portalViewer { name email isContact preview account { customerName } accounts { customerId customerName current }
  facility { name brandColor logoUrl timeZone sections allowEstimateLineChoice
    onboarding { signContracts addPaymentMethod completeProfile } } } }`;
const PORTAL_HOME = `{ portalHome { balanceDueCents overdueInvoices contractsToSign { id title } estimatesWaiting { id number title totalCents }
  upcomingEvents { id title kind startsAt location } unreadMessages openServiceRequests }
  portalProfile { onboardingPending } }`;
const BILLING = `{ portalBilling { outstandingCents onlinePayments paymentMethodOnFile savedCard { brand last4 expires }
  offlinePaymentInstructions invoices { id number issuedOn dueOn status totalCents balanceCents overdue displayStatus } } }`;

// The invoice pages: the portal's asks how to pay with the invoice (PortalInvoice), staff's the same
// invoice fields (InvoiceDetail).
const INVOICE_FIELDS = `id number issuedOn dueOn status totalCents balanceCents overdue displayStatus
  lines { id description quantity unitCents amountCents } payments { id amountCents method reference receivedOn }`;
const PORTAL_INVOICE = `query($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } portalBilling { onlinePayments offlinePaymentInstructions } }`;
const STAFF_INVOICE = `query($id: ID!) { invoice(id: $id) { ${INVOICE_FIELDS} } }`;

const CREATE_INVOICE = `mutation($c: ID!, $input: InvoiceInput!) { createInvoice(customerId: $c, input: $input) { id } }`;
const CREATE_ESTIMATE = `mutation($c: ID!, $input: EstimateInput!) { createEstimate(customerId: $c, input: $input) { id } }`;

describe("the customer page, the portal home and Billing: statements per request", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  const accounts: Array<{ size: number; customerId: number; invoiceId: string; portal: TestClient }> = [];

  const cookieOf = (c: TestClient) =>
    ["portico_staff", "portico_portal"].flatMap((n) => (c.cookie(n) ? [`${n}=${c.cookie(n)}`] : [])).join("; ");

  /** A customer in the portal with `size` of every list the three pages show. */
  async function account(size: number, name: string) {
    const email = `${name.toLowerCase().replace(/\W+/g, ".")}@example.com`;
    const { customer, browser } = await customerInPortal(app, t.asA, t.a.id, { name, email });
    const c = String(customer.id);
    for (let i = 0; i < size; i++) {
      const car = await createCar(app, t.a.id, customer.id, { model: `Model ${i}` });
      const lines = [{ description: `Storage ${i}`, quantity: 1, unitCents: 10_000 + i }];
      const invoice = (
        await t.asA.ok<{ createInvoice: { id: string } }>(CREATE_INVOICE, {
          c,
          input: { dueOn: i % 2 ? "2026-01-01" : "2099-01-01", lines },
        })
      ).createInvoice;
      await t.asA.ok(`mutation($id: ID!) { issueInvoice(id: $id) { status } }`, { id: invoice.id });
      const estimate = (
        await t.asA.ok<{ createEstimate: { id: string } }>(CREATE_ESTIMATE, {
          c,
          input: { title: `Estimate ${i}`, carId: String(car.id), lines },
        })
      ).createEstimate;
      await t.asA.ok(`mutation($id: ID!) { sendEstimate(id: $id) { status } }`, { id: estimate.id });
      const contact = (
        await t.asA.ok<{ addContact: { id: string } }>(
          `mutation($id: ID!, $email: String!) { addContact(customerId: $id, input: { name: "Contact", email: $email, role: SPOUSE, canAccessPortal: true,
            preferences: { invoices: true, estimates: true, scheduling: true, carUpdates: true, contracts: true, socialEvents: false, marketing: false } }) { id } }`,
          { id: c, email: `contact${i}.${email}` },
        )
      ).addContact;
      await t.asA.ok(`mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id } } }`, {
        id: contact.id,
      });
      await t.asA.ok(`mutation($input: EventInput!) { scheduleEvent(input: $input) { id } }`, {
        input: {
          customerId: c,
          kind: "DROP_OFF",
          title: `Drop-off ${i}`,
          startsAt: new Date(app.clock.now().getTime() + (i + 1) * DAY).toISOString(),
        },
      });
      await t.asA.ok(`mutation($id: ID!, $body: String!) { sendMessage(customerId: $id, body: $body) { id } }`, {
        id: c,
        body: `Note ${i}`,
      });
      await browser.ok(`mutation($input: ServiceRequestInput!) { requestService(input: $input) { id } }`, {
        input: { type: "DETAILING", carId: String(car.id), notes: `Request ${i}` },
      });
      const upload = await fetch(
        `${app.url}/uploads/customers/${customer.id}/documents?title=Agreement%20${i}&kind=STORAGE_AGREEMENT&requiresSignature=1`,
        {
          method: "POST",
          headers: { "x-portico-request": "1", "x-file-name": "agreement.pdf", cookie: cookieOf(t.asA) },
          body: Buffer.from("%PDF-1.4\n%%EOF\n"),
        },
      );
      expect(upload.status).toBe(201);
    }
    // An invoice with `size` lines, paid in `size` payments: paid, so the balances above stay as they are.
    const paid = (
      await t.asA.ok<{ createInvoice: { id: string } }>(CREATE_INVOICE, {
        c,
        input: {
          lines: Array.from({ length: size }, (_, i) => ({ description: `Wash ${i}`, quantity: 1, unitCents: 500 })),
        },
      })
    ).createInvoice.id;
    await t.asA.ok(`mutation($id: ID!) { issueInvoice(id: $id) { status } }`, { id: paid });
    for (let i = 0; i < size; i++) {
      await t.asA.ok(
        `mutation($id: ID!, $input: PaymentInput!) { recordPayment(invoiceId: $id, input: $input) { status } }`,
        {
          id: paid,
          input: { amountCents: 500, method: "CHECK", reference: `Check ${i}` },
        },
      );
    }
    await app.deliver();
    accounts.push({ size, customerId: customer.id, invoiceId: paid, portal: browser });
  }

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    await account(1, "Sam Small");
    await account(5, "Bea Busy");
  });
  afterAll(() => app.close());

  const pages = (a: (typeof accounts)[number]) => ({
    "customer page": () => t.asA.ok(CUSTOMER_PAGE, { id: String(a.customerId) }),
    "portal frame": () => a.portal.ok(PORTAL_VIEWER),
    "portal home": () => a.portal.ok(PORTAL_HOME),
    "portal Billing": () => a.portal.ok(BILLING),
    "portal invoice": () => a.portal.ok(PORTAL_INVOICE, { id: a.invoiceId }),
    "staff invoice": () => t.asA.ok(STAFF_INVOICE, { id: a.invoiceId }),
  });

  // Statements per request: the session with its facility (1), then for the customer page the
  // customer with its saved card, cars, every invite of the account, their timelines, contacts,
  // invoices (the raw baseline's 7); for the portal frame the person and the accounts they may
  // switch to (3); for the home the onboarding (none: this facility has no onboarding steps;
  // portal-home.test counts the one read with steps), billing totals, contracts, estimates, events,
  // unread messages, requests; for Billing the saved card with the invoices, their balance summed
  // from the list (the raw baseline's 2); for an invoice page the invoice with its lines and
  // payments (how to pay is the session's facility's). Before: customer page 8, Billing 3, the
  // invoice pages 6 (portal) and 4 (staff).
  const budget = {
    "customer page": 7,
    "portal frame": 5,
    "portal home": 5,
    "portal Billing": 2,
    "portal invoice": 2,
    "staff invoice": 2,
  };

  it("compiles nothing after the first visit, and runs as many statements for five of everything as for one", async () => {
    const counts: Record<string, number[]> = {};
    for (const a of accounts) {
      for (const [name, request] of Object.entries(pages(a))) {
        await request();
        expect({ name, compiled: await compilationsDuring(app, request) }).toEqual({ name, compiled: 0 });
        counts[name] = [...(counts[name] ?? []), (await countStatements(app, request)).statements.length];
      }
    }
    expect(counts).toEqual(Object.fromEntries(Object.entries(budget).map(([name, n]) => [name, [n, n]])));
  });

  it("reads the facility with the session and nowhere else", async () => {
    for (const request of Object.values(pages(accounts[1] as (typeof accounts)[number]))) {
      const { statements } = await countStatements(app, request);
      expect(statements.filter((text) => /from "facilities"/.test(text))).toEqual([]);
    }
  });

  it("shows the five-of-everything account its lists whole", async () => {
    const busy = accounts[1] as (typeof accounts)[number];
    type Page = { customer: { cars: unknown[]; invoices: unknown[]; contacts: Array<{ invitations: unknown[] }> } };
    const page = (await t.asA.ok<Page>(CUSTOMER_PAGE, { id: String(busy.customerId) })).customer;
    // Five invoices and the paid one the invoice pages show.
    expect([page.cars.length, page.invoices.length, page.contacts.map((c) => c.invitations.length)]).toEqual([
      5,
      6,
      [1, 1, 1, 1, 1],
    ]);
    type Invoice = { invoice: { status: string; lines: unknown[]; payments: Array<{ reference: string }> } };
    for (const asked of [
      await busy.portal.ok<Invoice>(PORTAL_INVOICE, { id: busy.invoiceId }),
      await t.asA.ok<Invoice>(STAFF_INVOICE, { id: busy.invoiceId }),
    ]) {
      expect(asked.invoice.status).toBe("PAID");
      expect(asked.invoice.lines).toHaveLength(5);
      expect(asked.invoice.payments.map((p) => p.reference)).toEqual([0, 1, 2, 3, 4].map((i) => `Check ${i}`));
    }
    type Home = { portalHome: { balanceDueCents: number; overdueInvoices: number; upcomingEvents: unknown[] } };
    const home = (await busy.portal.ok<Home>(PORTAL_HOME)).portalHome;
    // Invoices of 10,000 to 10,004 cents; the odd ones were due on 2026-01-01, before the test clock's today.
    expect(home).toMatchObject({ balanceDueCents: 50_010, overdueInvoices: 2 });
    expect(home.upcomingEvents).toHaveLength(3);
  });
});
