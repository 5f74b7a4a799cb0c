import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createStaff, signInStaff, twoFacilities } from "../../../test/factories.js";
import { countRows, type GqlResult, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { MINUTE } from "../../lib/clock.js";
import { sha256 } from "../../lib/tokens.js";

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret key { id name scope hint createdAt createdByName lastUsedAt lastUsedFrom revokedAt } }
}`;
const LIST = `{ apiKeys { id name scope hint createdByName lastUsedAt lastUsedFrom revokedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const FACILITY = `{ facility { id name } }`;
const CUSTOMERS = `{ customers(first: 5) { totalCount nodes { id name } } }`;
const ADD_CUSTOMER = `mutation($input: CustomerInput!) { createCustomer(input: $input) { id name } }`;

type Key = {
  id: string;
  name: string;
  scope: string;
  hint: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  lastUsedFrom: string | null;
  revokedAt: string | null;
};

/** A request as an integrator's script sends it: JSON, a Bearer header, no cookies, no preflight header. */
async function bearer(
  app: TestApp,
  secret: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { res, body: (await res.json()) as GqlResult };
}

const codeOf = (body: GqlResult) => body.errors?.[0]?.extensions?.code;

describe("facility API keys", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp({ API_KEY_REQUESTS_PER_MINUTE: "1000" });
    world = await twoFacilities(app);
  });
  afterAll(() => app.close());

  async function createKey(admin: TestClient, name: string, scope = "READ_WRITE") {
    const data = await admin.ok<{ createApiKey: { secret: string; key: Key } }>(CREATE, { input: { name, scope } });
    return data.createApiKey;
  }

  it("lets an admin create a key, shown once and stored only as its hash, then list and revoke it", async () => {
    const { secret, key } = await createKey(world.asA, "  Accounting sync  ", "READ_ONLY");
    expect(secret).toMatch(/^pk_live_[A-Za-z0-9_-]{43}$/);
    expect(key).toMatchObject({
      name: "Accounting sync",
      scope: "READ_ONLY",
      hint: secret.slice(-4),
      createdByName: world.staffA.name,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(await countRows(app, "api_keys", "token_hash = ?", sha256(secret))).toBe(1);
    expect(await countRows(app, "api_keys", "token_hash = ? or hint = ?", secret, secret)).toBe(0);
    expect(
      await countRows(
        app,
        "audit_events",
        "action = 'API_KEY_CREATED' and subject = ? and facility_id = ?",
        key.name,
        world.a.id,
      ),
    ).toBe(1);

    const listed = (await world.asA.ok<{ apiKeys: Key[] }>(LIST)).apiKeys;
    expect(listed.map((k) => k.id)).toContain(key.id);
    expect(JSON.stringify(listed)).not.toContain(secret);
    // The other facility sees none of it.
    expect((await world.asB.ok<{ apiKeys: Key[] }>(LIST)).apiKeys.map((k) => k.id)).not.toContain(key.id);

    const revoked = (await world.asA.ok<{ revokeApiKey: Key }>(REVOKE, { id: key.id })).revokeApiKey;
    expect(revoked.revokedAt).not.toBeNull();
    // Revoking again changes nothing and writes no second line.
    await world.asA.ok(REVOKE, { id: key.id });
    expect(await countRows(app, "audit_events", "action = 'API_KEY_REVOKED' and subject = ?", key.name)).toBe(1);
    const after = (await world.asA.ok<{ apiKeys: Key[] }>(LIST)).apiKeys;
    expect(after.find((k) => k.id === key.id)?.revokedAt).not.toBeNull();
  });

  it("refuses a bad name with a field error", async () => {
    const empty = await world.asA.gql(CREATE, { input: { name: "   ", scope: "READ_ONLY" } });
    expect(codeOf(empty)).toBe("BAD_USER_INPUT");
    const long = await world.asA.gql(CREATE, { input: { name: "x".repeat(81), scope: "READ_ONLY" } });
    expect(codeOf(long)).toBe("BAD_USER_INPUT");
  });

  it("refuses staff who are not admins", async () => {
    const staff = await createStaff(app, world.a.id, { role: "STAFF" });
    const client = await signInStaff(app.client(), staff.email);
    expect(codeOf(await client.gql(LIST))).toBe("FORBIDDEN");
    expect(codeOf(await client.gql(CREATE, { input: { name: "Mine", scope: "READ_WRITE" } }))).toBe("FORBIDDEN");
  });

  it("answers another facility's key id exactly like a missing one", async () => {
    const { key } = await createKey(world.asB, "Lakeside integration");
    const foreign = await world.asA.gql(REVOKE, { id: key.id });
    const missing = await world.asA.gql(REVOKE, { id: "987654321" });
    expect(codeOf(foreign)).toBe("NOT_FOUND");
    expect(foreign).toEqual(missing);
    expect((await world.asB.ok<{ apiKeys: Key[] }>(LIST)).apiKeys.find((k) => k.id === key.id)?.revokedAt).toBeNull();
  });

  it("makes a Bearer request a staff caller of the key's facility, with JSON alone (no preflight header)", async () => {
    await createCustomer(app, world.a.id, { name: "Bearer Visible" });
    await createCustomer(app, world.b.id, { name: "Bearer Hidden" });
    const { secret } = await createKey(world.asA, "Reader", "READ_ONLY");
    const { res, body } = await bearer(app, secret, FACILITY);
    expect(res.status).toBe(200);
    expect(body.data).toEqual({ facility: { id: String(world.a.id), name: world.a.name } });
    const customers = await bearer(app, secret, CUSTOMERS);
    const names = (customers.body.data as { customers: { nodes: Array<{ name: string }> } }).customers.nodes.map(
      (c) => c.name,
    );
    expect(names).toContain("Bearer Visible");
    expect(names).not.toContain("Bearer Hidden");
    // No session cookie is ever set for a key.
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("refuses every mutation to a read-only key and lets a read-write key write, audited as the key", async () => {
    const reader = await createKey(world.asA, "Read only", "READ_ONLY");
    const refused = await bearer(app, reader.secret, ADD_CUSTOMER, { input: { name: "Not Added" } });
    expect(codeOf(refused.body)).toBe("FORBIDDEN");
    expect(await countRows(app, "customers", "name = ?", "Not Added")).toBe(0);

    const writer = await createKey(world.asA, "Writer", "READ_WRITE");
    const added = await bearer(app, writer.secret, ADD_CUSTOMER, { input: { name: "Added By Key" } });
    expect(added.body.errors).toBeUndefined();
    expect(
      await countRows(
        app,
        "audit_events",
        "action = 'CUSTOMER_ADDED' and actor_kind = 'API_KEY' and actor_name = ? and subject = ?",
        "API key “Writer”",
        "Added By Key",
      ),
    ).toBe(1);
  });

  it("answers 401 for an unknown, malformed or revoked key, even beside a valid session cookie", async () => {
    const { secret, key } = await createKey(world.asA, "Soon revoked");
    expect((await bearer(app, secret, FACILITY)).res.status).toBe(200);
    await world.asA.ok(REVOKE, { id: key.id });
    const staffCookie = `portico_staff=${world.asA.cookie("portico_staff") ?? ""}`;
    for (const attempt of [secret, `pk_live_${"A".repeat(43)}`, "not-a-key", ""]) {
      const { res, body } = await bearer(app, attempt, FACILITY, {}, { cookie: staffCookie });
      expect(res.status).toBe(401);
      expect(codeOf(body)).toBe("UNAUTHENTICATED");
      expect(body.data).toBeUndefined();
    }
  });

  it("keeps keys out of the portal, admin fields, the caller's own account and sign-in", async () => {
    const { secret } = await createKey(world.asA, "Fenced");
    const refusals = [
      `{ portalHome { __typename } }`,
      `{ portalViewer { __typename } }`,
      `{ team { id } }`,
      `{ apiKeys { id } }`,
      `{ staffSessions { id } }`,
      `{ staffPasskeys { id } }`,
      `{ staffViewer { id } }`,
      `mutation { changeMyPassword(currentPassword: "x", newPassword: "yyyyyyyyyyyy") }`,
      `mutation { updateMyName(name: "Key") { id } }`,
      `mutation { createApiKey(input: { name: "Child", scope: READ_WRITE }) { secret } }`,
      `mutation { staffSignIn(email: "a@b.test", password: "whatever1") { id } }`,
      `mutation { requestSignInLink(email: "a@b.test") { message } }`,
      `mutation { staffSignOut }`,
    ];
    for (const query of refusals) {
      const { res, body } = await bearer(app, secret, query);
      expect({ query, code: codeOf(body) }).toEqual({ query, code: "FORBIDDEN" });
      expect(res.headers.getSetCookie()).toEqual([]);
    }
    const customer = await createCustomer(app, world.a.id);
    const preview = await bearer(app, secret, `mutation($id: ID!) { previewPortalAs(customerId: $id) }`, {
      id: String(customer.id),
    });
    expect(codeOf(preview.body)).toBe("FORBIDDEN");
    expect(preview.res.headers.getSetCookie()).toEqual([]);
  });

  it("records last use at most once a minute, and the first use once under parallel requests", async () => {
    const { secret, key } = await createKey(world.asA, "Busy");
    const answers = await Promise.all(Array.from({ length: 10 }, () => bearer(app, secret, FACILITY)));
    expect(answers.map((a) => a.res.status)).toEqual(Array(10).fill(200));
    expect(await countRows(app, "audit_events", "action = 'API_KEY_FIRST_USED' and subject = ?", "Busy")).toBe(1);

    const lastUsed = async () => (await world.asA.ok<{ apiKeys: Key[] }>(LIST)).apiKeys.find((k) => k.id === key.id);
    const first = await lastUsed();
    expect(first?.lastUsedAt).toBe(app.clock.now().toISOString());
    expect(first?.lastUsedFrom).toBe("127.0.0.1");

    app.clock.advance(30_000);
    await bearer(app, secret, FACILITY);
    expect((await lastUsed())?.lastUsedAt).toBe(first?.lastUsedAt);

    app.clock.advance(31_000);
    await bearer(app, secret, FACILITY);
    expect((await lastUsed())?.lastUsedAt).toBe(app.clock.now().toISOString());
    expect(await countRows(app, "audit_events", "action = 'API_KEY_FIRST_USED' and subject = ?", "Busy")).toBe(1);
  });
});

describe("an API key's rate limit", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ API_KEY_REQUESTS_PER_MINUTE: "3" });
  });
  afterAll(() => app.close());

  it("answers 429 with Retry-After over the limit, per key, and lets the key in again next window", async () => {
    const world = await twoFacilities(app);
    const one = (
      await world.asA.ok<{ createApiKey: { secret: string } }>(CREATE, {
        input: { name: "Limited", scope: "READ_ONLY" },
      })
    ).createApiKey.secret;
    const other = (
      await world.asA.ok<{ createApiKey: { secret: string } }>(CREATE, { input: { name: "Other", scope: "READ_ONLY" } })
    ).createApiKey.secret;
    for (let i = 0; i < 3; i++) expect((await bearer(app, one, FACILITY)).res.status).toBe(200);
    const over = await bearer(app, one, FACILITY);
    expect(over.res.status).toBe(429);
    expect(codeOf(over.body)).toBe("TOO_MANY_REQUESTS");
    expect(Number(over.res.headers.get("retry-after"))).toBe(60);
    // Another key has its own counter.
    expect((await bearer(app, other, FACILITY)).res.status).toBe(200);

    app.clock.advance(20_000);
    expect(Number((await bearer(app, one, FACILITY)).res.headers.get("retry-after"))).toBe(40);
    app.clock.advance(MINUTE);
    expect((await bearer(app, one, FACILITY)).res.status).toBe(200);
  });
});
