import Stripe from "stripe";
import type { Config } from "../../config.js";
import { type Db, writeTransaction } from "../../db/client.js";
import { badInput, conflict, notFound, unavailable } from "../../lib/domain-error.js";
import { facilityToday, getFacility } from "../facilities/facility.service.js";
import { getInvoice } from "../invoices/invoice.service.js";

/** The official client for one facility's Stripe account, pointed at STRIPE_API_URL. */
export function stripeClient(config: Pick<Config, "stripeApiUrl">, secretKey: string): Stripe {
  const url = new URL(config.stripeApiUrl);
  return new Stripe(secretKey, {
    host: url.hostname,
    port: url.port || (url.protocol === "https:" ? 443 : 80),
    protocol: url.protocol === "https:" ? "https" : "http",
    maxNetworkRetries: 1,
    timeout: 20_000,
    telemetry: false,
  });
}

/**
 * Runs a Stripe call, turning Stripe being down or refusing the facility's key into an error the
 * person can act on; anything else is a bug and stays masked.
 */
async function atStripe<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (
      error instanceof Stripe.errors.StripeAuthenticationError ||
      error instanceof Stripe.errors.StripePermissionError
    )
      throw unavailable("Online payments are paused: Stripe refused the facility's key. The team has been told.");
    if (
      error instanceof Stripe.errors.StripeConnectionError ||
      error instanceof Stripe.errors.StripeAPIError ||
      error instanceof Stripe.errors.StripeRateLimitError
    )
      throw unavailable("Stripe could not be reached. Try again in a minute.");
    throw error;
  }
}

function facilityStripe(db: Db, config: Pick<Config, "stripeApiUrl">, facilityId: number) {
  const facility = getFacility(db, facilityId);
  if (!facility.stripeSecretKey) throw conflict("Online payments are not set up for this facility");
  return { facility, stripe: stripeClient(config, facility.stripeSecretKey) };
}

/**
 * Saves (or, with no key, clears) a facility's Stripe keys. A key is tried against Stripe first, so
 * a typo is refused here rather than at a customer's first payment; without the webhook secret no
 * payment could ever be confirmed, so both come together.
 */
export async function saveStripeSettings(
  db: Db,
  config: Pick<Config, "stripeApiUrl">,
  facilityId: number,
  input: { secretKey?: string | null; webhookSecret?: string | null },
): Promise<void> {
  const secretKey = input.secretKey?.trim() || null;
  const webhookSecret = secretKey ? input.webhookSecret?.trim() || null : null;
  if (secretKey && !webhookSecret)
    throw badInput("Add the webhook signing secret too", {
      webhookSecret: "Needed to confirm payments: copy it from the webhook endpoint in Stripe",
    });
  if (secretKey) {
    try {
      await stripeClient(config, secretKey).balance.retrieve();
    } catch (error) {
      if (
        error instanceof Stripe.errors.StripeAuthenticationError ||
        error instanceof Stripe.errors.StripePermissionError
      )
        throw badInput("Stripe refused this key", { secretKey: "Stripe refused this key: check it and try again" });
      throw unavailable("Stripe could not be reached to check the key. Try again in a minute.");
    }
  }
  db.$client
    .prepare("UPDATE facilities SET stripe_secret_key = ?, stripe_webhook_secret = ? WHERE id = ?")
    .run(secretKey, webhookSecret, facilityId);
}

/** The card a customer saved with Stripe, as Stripe described it: "visa", "4242", "08/2028". */
export type SavedCard = { brand: string; last4: string; expires: string | null };

function cardOf(method: Stripe.PaymentMethod | undefined): SavedCard | null {
  const card = method?.card;
  if (!card) return null;
  const expires =
    card.exp_month && card.exp_year ? `${String(card.exp_month).padStart(2, "0")}/${card.exp_year}` : null;
  return { brand: card.brand, last4: card.last4, expires };
}

/** Whether a payment method is on file ("payment setup connected") and, when Stripe said, which card. */
export function paymentSetupOf(db: Db, customerId: number): { onFile: boolean; card: SavedCard | null } {
  const row = db.$client
    .prepare("SELECT payment_method_connected, card_brand, card_last4, card_expires FROM customers WHERE id = ?")
    .get(customerId) as
    | {
        payment_method_connected: number;
        card_brand: string | null;
        card_last4: string | null;
        card_expires: string | null;
      }
    | undefined;
  if (!row) return { onFile: false, card: null };
  const card =
    row.card_brand && row.card_last4
      ? { brand: row.card_brand, last4: row.card_last4, expires: row.card_expires }
      : null;
  return { onFile: row.payment_method_connected === 1, card };
}

/** The customer's newest saved payment method at Stripe (Stripe lists newest first). */
async function newestPaymentMethod(stripe: Stripe, stripeCustomerId: string) {
  return (await atStripe(() => stripe.customers.listPaymentMethods(stripeCustomerId, { limit: 1 }))).data[0];
}

function rememberPaymentSetup(db: Db, customerId: number, onFile: boolean, card: SavedCard | null): void {
  db.$client
    .prepare(
      "UPDATE customers SET payment_method_connected = ?, card_brand = ?, card_last4 = ?, card_expires = ? WHERE id = ?",
    )
    .run(onFile ? 1 : 0, card?.brand ?? null, card?.last4 ?? null, card?.expires ?? null, customerId);
}

/**
 * After Stripe reports a saved payment method, reads which card it was, so Billing can say "Visa
 * ending 4242" without asking Stripe on every page view.
 */
export async function refreshSavedCard(
  db: Db,
  config: Pick<Config, "stripeApiUrl">,
  facilityId: number,
  stripeCustomerId: string,
): Promise<void> {
  const { stripe } = facilityStripe(db, config, facilityId);
  const method = await newestPaymentMethod(stripe, stripeCustomerId);
  const customer = db.$client
    .prepare("SELECT id FROM customers WHERE facility_id = ? AND stripe_customer_id = ?")
    .pluck()
    .get(facilityId, stripeCustomerId) as number | undefined;
  if (customer && method) rememberPaymentSetup(db, customer, true, cardOf(method));
}

/**
 * Links a customer to a Stripe customer record: an existing one by id (payment setup counts as
 * connected when it already has a payment method), or a new one.
 */
export async function linkStripeCustomer(
  db: Db,
  config: Pick<Config, "stripeApiUrl">,
  facilityId: number,
  customerId: number,
  stripeCustomerId: string | null,
): Promise<void> {
  const customer = db.$client
    .prepare("SELECT * FROM customers WHERE id = ? AND facility_id = ?")
    .get(customerId, facilityId) as { id: number; name: string; email: string | null } | undefined;
  if (!customer) throw notFound("Customer");
  let id = stripeCustomerId?.trim() || null;
  if (id && !/^cus_[A-Za-z0-9]+$/.test(id))
    throw badInput("A Stripe customer id looks like cus_…", { stripeCustomerId: "Looks like cus_…" });
  const { stripe } = facilityStripe(db, config, facilityId);
  let method: Stripe.PaymentMethod | undefined;
  if (id) {
    const stripeId = id;
    const found = await atStripe(() =>
      stripe.customers.retrieve(stripeId).catch((error: unknown) => {
        if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === "resource_missing") return null;
        throw error;
      }),
    );
    if (!found || ("deleted" in found && found.deleted))
      throw badInput("Stripe has no customer with that id", { stripeCustomerId: "Not found at Stripe" });
    method = await newestPaymentMethod(stripe, stripeId);
  } else {
    id = (
      await atStripe(() =>
        stripe.customers.create({
          name: customer.name,
          email: customer.email ?? undefined,
          metadata: { porticoCustomerId: String(customer.id), porticoFacilityId: String(facilityId) },
        }),
      )
    ).id;
  }
  const linked = id;
  // The link and what it says about a saved card change together.
  writeTransaction(db, (tx) => {
    tx.$client.prepare("UPDATE customers SET stripe_customer_id = ? WHERE id = ?").run(linked, customerId);
    rememberPaymentSetup(tx, customerId, !!method, cardOf(method));
  });
}

async function ensureStripeCustomer(
  db: Db,
  config: Pick<Config, "stripeApiUrl">,
  viewer: { facilityId: number; customerId: number },
) {
  const row = db.$client.prepare("SELECT stripe_customer_id FROM customers WHERE id = ?").get(viewer.customerId) as {
    stripe_customer_id: string | null;
  };
  if (!row.stripe_customer_id) await linkStripeCustomer(db, config, viewer.facilityId, viewer.customerId, null);
  return (
    db.$client.prepare("SELECT stripe_customer_id FROM customers WHERE id = ?").get(viewer.customerId) as {
      stripe_customer_id: string;
    }
  ).stripe_customer_id;
}

/** A Stripe Checkout page for an invoice's balance; the webhook records the payment. */
export async function invoiceCheckout(
  db: Db,
  config: Pick<Config, "stripeApiUrl" | "publicUrl">,
  viewer: { facilityId: number; customerId: number },
  invoiceId: number,
): Promise<string> {
  const invoice = getInvoice(db, viewer.facilityId, invoiceId, viewer.customerId);
  if (invoice.status === "DRAFT") throw notFound("Invoice");
  if (invoice.status !== "OPEN" || invoice.balanceCents <= 0) throw conflict("This invoice has nothing left to pay");
  const { facility, stripe } = facilityStripe(db, config, viewer.facilityId);
  const customer = await ensureStripeCustomer(db, config, viewer);
  const session = await atStripe(() =>
    stripe.checkout.sessions.create({
      mode: "payment",
      customer,
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: "usd",
            unit_amount: invoice.balanceCents,
            product_data: { name: `${facility.name} · invoice ${invoice.number}` },
          },
        },
      ],
      metadata: { porticoInvoiceId: String(invoice.id), porticoFacilityId: String(viewer.facilityId) },
      success_url: `${config.publicUrl}/portal/billing/${invoice.id}?paid=1`,
      cancel_url: `${config.publicUrl}/portal/billing/${invoice.id}?paid=0`,
    }),
  );
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
  return session.url;
}

/** A Stripe Checkout page in setup mode: the customer saves a card for later. */
export async function paymentMethodSetup(
  db: Db,
  config: Pick<Config, "stripeApiUrl" | "publicUrl">,
  viewer: { facilityId: number; customerId: number },
  returnTo: "billing" | "welcome",
): Promise<string> {
  const { stripe } = facilityStripe(db, config, viewer.facilityId);
  const customer = await ensureStripeCustomer(db, config, viewer);
  const session = await atStripe(() =>
    stripe.checkout.sessions.create({
      mode: "setup",
      customer,
      currency: "usd",
      metadata: { porticoCustomerId: String(viewer.customerId), porticoFacilityId: String(viewer.facilityId) },
      success_url: `${config.publicUrl}/portal/${returnTo}?setup=1`,
      cancel_url: `${config.publicUrl}/portal/${returnTo}?setup=0`,
    }),
  );
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
  return session.url;
}

/**
 * Applies a verified Stripe event once (keyed by its id). A paid checkout records a STRIPE payment
 * (unique per checkout session) against its invoice; a completed setup marks payment setup connected.
 */
export function applyStripeEvent(
  db: Db,
  facilityId: number,
  event: Stripe.Event,
  now: Date,
): "applied" | "duplicate" | "ignored" {
  return writeTransaction(db, (tx) => {
    const fresh = tx.$client
      .prepare("INSERT INTO webhook_events (key, received_at) VALUES (?, ?) ON CONFLICT(key) DO NOTHING")
      .run(`stripe:${facilityId}:${event.id}`, now.getTime());
    if (fresh.changes === 0) return "duplicate";
    if (event.type !== "checkout.session.completed") return "ignored";
    const session = event.data.object as Stripe.Checkout.Session;
    if (session.mode === "setup") {
      const result = tx.$client
        .prepare("UPDATE customers SET payment_method_connected = 1 WHERE facility_id = ? AND stripe_customer_id = ?")
        .run(facilityId, typeof session.customer === "string" ? session.customer : (session.customer?.id ?? ""));
      return result.changes ? "applied" : "ignored";
    }
    if (session.mode !== "payment" || session.payment_status !== "paid") return "ignored";
    const invoiceId = Number(session.metadata?.porticoInvoiceId);
    const invoice = tx.$client
      .prepare("SELECT * FROM invoices WHERE id = ? AND facility_id = ?")
      .get(invoiceId, facilityId) as { id: number; status: string; balance_cents: number } | undefined;
    if (!invoice) return "ignored";
    const amount = Math.min(session.amount_total ?? 0, invoice.balance_cents);
    const inserted = tx.$client
      .prepare(
        `INSERT INTO payments (facility_id, invoice_id, amount_cents, method, reference, received_on, stripe_checkout_session_id, created_at)
         VALUES (?, ?, ?, 'STRIPE', ?, ?, ?, ?) ON CONFLICT(stripe_checkout_session_id) DO NOTHING`,
      )
      .run(
        facilityId,
        invoice.id,
        amount,
        typeof session.payment_intent === "string"
          ? session.payment_intent
          : (session.payment_intent?.id ?? session.id),
        facilityToday(tx, facilityId, now),
        session.id,
        now.getTime(),
      );
    if (inserted.changes === 0) return "duplicate";
    const balance = invoice.balance_cents - amount;
    tx.$client
      .prepare(
        "UPDATE invoices SET balance_cents = ?, status = CASE WHEN ? = 0 THEN 'PAID' ELSE status END WHERE id = ?",
      )
      .run(balance, balance, invoice.id);
    return "applied";
  });
}
