import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twoFacilities } from "../../../test/factories.js";
import { countRows, startTestApp, type TestApp } from "../../../test/harness.js";
import { raceWhileHeld } from "../../../test/held-locks.js";
import { TAKE_KEY_STATEMENT } from "../../db/pg.js";
import { generateCustomers } from "../../db/seed/generate.js";
import { DAY, ManualClock, MINUTE } from "../../lib/clock.js";
import { createLogger } from "../../lib/logger.js";
import { CHUNK_SIZE, createBulkInviteRunner } from "./bulk-invite.runner.js";
import { purgeStalePreviews } from "./bulk-invite.service.js";

describe("stopping the bulk invite runner", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  it("finishes the chunk in progress and hands the job back, for another runner to resume at once", async () => {
    const customers = await generateCustomers(app.data, t.a.id, CHUNK_SIZE * 2 + 10, {
      now: app.clock.now(),
      seed: 11,
      emailDomain: "stop.example.com",
    });
    const preview = await t.asA.ok<{ previewBulkInvite: { id: string } }>(
      `mutation($ids: [ID!]!) { previewBulkInvite(customerIds: $ids) { id } }`,
      { ids: customers.map((c) => String(c.id)) },
    );
    const jobId = Number(preview.previewBulkInvite.id);
    await t.asA.ok(`mutation($id: ID!) { startBulkInvite(id: $id) { id } }`, { id: String(jobId) });

    const deps = {
      data: app.data,
      clock: app.clock,
      logger: createLogger("silent"),
      nudgeOutbox: () => {},
    };
    const first = createBulkInviteRunner(deps);
    // The first chunk has started when stop() lands: it finishes, and the run ends after it.
    const run = first.runOnce();
    await first.stop();
    expect(await run).toBe(1);

    const { bulkInviteJobs, bulkInviteRows } = app.data.t;
    const job = async () =>
      (
        await app.data.read
          .select({
            status: bulkInviteJobs.status,
            processed: bulkInviteJobs.processed,
            leaseUntil: bulkInviteJobs.leaseUntil,
          })
          .from(bulkInviteJobs)
          .where(eq(bulkInviteJobs.id, jobId))
      )[0];
    expect(await job()).toEqual({ status: "RUNNING", processed: CHUNK_SIZE, leaseUntil: null });

    // No lease to wait out: a second runner picks the job up straight away, at the same clock time.
    await createBulkInviteRunner(deps).runOnce();
    expect(await job()).toEqual({ status: "DONE", processed: CHUNK_SIZE * 2 + 10, leaseUntil: null });
    const sent = await app.data.read.$count(
      bulkInviteRows,
      and(eq(bulkInviteRows.jobId, jobId), eq(bulkInviteRows.result, "SENT")),
    );
    expect(sent).toBe(CHUNK_SIZE * 2 + 10);
  });
});

// Races forced where PostgreSQL would let them happen: another connection holds what the first
// party waits on once it has read, while the second one starts (test/held-locks.ts).
describe("bulk invites when runners or the purge overlap", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  async function preview(customerIds: number[]): Promise<number> {
    const made = await t.asA.ok<{ previewBulkInvite: { id: string } }>(
      `mutation($ids: [ID!]!) { previewBulkInvite(customerIds: $ids) { id } }`,
      { ids: customerIds.map(String) },
    );
    return Number(made.previewBulkInvite.id);
  }
  const start = (jobId: number) =>
    t.asA.gql(`mutation($id: ID!) { startBulkInvite(id: $id) { id } }`, { id: String(jobId) });
  const runnerAt = (now: Date) =>
    createBulkInviteRunner({
      data: app.data,
      clock: new ManualClock(now),
      logger: createLogger("silent"),
      nudgeOutbox: () => {},
    });
  async function jobState(jobId: number) {
    const { bulkInviteJobs: jobs } = app.data.t;
    const [job] = await app.data.read
      .select({ status: jobs.status, processed: jobs.processed, sent: jobs.sent, skipped: jobs.skipped })
      .from(jobs)
      .where(eq(jobs.id, jobId));
    return job;
  }

  it("a runner whose lease lapsed mid-chunk shares the job with nobody: each row is settled and counted once", async () => {
    const customers = await generateCustomers(app.data, t.a.id, 3, {
      now: app.clock.now(),
      seed: 12,
      emailDomain: "overlap.example.com",
    });
    const jobId = await preview(customers.map((c) => c.id));
    expect((await start(jobId)).errors).toBeUndefined();
    const [first] = [...customers].sort((a, b) => a.id - b.id);
    // The first runner waits inside its chunk on the first customer's invite; by the second
    // runner's clock the first one's lease has lapsed.
    const late = runnerAt(app.clock.now());
    const fresh = runnerAt(new Date(app.clock.now().getTime() + 2 * MINUTE));
    await raceWhileHeld(
      app,
      TAKE_KEY_STATEMENT,
      [`invite:${first?.id}:0`],
      [() => late.runOnce(), () => fresh.runOnce()],
    );
    expect(await jobState(jobId)).toEqual({ status: "DONE", processed: 3, sent: 3, skipped: 0 });
    const { bulkInviteRows: rows } = app.data.t;
    const results = await app.data.read.select({ result: rows.result }).from(rows).where(eq(rows.jobId, jobId));
    expect(results.map((r) => r.result)).toEqual(["SENT", "SENT", "SENT"]);
    expect(await countRows(app, "invitations", "email LIKE ?", "%@overlap.example.com")).toBe(3);
  });

  it("two bulk invites sharing customers, listed in opposite orders, run side by side and both finish", async () => {
    const [x, y] = (
      await generateCustomers(app.data, t.a.id, 2, {
        now: app.clock.now(),
        seed: 15,
        emailDomain: "shared.example.com",
      })
    ).sort((a, b) => a.id - b.id);
    if (!x || !y) throw new Error("two customers expected");
    const forward = await preview([x.id, y.id]);
    const backward = await preview([y.id, x.id]);
    for (const jobId of [forward, backward]) expect((await start(jobId)).errors).toBeUndefined();
    // The first runner has taken its first customer's key and waits on that customer's row while the
    // second runner starts on the other job (test/held-locks.ts). Were the keys taken in each file's
    // order, the two would each hold one key and wait for the other's: a deadlock PostgreSQL ends by
    // failing one of them.
    const first = runnerAt(app.clock.now());
    const second = runnerAt(app.clock.now());
    await raceWhileHeld(
      app,
      "SELECT 1 FROM customers WHERE id = $1 FOR UPDATE",
      [x.id],
      [() => first.runOnce(), () => second.runOnce()],
    );
    for (const jobId of [forward, backward]) expect((await jobState(jobId))?.status).toBe("DONE");
    expect(await countRows(app, "invitations", "email LIKE ?", "%@shared.example.com")).toBe(2);
  });

  it("two simultaneous confirmations start a bulk invite once", async () => {
    const customers = await generateCustomers(app.data, t.a.id, 2, {
      now: app.clock.now(),
      seed: 14,
      emailDomain: "confirm.example.com",
    });
    const jobId = await preview(customers.map((c) => c.id));
    const answers = await raceWhileHeld(
      app,
      "SELECT 1 FROM bulk_invite_jobs WHERE id = $1 FOR UPDATE",
      [jobId],
      [() => start(jobId), () => start(jobId)],
    );
    expect(answers.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
  });

  it("a preview confirmed while the purge drops stale ones is either sent whole or cancelled whole", async () => {
    const customers = await generateCustomers(app.data, t.a.id, 2, {
      now: app.clock.now(),
      seed: 13,
      emailDomain: "stale.example.com",
    });
    const jobId = await preview(customers.map((c) => c.id));
    // Confirmed a day late, just as the purge finds the preview stale.
    let purged = 0;
    const purge = async () => {
      purged = await purgeStalePreviews(app.data, new Date(app.clock.now().getTime() + 2 * DAY));
      return undefined;
    };
    const [confirmed] = await raceWhileHeld(
      app,
      "SELECT 1 FROM bulk_invite_jobs WHERE id = $1 FOR UPDATE",
      [jobId],
      [() => start(jobId), purge],
    );
    const rowsLeft = await countRows(app, "bulk_invite_rows", "job_id = ?", jobId);
    const { status } = (await jobState(jobId)) ?? {};
    expect({ confirmed: confirmed?.errors?.[0]?.extensions?.code ?? "OK", status, rowsLeft, purged }).toEqual(
      status === "CANCELLED"
        ? { confirmed: "CONFLICT", status: "CANCELLED", rowsLeft: 0, purged: 1 }
        : { confirmed: "OK", status: "RUNNING", rowsLeft: 2, purged: 0 },
    );
  });
});
