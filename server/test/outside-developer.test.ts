import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createFacility, createStaff, signInStaff } from "./factories.js";
import { latestEmailTo, startTestApp, type TestApp, type TestClient } from "./harness.js";

// An outside developer integrates with a facility, as docs/api.md tells them to: an admin makes
// keys and a webhook endpoint in the dashboard; the developer's program then calls /graphql with
// nothing but HTTP and a bearer key (what `curl` sends), and a small server of theirs receives the
// signed webhooks and checks them as the guide shows.

type Delivery = { headers: http.IncomingHttpHeaders; body: string };

/** The developer's webhook receiver on 127.0.0.1: answers 200 and keeps every delivery. */
async function startReceiver() {
  const deliveries: Delivery[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      deliveries.push({ headers: req.headers, body });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/portico`,
    deliveries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** docs/api.md's check, with the receiver's clock passed in (the test's server runs on a manual clock). */
function verifyPortico(rawBody: string, header: string, secret: string, nowSeconds: number, toleranceSeconds = 300) {
  const parts = Object.fromEntries(header.split(",").map((kv) => kv.split("=")));
  const age = Math.abs(nowSeconds - Number(parts.t));
  if (!parts.t || !parts.v1 || !(age <= toleranceSeconds)) return false;
  const expected = createHmac("sha256", secret).update(`${parts.t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

type Answer<T> = {
  status: number;
  retryAfter: string | null;
  body: { data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
};
type Customers = { customers: { nodes: unknown[]; totalCount: number } };
type Invitation = { id: string; email: string; deliveryState: string };

describe("an outside developer", () => {
  let app: TestApp;
  let admin: TestClient;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let customerId: number;
  let readWrite: { id: string; secret: string };
  let readOnly: { id: string; secret: string };
  let endpoint: { id: string; secret: string };

  /** What `curl -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" -d …` does. */
  async function curl<T = Record<string, unknown>>(
    key: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Answer<T>> {
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get("retry-after"),
      body: (await res.json()) as Answer<T>["body"],
    };
  }

  /** The verified webhook events of `type` received so far. */
  function received(type: string) {
    const now = Math.floor(app.clock.now().getTime() / 1000);
    return receiver.deliveries
      .map((d) => ({
        event: JSON.parse(d.body) as { id: string; type: string; data: Record<string, unknown> },
        eventId: d.headers["portico-event-id"],
        verified: verifyPortico(d.body, String(d.headers["portico-signature"]), endpoint.secret, now),
        forgedFails: !verifyPortico(
          d.body.replace(/}$/, " }"),
          String(d.headers["portico-signature"]),
          endpoint.secret,
          now,
        ),
      }))
      .filter((d) => d.event.type === type);
  }

  beforeAll(async () => {
    app = await startTestApp({ WEBHOOKS_ALLOW_PRIVATE_TARGETS: "1" });
    receiver = await startReceiver();
    const facility = await createFacility(app, { name: "Harbor Point Storage" });
    const staff = await createStaff(app, facility.id, { name: "Ada Admin", role: "ADMIN" });
    admin = await signInStaff(app.client(), staff.email);
    customerId = (await createCustomer(app, facility.id, { name: "Eleanor Whitaker", email: "eleanor@example.com" }))
      .id;
    await createCustomer(app, facility.id, { name: "Walter Brandt", email: "walter@example.com" });

    // In the dashboard (Settings → API keys and Settings → Webhooks), as the admin.
    const makeKey = async (name: string, scope: string) =>
      (
        await admin.ok<{ createApiKey: { key: { id: string }; secret: string } }>(
          `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key { id } secret } }`,
          { input: { name, scope } },
        )
      ).createApiKey;
    const rw = await makeKey("CRM sync", "READ_WRITE");
    readWrite = { id: rw.key.id, secret: rw.secret };
    const ro = await makeKey("Reporting", "READ_ONLY");
    readOnly = { id: ro.key.id, secret: ro.secret };
    endpoint = (
      await admin.ok<{ createWebhookEndpoint: { id: string; secret: string } }>(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { id secret } }`,
        { input: { url: receiver.url, description: "CRM", events: ["INVITATION_SENT", "INVITATION_ACCEPTED"] } },
      )
    ).createWebhookEndpoint;
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });

  it("finds a customer and invites them, and hears the invite was sent and accepted, signed", async () => {
    expect(readWrite.secret).toMatch(/^pk_live_[A-Za-z0-9_-]{43}$/);

    const found = await curl<Customers>(
      readWrite.secret,
      `query($q: String) { customers(search: $q, first: 10) { nodes { id name email portalStatus { state } } totalCount } }`,
      { q: "whitaker" },
    );
    expect(found.status).toBe(200);
    expect(found.body.data?.customers).toEqual({
      nodes: [
        {
          id: String(customerId),
          name: "Eleanor Whitaker",
          email: "eleanor@example.com",
          portalStatus: { state: "NOT_INVITED" },
        },
      ],
      totalCount: 1,
    });

    const sent = await curl<{ sendInvite: { invitation: Invitation } }>(
      readWrite.secret,
      `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id email deliveryState } } }`,
      { id: String(customerId) },
    );
    expect(sent.body.errors).toBeUndefined();
    const invitation = sent.body.data?.sendInvite.invitation as Invitation;
    expect(invitation).toMatchObject({ email: "eleanor@example.com", deliveryState: "QUEUED" });

    // Portico's workers: the email goes out, then the webhook.
    await app.deliver();
    await app.deliverWebhooks();
    const sentEvents = received("invitation.sent");
    expect(sentEvents).toHaveLength(1);
    expect(sentEvents[0]).toMatchObject({ verified: true, forgedFails: true });
    expect(sentEvents[0]?.eventId).toBe(sentEvents[0]?.event.id);
    expect(sentEvents[0]?.event.data).toMatchObject({ invitationId: invitation.id, customerId: String(customerId) });

    // Eleanor follows the emailed link and continues into the portal.
    const token = (await latestEmailTo(app, "eleanor@example.com"))?.token;
    await app.client().ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, { t: token });
    await app.deliverWebhooks();
    const accepted = received("invitation.accepted");
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ verified: true, forgedFails: true });
    expect(accepted[0]?.event.data).toMatchObject({ invitationId: invitation.id, customerId: String(customerId) });

    // And reads the invite's delivery back through the API.
    const delivery = await curl<{ invitations: { nodes: unknown[] } }>(
      readWrite.secret,
      `query($id: ID) { invitations(customerId: $id) { nodes { id state deliveryState acceptedAt } } }`,
      { id: String(customerId) },
    );
    expect(delivery.body.data?.invitations.nodes).toEqual([
      { id: invitation.id, state: "ACCEPTED", deliveryState: "SENT", acceptedAt: expect.any(String) },
    ]);
  });

  it("is refused a mutation with a read-only key, and everything once the key is revoked", async () => {
    const read = await curl<Customers>(readOnly.secret, `{ customers(first: 1) { totalCount } }`);
    expect(read.body.data?.customers.totalCount).toBe(2);
    const write = await curl(
      readOnly.secret,
      `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`,
      { input: { name: "Nora Readonly", email: "nora@example.com" } },
    );
    expect(write.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(write.body.data ?? null).toBeNull();

    await admin.ok(`mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`, { id: readWrite.id });
    const afterRevoke = await curl(readWrite.secret, `{ customers(first: 1) { totalCount } }`);
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    // Nothing was created by the refused write.
    const count = await curl<Customers>(readOnly.secret, `{ customers(first: 1) { totalCount } }`);
    expect(count.body.data?.customers.totalCount).toBe(2);
  });
});
