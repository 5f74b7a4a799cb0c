import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twoFacilities } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { generateCustomers } from "../../db/seed/generate.js";
import { createLogger } from "../../lib/logger.js";
import { CHUNK_SIZE, createBulkInviteRunner } from "./bulk-invite.runner.js";

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
