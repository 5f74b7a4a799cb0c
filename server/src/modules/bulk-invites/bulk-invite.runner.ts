import { and, asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { placeholderFor, preparedInTransaction } from "../../db/prepared-in-transaction.js";
import { FacilityScope } from "../../db/tenancy.js";
import { createPollLoop } from "../../lib/poll-loop.js";
import { tryQueueInvite } from "../invitations/invitation.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { PLAN_LABELS, purgeStalePreviews } from "./bulk-invite.service.js";

export const CHUNK_SIZE = 100;
/** The default lease (BULK_INVITE_LEASE_SECONDS), renewed with every chunk. */
export const LEASE_MS = 60_000;

type RunnerDeps = Pick<ServiceDeps, "data" | "clock" | "logger" | "nudgeOutbox"> & {
  pollMs?: number;
  /** How long a claim on a job lasts without a chunk done: after a crash, another runner resumes it then. */
  leaseMs?: number;
};

type Job = { id: number; facilityId: number; staffUserId: number };

/** Takes the oldest running job nobody holds, under a lease: after a crash another runner resumes it. */
const claimJob = preparedInTransaction("bulk_invite_job_claim", (tx, t, dialect) => {
  const jobs = t.bulkInviteJobs;
  const now = placeholderFor(jobs.leaseUntil, "now");
  const free = dialect.forUpdate(
    tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.status, "RUNNING"), or(isNull(jobs.leaseUntil), lt(jobs.leaseUntil, now))))
      .orderBy(asc(jobs.id))
      .limit(1),
    { skipLocked: true },
  );
  return tx
    .update(jobs)
    .set({ leaseUntil: placeholderFor(jobs.leaseUntil, "until") })
    .where(inArray(jobs.id, free))
    .returning({ id: jobs.id, facilityId: jobs.facilityId, staffUserId: jobs.createdByStaffId });
});

/**
 * The job's row, locked for the chunk's transaction: a runner whose lease lapsed mid-chunk (a slow
 * machine, not a dead one) and the runner that took the job over then work one chunk after the
 * other, and each reads the rows the other settled, instead of both inviting the same rows.
 */
const lockJob = preparedInTransaction("bulk_invite_job_lock", (tx, t, dialect) =>
  dialect.forUpdate(
    tx
      .select({ status: t.bulkInviteJobs.status })
      .from(t.bulkInviteJobs)
      .where(eq(t.bulkInviteJobs.id, sql.placeholder("id"))),
  ),
);

const pendingRows = preparedInTransaction("bulk_invite_pending_rows", (tx, t) =>
  tx
    .select()
    .from(t.bulkInviteRows)
    .where(and(eq(t.bulkInviteRows.jobId, sql.placeholder("jobId")), eq(t.bulkInviteRows.result, "PENDING")))
    .orderBy(asc(t.bulkInviteRows.id))
    .limit(CHUNK_SIZE),
);

const settleRow = preparedInTransaction("bulk_invite_row_settle", (tx, t) =>
  tx
    .update(t.bulkInviteRows)
    .set({ result: sql`${sql.placeholder("result")}`, detail: sql`${sql.placeholder("detail")}` })
    .where(eq(t.bulkInviteRows.id, sql.placeholder("id"))),
);

const advanceJob = preparedInTransaction("bulk_invite_job_advance", (tx, t) => {
  const jobs = t.bulkInviteJobs;
  return tx
    .update(jobs)
    .set({
      processed: sql`${jobs.processed} + ${sql.placeholder("processed")}`,
      sent: sql`${jobs.sent} + ${sql.placeholder("sent")}`,
      skipped: sql`${jobs.skipped} + ${sql.placeholder("skipped")}`,
      leaseUntil: placeholderFor(jobs.leaseUntil, "until"),
    })
    .where(eq(jobs.id, sql.placeholder("id")));
});

const finishJob = preparedInTransaction("bulk_invite_job_finish", (tx, t) =>
  tx
    .update(t.bulkInviteJobs)
    .set({ status: "DONE", finishedAt: placeholderFor(t.bulkInviteJobs.finishedAt, "now"), leaseUntil: null })
    .where(eq(t.bulkInviteJobs.id, sql.placeholder("id"))),
);

/** What one batch of the runner did: a chunk of rows, or nothing (no job, or a job just finished). */
type ChunkResult = { chunks: number; more: boolean };

/**
 * Works through confirmed bulk invites in chunks of CHUNK_SIZE rows, one short transaction per
 * chunk, on the leased poll loop the email worker also runs on: it yields to the event loop between
 * chunks so other requests are served meanwhile, and a stop hands the job back at once.
 */
export function createBulkInviteRunner(deps: RunnerDeps) {
  const { data, clock, logger } = deps;
  const { t } = data;
  const leaseMs = deps.leaseMs ?? LEASE_MS;
  /** The job this runner holds the lease of, from its claim until it is done or handed back. */
  let held: Job | undefined;

  async function claim(): Promise<Job | undefined> {
    const now = clock.now();
    const [job] = await data.transaction((tx) =>
      claimJob(data, tx).execute({ now, until: new Date(now.getTime() + leaseMs) }),
    );
    if (job) logger.info("bulk invite job claimed", { jobId: job.id });
    return job;
  }

  /** One chunk: returns false when the job has no pending rows left (and marks it done), or is no longer running. */
  function processChunk(job: Job): Promise<boolean> {
    return data.transaction(async (tx) => {
      const [locked] = await lockJob(data, tx).execute({ id: job.id });
      // Another runner that took the job over meanwhile may have finished it.
      if (locked?.status !== "RUNNING") return false;
      const now = clock.now();
      const rows = await pendingRows(data, tx).execute({ jobId: job.id });
      if (rows.length === 0) {
        await finishJob(data, tx).execute({ id: job.id, now });
        return false;
      }
      let sent = 0;
      for (const row of rows) {
        if (row.plan !== "INVITE" || row.customerId === null) {
          // A line skipped for a reason of its own (UNREADABLE) keeps it in the report.
          await settleRow(data, tx).execute({
            id: row.id,
            result: "SKIPPED",
            detail: row.detail ?? PLAN_LABELS[row.plan],
          });
          continue;
        }
        // Re-checked now, inside the transaction: a single invite sent since the preview wins.
        const result = await tryQueueInvite(tx, data, {
          scope: new FacilityScope(job.facilityId),
          staffUserId: job.staffUserId,
          person: { customerId: row.customerId, contactId: null },
          now,
        });
        if (result.ok) {
          await settleRow(data, tx).execute({ id: row.id, result: "SENT", detail: null });
          sent++;
        } else {
          await settleRow(data, tx).execute({
            id: row.id,
            result: "SKIPPED",
            detail: `${result.status.reason} (changed since the preview)`,
          });
        }
      }
      await advanceJob(data, tx).execute({
        id: job.id,
        processed: rows.length,
        sent,
        skipped: rows.length - sent,
        until: new Date(now.getTime() + leaseMs),
      });
      return true;
    });
  }

  async function batch(): Promise<ChunkResult> {
    if (!held) {
      await purgeStalePreviews(data, clock.now());
      held = await claim();
      if (!held) return { chunks: 0, more: false };
    }
    const job = held;
    if (!(await processChunk(job))) {
      held = undefined;
      // Another job may be waiting.
      return { chunks: 0, more: true };
    }
    deps.nudgeOutbox();
    return { chunks: 1, more: true };
  }

  const loop = createPollLoop<ChunkResult>({
    pollMs: deps.pollMs ?? 2000,
    batch,
    more: (result) => result.more,
    async release() {
      const job = held;
      held = undefined;
      if (!job) return;
      // Another runner (or this one, restarted) resumes from the next pending row at once.
      await data.transaction((tx) =>
        tx
          .update(t.bulkInviteJobs)
          .set({ leaseUntil: null })
          .where(and(eq(t.bulkInviteJobs.id, job.id), eq(t.bulkInviteJobs.status, "RUNNING"))),
      );
      logger.info("bulk invite job handed back", { jobId: job.id });
    },
    onError: (error) => logger.error("bulk invite runner failed", { error }),
  });

  return {
    /** Runs confirmed bulk invites until none is left (or stop() is called); resolves to the chunks done. */
    async runOnce(): Promise<number> {
      const results = await loop.drain();
      return results.reduce((chunks, result) => chunks + result.chunks, 0);
    },
    start: loop.start,
    nudge: loop.nudge,
    /** Stops polling; a chunk in progress finishes, then the job's lease is handed back. */
    stop: loop.stop,
  };
}
