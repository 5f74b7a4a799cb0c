import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, inArray, lt, or } from "drizzle-orm";
import type { Database, Tables, WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { DAY } from "../../lib/clock.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { recordAudit } from "../audit/audit.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { parseWebhookUrl, resolveTarget, WebhookTargetError } from "./webhook-target.js";

/** The wire names of the events an endpoint may listen to (docs/decisions/0047-webhooks.md). */
export const webhookEventTypes = [
  "invitation.sent",
  "invitation.delivered",
  "invitation.bounced",
  "invitation.accepted",
  "customer.created",
  "invoice.issued",
  "invoice.paid",
  "document.signed",
  "estimate.answered",
  "message.received",
  "service_request.created",
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
/** An event no endpoint listens to: an admin sends it to one endpoint to try the receiver. */
export const WEBHOOK_TEST_EVENT = "webhook.test";
/** What a delivery may carry: a subscribed event or a test. */
export type DeliveryEventType = WebhookEventType | typeof WEBHOOK_TEST_EVENT;

/** Endpoints one facility may have. */
export const MAX_ENDPOINTS = 20;
export const MAX_DESCRIPTION = 200;
/** Deliveries kept in the log; older ones are purged. */
export const DELIVERY_LOG_DAYS = 30;

export type WebhookEndpointRow = Tables["webhookEndpoints"]["$inferSelect"];
export type WebhookDeliveryRow = Tables["webhookDeliveries"]["$inferSelect"];

type Deps = Pick<ServiceDeps, "data" | "clock" | "config">;

/** A new signing secret: `whsec_` and 32 random bytes, base64url. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** The event types an endpoint listens to, as stored. */
export function eventsOf(row: Pick<WebhookEndpointRow, "events">): WebhookEventType[] {
  const parsed = JSON.parse(row.events) as unknown;
  return Array.isArray(parsed) ? webhookEventTypes.filter((type) => parsed.includes(type)) : [];
}

function checkEvents(events: readonly string[]): WebhookEventType[] {
  if (events.includes(WEBHOOK_TEST_EVENT))
    throw badInput("Test events are sent from the endpoint's page; they cannot be subscribed to", {
      events: "Not an event to listen to",
    });
  const known = webhookEventTypes.filter((type) => events.includes(type));
  if (known.length === 0) throw badInput("Pick at least one event", { events: "Pick at least one event" });
  return known;
}

function checkDescription(description: string | null | undefined): string {
  const text = (description ?? "").trim();
  if (text.length > MAX_DESCRIPTION)
    throw badInput(`The description is at most ${MAX_DESCRIPTION} characters`, { description: "Too long" });
  return text;
}

/** The URL, checked as registration requires (scheme, and every address its host has). */
async function checkedUrl(deps: Pick<Deps, "config">, raw: string): Promise<string> {
  try {
    const url = parseWebhookUrl(raw);
    await resolveTarget(url, deps.config.webhooksAllowPrivateTargets);
    return url.toString();
  } catch (error) {
    if (error instanceof WebhookTargetError) throw badInput(error.message, { url: error.message });
    throw error;
  }
}

export async function listEndpoints(data: Database, scope: FacilityScope): Promise<WebhookEndpointRow[]> {
  const e = data.t.webhookEndpoints;
  return data.read.select().from(e).where(scope.where(e)).orderBy(asc(e.id));
}

/** The facility's endpoint; another facility's id answers exactly like a missing one. */
export async function endpointOf(
  db: Pick<WriteDb, "select">,
  t: Tables,
  scope: FacilityScope,
  id: number,
): Promise<WebhookEndpointRow> {
  const [row] = await db
    .select()
    .from(t.webhookEndpoints)
    .where(scope.where(t.webhookEndpoints, eq(t.webhookEndpoints.id, id)));
  if (!row) throw notFound("Webhook endpoint");
  return row;
}

export async function createEndpoint(
  deps: Deps,
  scope: FacilityScope,
  input: { url: string; description?: string | null; events: readonly string[] },
): Promise<WebhookEndpointRow> {
  const { data } = deps;
  const { t } = data;
  const events = checkEvents(input.events);
  const description = checkDescription(input.description);
  const url = await checkedUrl(deps, input.url);
  const now = deps.clock.now();
  return data.transaction(async (tx) => {
    await data.dialect.lockKey(`webhook-endpoints:${scope.facilityId}`);
    const count = await tx.$count(t.webhookEndpoints, scope.where(t.webhookEndpoints));
    if (count >= MAX_ENDPOINTS) throw conflict(`A facility can have at most ${MAX_ENDPOINTS} webhook endpoints`);
    const row = returnedRow(
      await tx
        .insert(t.webhookEndpoints)
        .values({
          facilityId: scope.facilityId,
          url,
          description,
          events: JSON.stringify(events),
          secret: newWebhookSecret(),
          createdAt: now,
          updatedAt: now,
        })
        .returning(),
    );
    await recordAudit(tx, t, scope, now, {
      action: "WEBHOOK_ADDED",
      subject: url,
      details: { events: events.join(", ") },
    });
    return row;
  });
}

export async function updateEndpoint(
  deps: Deps,
  scope: FacilityScope,
  id: number,
  input: {
    url?: string | null;
    description?: string | null;
    events?: readonly string[] | null;
    enabled?: boolean | null;
  },
): Promise<WebhookEndpointRow> {
  const { data } = deps;
  const { t } = data;
  const url = input.url == null ? undefined : await checkedUrl(deps, input.url);
  const events = input.events == null ? undefined : JSON.stringify(checkEvents(input.events));
  const description = input.description == null ? undefined : checkDescription(input.description);
  const now = deps.clock.now();
  return data.transaction(async (tx) => {
    const before = await endpointOf(tx, t, scope, id);
    const turningOn = input.enabled === true;
    const changed = [
      url !== undefined && url !== before.url ? "url" : null,
      description !== undefined && description !== before.description ? "description" : null,
      events !== undefined && events !== before.events ? "events" : null,
    ].filter((field): field is string => field !== null);
    const switched = input.enabled != null && input.enabled !== before.enabled;
    if (changed.length > 0 || switched) {
      await recordAudit(tx, t, scope, now, {
        action: "WEBHOOK_CHANGED",
        subject: url ?? before.url,
        details: {
          ...(changed.length > 0 ? { fields: changed.join(", ") } : {}),
          ...(switched ? { enabled: input.enabled === true } : {}),
        },
      });
    }
    return returnedRow(
      await tx
        .update(t.webhookEndpoints)
        .set({
          url,
          events,
          description,
          enabled: input.enabled ?? undefined,
          // Turned back on, it starts with a clean record.
          ...(turningOn ? { disabledReason: null, failedInARow: 0, failingSince: null } : {}),
          ...(input.enabled === false ? { disabledReason: null } : {}),
          updatedAt: now,
        })
        .where(scope.where(t.webhookEndpoints, eq(t.webhookEndpoints.id, id)))
        .returning(),
    );
  });
}

export async function rotateEndpointSecret(deps: Deps, scope: FacilityScope, id: number): Promise<WebhookEndpointRow> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  return data.transaction(async (tx) => {
    const endpoint = await endpointOf(tx, t, scope, id);
    await recordAudit(tx, t, scope, now, { action: "WEBHOOK_SECRET_ROTATED", subject: endpoint.url });
    return returnedRow(
      await tx
        .update(t.webhookEndpoints)
        .set({ secret: newWebhookSecret(), updatedAt: now })
        .where(scope.where(t.webhookEndpoints, eq(t.webhookEndpoints.id, id)))
        .returning(),
    );
  });
}

export async function deleteEndpoint(
  deps: Pick<ServiceDeps, "data" | "clock">,
  scope: FacilityScope,
  id: number,
): Promise<void> {
  const { data } = deps;
  const { t } = data;
  await data.transaction(async (tx) => {
    const endpoint = await endpointOf(tx, t, scope, id);
    await recordAudit(tx, t, scope, deps.clock.now(), { action: "WEBHOOK_REMOVED", subject: endpoint.url });
    await tx.delete(t.webhookEndpoints).where(scope.where(t.webhookEndpoints, eq(t.webhookEndpoints.id, id)));
  });
}

export type DeliveryCursor = { at: Date; id: number };

/** A page of an endpoint's deliveries, newest first (keyset on created_at then id). */
export async function deliveriesPage(
  data: Database,
  scope: FacilityScope,
  endpointId: number,
  page: { first: number; after: DeliveryCursor | null },
): Promise<{ rows: WebhookDeliveryRow[]; hasNextPage: boolean }> {
  const d = data.t.webhookDeliveries;
  const rows = await data.read
    .select()
    .from(d)
    .where(
      scope.where(
        d,
        eq(d.endpointId, endpointId),
        page.after
          ? or(lt(d.createdAt, page.after.at), and(eq(d.createdAt, page.after.at), lt(d.id, page.after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(d.createdAt), desc(d.id))
    .limit(page.first + 1);
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}

/** Queues the event of a delivery again, to the same endpoint, as a new delivery due now. */
export async function resendDelivery(
  deps: Pick<ServiceDeps, "data" | "clock">,
  scope: FacilityScope,
  deliveryId: number,
): Promise<WebhookDeliveryRow> {
  const { data } = deps;
  const { t } = data;
  const d = t.webhookDeliveries;
  const now = deps.clock.now();
  return data.transaction(async (tx) => {
    const [old] = await tx
      .select()
      .from(d)
      .where(scope.where(d, eq(d.id, deliveryId)));
    if (!old) throw notFound("Webhook delivery");
    const endpoint = await endpointOf(tx, t, scope, old.endpointId);
    if (!endpoint.enabled) throw conflict("Turn the endpoint on before resending to it");
    return returnedRow(
      await tx
        .insert(d)
        .values({
          facilityId: scope.facilityId,
          endpointId: old.endpointId,
          customerId: old.customerId,
          eventId: old.eventId,
          eventType: old.eventType,
          payload: old.payload,
          nextAttemptAt: now,
          createdAt: now,
        })
        .returning(),
    );
  });
}

/**
 * Queues a `webhook.test` event to one endpoint, whatever it listens to, so an admin can see the
 * receiver answer and check the signature before real events flow.
 */
export async function sendTestEvent(
  deps: Pick<ServiceDeps, "data" | "clock">,
  scope: FacilityScope,
  endpointId: number,
): Promise<WebhookDeliveryRow> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  return data.transaction(async (tx) => {
    const endpoint = await endpointOf(tx, t, scope, endpointId);
    if (!endpoint.enabled) throw conflict("Turn the endpoint on before sending it a test event");
    const [row] = deliveriesOf([endpoint], {
      facilityId: scope.facilityId,
      customerId: null,
      type: WEBHOOK_TEST_EVENT,
      now,
      data: {
        endpointId: String(endpoint.id),
        message: "A test event from Portico. Check its signature, then answer 2xx.",
      },
    });
    return returnedRow(
      await tx
        .insert(t.webhookDeliveries)
        .values(row as NonNullable<typeof row>)
        .returning(),
    );
  });
}

/** A value in an event's data: flat facts, ids as the GraphQL API shows them (decimal strings). */
type EventData = Record<string, string | number | boolean | null>;

/**
 * Queues an event for every enabled endpoint of the facility that listens to it, inside the
 * caller's transaction: it is sent only if the change that caused it commits. Answers how many
 * deliveries were queued; wake the outbox (nudgeOutbox) after the transaction returns.
 */
export async function queueWebhookEvent(tx: WriteDb, t: Tables, event: QueuedEvent): Promise<number> {
  const endpoints = await listeningEndpoints(tx, t, event.facilityId, event.type);
  if (endpoints.length === 0) return 0;
  await tx.insert(t.webhookDeliveries).values(deliveriesOf(endpoints, event));
  return endpoints.length;
}

type QueuedEvent<Type extends DeliveryEventType = WebhookEventType> = {
  facilityId: number;
  /** The customer the event is about, if any: its deliveries are erased with them. */
  customerId: number | null;
  type: Type;
  data: EventData;
  now: Date;
};

/** The facility's enabled endpoints that listen to type. */
async function listeningEndpoints(tx: WriteDb, t: Tables, facilityId: number, type: WebhookEventType) {
  const e = t.webhookEndpoints;
  const endpoints = await tx
    .select({ id: e.id, events: e.events })
    .from(e)
    .where(and(eq(e.facilityId, facilityId), eq(e.enabled, true)));
  return endpoints.filter((endpoint) => eventsOf(endpoint).includes(type));
}

/** One delivery row per endpoint of one event, which gets its id and payload here. */
function deliveriesOf(endpoints: ReadonlyArray<{ id: number }>, event: QueuedEvent<DeliveryEventType>) {
  if (endpoints.length === 0) return [];
  const eventId = `evt_${randomBytes(12).toString("hex")}`;
  const payload = JSON.stringify({
    id: eventId,
    type: event.type,
    createdAt: event.now.toISOString(),
    facilityId: String(event.facilityId),
    data: event.data,
  });
  return endpoints.map((endpoint) => ({
    facilityId: event.facilityId,
    endpointId: endpoint.id,
    customerId: event.customerId,
    eventId,
    eventType: event.type,
    payload,
    nextAttemptAt: event.now,
    createdAt: event.now,
  }));
}

/**
 * customer.created for customers made in bulk (a CSV import's chunk): one read of the facility's
 * endpoints for the chunk, then one event per customer only when an endpoint listens.
 */
export async function queueCustomersCreated(
  tx: WriteDb,
  t: Tables,
  facilityId: number,
  customers: ReadonlyArray<{ id: number; name: string; email: string | null; phone: string | null }>,
  now: Date,
): Promise<number> {
  if (customers.length === 0) return 0;
  const endpoints = await listeningEndpoints(tx, t, facilityId, "customer.created");
  if (endpoints.length === 0) return 0;
  const rows = customers.flatMap((c) =>
    deliveriesOf(endpoints, {
      facilityId,
      customerId: c.id,
      type: "customer.created",
      now,
      data: { customerId: String(c.id), name: c.name, email: c.email, phone: c.phone },
    }),
  );
  await insertDeliveries(tx, t, rows);
  return rows.length;
}

/** Delivery rows in slices, which keep each insert well under SQLite's bound-parameter limit. */
async function insertDeliveries(tx: WriteDb, t: Tables, rows: ReturnType<typeof deliveriesOf>) {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(t.webhookDeliveries).values(rows.slice(i, i + 500));
}

/** The facts of an invitation events about it carry: who it went to, and how. */
async function invitationFacts(tx: WriteDb, t: Tables, invitationIds: number[]) {
  if (invitationIds.length === 0) return [];
  const i = t.invitations;
  return tx
    .select({
      id: i.id,
      facilityId: i.facilityId,
      customerId: i.customerId,
      contactId: i.contactId,
      email: i.email,
      customerName: t.customers.name,
      contactName: t.contacts.name,
      deliveredVia: i.deliveredVia,
    })
    .from(i)
    .innerJoin(t.customers, eq(t.customers.id, i.customerId))
    .leftJoin(t.contacts, eq(t.contacts.id, i.contactId))
    .where(inArray(i.id, invitationIds));
}

/** Queues `type` for each invitation (sent, delivered, bounced, accepted), in the caller's transaction. */
export async function queueInvitationEvents(
  tx: WriteDb,
  t: Tables,
  type: "invitation.sent" | "invitation.delivered" | "invitation.bounced" | "invitation.accepted",
  invitationIds: number[],
  now: Date,
  extra: EventData = {},
): Promise<number> {
  if (invitationIds.length === 0) return 0;
  // An invitation batch is one facility's as a rule: its endpoints are read once, not per invite,
  // and before the invitations' facts, which are read only when some endpoint listens (a batch of
  // 500 sent invites of a facility with no endpoint reads nothing more).
  const i = t.invitations;
  const facilities = await tx.selectDistinct({ facilityId: i.facilityId }).from(i).where(inArray(i.id, invitationIds));
  const endpointsOf = new Map<number, Awaited<ReturnType<typeof listeningEndpoints>>>();
  for (const { facilityId } of facilities) {
    const endpoints = await listeningEndpoints(tx, t, facilityId, type);
    if (endpoints.length > 0) endpointsOf.set(facilityId, endpoints);
  }
  if (endpointsOf.size === 0) return 0;
  const facts = (await invitationFacts(tx, t, invitationIds)).filter((f) => endpointsOf.has(f.facilityId));
  const rows = facts.flatMap((f) =>
    deliveriesOf(endpointsOf.get(f.facilityId) ?? [], {
      facilityId: f.facilityId,
      customerId: f.customerId,
      type,
      now,
      data: {
        invitationId: String(f.id),
        customerId: String(f.customerId),
        contactId: f.contactId == null ? null : String(f.contactId),
        name: f.contactName ?? f.customerName,
        email: f.email,
        channel: f.deliveredVia,
        ...extra,
      },
    }),
  );
  await insertDeliveries(tx, t, rows);
  return rows.length;
}

/** The deliveries older than the log keeps, a chunk at a time (the purge job drains it). */
export async function purgeOldWebhookDeliveries(data: Database, now: Date, chunk = 500): Promise<number> {
  const d = data.t.webhookDeliveries;
  const cutoff = new Date(now.getTime() - DELIVERY_LOG_DAYS * DAY);
  return data.transaction(async (tx) => {
    const old = await tx
      .select({ id: d.id })
      .from(d)
      .where(and(lt(d.createdAt, cutoff), inArray(d.status, ["SUCCEEDED", "FAILED"])))
      .orderBy(asc(d.createdAt))
      .limit(chunk);
    if (old.length === 0) return 0;
    const deleted = await tx
      .delete(d)
      .where(
        inArray(
          d.id,
          old.map((r) => r.id),
        ),
      )
      .returning({ id: d.id });
    return deleted.length;
  });
}

type Queued = { tx: WriteDb; t: Tables; facilityId: number; now: Date };

/**
 * Queues one event of the facility: its listening endpoints are read first, and the event's facts
 * (`facts`, null when the record is gone) only when one listens, as most facilities have none.
 */
async function queueEventOf(
  q: Queued,
  type: WebhookEventType,
  facts: (q: Queued) => Promise<{ customerId: number | null; data: EventData } | null>,
): Promise<number> {
  const endpoints = await listeningEndpoints(q.tx, q.t, q.facilityId, type);
  if (endpoints.length === 0) return 0;
  const event = await facts(q);
  if (!event) return 0;
  await q.tx
    .insert(q.t.webhookDeliveries)
    .values(deliveriesOf(endpoints, { ...event, facilityId: q.facilityId, type, now: q.now }));
  return endpoints.length;
}

/** invoice.issued or invoice.paid of one invoice, with its number and amounts in cents. */
export async function queueInvoiceEvent(
  q: Queued,
  type: "invoice.issued" | "invoice.paid",
  invoiceId: number,
): Promise<number> {
  return queueEventOf(q, type, async ({ tx, t }) => {
    const i = t.invoices;
    const [invoice] = await tx
      .select({
        id: i.id,
        number: i.number,
        status: i.status,
        issuedOn: i.issuedOn,
        dueOn: i.dueOn,
        totalCents: i.totalCents,
        balanceCents: i.balanceCents,
        customerId: i.customerId,
        customerName: t.customers.name,
      })
      .from(i)
      .innerJoin(t.customers, eq(t.customers.id, i.customerId))
      .where(and(eq(i.id, invoiceId), eq(i.facilityId, q.facilityId)));
    if (!invoice) return null;
    return {
      customerId: invoice.customerId,
      data: {
        invoiceId: String(invoice.id),
        number: invoice.number,
        status: invoice.status,
        issuedOn: invoice.issuedOn,
        dueOn: invoice.dueOn,
        totalCents: invoice.totalCents,
        balanceCents: invoice.balanceCents,
        customerId: String(invoice.customerId),
        customerName: invoice.customerName,
      },
    };
  });
}

/** document.signed: the document, who signed it and when. */
export async function queueDocumentSigned(q: Queued, documentId: number): Promise<number> {
  return queueEventOf(q, "document.signed", async ({ tx, t }) => {
    const doc = t.documents;
    const s = t.documentSignatures;
    const [row] = await tx
      .select({
        id: doc.id,
        title: doc.title,
        kind: doc.kind,
        customerId: doc.customerId,
        customerName: t.customers.name,
        signerName: s.signerName,
        typedName: s.typedName,
        signedAt: s.signedAt,
      })
      .from(doc)
      .innerJoin(s, eq(s.documentId, doc.id))
      .innerJoin(t.customers, eq(t.customers.id, doc.customerId))
      .where(and(eq(doc.id, documentId), eq(doc.facilityId, q.facilityId)));
    if (!row) return null;
    return {
      customerId: row.customerId,
      data: {
        documentId: String(row.id),
        title: row.title,
        kind: row.kind,
        customerId: String(row.customerId),
        customerName: row.customerName,
        signerName: row.signerName,
        typedName: row.typedName,
        signedAt: row.signedAt.toISOString(),
      },
    };
  });
}

/** estimate.answered: the customer accepted (some or all of) or declined an estimate. */
export async function queueEstimateAnswered(q: Queued, estimateId: number): Promise<number> {
  return queueEventOf(q, "estimate.answered", async ({ tx, t }) => {
    const e = t.estimates;
    const [row] = await tx
      .select({
        id: e.id,
        number: e.number,
        title: e.title,
        status: e.status,
        respondedByName: e.respondedByName,
        customerNote: e.customerNote,
        customerId: e.customerId,
        customerName: t.customers.name,
      })
      .from(e)
      .innerJoin(t.customers, eq(t.customers.id, e.customerId))
      .where(and(eq(e.id, estimateId), eq(e.facilityId, q.facilityId)));
    if (!row) return null;
    const lines = await tx
      .select({ amountCents: t.estimateLines.amountCents, accepted: t.estimateLines.accepted })
      .from(t.estimateLines)
      .where(eq(t.estimateLines.estimateId, estimateId));
    return {
      customerId: row.customerId,
      data: {
        estimateId: String(row.id),
        number: row.number,
        title: row.title,
        answer: row.status,
        totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
        acceptedCents: lines.reduce((sum, line) => sum + (line.accepted === false ? 0 : line.amountCents), 0),
        answeredBy: row.respondedByName,
        note: row.customerNote,
        customerId: String(row.customerId),
        customerName: row.customerName,
      },
    };
  });
}

/** message.received: a customer's person wrote to the facility from the portal. */
export async function queueMessageReceived(q: Queued, messageId: number): Promise<number> {
  return queueEventOf(q, "message.received", async ({ tx, t }) => {
    const m = t.messages;
    const [row] = await tx
      .select({
        id: m.id,
        authorName: m.authorName,
        body: m.body,
        customerId: m.customerId,
        customerName: t.customers.name,
        createdAt: m.createdAt,
      })
      .from(m)
      .innerJoin(t.customers, eq(t.customers.id, m.customerId))
      .where(and(eq(m.id, messageId), eq(m.facilityId, q.facilityId)));
    if (!row) return null;
    return {
      customerId: row.customerId,
      data: {
        messageId: String(row.id),
        authorName: row.authorName,
        body: row.body,
        customerId: String(row.customerId),
        customerName: row.customerName,
      },
    };
  });
}

/** service_request.created: a customer asked for a service from the portal. */
export async function queueServiceRequestCreated(q: Queued, requestId: number): Promise<number> {
  return queueEventOf(q, "service_request.created", async ({ tx, t }) => {
    const r = t.serviceRequests;
    const [row] = await tx
      .select({
        id: r.id,
        type: r.type,
        notes: r.notes,
        preferredDate: r.preferredDate,
        status: r.status,
        carId: r.carId,
        requestedByName: r.requestedByName,
        customerId: r.customerId,
        customerName: t.customers.name,
      })
      .from(r)
      .innerJoin(t.customers, eq(t.customers.id, r.customerId))
      .where(and(eq(r.id, requestId), eq(r.facilityId, q.facilityId)));
    if (!row) return null;
    return {
      customerId: row.customerId,
      data: {
        serviceRequestId: String(row.id),
        type: row.type,
        notes: row.notes,
        preferredDate: row.preferredDate,
        status: row.status,
        carId: row.carId == null ? null : String(row.carId),
        requestedByName: row.requestedByName,
        customerId: String(row.customerId),
        customerName: row.customerName,
      },
    };
  });
}
