import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { type Db, writeTransaction } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import type { Logger } from "../../lib/logger.js";
import { tryQueueInviteInSyncTransaction } from "../invitations/invitation.service.js";
import { type JobRowRecord, PLAN_LABELS, purgeStalePreviews } from "./bulk-invite.service.js";

export const CHUNK_SIZE = 100;
const LEASE_MS = 60_000;

type RunnerDeps = { db: Db; clock: Clock; logger: Logger; nudgeOutbox: () => void; pollMs?: number };

/**
 * Works through confirmed bulk invites in chunks of CHUNK_SIZE rows, one short write transaction
 * per chunk, yielding to the event loop between chunks so other requests are served meanwhile.
 * Jobs are claimed with a lease: after a crash another runner (or this one, restarted) resumes.
 */
export function createBulkInviteRunner(deps: RunnerDeps) {
  const { db, clock, logger } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;

  const claimJob = () =>
    db.$client
      .prepare(
        `UPDATE bulk_invite_jobs SET lease_until = @until
         WHERE id = (SELECT id FROM bulk_invite_jobs WHERE status = 'RUNNING' AND (lease_until IS NULL OR lease_until < @now) ORDER BY id LIMIT 1)
         RETURNING id, facility_id AS facilityId, created_by_staff_id AS staffUserId`,
      )
      .get({ now: clock.now().getTime(), until: clock.now().getTime() + LEASE_MS }) as
      | { id: number; facilityId: number; staffUserId: number }
      | undefined;

  /** One chunk: returns false when the job has no pending rows left (and marks it done). */
  function processChunk(job: { id: number; facilityId: number; staffUserId: number }): boolean {
    return writeTransaction(db, (tx) => {
      const now = clock.now();
      const rows = tx.$client
        .prepare("SELECT * FROM bulk_invite_rows WHERE job_id = ? AND result = 'PENDING' ORDER BY id LIMIT ?")
        .all(job.id, CHUNK_SIZE) as JobRowRecord[];
      if (rows.length === 0) {
        tx.$client
          .prepare("UPDATE bulk_invite_jobs SET status = 'DONE', finished_at = ?, lease_until = NULL WHERE id = ?")
          .run(now.getTime(), job.id);
        return false;
      }
      const settle = tx.$client.prepare("UPDATE bulk_invite_rows SET result = ?, detail = ? WHERE id = ?");
      let sent = 0;
      for (const row of rows) {
        if (row.plan !== "INVITE" || row.customer_id === null) {
          // A line skipped for a reason of its own (UNREADABLE) keeps it in the report.
          settle.run("SKIPPED", row.detail ?? PLAN_LABELS[row.plan], row.id);
          continue;
        }
        // Re-checked now, inside the transaction: a single invite sent since the preview wins.
        const result = tryQueueInviteInSyncTransaction(tx, {
          facilityId: job.facilityId,
          staffUserId: job.staffUserId,
          person: { customerId: row.customer_id, contactId: null },
          now,
        });
        if (result.ok) {
          settle.run("SENT", null, row.id);
          sent++;
        } else {
          settle.run("SKIPPED", `${result.status.reason} (changed since the preview)`, row.id);
        }
      }
      tx.$client
        .prepare(
          `UPDATE bulk_invite_jobs SET processed = processed + ?, sent = sent + ?, skipped = skipped + ?, lease_until = ?
           WHERE id = ?`,
        )
        .run(rows.length, sent, rows.length - sent, now.getTime() + LEASE_MS, job.id);
      return true;
    });
  }

  /** Set by stop(): the current run ends after its chunk and hands its job back. */
  let stopping = false;
  let current: Promise<number> | undefined;

  const releaseJob = (jobId: number) =>
    db.$client.prepare("UPDATE bulk_invite_jobs SET lease_until = NULL WHERE id = ? AND status = 'RUNNING'").run(jobId);

  async function run(): Promise<number> {
    purgeStalePreviews(db, clock.now());
    let chunks = 0;
    for (let job = stopping ? undefined : claimJob(); job; job = stopping ? undefined : claimJob()) {
      while (processChunk(job)) {
        chunks++;
        deps.nudgeOutbox();
        await yieldToEventLoop();
        if (stopping) {
          // Another runner (or this one, restarted) resumes from the next pending row at once.
          releaseJob(job.id);
          logger.info("bulk invite job handed back", { jobId: job.id });
          return chunks;
        }
      }
    }
    return chunks;
  }

  function runOnce(): Promise<number> {
    const started = run();
    current = started;
    return started.finally(() => {
      if (current === started) current = undefined;
    });
  }

  function schedule(delay: number) {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) return;
      running = runOnce()
        .catch((error) => logger.error("bulk invite runner failed", { error }))
        .then(() => {
          running = undefined;
          schedule(deps.pollMs ?? 2000);
        });
    }, delay);
  }

  return {
    runOnce,
    start() {
      stopped = false;
      stopping = false;
      schedule(0);
    },
    nudge() {
      if (!running) schedule(0);
    },
    /** Stops polling; a run in progress finishes its chunk and releases its job's lease. */
    async stop() {
      stopped = true;
      stopping = true;
      clearTimeout(timer);
      await Promise.allSettled([running, current]);
    },
  };
}
