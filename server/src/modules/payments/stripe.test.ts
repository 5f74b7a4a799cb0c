import { eq } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createStaff, customerInPortal, signInStaff, twoFacilities } from "../../../test/factories.js";
import { startFakeStripe } from "../../../test/fake-stripe.js";
import { countRows, latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { raceWhileHeld } from "../../../test/held-locks.js";

/** The Stripe customer id stored on a customer. */
async function stripeCustomerOf(app: TestApp, customerId: number) {
  const { customers } = app.data.t;
  const [row] = await app.data.read
    .select({ id: customers.stripeCustomerId })
    .from(customers)
    .where(eq(customers.id, customerId));
  return row?.id;
}

const SECRET = "sk_test_fakeKey123";
const WEBHOOK_SECRET = "whsec_fakeSigningSecret";
const signer = new Stripe(SECRET);

describe("Stripe payments", () => {
  let fake: Awaited<ReturnType<typeof startFakeStripe>>;
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: number;
  let invoiceId: string;
  let owner: TestClient;

  const webhook = (payload: object, secret = WEBHOOK_SECRET) => {
    const body = JSON.stringify(payload);
    return fetch(`${app.url}/webhooks/stripe/${t.a.id}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "stripe-signature": signer.webhooks.generateTestHeaderString({ payload: body, secret }),
      },
      body,
    });
  };

  beforeAll(async () => {
    fake = await startFakeStripe({ secretKey: SECRET });
    app = await startTestApp({ STRIPE_API_URL: fake.url });
    t = await twoFacilities(app);
    await t.asA.ok(`mutation($i: StripeSettingsInput!) { updateStripeSettings(input: $i) { stripeConnected } }`, {
      i: { secretKey: SECRET, webhookSecret: WEBHOOK_SECRET },
    });
    customerId = (await createCustomer(app, t.a.id, { name: "Pay Online", email: "pay@example.com" })).id;
    const created = await t.asA.ok<{ createInvoice: { id: string } }>(
      `mutation($c: ID!) { createInvoice(customerId: $c, input: { lines: [{ description: "March storage", quantity: 1, unitCents: 42000 }] }) { id } }`,
      { c: String(customerId) },
    );
    invoiceId = created.createInvoice.id;
    await t.asA.ok(`mutation($id: ID!) { issueInvoice(id: $id) { status } }`, { id: invoiceId });
    await t.asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(customerId),
    });
    await app.deliver();
    owner = app.client();
    await owner.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
      t: (await latestEmailTo(app, "pay@example.com"))?.token,
    });
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
  });

  it("only admins set the keys, with a clear error for a malformed one", async () => {
    const staff = await createStaff(app, t.a.id, { role: "STAFF" });
    const plain = await signInStaff(app.client(), staff.email);
    const refused = await plain.gql(
      `mutation { updateStripeSettings(input: { secretKey: "sk_test_x" }) { stripeConnected } }`,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await t.asA.gql(
      `mutation { updateStripeSettings(input: { secretKey: "pk_live_oops" }) { stripeConnected } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { secretKey: expect.any(String) },
    });
  });

  it("tries a key against Stripe before saving it, and needs the webhook secret with it", async () => {
    const refused = await t.asA.gql(
      `mutation { updateStripeSettings(input: { secretKey: "sk_test_wrongKey", webhookSecret: "whsec_x" }) { stripeConnected } }`,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { secretKey: "Stripe refused this key: check it and try again" },
    });
    const noSecret = await t.asA.gql(
      `mutation($k: String!) { updateStripeSettings(input: { secretKey: $k }) { stripeConnected } }`,
      { k: SECRET },
    );
    expect(noSecret.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { webhookSecret: expect.any(String) },
    });
    // Neither attempt replaced the working key.
    const settings = await t.asA.ok<{
      staffViewer: {
        facility: {
          stripeConnected: boolean;
          stripeKeyHint: string;
          stripeTestMode: boolean;
          stripeWebhookUrl: string;
        };
      };
    }>(`{ staffViewer { facility { stripeConnected stripeKeyHint stripeTestMode stripeWebhookUrl } } }`);
    expect(settings.staffViewer.facility).toEqual({
      stripeConnected: true,
      stripeKeyHint: "sk_test_…y123",
      stripeTestMode: true,
      stripeWebhookUrl: `${app.config.publicUrl}/webhooks/stripe/${t.a.id}`,
    });
  });

  it("answers a clear, retryable error when Stripe cannot be reached", async () => {
    const offline = await startTestApp({ STRIPE_API_URL: "http://127.0.0.1:9" });
    try {
      const facilities = await twoFacilities(offline);
      const result = await facilities.asA.gql(
        `mutation($k: String!) { updateStripeSettings(input: { secretKey: $k, webhookSecret: "whsec_abc" }) { stripeConnected } }`,
        { k: SECRET },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(await countRows(offline, "facilities", "stripe_secret_key IS NOT NULL")).toBe(0);
    } finally {
      await offline.close();
    }
  });

  it("sends the customer to Stripe Checkout for the balance, then records the payment from the signed webhook, once", async () => {
    const url = (
      await owner.ok<{ payInvoiceOnline: string }>(`mutation($id: ID!) { payInvoiceOnline(invoiceId: $id) }`, {
        id: invoiceId,
      })
    ).payInvoiceOnline;
    expect(url).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_/);
    const checkout = fake.requests.find((r) => r.path === "/v1/checkout/sessions");
    expect(checkout?.params.get("mode")).toBe("payment");
    expect(checkout?.params.get("line_items[0][price_data][unit_amount]")).toBe("42000");
    expect(checkout?.params.get("metadata[porticoInvoiceId]")).toBe(invoiceId);
    const stripeCustomer = checkout?.params.get("customer");
    expect(stripeCustomer).toMatch(/^cus_fake/);

    const event = {
      id: "evt_paid_1",
      object: "event",
      type: "checkout.session.completed",
      data: {
        object: {
          id: "cs_test_paid_1",
          object: "checkout.session",
          mode: "payment",
          payment_status: "paid",
          amount_total: 42000,
          customer: stripeCustomer,
          payment_intent: "pi_123",
          metadata: { porticoInvoiceId: invoiceId },
        },
      },
    };
    expect((await webhook(event, "whsec_wrong")).status).toBe(400);
    expect(await countRows(app, "payments")).toBe(0);
    // 03:00 UTC on March 2 is still March 1 at the facility (New York): the payment's day is theirs.
    app.clock.set(new Date("2026-03-02T03:00:00.000Z"));
    expect(((await (await webhook(event)).json()) as { outcome: string }).outcome).toBe("applied");
    app.clock.set(new Date("2026-03-02T09:00:00.000Z"));
    const [payment] = await app.data.read
      .select({ receivedOn: app.data.t.payments.receivedOn })
      .from(app.data.t.payments);
    expect(payment?.receivedOn).toBe("2026-03-01");
    expect(((await (await webhook(event)).json()) as { outcome: string }).outcome).toBe("duplicate");
    expect(((await (await webhook({ ...event, id: "evt_paid_1_retry" })).json()) as { outcome: string }).outcome).toBe(
      "duplicate",
    );
    const billing = await owner.ok<{
      portalBilling: { outstandingCents: number; invoices: Array<{ status: string }> };
    }>(`{ portalBilling { outstandingCents invoices { status } } }`);
    expect(billing.portalBilling).toEqual({ outstandingCents: 0, invoices: [{ status: "PAID" }] });
    expect(await countRows(app, "payments", "method = 'STRIPE'")).toBe(1);
    const again = await owner.gql(`mutation($id: ID!) { payInvoiceOnline(invoiceId: $id) }`, { id: invoiceId });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("records a checkout once when Stripe delivers it several times at the same moment", async () => {
    const created = await t.asA.ok<{ createInvoice: { id: string } }>(
      `mutation($c: ID!) { createInvoice(customerId: $c, input: { lines: [{ description: "April storage", quantity: 1, unitCents: 15000 }] }) { id } }`,
      { c: String(customerId) },
    );
    const id = created.createInvoice.id;
    await t.asA.ok(`mutation($id: ID!) { issueInvoice(id: $id) { status } }`, { id });
    const paid = (eventId: string) => ({
      id: eventId,
      object: "event",
      type: "checkout.session.completed",
      data: {
        object: {
          id: "cs_test_race",
          object: "checkout.session",
          mode: "payment",
          payment_status: "paid",
          amount_total: 15000,
          payment_intent: "pi_race",
          metadata: { porticoInvoiceId: id },
        },
      },
    });
    const outcomes = await Promise.all(
      ["evt_race_a", "evt_race_b", "evt_race_a"].map(async (eventId) => {
        const response = await webhook(paid(eventId));
        return ((await response.json()) as { outcome: string }).outcome;
      }),
    );
    expect(outcomes.sort()).toEqual(["applied", "duplicate", "duplicate"]);
    expect(await countRows(app, "payments", "stripe_checkout_session_id = 'cs_test_race'")).toBe(1);
    const invoice = await t.asA.ok<{ invoice: { status: string; balanceCents: number } }>(
      `query($id: ID!) { invoice(id: $id) { status balanceCents } }`,
      { id },
    );
    expect(invoice.invoice).toEqual({ status: "PAID", balanceCents: 0 });
  });

  it("two first payments at once use one Stripe customer: the one linked", async () => {
    const { customer, browser } = await customerInPortal(app, t.asA, t.a.id, {
      name: "Two Tabs",
      email: "tabs@example.com",
    });
    const created = await t.asA.ok<{ createInvoice: { id: string } }>(
      `mutation($c: ID!) { createInvoice(customerId: $c, input: { lines: [{ description: "May storage", quantity: 1, unitCents: 9000 }] }) { id } }`,
      { c: String(customer.id) },
    );
    const id = created.createInvoice.id;
    await t.asA.ok(`mutation($id: ID!) { issueInvoice(id: $id) { status } }`, { id });
    const sessionsBefore = fake.requests.filter((r) => r.path === "/v1/checkout/sessions").length;
    const pay = () => browser.gql(`mutation($id: ID!) { payInvoiceOnline(invoiceId: $id) }`, { id });
    // Another connection holds the customer's row, so both have asked Stripe for a customer before
    // either writes its link (test/held-locks.ts).
    const answers = await raceWhileHeld(
      app,
      "SELECT 1 FROM customers WHERE id = $1 FOR UPDATE",
      [customer.id],
      [pay, pay],
    );
    expect(answers.flatMap((r) => r.errors ?? [])).toEqual([]);
    const used = fake.requests
      .filter((r) => r.path === "/v1/checkout/sessions")
      .slice(sessionsBefore)
      .map((r) => r.params.get("customer"));
    const linked = await stripeCustomerOf(app, customer.id);
    expect(linked).toMatch(/^cus_fake/);
    expect(used).toEqual([linked, linked]);
  });

  it("saves a payment method through Checkout setup; staff then see payment setup connected", async () => {
    const url = (await owner.ok<{ addPaymentMethod: string }>(`mutation { addPaymentMethod }`)).addPaymentMethod;
    expect(url).toMatch(/checkout\.stripe\.test/);
    const stripeCustomer = await stripeCustomerOf(app, customerId);
    fake.saveCard(stripeCustomer as string, "mastercard", "4444");
    await webhook({
      id: "evt_setup_1",
      object: "event",
      type: "checkout.session.completed",
      data: { object: { id: "cs_test_setup", object: "checkout.session", mode: "setup", customer: stripeCustomer } },
    });
    const staffView = await t.asA.ok<{ customer: { paymentSetupConnected: boolean } }>(
      `query($id: ID!) { customer(id: $id) { paymentSetupConnected } }`,
      {
        id: String(customerId),
      },
    );
    expect(staffView.customer.paymentSetupConnected).toBe(true);
    const portalView = await owner.ok<{ portalBilling: { paymentMethodOnFile: boolean; savedCard: object } }>(
      `{ portalBilling { paymentMethodOnFile savedCard { brand last4 expires } } }`,
    );
    expect(portalView.portalBilling).toEqual({
      paymentMethodOnFile: true,
      savedCard: { brand: "mastercard", last4: "4444", expires: "08/2030" },
    });
  });

  it("returns from saving a card to the page that asked: Billing or the welcome steps", async () => {
    await owner.ok(`mutation { addPaymentMethod(returnTo: WELCOME) }`);
    const setup = fake.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1);
    expect(setup?.params.get("success_url")).toBe(`${app.config.publicUrl}/portal/welcome?setup=1`);
    expect(setup?.params.get("cancel_url")).toBe(`${app.config.publicUrl}/portal/welcome?setup=0`);
  });

  it("links an existing Stripe customer by id, refusing unknown ids", async () => {
    const other = await createCustomer(app, t.a.id, { name: "Has Stripe" });
    fake.addCustomer("cus_existing42", { hasCard: true });
    fake.addCustomer("cus_noCard7");
    const link = (stripeCustomerId: string | null) =>
      t.asA.ok<{
        linkStripeCustomer: { stripeCustomerId: string; paymentSetupConnected: boolean; savedCard: object | null };
      }>(
        `mutation($id: ID!, $s: String) { linkStripeCustomer(customerId: $id, stripeCustomerId: $s) { stripeCustomerId paymentSetupConnected savedCard { brand last4 } } }`,
        { id: String(other.id), s: stripeCustomerId },
      );
    // A Stripe customer with a saved card is payment setup connected; one without is not.
    expect((await link("cus_existing42")).linkStripeCustomer).toEqual({
      stripeCustomerId: "cus_existing42",
      paymentSetupConnected: true,
      savedCard: { brand: "visa", last4: "4242" },
    });
    expect((await link("cus_noCard7")).linkStripeCustomer).toEqual({
      stripeCustomerId: "cus_noCard7",
      paymentSetupConnected: false,
      savedCard: null,
    });
    const unknown = await t.asA.gql(
      `mutation($id: ID!) { linkStripeCustomer(customerId: $id, stripeCustomerId: "cus_nope") { id } }`,
      { id: String(other.id) },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { stripeCustomerId: "Not found at Stripe" },
    });
    expect(await stripeCustomerOf(app, other.id)).toBe("cus_noCard7");
    const created = (await link(null)).linkStripeCustomer;
    expect(created.stripeCustomerId).toMatch(/^cus_fake/);
    const foreign = await t.asB.gql(`mutation($id: ID!) { linkStripeCustomer(customerId: $id) { id } }`, {
      id: String(other.id),
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
