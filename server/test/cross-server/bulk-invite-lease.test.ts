// Two servers' bulk invite runners on one PostgreSQL when the first one's lease lapses while it is
// still alive and mid-chunk (a slow machine, a long pause): the second must not invite the same rows
// alongside it. Each runner has a Database of its own (its own pool, as a server would), so the test
// can see in pg_stat_activity which of them waits on which lock.
import { asc, eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDataLayerAt } from "../../src/db/client.js";
import type { Database } from "../../src/db/database.js";
import { TAKE_KEY_STATEMENT } from "../../src/db/pg.js";
import { FacilityScope } from "../../src/db/tenancy.js";
import { ManualClock } from "../../src/lib/clock.js";
import { createLogger } from "../../src/lib/logger.js";
import { CHUNK_SIZE, createBulkInviteRunner, LEASE_MS } from "../../src/modules/bulk-invites/bulk-invite.runner.js";
import { createPreview, startJob } from "../../src/modules/bulk-invites/bulk-invite.service.js";
import { testEngine } from "../engine.js";
import { createFacility, createStaff } from "../factories.js";
import { freshPostgresDatabase, type TestDatabase } from "../postgres.js";

const onPostgres = testEngine === "pg";

describe.skipIf(!onPostgres)("a bulk invite whose runner's lease lapses mid-chunk", { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let first: Database;
  let second: Database;
  let watcher: pg.Client;

  beforeAll(async () => {
    database = await freshPostgresDatabase();
    const named = (name: string) => {
      const url = new URL(database.url);
      url.searchParams.set("application_name", name);
      return url.toString();
    };
    first = (await openDataLayerAt(named("runner-1"))).data;
    second = (await openDataLayerAt(named("runner-2"))).data;
    watcher = new pg.Client({ connectionString: database.url });
    await watcher.connect();
  });

  afterAll(async () => {
    await watcher?.end();
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  /** Backends of `name` waiting on a lock right now. */
  const waiting = async (name: string) =>
    (
      await watcher.query<{ n: string }>(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'",
        [name],
      )
    ).rows[0]?.n !== "0";

  it("waits for the chunk in progress instead of inviting its rows a second time", async () => {
    const data = first;
    const clock = new ManualClock();
    const facility = await createFacility({ data });
    const staff = await createStaff({ data }, facility.id);
    const PEOPLE = CHUNK_SIZE + 20;
    const { customers, bulkInviteJobs, bulkInviteRows, invitations } = data.t;
    const people = await data.transaction((tx) =>
      tx
        .insert(customers)
        .values(
          Array.from({ length: PEOPLE }, (_, i) => ({
            facilityId: facility.id,
            name: `Lapse ${i}`,
            sortName: `lapse ${i}`,
            email: `lapse-${i}@example.com`,
          })),
        )
        .returning({ id: customers.id }),
    );
    const scope = new FacilityScope(facility.id);
    const jobId = await createPreview(
      data,
      { scope, userId: staff.id },
      "SELECTION",
      people.map((p, i) => ({ line: i + 1, customerId: p.id })),
      null,
      clock.now(),
    );
    await startJob(data, scope, jobId, clock.now());
    const rows = await data.read
      .select({ customerId: bulkInviteRows.customerId })
      .from(bulkInviteRows)
      .where(eq(bulkInviteRows.jobId, jobId))
      .orderBy(asc(bulkInviteRows.id));

    const logger = createLogger("silent");
    const runnerOne = createBulkInviteRunner({ data: first, clock, logger, nudgeOutbox: () => {} });
    const runnerTwo = createBulkInviteRunner({ data: second, clock, logger, nudgeOutbox: () => {} });

    // Holding the lock of someone halfway through the first chunk stops runner one there.
    const gate = new pg.Client({ connectionString: database.url });
    await gate.connect();
    await gate.query("BEGIN");
    await gate.query(TAKE_KEY_STATEMENT, [`invite:${rows[50]?.customerId}:0`]);
    const one = runnerOne.runOnce();
    await vi.waitFor(
      async () => {
        if (!(await waiting("runner-1"))) throw new Error("runner one is not at the gate yet");
      },
      { timeout: 60_000, interval: 50 },
    );

    // Its lease runs out while it waits; runner two looks for work.
    clock.advance(LEASE_MS + 1);
    let twoDone = false;
    const two = runnerTwo.runOnce().finally(() => {
      twoDone = true;
    });
    // Either runner two found nothing it could take, or it is stuck behind runner one's rows.
    await vi.waitFor(
      async () => {
        if (!twoDone && !(await waiting("runner-2"))) throw new Error("runner two has not decided yet");
      },
      { timeout: 60_000, interval: 50 },
    );
    await gate.query("ROLLBACK");
    await gate.end();
    await Promise.all([one, two]);

    const [job] = await data.read.select().from(bulkInviteJobs).where(eq(bulkInviteJobs.id, jobId));
    expect(job).toMatchObject({ status: "DONE", processed: PEOPLE, sent: PEOPLE, skipped: 0 });
    expect(await data.read.$count(bulkInviteRows, eq(bulkInviteRows.result, "SENT"))).toBe(PEOPLE);
    expect(await data.read.$count(invitations, eq(invitations.facilityId, facility.id))).toBe(PEOPLE);
  });
});
