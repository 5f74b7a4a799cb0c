import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { sqliteOnlyIt } from "../test/engine.js";
import { createCustomer, createFacility, createStaff, signInStaff, TEST_PASSWORD } from "../test/factories.js";
import { countRows, latestEmailTo, TestClient } from "../test/harness.js";
import { loadConfig } from "./config.js";
import { openDataLayer } from "./db/client.js";
import { DevMailboxTransport } from "./email/dev-mailbox-transport.js";
import { ManualClock } from "./lib/clock.js";
import { createLogger } from "./lib/logger.js";
import { KEEP_ALIVE_MS, startPorticoServer } from "./server.js";

type Started = Awaited<ReturnType<typeof startPorticoServer>>;

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The real server on a real port and SQLite file, its log lines captured. */
async function start(options: { shutdownGraceMs?: number; env?: Record<string, string>; file?: string } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-server-"));
  // Another process's file when given: two roles of one deployment share its database.
  const file = options.file ?? path.join(dir, "server.sqlite");
  const { db, data } = openDataLayer(file);
  const clock = new ManualClock(new Date("2026-03-02T09:00:00.000Z"));
  const lines: Array<Record<string, unknown>> = [];
  let raw = "";
  const destination = new Writable({
    write(chunk, _encoding, done) {
      raw += chunk.toString();
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: file,
    PORT: "0",
    HOST: "127.0.0.1",
    EMAIL_WORKER: "off",
    ...options.env,
  });
  const portico: Started = await startPorticoServer({
    config,
    db,
    data,
    clock,
    logger: createLogger("info", { destination }),
    transport: new DevMailboxTransport(data),
    workerId: "worker-under-test",
    shutdownGraceMs: options.shutdownGraceMs,
  });
  let stopped = false;
  cleanups.push(async () => {
    if (!stopped) await portico.shutdown("test cleanup");
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    portico,
    db,
    data,
    file,
    url: `http://127.0.0.1:${portico.port}`,
    lines,
    raw: () => raw,
    shutdown: async (signal?: string) => {
      stopped = true;
      await portico.shutdown(signal);
    },
  };
}

describe("request logs", () => {
  it("write one line per request: request id, viewer kind, operation name, duration", async () => {
    const s = await start();
    const facility = await createFacility(s);
    const staff = await createStaff(s, facility.id);
    const client = new TestClient(s.url);
    await client.ok(`mutation SignIn($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { id } }`, {
      e: staff.email,
      p: TEST_PASSWORD,
    });
    const res = await client.post("/graphql", {
      query: "query Viewer { staffViewer { id } }",
      operationName: "Viewer",
    });
    expect(res.status).toBe(200);

    const requestLines = s.lines.filter((line) => line.msg === "request");
    expect(requestLines[0]).toMatchObject({
      method: "POST",
      path: "/graphql",
      status: 200,
      viewer: "anonymous",
      operation: "SignIn",
    });
    expect(requestLines[1]).toMatchObject({
      requestId: res.headers.get("x-request-id"),
      viewer: "staff",
      operation: "Viewer",
      durationMs: expect.any(Number),
    });
    // The password and the new session's cookie went through this server; neither reached a log line.
    expect(s.raw()).not.toContain(TEST_PASSWORD);
    expect(s.raw()).not.toContain(client.cookie("portico_staff"));
  });

  it("never log a token carried in the path or the query string", async () => {
    const s = await start();
    const token = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0";
    await fetch(`${s.url}/portal/sign-in/${token}?code=12345678`);
    const line = s.lines.find((l) => l.msg === "request");
    expect(line?.path).toBe("/portal/sign-in/:token");
    expect(s.raw()).not.toContain(token);
    expect(s.raw()).not.toContain("12345678");
  });
});

describe("roles", () => {
  const SEND_INVITE = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;

  it("an API-only server runs no loop; a worker on its database answers health only and sends what it queued", async () => {
    const web = await start({ env: { ROLE: "web", EMAIL_WORKER: "on" } });
    expect(web.portico.jobs).toEqual([]);
    const facility = await createFacility(web);
    const staff = await signInStaff(new TestClient(web.url), (await createStaff(web, facility.id)).email);
    const customer = await createCustomer(web, facility.id, { name: "Ada Byron", email: "ada@example.com" });
    await staff.ok(SEND_INVITE, { id: String(customer.id) });
    // Queued and left for a worker: this process has nothing that would send it.
    expect(await countRows(web, "email_outbox", "status = 'PENDING'")).toBe(1);

    const worker = await start({ file: web.file, env: { ROLE: "worker", EMAIL_WORKER: "on" } });
    expect(worker.portico.jobs).toEqual([
      "email-worker",
      "bulk-invites",
      "purge",
      "invite-reminders",
      "care-reminders",
    ]);
    expect((await fetch(`${worker.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${worker.url}/readyz`)).json()).toMatchObject({ ready: true });
    const graphql = await fetch(`${worker.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(graphql.status).toBe(404);
    expect((await fetch(`${worker.url}/staff/`)).status).toBe(404);

    await expect
      .poll(async () => (await latestEmailTo(web, "ada@example.com"))?.token, { timeout: 60_000 })
      .toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await countRows(web, "email_outbox", "status = 'SENT'")).toBe(1);
  });

  it("keeps EMAIL_WORKER=off: a worker without email still runs the bulk invites and the purge", async () => {
    const worker = await start({ env: { ROLE: "worker", EMAIL_WORKER: "off" } });
    expect(worker.portico.jobs).toEqual(["bulk-invites", "purge", "invite-reminders", "care-reminders"]);
    const all = await start({ env: { EMAIL_WORKER: "on" } });
    expect(all.portico.jobs).toEqual(["email-worker", "bulk-invites", "purge", "invite-reminders", "care-reminders"]);
    expect((await fetch(`${all.url}/healthz`)).status).toBe(200);
  });

  it("keeps an idle connection open longer than the proxy in front keeps its own (nginx: 60 s)", async () => {
    const s = await start();
    expect(s.portico.server.keepAliveTimeout).toBe(KEEP_ALIVE_MS);
    expect(KEEP_ALIVE_MS).toBeGreaterThan(60_000);
    expect(s.portico.server.headersTimeout).toBeGreaterThan(KEEP_ALIVE_MS);
  });
});

describe("readiness", () => {
  it("is ready with the database reachable and every migration applied, and reports outbox lag", async () => {
    const s = await start();
    const facility = await createFacility(s);
    s.db.$client
      .prepare(
        "INSERT INTO email_outbox (facility_id, kind, to_email, next_attempt_at, created_at) VALUES (?, 'MESSAGE', 'a@example.com', ?, ?)",
      )
      .run(facility.id, Date.parse("2026-03-02T08:58:00.000Z"), 0);
    const res = await fetch(`${s.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ready: true,
      draining: false,
      database: "ok",
      pendingMigrations: 0,
      outboxLagSeconds: 120,
    });
  });

  sqliteOnlyIt("is not ready while a migration of this build is missing from the database", async () => {
    const s = await start();
    s.db.$client
      .prepare("DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)")
      .run();
    const res = await fetch(`${s.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ready: false, pendingMigrations: 1 });
    // Liveness is another question: the process is fine.
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });
});

describe("graceful shutdown", () => {
  it("refuses new connections, finishes the request in flight, then releases the worker's leases", async () => {
    // A grace period shorter than the test's timeout and no keep-alive timeout: a connection left
    // open after its answer would hold shutdown until the grace period cuts it, with a warning.
    const s = await start({ shutdownGraceMs: 15_000 });
    s.portico.server.keepAliveTimeout = 0;
    const facility = await createFacility(s);
    // A batch this worker claimed and never settled (it failed midway).
    s.db.$client
      .prepare(
        `INSERT INTO email_outbox (facility_id, kind, to_email, next_attempt_at, lease_owner, lease_until, attempts, created_at)
         VALUES (?, 'MESSAGE', 'a@example.com', 0, 'worker-under-test', ?, 1, 0)`,
      )
      .run(facility.id, Date.parse("2026-03-02T09:01:00.000Z"));

    // A request whose body is still arriving when SIGTERM comes.
    const body = JSON.stringify({ query: "{ __typename }" });
    const arrived = new Promise((resolve) => s.portico.server.once("request", resolve));
    // A client that keeps its connection open for as long as the server allows.
    const agent = new http.Agent({ keepAlive: true });
    cleanups.push(() => agent.destroy());
    const inFlight = http.request(`${s.url}/graphql`, {
      agent,
      method: "POST",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    const answered = new Promise<{ status?: number; text: string }>((resolve, reject) => {
      inFlight.on("response", (res) => {
        let text = "";
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode, text }));
      });
      inFlight.on("error", reject);
    });
    inFlight.write(body.slice(0, 5));
    await arrived;

    const shutdown = s.shutdown("SIGTERM");
    expect(s.portico.server.listening).toBe(false);
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();

    inFlight.end(body.slice(5));
    expect(await answered).toEqual({ status: 200, text: '{"data":{"__typename":"Query"}}\n' });
    await shutdown;
    // The connection was closed once answered, not left for the grace period to cut.
    expect(s.lines.filter((l) => l.level === "warn")).toEqual([]);

    const after = new Database(s.file, { readonly: true });
    cleanups.push(() => {
      after.close();
    });
    expect(after.prepare("SELECT lease_owner AS owner, lease_until AS until FROM email_outbox").all()).toEqual([
      { owner: null, until: null },
    ]);
    expect(s.lines.map((l) => l.msg)).toEqual(
      expect.arrayContaining(["shutting down", "email leases released", "shut down"]),
    );
  });
});
