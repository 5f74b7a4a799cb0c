import { and, asc, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { placeholderFor, preparedInTransaction } from "../../db/prepared-in-transaction.js";
import { FacilityScope } from "../../db/tenancy.js";
import type { EmailHandOff, HandedEmail } from "../../email/outbox.js";
import { createPollLoop } from "../../lib/poll-loop.js";
import { tryQueueCustomerInvites } from "../invitations/invitation.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { PLAN_LABELS, purgeStalePreviews } from "./bulk-invite.service.js";

/**
 * Rows per chunk: one Postmark batch (the outbox claims as many), so a job of people to invite
 * goes out in full batches.
 */
export const CHUNK_SIZE = 500;
/** The default lease (BULK_INVITE_LEASE_SECONDS), renewed with every chunk. */
export const LEASE_MS = 60_000;

type RunnerDeps = Pick<ServiceDeps, "data" | "clock" | "logger" | "nudgeOutbox"> & {
  /**
   * This process's email worker, when it runs here: each chunk's emails are handed to it already
   * claimed (EmailHandOff), a Postmark batch per chunk with no claim in between. Without it, or
   * when it answers null, the emails are written for any worker to claim and the outbox is nudged.
   */
  handOffEmails?: () => Promise<EmailHandOff | null>;
  pollMs?: number;
  /** How long a claim on a job lasts without a chunk done: after a crash, another runner resumes it then. */
  leaseMs?: number;
};

/** A job this runner holds, with the lease it set: the lease is its claim, checked before each chunk. */
type Job = {
  id: number;
  facilityId: number;
  staffUserId: number;
  leaseUntil: Date;
  /** The last row this runner settled: the next chunk reads on from there, not from the job's first row. */
  after: number;
};

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
 * Extends the lease at the start of a chunk, only while it is still the one this runner set: a
 * runner that paused past its lease finds the job taken over (or finished) and stops. The update
 * also locks the job's row until the chunk commits, so no other runner can claim the job during a
 * chunk (claims skip locked rows), however long the chunk takes.
 */
const renewLease = preparedInTransaction("bulk_invite_job_renew", (tx, t) => {
  const jobs = t.bulkInviteJobs;
  return tx
    .update(jobs)
    .set({ leaseUntil: placeholderFor(jobs.leaseUntil, "until") })
    .where(
      and(
        eq(jobs.id, sql.placeholder("id")),
        eq(jobs.status, "RUNNING"),
        eq(jobs.leaseUntil, placeholderFor(jobs.leaseUntil, "held")),
      ),
    )
    .returning({ id: jobs.id });
});

// Skips rows another transaction holds: with the lease above only one runner works a job at a time,
// and this keeps it so should two ever overlap.
const pendingRows = preparedInTransaction("bulk_invite_pending_rows", (tx, t, dialect) =>
  dialect.forUpdate(
    tx
      .select()
      .from(t.bulkInviteRows)
      .where(
        and(
          eq(t.bulkInviteRows.jobId, sql.placeholder("jobId")),
          gt(t.bulkInviteRows.id, sql.placeholder("after")),
          eq(t.bulkInviteRows.result, "PENDING"),
        ),
      )
      .orderBy(asc(t.bulkInviteRows.id))
      .limit(CHUNK_SIZE),
    { skipLocked: true },
  ),
);

/**
 * Settles rows once, all with one outcome: a row already settled keeps its result, and the report
 * counts it once. The ids are one parameter, so the statement is the same for any number of rows.
 */
const settleRows = preparedInTransaction("bulk_invite_rows_settle", (tx, t, dialect) =>
  tx
    .update(t.bulkInviteRows)
    .set({ result: sql`${sql.placeholder("result")}`, detail: sql`${sql.placeholder("detail")}` })
    .where(and(dialect.inList(t.bulkInviteRows.id, sql.placeholder("ids")), eq(t.bulkInviteRows.result, "PENDING")))
    .returning({ id: t.bulkInviteRows.id }),
);

const advanceJob = preparedInTransaction("bulk_invite_job_advance", (tx, t) => {
  const jobs = t.bulkInviteJobs;
  return tx
    .update(jobs)
    .set({
      processed: sql`${jobs.processed} + ${sql.placeholder("processed")}`,
      sent: sql`${jobs.sent} + ${sql.placeholder("sent")}`,
      skipped: sql`${jobs.skipped} + ${sql.placeholder("skipped")}`,
    })
    .where(eq(jobs.id, sql.placeholder("id")));
});

/** Finishes a running job once: its finish time is the first runner's. */
const finishJob = preparedInTransaction("bulk_invite_job_finish", (tx, t) =>
  tx
    .update(t.bulkInviteJobs)
    .set({ status: "DONE", finishedAt: placeholderFor(t.bulkInviteJobs.finishedAt, "now"), leaseUntil: null })
    .where(and(eq(t.bulkInviteJobs.id, sql.placeholder("id")), eq(t.bulkInviteJobs.status, "RUNNING"))),
);

/**
 * What a chunk found: rows done (with the lease renewed to `leaseUntil`, and the emails written for
 * the hand-off), none left, or the job lost.
 */
type ChunkOutcome =
  | { kind: "MORE"; leaseUntil: Date; emails: HandedEmail[]; texts: number; after: number }
  | { kind: "DONE" }
  | { kind: "LOST" };

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
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const [job] = await data.transaction((tx) => claimJob(data, tx).execute({ now, until: leaseUntil }));
    if (job) logger.info("bulk invite job claimed", { jobId: job.id });
    return job && { ...job, leaseUntil, after: 0 };
  }

  /** One chunk of the job, if this runner still holds it. */
  function processChunk(job: Job, handOff: EmailHandOff | null): Promise<ChunkOutcome> {
    return data.transaction(async (tx): Promise<ChunkOutcome> => {
      const now = clock.now();
      const leaseUntil = new Date(now.getTime() + leaseMs);
      const renewed = await renewLease(data, tx).execute({ id: job.id, held: job.leaseUntil, until: leaseUntil });
      if (renewed.length === 0) return { kind: "LOST" };
      let rows = await pendingRows(data, tx).execute({ jobId: job.id, after: job.after });
      // Rows before the mark another runner held (skipped, locked) and let go unsettled are the
      // job's too: it is done only when none is pending from its first row.
      if (rows.length === 0 && job.after > 0) rows = await pendingRows(data, tx).execute({ jobId: job.id, after: 0 });
      if (rows.length === 0) {
        await finishJob(data, tx).execute({ id: job.id, now });
        return { kind: "DONE" };
      }
      // Rows with the same outcome are settled by one statement: a chunk issues one per distinct
      // outcome (sent, or skipped for a given reason), however many rows it holds.
      const outcomes = new Map<string, { result: "SENT" | "SKIPPED"; detail: string | null; ids: number[] }>();
      const settle = (id: number, result: "SENT" | "SKIPPED", detail: string | null) => {
        const key = `${result}\u0000${detail ?? ""}`;
        const outcome = outcomes.get(key) ?? { result, detail, ids: [] };
        outcome.ids.push(id);
        outcomes.set(key, outcome);
      };
      // Invited in customer order, whatever the file's order: each invite takes its person's key
      // until the chunk commits, and two chunks (two jobs, two servers) that share customers then
      // take their keys in the same order instead of each waiting for the other's.
      const byCustomer = [...rows].sort((a, b) => (a.customerId ?? 0) - (b.customerId ?? 0) || a.id - b.id);
      const invites: Array<{ rowId: number; customerId: number }> = [];
      const customers = new Set<number>();
      for (const row of byCustomer) {
        if (row.plan !== "INVITE" || row.customerId === null) {
          // A line skipped for a reason of its own (UNREADABLE) keeps it in the report.
          settle(row.id, "SKIPPED", row.detail ?? PLAN_LABELS[row.plan]);
        } else if (customers.has(row.customerId)) {
          // The preview plans one invite per customer; should a row repeat one, it is invited once.
          settle(row.id, "SKIPPED", PLAN_LABELS.DUPLICATE);
        } else {
          customers.add(row.customerId);
          invites.push({ rowId: row.id, customerId: row.customerId });
        }
      }
      // Re-checked now, inside the transaction: a single invite sent since the preview wins.
      const { results, emails, texts } = await tryQueueCustomerInvites(tx, data, {
        scope: new FacilityScope(job.facilityId),
        staffUserId: job.staffUserId,
        customerIds: [...customers],
        now,
        lease: handOff?.lease,
      });
      for (const { rowId, customerId } of invites) {
        const result = results.get(customerId);
        if (result?.ok) settle(rowId, "SENT", null);
        else settle(rowId, "SKIPPED", `${result?.status.reason ?? "Not found"} (changed since the preview)`);
      }
      let settled = 0;
      let sent = 0;
      for (const { result, detail, ids } of outcomes.values()) {
        const done = await settleRows(data, tx).execute({ ids: data.dialect.listParam(ids), result, detail });
        settled += done.length;
        if (result === "SENT") sent += done.length;
      }
      await advanceJob(data, tx).execute({ id: job.id, processed: settled, sent, skipped: settled - sent });
      return { kind: "MORE", leaseUntil, emails, texts, after: rows.reduce((last, row) => Math.max(last, row.id), 0) };
    });
  }

  async function batch(): Promise<ChunkResult> {
    if (!held) {
      await purgeStalePreviews(data, clock.now());
      held = await claim();
      if (!held) return { chunks: 0, more: false };
    }
    const job = held;
    // The lane is taken before the chunk: its emails go out as soon as it commits.
    const handOff = (await deps.handOffEmails?.()) ?? null;
    let outcome: ChunkOutcome;
    try {
      outcome = await processChunk(job, handOff);
    } catch (error) {
      handOff?.cancel();
      throw error;
    }
    if (outcome.kind !== "MORE") handOff?.cancel();
    else if (handOff) {
      handOff.send(outcome.emails);
      // The texts are not handed off: the nudge wakes the text worker to claim them.
      if (outcome.texts > 0) deps.nudgeOutbox();
    } else deps.nudgeOutbox();
    if (outcome.kind !== "MORE") {
      if (outcome.kind === "LOST")
        logger.warn("bulk invite lease lapsed; another runner has the job", { jobId: job.id });
      held = undefined;
      // Another job may be waiting.
      return { chunks: 0, more: true };
    }
    // Only once the chunk committed is the new lease the one in the database, and its rows settled.
    job.leaseUntil = outcome.leaseUntil;
    job.after = outcome.after;
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
      // Another runner (or this one, restarted) resumes from the next pending row at once. Only a
      // lease still this runner's is handed back: one that lapsed may be another runner's by now.
      await data.transaction((tx) =>
        tx
          .update(t.bulkInviteJobs)
          .set({ leaseUntil: null })
          .where(
            and(
              eq(t.bulkInviteJobs.id, job.id),
              eq(t.bulkInviteJobs.status, "RUNNING"),
              eq(t.bulkInviteJobs.leaseUntil, job.leaseUntil),
            ),
          ),
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
