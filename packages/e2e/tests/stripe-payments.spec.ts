import { createHmac } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { BASE_URL, STRIPE_KEYS, STRIPE_URL } from "../playwright.config";
import { inviteLinkFor, signInAsStaff, staffGql, unique } from "./support";

type StripeRequest = { method: string; path: string; params: Record<string, string> };

/** The checkout sessions Portico asked the fake Stripe for, oldest first. */
async function checkoutSessions(): Promise<StripeRequest[]> {
  const requests = (await (await fetch(`${STRIPE_URL}/__requests`)).json()) as StripeRequest[];
  return requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");
}

/** Stripe's side of a finished checkout: the event, signed the way Stripe signs it, posted to the facility's webhook. */
async function stripeCompletes(webhookUrl: string, session: Record<string, unknown>) {
  const payload = JSON.stringify({
    id: `evt_${unique("e2e")}`,
    object: "event",
    type: "checkout.session.completed",
    data: { object: { object: "checkout.session", ...session } },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", STRIPE_KEYS.webhookSecret).update(`${timestamp}.${payload}`).digest("hex");
  const response = await fetch(webhookUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": `t=${timestamp},v1=${signature}` },
    body: payload,
  });
  expect(response.status).toBe(200);
}

/** Stands in for Stripe's hosted page: the browser "arrives" there, and the test plays Stripe. */
async function interceptCheckout(page: Page): Promise<() => string | undefined> {
  let reached: string | undefined;
  await page.route("https://checkout.stripe.test/**", (route) => {
    reached = route.request().url();
    return route.fulfill({ contentType: "text/html", body: "<title>Stripe Checkout</title><h1>Stripe Checkout</h1>" });
  });
  return () => reached;
}

test("staff connect Stripe; a customer saves a card and pays an invoice through Checkout", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `${unique("stripe")}@example.com`;
  const name = `Avery ${unique("P")}`;

  await signInAsStaff(page);
  await page.goto("/staff/settings/portal");
  const connect = page.getByRole("form", { name: "Connect Stripe" });
  const webhookUrl = await connect.getByLabel("Webhook endpoint URL").inputValue();
  expect(webhookUrl).toMatch(new RegExp(`^${BASE_URL}/webhooks/stripe/\\d+$`));
  await connect.getByLabel("Secret key").fill("sk_test_notTheKey");
  await connect.getByLabel("Webhook signing secret").fill(STRIPE_KEYS.webhookSecret);
  await connect.getByRole("button", { name: "Connect Stripe" }).click();
  await expect(connect.getByText("Stripe refused this key: check it and try again")).toBeVisible();
  await connect.getByLabel("Secret key").fill(STRIPE_KEYS.secretKey);
  await connect.getByRole("button", { name: "Connect Stripe" }).click();
  const stripeSection = page.getByRole("region", { name: "Online payments" });
  await expect(stripeSection.getByText("Connected", { exact: true })).toBeVisible();
  await expect(stripeSection.getByText("Test mode")).toBeVisible();

  try {
    await payThroughStripe();
  } finally {
    // Other browser tests expect the demo facility without online payments.
    await staffGql(page, "mutation { updateStripeSettings(input: {}) { stripeConnected } }");
  }

  async function payThroughStripe() {
    const { createCustomer } = await staffGql<{ createCustomer: { id: string } }>(
      page,
      "mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }",
      { input: { name, email } },
    );
    const customerId = createCustomer.id;
    const { createInvoice } = await staffGql<{ createInvoice: { id: string; number: string } }>(
      page,
      "mutation($c: ID!, $input: InvoiceInput!) { createInvoice(customerId: $c, input: $input) { id number } }",
      { c: customerId, input: { lines: [{ description: "Winter storage, heated", quantity: 1, unitCents: 61_500 }] } },
    );
    await staffGql(page, "mutation($id: ID!) { issueInvoice(id: $id) { id } }", { id: createInvoice.id });

    // Staff create the customer's Stripe record from the customer page.
    await page.goto(`/staff/customers/${customerId}`);
    await page.getByRole("button", { name: "Link Stripe customer" }).click();
    const dialog = page.getByRole("dialog", { name: "Link Stripe customer" });
    await dialog.getByRole("button", { name: "Create and link" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^Stripe cus_fake/)).toBeVisible();
    await expect(page.getByText("No payment method on file")).toBeVisible();

    await staffGql(page, "mutation($c: ID!) { sendInvite(customerId: $c) { invitation { id } } }", { c: customerId });
    const customer = await browser.newContext({ baseURL: BASE_URL });
    const portal = await customer.newPage();
    const reachedStripe = await interceptCheckout(portal);
    await portal.goto(await inviteLinkFor(email));
    await portal.getByRole("button", { name: "Continue" }).click();
    await expect(portal.getByRole("heading", { name: "Needs your attention" })).toBeVisible();

    // Save a card: off to Checkout in setup mode, and back once Stripe has said so.
    await portal.goto("/portal/billing");
    await expect(portal.getByTestId("outstanding-balance")).toHaveText("$615.00");
    await portal.getByRole("button", { name: "Add a payment method" }).click();
    await expect(portal).toHaveTitle("Stripe Checkout");
    expect(reachedStripe()).toMatch(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_/);
    const setup = (await checkoutSessions()).at(-1)?.params ?? {};
    expect(setup.mode).toBe("setup");
    await portal.goto(setup.success_url ?? "");
    await expect(
      portal.getByText("Saving your card… Stripe is confirming it. This page updates by itself."),
    ).toBeVisible();
    // Stripe saves the card, then tells Portico.
    const saved = await fetch(`${STRIPE_URL}/__customers/${setup.customer}/card`, {
      method: "POST",
      body: new URLSearchParams({ brand: "visa", last4: "4242" }),
    });
    expect(saved.status).toBe(200);
    await stripeCompletes(webhookUrl, { id: `cs_test_${unique("setup")}`, mode: "setup", customer: setup.customer });
    await expect(portal.getByText("Your card is saved. Thank you!")).toBeVisible();
    await expect(portal.getByText("Card on file")).toBeVisible();
    await expect(portal.getByTestId("saved-card")).toHaveText("Visa ending 4242");

    // Pay the invoice: Checkout for its balance; the signed webhook records the payment.
    await portal.getByRole("link", { name: new RegExp(`Invoice ${createInvoice.number}`) }).click();
    await portal.getByRole("button", { name: "Pay $615.00" }).click();
    await expect(portal).toHaveTitle("Stripe Checkout");
    const payment = (await checkoutSessions()).at(-1)?.params ?? {};
    expect(payment).toMatchObject({ mode: "payment", "line_items[0][price_data][unit_amount]": "61500" });
    await stripeCompletes(webhookUrl, {
      id: `cs_test_${unique("pay")}`,
      mode: "payment",
      payment_status: "paid",
      amount_total: 61_500,
      customer: payment.customer,
      payment_intent: "pi_e2e",
      metadata: { porticoInvoiceId: createInvoice.id },
    });
    await portal.goto(payment.success_url ?? "");
    await expect(portal.getByText("Payment received. Thank you!")).toBeVisible();
    await expect(portal.getByText("Paid", { exact: true }).first()).toBeVisible();
    await expect(portal.getByRole("button", { name: /^Pay / })).toHaveCount(0);
    await expect(portal.getByText("Online card payment")).toBeVisible();
    await customer.close();

    // Staff see the card and the payment.
    await page.reload();
    await expect(page.getByText("Connected · Visa ending 4242")).toBeVisible();
    const invoices = (
      await staffGql<{ customer: { invoices: Array<{ status: string; balanceCents: number }> } }>(
        page,
        "query($id: ID!) { customer(id: $id) { invoices { status balanceCents } } }",
        { id: customerId },
      )
    ).customer.invoices;
    expect(invoices).toEqual([{ status: "PAID", balanceCents: 0 }]);
  }
});
