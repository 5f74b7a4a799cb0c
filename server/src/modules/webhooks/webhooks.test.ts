import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCustomer,
  createFacility,
  createInvoice,
  createStaff,
  customerInPortal,
  signInStaff,
} from "../../../test/factories.js";
import { countStatements, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { applyEvent } from "../../http/postmark-webhook.js";
import { DAY, MINUTE } from "../../lib/clock.js";
import { createLogger } from "../../lib/logger.js";
import { createPurgeJob } from "../auth/purge.job.js";
import { MAX_WEBHOOK_ATTEMPTS, webhookRetryDelayMs } from "./webhook.worker.js";
import { signatureHeader } from "./webhook-target.js";
import { queueInvitationEvents } from "./webhooks.service.js";

type Received = { headers: http.IncomingHttpHeaders; body: string };

/** A webhook receiver on 127.0.0.1 that answers as `mode` says and keeps what it got. */
async function startReceiver() {
  const received: Received[] = [];
  const state = { mode: "ok" as "ok" | "fail" | "hang" };
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      if (state.mode === "hang") return;
      res.statusCode = state.mode === "ok" ? 204 : 500;
      res.end(state.mode === "ok" ? "" : "boom");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    state,
    events: (type?: string) =>
      received
        .map(
          (r) => JSON.parse(r.body) as { id: string; type: string; facilityId: string; data: Record<string, unknown> },
        )
        .filter((e) => !type || e.type === type),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

const ENDPOINT_FIELDS = "id url description events enabled disabledReason secret";
const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { ${ENDPOINT_FIELDS} } }`;
const LIST = `{ webhookEndpoints { ${ENDPOINT_FIELDS} } }`;
const ONE = `query($id: ID!, $after: String) { webhookEndpoint(id: $id) { ${ENDPOINT_FIELDS}
  deliveries(first: 2, after: $after) { nodes { id eventId eventType status attempts responseCode lastError nextAttemptAt payload }
  pageInfo { endCursor hasNextPage } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { ${ENDPOINT_FIELDS} } }`;
const ROTATE = `mutation($id: ID!) { rotateWebhookEndpointSecret(id: $id) { secret } }`;
const DELETE = `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`;
const RESEND = `mutation($id: ID!) { resendWebhookDelivery(id: $id) { id eventId status } }`;
const SEND_TEST = `mutation($id: ID!) { sendTestWebhookEvent(endpointId: $id) { id eventType status } }`;
const NEW_CUSTOMER = `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`;

type Endpoint = {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  secret: string;
};
type Delivery = {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  payload: string;
};
type EndpointWithLog = Endpoint & {
  deliveries: { nodes: Delivery[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
};

const ALL_EVENTS = [
  "INVITATION_SENT",
  "INVITATION_ACCEPTED",
  "CUSTOMER_CREATED",
  "INVOICE_ISSUED",
  "INVOICE_PAID",
  "MESSAGE_RECEIVED",
];

/** Checks a request's Portico-Signature as a receiver would: HMAC-SHA256 of "t.body" with the secret. */
function verifySignature(received: Received, secret: string): boolean {
  const header = String(received.headers["portico-signature"] ?? "");
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const expected = createHmac("sha256", secret).update(`${match[1]}.${received.body}`).digest("hex");
  return expected === match[2];
}

async function facilityWithAdmin(app: TestApp, name: string) {
  const facility = await createFacility(app, { name });
  const admin = await createStaff(app, facility.id, { name: "Ada Admin" });
  return { facility, admin: await signInStaff(app.client(), admin.email), adminEmail: admin.email };
}

async function addEndpoint(admin: TestClient, url: string, events = ALL_EVENTS) {
  return (await admin.ok<{ createWebhookEndpoint: Endpoint }>(CREATE, { input: { url, description: "CRM", events } }))
    .createWebhookEndpoint;
}

async function log(admin: TestClient, id: string, after: string | null = null) {
  return (await admin.ok<{ webhookEndpoint: EndpointWithLog }>(ONE, { id, after })).webhookEndpoint;
}

describe("webhooks", () => {
  let app: TestApp;
  let receiver: Receiver;

  beforeAll(async () => {
    app = await startTestApp();
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });

  it("signs like Stripe: t=<unix>,v1=<hex HMAC-SHA256 of t.body>", () => {
    const header = signatureHeader("whsec_test", '{"a":1}', new Date("2026-03-02T09:00:00.000Z"));
    const expected = createHmac("sha256", "whsec_test").update('1772442000.{"a":1}').digest("hex");
    expect(header).toBe(`t=1772442000,v1=${expected}`);
  });

  it("are for admins only, and another facility's endpoint answers like a missing one", async () => {
    const { facility, admin } = await facilityWithAdmin(app, "Harbor Storage");
    const staff = await createStaff(app, facility.id, { role: "STAFF" });
    const staffClient = await signInStaff(app.client(), staff.email);
    for (const query of [LIST, CREATE]) {
      const refused = await staffClient.gql(query, { input: { url: receiver.url, events: ["CUSTOMER_CREATED"] } });
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const endpoint = await addEndpoint(admin, receiver.url);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(endpoint).toMatchObject({ url: receiver.url, enabled: true, events: ALL_EVENTS });

    const other = await facilityWithAdmin(app, "Lakeside");
    for (const id of [endpoint.id, "987654321"]) {
      const answer = await other.admin.gql(ONE, { id });
      expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(answer.errors?.[0]?.message).toBe("Webhook endpoint not found");
      for (const mutation of [ROTATE, DELETE]) {
        const changed = await other.admin.gql(mutation, { id });
        expect(changed.errors?.[0]?.message).toBe("Webhook endpoint not found");
      }
    }
    expect((await other.admin.ok<{ webhookEndpoints: Endpoint[] }>(LIST)).webhookEndpoints).toEqual([]);

    const rotated = (await admin.ok<{ rotateWebhookEndpointSecret: { secret: string } }>(ROTATE, { id: endpoint.id }))
      .rotateWebhookEndpointSecret;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(endpoint.secret);
    const off = await admin.ok<{ updateWebhookEndpoint: Endpoint }>(UPDATE, {
      id: endpoint.id,
      input: { enabled: false, events: ["INVOICE_PAID"] },
    });
    expect(off.updateWebhookEndpoint).toMatchObject({ enabled: false, events: ["INVOICE_PAID"] });
    const none = await admin.gql(UPDATE, { id: endpoint.id, input: { events: [] } });
    expect(none.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await admin.ok<{ deleteWebhookEndpoint: string }>(DELETE, { id: endpoint.id })).deleteWebhookEndpoint).toBe(
      endpoint.id,
    );
    expect((await admin.ok<{ webhookEndpoints: Endpoint[] }>(LIST)).webhookEndpoints).toEqual([]);
    // Each change is in the audit log, naming the endpoint by its URL and never showing the secret.
    const audit = await admin.ok<{ auditLog: { nodes: Array<{ action: string; subject: string }> } }>(
      `{ auditLog(first: 10) { nodes { action subject } } }`,
    );
    expect(audit.auditLog.nodes.map((n) => n.action)).toEqual([
      "WEBHOOK_REMOVED",
      "WEBHOOK_CHANGED",
      "WEBHOOK_SECRET_ROTATED",
      "WEBHOOK_ADDED",
    ]);
    expect(audit.auditLog.nodes.every((n) => n.subject === receiver.url)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain("whsec_");
  });

  it("post signed events for customers, invites and invoices, each in the change's own transaction", async () => {
    const { facility, admin } = await facilityWithAdmin(app, "Maple Garage");
    const endpoint = await addEndpoint(admin, receiver.url);
    const before = receiver.received.length;

    const created = await admin.ok<{ createCustomer: { id: string } }>(NEW_CUSTOMER, {
      input: { name: "Nora Quill", email: "nora@example.com" },
    });
    // Refused changes queue nothing.
    await admin.gql(NEW_CUSTOMER, { input: { name: "" } });
    const { customer } = await customerInPortal(app, admin, facility.id, {
      name: "Iris Vale",
      email: "iris@example.com",
    });
    const invoice = await createInvoice(app, facility.id, customer.id, { totalCents: 4200, balanceCents: 4200 });
    await admin.ok(
      `mutation($id: ID!, $input: PaymentInput!) { recordPayment(invoiceId: $id, input: $input) { id } }`,
      {
        id: String(invoice.id),
        input: { amountCents: 4200, method: "CASH" },
      },
    );
    await app.deliverWebhooks();

    const mine = receiver.received.slice(before);
    expect(mine.every((r) => verifySignature(r, endpoint.secret))).toBe(true);
    const events = mine.map((r) => JSON.parse(r.body));
    expect(events.map((e) => e.type).sort()).toEqual([
      "customer.created",
      "invitation.accepted",
      "invitation.sent",
      "invoice.paid",
    ]);
    for (const [index, event] of events.entries()) {
      expect(event.facilityId).toBe(String(facility.id));
      expect(event.id).toMatch(/^evt_/);
      expect(mine[index]?.headers["portico-event-id"]).toBe(event.id);
    }
    const byType = Object.fromEntries(events.map((e) => [e.type, e.data]));
    expect(byType["customer.created"]).toMatchObject({ customerId: created.createCustomer.id, name: "Nora Quill" });
    expect(byType["invitation.sent"]).toMatchObject({
      customerId: String(customer.id),
      email: "iris@example.com",
      name: "Iris Vale",
    });
    expect(byType["invitation.accepted"]).toMatchObject({ customerId: String(customer.id) });
    expect(byType["invoice.paid"]).toMatchObject({
      invoiceId: String(invoice.id),
      totalCents: 4200,
      balanceCents: 0,
      status: "PAID",
    });

    const logged = await log(admin, endpoint.id);
    expect(logged.deliveries.nodes).toHaveLength(2);
    expect(logged.deliveries.nodes.every((d) => d.status === "SUCCEEDED" && d.responseCode === 204)).toBe(true);
    expect(logged.deliveries.pageInfo.hasNextPage).toBe(true);
    const rest = await log(admin, endpoint.id, logged.deliveries.pageInfo.endCursor);
    expect(rest.deliveries.nodes).toHaveLength(2);
    expect(rest.deliveries.pageInfo.hasNextPage).toBe(false);
    const all = [...logged.deliveries.nodes, ...rest.deliveries.nodes];
    expect(new Set(all.map((d) => d.id)).size).toBe(4);
  });

  it("post invitation.delivered and invitation.bounced when Postmark reports them", async () => {
    const { facility, admin } = await facilityWithAdmin(app, "Pine Court");
    await addEndpoint(admin, receiver.url, ["INVITATION_DELIVERED", "INVITATION_BOUNCED"]);
    const customer = await createCustomer(app, facility.id, { name: "Rita Moss", email: "rita@example.com" });
    await admin.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(customer.id),
    });
    await app.deliver();
    const o = app.data.t.emailOutbox;
    const [email] = await app.data.read
      .select({ id: o.id })
      .from(o)
      .where(and(eq(o.facilityId, facility.id), eq(o.kind, "INVITE")));
    const Metadata = { outboxId: String(email?.id) };
    const deps = { data: app.data, clock: app.clock, config: app.config };
    expect(await applyEvent(deps, { RecordType: "Delivery", MessageID: "pm-rita", Metadata })).toBe("applied");
    const bounce = {
      RecordType: "Bounce",
      ID: 77,
      MessageID: "pm-rita",
      Type: "HardBounce",
      Description: "No such user",
    };
    expect(await applyEvent(deps, { ...bounce, Metadata })).toBe("applied");
    // Postmark repeats itself: an event applied once queues nothing more.
    expect(await applyEvent(deps, { ...bounce, Metadata })).toBe("duplicate");
    await app.deliverWebhooks();
    const mine = receiver.events().filter((e) => e.facilityId === String(facility.id));
    expect(mine.map((e) => e.type)).toEqual(["invitation.delivered", "invitation.bounced"]);
    expect(mine[1]?.data).toMatchObject({
      customerId: String(customer.id),
      email: "rita@example.com",
      permanent: true,
    });
  });

  it("retry a failing receiver with backoff, and resend a delivery as a new one of the same event", async () => {
    const { admin } = await facilityWithAdmin(app, "Cedar Barn");
    const endpoint = await addEndpoint(admin, receiver.url, ["CUSTOMER_CREATED"]);
    receiver.state.mode = "fail";
    await admin.ok(NEW_CUSTOMER, { input: { name: "Otto Fern" } });
    await app.deliverWebhooks();
    let [delivery] = (await log(admin, endpoint.id)).deliveries.nodes;
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, responseCode: 500, lastError: "HTTP 500" });
    expect(new Date(delivery?.nextAttemptAt ?? 0).getTime()).toBe(app.clock.now().getTime() + MINUTE);

    // Not due yet: nothing is sent.
    expect(await app.deliverWebhooks()).toBe(0);
    app.clock.advance(MINUTE);
    await app.deliverWebhooks();
    [delivery] = (await log(admin, endpoint.id)).deliveries.nodes;
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(new Date(delivery?.nextAttemptAt ?? 0).getTime()).toBe(app.clock.now().getTime() + 3 * MINUTE);

    receiver.state.mode = "ok";
    app.clock.advance(3 * MINUTE);
    await app.deliverWebhooks();
    [delivery] = (await log(admin, endpoint.id)).deliveries.nodes;
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 3, responseCode: 204, nextAttemptAt: null });

    const resent = (
      await admin.ok<{ resendWebhookDelivery: { id: string; eventId: string; status: string } }>(RESEND, {
        id: delivery?.id,
      })
    ).resendWebhookDelivery;
    expect(resent).toMatchObject({ eventId: delivery?.eventId, status: "PENDING" });
    expect(resent.id).not.toBe(delivery?.id);
    const count = receiver.received.length;
    await app.deliverWebhooks();
    expect(receiver.received.length).toBe(count + 1);
    expect(receiver.received.at(-1)?.headers["portico-event-id"]).toBe(delivery?.eventId);
  });

  it("send a signed test event to one endpoint, whatever it listens to, and only while it is on", async () => {
    const { admin } = await facilityWithAdmin(app, "Aspen Dock");
    const endpoint = await addEndpoint(admin, receiver.url, ["INVOICE_PAID"]);
    const sent = (
      await admin.ok<{ sendTestWebhookEvent: { id: string; eventType: string; status: string } }>(SEND_TEST, {
        id: endpoint.id,
      })
    ).sendTestWebhookEvent;
    expect(sent).toMatchObject({ eventType: "WEBHOOK_TEST", status: "PENDING" });
    const count = receiver.received.length;
    await app.deliverWebhooks();
    expect(receiver.received).toHaveLength(count + 1);
    const received = receiver.received.at(-1) as Received;
    expect(verifySignature(received, endpoint.secret)).toBe(true);
    expect(JSON.parse(received.body)).toMatchObject({ type: "webhook.test", data: { endpointId: endpoint.id } });
    const [logged] = (await log(admin, endpoint.id)).deliveries.nodes;
    expect(logged).toMatchObject({ id: sent.id, eventType: "WEBHOOK_TEST", status: "SUCCEEDED", responseCode: 204 });

    await admin.ok(UPDATE, { id: endpoint.id, input: { enabled: false } });
    expect((await admin.gql(SEND_TEST, { id: endpoint.id })).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const other = await facilityWithAdmin(app, "Other Dock");
    expect((await other.admin.gql(SEND_TEST, { id: endpoint.id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const subscribed = await admin.gql(CREATE, {
      input: { url: receiver.url, description: "Tests", events: ["WEBHOOK_TEST", "INVOICE_PAID"] },
    });
    expect(subscribed.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { events: expect.any(String) },
    });
  });

  it("turn off an endpoint whose last deliveries all failed for good, and email the facility's admins", async () => {
    const { facility, adminEmail, ...first } = await facilityWithAdmin(app, "Birch Hall");
    let admin = first.admin;
    const endpoint = await addEndpoint(admin, receiver.url, ["CUSTOMER_CREATED"]);
    receiver.state.mode = "fail";
    for (const name of ["One", "Two", "Three"]) await admin.ok(NEW_CUSTOMER, { input: { name: `Customer ${name}` } });
    for (let attempt = 1; attempt <= MAX_WEBHOOK_ATTEMPTS; attempt++) {
      await app.deliverWebhooks();
      app.clock.advance(webhookRetryDelayMs(attempt));
    }
    receiver.state.mode = "ok";
    // Days later: the admin's session has ended.
    admin = await signInStaff(app.client(), adminEmail);
    const logged = await log(admin, endpoint.id);
    expect(logged).toMatchObject({ enabled: false, disabledReason: "its last 3 events could not be delivered" });
    const { emailOutbox: o } = app.data.t;
    const emails = await app.data.read
      .select({ toEmail: o.toEmail, subject: o.subject, textBody: o.textBody })
      .from(o)
      .where(and(eq(o.facilityId, facility.id), eq(o.kind, "WEBHOOK_TURNED_OFF")));
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ toEmail: adminEmail, subject: "A webhook endpoint was turned off · Birch Hall" });
    expect(emails[0]?.textBody).toContain(receiver.url);

    // While it is off nothing is queued for it; turned back on, it gets events again.
    await admin.ok(NEW_CUSTOMER, { input: { name: "Customer Four" } });
    expect(await app.deliverWebhooks()).toBe(0);
    await admin.ok(UPDATE, { id: endpoint.id, input: { enabled: true } });
    await admin.ok(NEW_CUSTOMER, { input: { name: "Customer Five" } });
    expect(await app.deliverWebhooks()).toBe(1);
    expect((await log(admin, endpoint.id)).disabledReason).toBeNull();
  });

  it("turn off an endpoint that has failed every attempt for 3 days", async () => {
    const { adminEmail, ...first } = await facilityWithAdmin(app, "Elm Yard");
    let admin = first.admin;
    const endpoint = await addEndpoint(admin, receiver.url, ["CUSTOMER_CREATED"]);
    receiver.state.mode = "fail";
    await admin.ok(NEW_CUSTOMER, { input: { name: "Customer Early" } });
    await app.deliverWebhooks();
    app.clock.advance(3 * DAY);
    admin = await signInStaff(app.client(), adminEmail);
    await admin.ok(NEW_CUSTOMER, { input: { name: "Customer Late" } });
    await app.deliverWebhooks();
    receiver.state.mode = "ok";
    const logged = await log(admin, endpoint.id);
    expect(logged).toMatchObject({ enabled: false, disabledReason: "every delivery to it has failed for 3 days" });
    expect(logged.deliveries.nodes.every((d) => d.status === "FAILED")).toBe(true);
  });

  it("read no invitation's facts for a facility no endpoint listens to (a bulk invite's sent batch)", async () => {
    const facility = await createFacility(app);
    const { t } = app.data;
    const now = app.clock.now();
    const invitationIds: number[] = [];
    for (let i = 0; i < 12; i++) {
      const customer = await createCustomer(app, facility.id);
      const [row] = await app.data.transaction((tx) =>
        tx
          .insert(t.invitations)
          .values({
            facilityId: facility.id,
            customerId: customer.id,
            email: customer.email ?? "",
            expiresAt: new Date(now.getTime() + DAY),
            createdAt: now,
          })
          .returning({ id: t.invitations.id }),
      );
      if (row) invitationIds.push(row.id);
    }
    const { result, statements } = await countStatements(app, () =>
      app.data.transaction((tx) => queueInvitationEvents(tx, t, "invitation.sent", invitationIds, now)),
    );
    expect(result).toBe(0);
    // BEGIN, the invitations' facilities, that facility's endpoints, COMMIT: nothing per invitation,
    // and no read of their customers and contacts.
    expect(statements).toHaveLength(4);
    expect(statements.some((text) => /"customers"|"contacts"/.test(text))).toBe(false);
  });

  it("purges deliveries older than 30 days", async () => {
    const { adminEmail, ...first } = await facilityWithAdmin(app, "Oak Depot");
    let admin = first.admin;
    const endpoint = await addEndpoint(admin, receiver.url, ["CUSTOMER_CREATED"]);
    await admin.ok(NEW_CUSTOMER, { input: { name: "Customer Old" } });
    await app.deliverWebhooks();
    const purge = createPurgeJob({ data: app.data, clock: app.clock, logger: createLogger("silent") });
    await purge.runOnce();
    expect((await log(admin, endpoint.id)).deliveries.nodes).toHaveLength(1);
    app.clock.advance(31 * DAY);
    await purge.runOnce();
    admin = await signInStaff(app.client(), adminEmail);
    expect((await log(admin, endpoint.id)).deliveries.nodes).toHaveLength(0);
  });
});

describe("webhook targets", () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());

  it("handle a receiver that never answers as a failed attempt", async () => {
    const app = await startTestApp({}, {}, 200);
    try {
      const { admin } = await facilityWithAdmin(app, "Slow Lane");
      const endpoint = await addEndpoint(admin, receiver.url, ["CUSTOMER_CREATED"]);
      receiver.state.mode = "hang";
      await admin.ok(NEW_CUSTOMER, { input: { name: "Customer Waiting" } });
      await app.deliverWebhooks();
      const [delivery] = (await log(admin, endpoint.id)).deliveries.nodes;
      expect(delivery).toMatchObject({
        status: "PENDING",
        attempts: 1,
        responseCode: null,
        lastError: "The endpoint did not answer in time",
      });
    } finally {
      receiver.state.mode = "ok";
      await app.close();
    }
  });

  it("refuse private addresses and http:// in production, when saved and when sent", async () => {
    const app = await startTestApp({ WEBHOOKS_ALLOW_PRIVATE_TARGETS: "false" });
    try {
      const { facility, admin } = await facilityWithAdmin(app, "Strict Storage");
      for (const url of [
        receiver.url,
        "https://127.0.0.1/hooks",
        "https://0.0.0.0/hooks",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/hooks",
        "https://[::ffff:127.0.0.1]/hooks",
        "https://[fd00::1]/hooks",
        "https://10.1.2.3/hooks",
        "http://93.184.216.34/hooks",
        "ftp://93.184.216.34/hooks",
        "https://user:pw@93.184.216.34/hooks",
        `https://example.com/${"a".repeat(2000)}`,
      ]) {
        const refused = await admin.gql(CREATE, { input: { url, events: ["CUSTOMER_CREATED"] } });
        expect(refused.errors?.[0]?.extensions?.code, url).toBe("BAD_USER_INPUT");
      }
      // A row that points at a private address (saved before the setting changed) is refused at send time.
      const { webhookEndpoints: e } = app.data.t;
      await app.data.transaction((tx) =>
        tx.insert(e).values({
          facilityId: facility.id,
          url: receiver.url,
          events: JSON.stringify(["customer.created"]),
          secret: "whsec_x",
          updatedAt: app.clock.now(),
        }),
      );
      const [row] = await app.data.read.select({ id: e.id }).from(e).where(eq(e.facilityId, facility.id));
      const count = receiver.received.length;
      await admin.ok(NEW_CUSTOMER, { input: { name: "Customer Private" } });
      await app.deliverWebhooks();
      expect(receiver.received.length).toBe(count);
      const [delivery] = (await log(admin, String(row?.id))).deliveries.nodes;
      expect(delivery?.lastError).toContain("private or local network address");
    } finally {
      await app.close();
    }
  });
});
