import { eq, isNull, sql } from "drizzle-orm";
import type Stripe from "stripe";
import type { Config } from "../../config.js";
import { type Database, preparedRead, type Tables, type WriteDb } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import type { Clock } from "../../lib/clock.js";
import { badInput, conflict, notFound, unavailable } from "../../lib/domain-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { facilityTodayIn, getIssuedInvoice, type PortalCustomer } from "../invoices/invoice.service.js";
import { queueInvoiceEvent } from "../webhooks/webhooks.service.js";

let stripeModule: Promise<typeof Stripe> | undefined;

/**
 * Stripe's client library, loaded on the first call that needs it: it is a couple of hundred modules,
 * most facilities never turn payments on, and loading it at start slowed every server start.
 */
export function stripeLibrary(): Promise<typeof Stripe> {
  stripeModule ??= import("stripe").then((module) => module.default);
  return stripeModule;
}

/** The official client for one facility's Stripe account, pointed at STRIPE_API_URL. */
export async function stripeClient(config: Pick<Config, "stripeApiUrl">, secretKey: string): Promise<Stripe> {
  const Stripe = await stripeLibrary();
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
  const Stripe = await stripeLibrary();
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

/** The facility's Stripe keys, or null when there is no such facility. The webhook checks them first. */
export async function stripeAccountOf(
  data: Database,
  facilityId: number,
): Promise<{ secretKey: string | null; webhookSecret: string | null } | null> {
  const { t } = data;
  const [account] = await data.read
    .select({ secretKey: t.facilities.stripeSecretKey, webhookSecret: t.facilities.stripeWebhookSecret })
    .from(t.facilities)
    .where(eq(t.facilities.id, facilityId));
  return account ?? null;
}

type StripeDeps = { data: Database; config: Pick<Config, "stripeApiUrl"> };
type CheckoutDeps = { data: Database; config: Pick<Config, "stripeApiUrl" | "publicUrl"> };

/** The facility's name and a client for its Stripe account; CONFLICT when online payments are off. */
async function facilityStripe(deps: StripeDeps, scope: FacilityScope) {
  const { t } = deps.data;
  const [facility] = await deps.data.read
    .select({ name: t.facilities.name, secretKey: t.facilities.stripeSecretKey })
    .from(t.facilities)
    .where(eq(t.facilities.id, scope.facilityId));
  if (!facility?.secretKey) throw conflict("Online payments are not set up for this facility");
  return { facilityName: facility.name, stripe: await stripeClient(deps.config, facility.secretKey) };
}

/**
 * Saves (or, with no key, clears) a facility's Stripe keys. A key is tried against Stripe first, so
 * a typo is refused here rather than at a customer's first payment; without the webhook secret no
 * payment could ever be confirmed, so both come together.
 */
export async function saveStripeSettings(
  deps: StripeDeps & { clock: Clock },
  scope: FacilityScope,
  input: { secretKey?: string | null; webhookSecret?: string | null },
): Promise<void> {
  const secretKey = input.secretKey?.trim() || null;
  const webhookSecret = secretKey ? input.webhookSecret?.trim() || null : null;
  if (secretKey && !webhookSecret)
    throw badInput("Add the webhook signing secret too", {
      webhookSecret: "Needed to confirm payments: copy it from the webhook endpoint in Stripe",
    });
  if (secretKey) {
    const Stripe = await stripeLibrary();
    try {
      await (await stripeClient(deps.config, secretKey)).balance.retrieve();
    } catch (error) {
      if (
        error instanceof Stripe.errors.StripeAuthenticationError ||
        error instanceof Stripe.errors.StripePermissionError
      )
        throw badInput("Stripe refused this key", { secretKey: "Stripe refused this key: check it and try again" });
      throw unavailable("Stripe could not be reached to check the key. Try again in a minute.");
    }
  }
  const { data } = deps;
  const { t } = data;
  await data.transaction(async (tx) => {
    await tx
      .update(t.facilities)
      .set({ stripeSecretKey: secretKey, stripeWebhookSecret: webhookSecret })
      .where(eq(t.facilities.id, scope.facilityId));
    await recordAudit(tx, t, scope, deps.clock.now(), {
      action: "SETTINGS_CHANGED",
      subject: "Online payments",
      details: { fields: secretKey ? "Stripe keys" : "Stripe keys removed" },
    });
  });
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

// Billing and the customer page read the card with rows of their own; this is for the rest: prepared once.
const paymentSetupRead = preparedRead(
  "payment_setup",
  (db, t) =>
    db
      .select({
        onFile: t.customers.paymentMethodConnected,
        brand: t.customers.cardBrand,
        last4: t.customers.cardLast4,
        expires: t.customers.cardExpires,
      })
      .from(t.customers)
      .where(FacilityScope.preparedWhere(t.customers, eq(t.customers.id, sql.placeholder("customerId")))),
  { keyed: true },
);

/** A customer's saved-card columns as pages read them with the customer's row. */
export type SavedCardColumns = { brand: string | null; last4: string | null; expires: string | null };

/** The saved card those columns describe, or null until Stripe has said which card it is. */
export function savedCardOf(columns: SavedCardColumns): SavedCard | null {
  return columns.brand && columns.last4
    ? { brand: columns.brand, last4: columns.last4, expires: columns.expires }
    : null;
}

/** Whether a payment method is on file ("payment setup connected") and, when Stripe said, which card. */
export async function paymentSetupOf(
  data: Database,
  scope: FacilityScope,
  customerId: number,
): Promise<{ onFile: boolean; card: SavedCard | null }> {
  const [row] = await paymentSetupRead(data).execute(scope.values({ customerId }));
  if (!row) return { onFile: false, card: null };
  return { onFile: row.onFile, card: savedCardOf(row) };
}

/** The customer's newest saved payment method at Stripe (Stripe lists newest first). */
async function newestPaymentMethod(stripe: Stripe, stripeCustomerId: string) {
  return (await atStripe(() => stripe.customers.listPaymentMethods(stripeCustomerId, { limit: 1 }))).data[0];
}

/** The columns that say whether a payment method is on file, and which card. */
function paymentSetupColumns(onFile: boolean, card: SavedCard | null) {
  return {
    paymentMethodConnected: onFile,
    cardBrand: card?.brand ?? null,
    cardLast4: card?.last4 ?? null,
    cardExpires: card?.expires ?? null,
  } satisfies Partial<Tables["customers"]["$inferInsert"]>;
}

/**
 * After Stripe reports a saved payment method, reads which card it was, so Billing can say "Visa
 * ending 4242" without asking Stripe on every page view. Stripe is asked before the transaction.
 */
export async function refreshSavedCard(
  deps: StripeDeps,
  scope: FacilityScope,
  stripeCustomerId: string,
): Promise<void> {
  const { stripe } = await facilityStripe(deps, scope);
  const method = await newestPaymentMethod(stripe, stripeCustomerId);
  if (!method) return;
  const { data } = deps;
  const { t } = data;
  await data.transaction(async (tx) => {
    const [customer] = await tx
      .select({ id: t.customers.id })
      .from(t.customers)
      .where(scope.where(t.customers, eq(t.customers.stripeCustomerId, stripeCustomerId)));
    if (customer) await rememberPaymentSetup(tx, t, scope, customer.id, paymentSetupColumns(true, cardOf(method)));
  });
}

function rememberPaymentSetup(
  tx: WriteDb,
  t: Tables,
  scope: FacilityScope,
  customerId: number,
  columns: Partial<Tables["customers"]["$inferInsert"]>,
) {
  return tx
    .update(t.customers)
    .set(columns)
    .where(scope.where(t.customers, eq(t.customers.id, customerId)));
}

/**
 * Links a customer to a Stripe customer record: an existing one by id (payment setup counts as
 * connected when it already has a payment method), or a new one. Answers the Stripe customer id.
 * Stripe is asked first; the link is written after, in a transaction of its own.
 */
export async function linkStripeCustomer(
  deps: StripeDeps,
  scope: FacilityScope,
  customerId: number,
  stripeCustomerId: string | null,
): Promise<string> {
  const { data } = deps;
  const { t } = data;
  const [customer] = await data.read
    .select({ id: t.customers.id })
    .from(t.customers)
    .where(scope.where(t.customers, eq(t.customers.id, customerId)));
  if (!customer) throw notFound("Customer");
  let id = stripeCustomerId?.trim() || null;
  if (id && !/^cus_[A-Za-z0-9]+$/.test(id))
    throw badInput("A Stripe customer id looks like cus_…", { stripeCustomerId: "Looks like cus_…" });
  const { stripe } = await facilityStripe(deps, scope);
  const Stripe = await stripeLibrary();
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
    id = await createAtStripe(deps, stripe, scope, customer.id);
  }
  const linked = id;
  // The link and what it says about a saved card change together, in one statement.
  await data.transaction((tx) =>
    rememberPaymentSetup(tx, t, scope, customerId, {
      stripeCustomerId: linked,
      ...paymentSetupColumns(!!method, cardOf(method)),
    }),
  );
  return linked;
}

/**
 * The portal account's Stripe customer, created at Stripe on first use. Two first payments at once
 * (a double click, two tabs) each create one at Stripe, outside any transaction; the link is written
 * only where none is yet, so the first one written wins and both checkouts use it. The other stays at
 * Stripe unused, with nothing saved on it.
 */
async function ensureStripeCustomer(deps: StripeDeps, viewer: PortalCustomer): Promise<string> {
  const { data } = deps;
  const { t } = data;
  const { scope, customerId } = viewer;
  const linkedNow = async () => {
    const [row] = await data.read
      .select({ stripeCustomerId: t.customers.stripeCustomerId })
      .from(t.customers)
      .where(scope.where(t.customers, eq(t.customers.id, customerId)));
    if (!row) throw notFound("Customer");
    return row.stripeCustomerId;
  };
  const linked = await linkedNow();
  if (linked) return linked;
  const { stripe } = await facilityStripe(deps, scope);
  const created = await createAtStripe(deps, stripe, scope, customerId);
  const [won] = await data.transaction((tx) =>
    tx
      .update(t.customers)
      .set({ stripeCustomerId: created, ...paymentSetupColumns(false, null) })
      .where(scope.where(t.customers, eq(t.customers.id, customerId), isNull(t.customers.stripeCustomerId)))
      .returning({ id: t.customers.id }),
  );
  if (won) return created;
  const winner = await linkedNow();
  if (!winner) throw new Error("A customer's Stripe link was removed while it was being made");
  return winner;
}

/** A new Stripe customer for a customer of the facility; answers its id. */
async function createAtStripe(deps: StripeDeps, stripe: Stripe, scope: FacilityScope, customerId: number) {
  const { t } = deps.data;
  const [customer] = await deps.data.read
    .select({ id: t.customers.id, name: t.customers.name, email: t.customers.email })
    .from(t.customers)
    .where(scope.where(t.customers, eq(t.customers.id, customerId)));
  if (!customer) throw notFound("Customer");
  const created = await atStripe(() =>
    stripe.customers.create({
      name: customer.name,
      email: customer.email ?? undefined,
      metadata: { porticoCustomerId: String(customer.id), porticoFacilityId: String(scope.facilityId) },
    }),
  );
  return created.id;
}

/** A Stripe Checkout page for an invoice's balance; the webhook records the payment. */
export async function invoiceCheckout(deps: CheckoutDeps, viewer: PortalCustomer, invoiceId: number): Promise<string> {
  const { config } = deps;
  const invoice = await getIssuedInvoice(deps.data, viewer, invoiceId);
  if (invoice.status !== "OPEN" || invoice.balanceCents <= 0) throw conflict("This invoice has nothing left to pay");
  const { facilityName, stripe } = await facilityStripe(deps, viewer.scope);
  const customer = await ensureStripeCustomer(deps, viewer);
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
            product_data: { name: `${facilityName} · invoice ${invoice.number}` },
          },
        },
      ],
      metadata: { porticoInvoiceId: String(invoice.id), porticoFacilityId: String(viewer.scope.facilityId) },
      success_url: `${config.publicUrl}/portal/billing/${invoice.id}?paid=1`,
      cancel_url: `${config.publicUrl}/portal/billing/${invoice.id}?paid=0`,
    }),
  );
  if (!session.url) throw new Error("Stripe returned a checkout session without a URL");
  return session.url;
}

/** A Stripe Checkout page in setup mode: the customer saves a card for later. */
export async function paymentMethodSetup(
  deps: CheckoutDeps,
  viewer: PortalCustomer,
  returnTo: "billing" | "welcome",
): Promise<string> {
  const { config } = deps;
  const { stripe } = await facilityStripe(deps, viewer.scope);
  const customer = await ensureStripeCustomer(deps, viewer);
  const session = await atStripe(() =>
    stripe.checkout.sessions.create({
      mode: "setup",
      customer,
      currency: "usd",
      metadata: {
        porticoCustomerId: String(viewer.customerId),
        porticoFacilityId: String(viewer.scope.facilityId),
      },
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
export async function applyStripeEvent(
  data: Database,
  scope: FacilityScope,
  event: Stripe.Event,
  now: Date,
): Promise<"applied" | "duplicate" | "ignored"> {
  const { t } = data;
  return data.transaction(async (tx) => {
    const fresh = await tx
      .insert(t.webhookEvents)
      .values({ key: `stripe:${scope.facilityId}:${event.id}`, receivedAt: now })
      .onConflictDoNothing()
      .returning({ key: t.webhookEvents.key });
    if (fresh.length === 0) return "duplicate";
    if (event.type !== "checkout.session.completed") return "ignored";
    const session = event.data.object;
    if (session.mode === "setup") {
      const stripeCustomerId = typeof session.customer === "string" ? session.customer : (session.customer?.id ?? "");
      const connected = await tx
        .update(t.customers)
        .set({ paymentMethodConnected: true })
        .where(scope.where(t.customers, eq(t.customers.stripeCustomerId, stripeCustomerId)))
        .returning({ id: t.customers.id });
      return connected.length > 0 ? "applied" : "ignored";
    }
    if (session.mode !== "payment" || session.payment_status !== "paid") return "ignored";
    const invoiceId = Number(session.metadata?.porticoInvoiceId);
    if (!Number.isSafeInteger(invoiceId)) return "ignored";
    // Locked until the transaction ends: the balance decides the payment (a no-op on SQLite).
    const [invoice] = await data.dialect.forUpdate(
      tx
        .select({ id: t.invoices.id, balanceCents: t.invoices.balanceCents })
        .from(t.invoices)
        .where(scope.where(t.invoices, eq(t.invoices.id, invoiceId))),
    );
    if (!invoice) return "ignored";
    const amount = Math.min(session.amount_total ?? 0, invoice.balanceCents);
    const inserted = await tx
      .insert(t.payments)
      .values({
        facilityId: scope.facilityId,
        invoiceId: invoice.id,
        amountCents: amount,
        method: "STRIPE",
        reference:
          typeof session.payment_intent === "string"
            ? session.payment_intent
            : (session.payment_intent?.id ?? session.id),
        receivedOn: await facilityTodayIn(tx, t, scope, now),
        stripeCheckoutSessionId: session.id,
        createdAt: now,
      })
      .onConflictDoNothing({ target: t.payments.stripeCheckoutSessionId })
      .returning({ id: t.payments.id });
    if (inserted.length === 0) return "duplicate";
    const balanceCents = invoice.balanceCents - amount;
    await tx
      .update(t.invoices)
      .set(balanceCents === 0 ? { balanceCents, status: "PAID" } : { balanceCents })
      .where(eq(t.invoices.id, invoice.id));
    if (balanceCents === 0)
      await queueInvoiceEvent({ tx, t, facilityId: scope.facilityId, now }, "invoice.paid", invoice.id);
    return "applied";
  });
}
