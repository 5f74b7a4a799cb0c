import { randomBytes } from "node:crypto";
import os from "node:os";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { Config } from "../config.js";
import type { Database, WriteDb } from "../db/database.js";
import type { Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import { createPollLoop } from "../lib/poll-loop.js";
import { createComposer } from "./compose.js";
import type { EmailHandOff } from "./outbox.js";
import { BATCH_LIMIT, type Claim, createOutboxStore, type Lane } from "./outbox-store.js";
import type { EmailTransport, OutgoingEmail, SendResult } from "./transport.js";

export { senderFor } from "./compose.js";
export {
  BATCH_LIMIT,
  GAVE_UP_REASON,
  LEASE_MS,
  LINK_NO_LONGER_VALID,
  MAX_ATTEMPTS,
  MAX_RETRY_MS,
  retryDelayMs,
} from "./outbox-store.js";

/**
 * Batches one worker keeps in flight. Claims are leased, so batches never share a row; running
 * several means a hung or slow Postmark call holds back only its own batch, not the sign-in link
 * someone asked for a moment later.
 */
export const MAX_CONCURRENT_BATCHES = 4;

/**
 * Lanes that jobs handing off their emails (bulk invites) may hold at once: one batch sent while the
 * next is written, and the other lanes left for everything else. More would only hold more batches
 * of 3 MB in memory at once; Postmark answers one while the next is written.
 */
export const HAND_OFF_LANES = 2;

/** Emails rendered between two yields to the event loop. */
const RENDER_BETWEEN_YIELDS = 50;

export type EmailWorkerDeps = {
  data: Database;
  clock: Clock;
  config: Config;
  logger: Logger;
  transport: EmailTransport;
  workerId?: string;
  pollMs?: number;
  /** Onboarding steps per facility for the invite email, loaded once per batch (outside any transaction). */
  loadOnboardingSteps?: (facilityIds: number[]) => Promise<Map<number, string[]>> | Map<number, string[]>;
  /** Called in the transaction that records invites as sent, with their ids (the webhooks' invitation.sent). */
  onInvitationsSent?: (tx: WriteDb, invitationIds: number[], now: Date) => Promise<unknown>;
  /** 0..1; jitter spreads retries so a Postmark outage does not end in a stampede. */
  random?: () => number;
};

export type EmailWorker = {
  /** Claims and sends one batch of due emails; resolves to how many outbox rows it settled or retried. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
  /** Something was just queued: look now rather than at the next poll. */
  nudge(): void;
  /**
   * Holds a lane for emails a job writes already claimed (outbox.ts EmailHandOff); waits while the
   * job has HAND_OFF_LANES lanes in use. Null when the worker is not running: the job then writes
   * its emails for any worker to claim.
   */
  handOff(): Promise<EmailHandOff | null>;
};

/**
 * Sends the outbox: claim a batch (one transaction), render and send it (no transaction open while
 * Postmark answers), record the answers (another transaction).
 */
export function createEmailWorker(deps: EmailWorkerDeps): EmailWorker {
  const { clock, config, transport } = deps;
  const workerId = deps.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const logger = deps.logger.child({ component: "email-worker", workerId });
  const store = createOutboxStore(deps.data, {
    workerId,
    random: deps.random,
    leaseMs: config.emailLeaseSeconds * 1000,
    onInvitationsSent: deps.onInvitationsSent,
  });

  async function processBatch(lane: Lane): Promise<number> {
    const now = clock.now();
    const claim = await store.claim(now, lane);
    const { minted, settled } = claim;
    if (minted.length === 0) return settled;
    await deliver(claim, now);
    return settled + minted.length;
  }

  /** Renders, sends and settles the emails of a claim: no transaction is open while Postmark answers. */
  async function deliver(claim: Claim, now: Date): Promise<void> {
    const { minted } = claim;
    const onboarding = deps.loadOnboardingSteps
      ? await deps.loadOnboardingSteps([
          ...new Set(minted.flatMap((m) => (m.row.facilityId == null ? [] : [m.row.facilityId]))),
        ])
      : new Map<number, string[]>();
    const compose = createComposer(now, config, onboarding);
    const outgoing: OutgoingEmail[] = [];
    const unbuildable: SendResult[] = [];
    for (const [index, item] of minted.entries()) {
      // Requests get through every few dozen emails.
      if (index > 0 && index % RENDER_BETWEEN_YIELDS === 0) await yieldToEventLoop();
      try {
        outgoing.push(compose.compose(item));
      } catch (error) {
        logger.error("could not render an email", { outboxId: item.row.id, error });
        unbuildable.push({
          outboxId: item.row.id,
          ok: false,
          permanent: false,
          refused: true,
          errorCode: -1,
          message: "Could not build the email",
        });
      }
    }

    let results: SendResult[];
    try {
      results = await transport.sendBatch(outgoing);
    } catch (error) {
      // Transports report failures as results; a throw is a bug, so retry everything later.
      logger.error("email transport threw", { error });
      results = outgoing.map((m) => ({
        outboxId: m.outboxId,
        ok: false,
        permanent: false,
        refused: false,
        errorCode: -1,
        message: "Email transport error",
      }));
    }
    const counts = await store.settle(claim, [...results, ...unbuildable], clock.now());
    logger.info("email batch processed", { ...counts, skipped: claim.settled });
  }

  /** Hand-offs in progress, and the jobs waiting for one: a job gets at most HAND_OFF_LANES lanes. */
  let handOffs = 0;
  const handOffWaiters: Array<() => void> = [];

  async function handOff(): Promise<EmailHandOff | null> {
    if (handOffs >= HAND_OFF_LANES) await new Promise<void>((resolve) => handOffWaiters.push(resolve));
    handOffs++;
    let done = false;
    const freeSlot = () => {
      handOffs--;
      handOffWaiters.shift()?.();
    };
    const release = await loop.acquireLane();
    if (!release) {
      freeSlot();
      return null;
    }
    const { owner, leaseUntil } = store.reserve(clock.now());
    const finish = () => {
      if (done) return;
      done = true;
      release();
      freeSlot();
    };
    return {
      lease: { owner, until: leaseUntil },
      send(emails) {
        if (done) throw new Error("This hand-off is over");
        if (emails.length === 0) {
          store.forget(owner);
          finish();
          return;
        }
        const now = clock.now();
        // A lease that lapsed before the send (a stalled process) is any worker's to claim: sending
        // now could race that claim, so the rows are left to it.
        const sending =
          now.getTime() < leaseUntil.getTime()
            ? deliver({ owner, minted: emails, settled: 0 }, now)
            : Promise.resolve(logger.warn("handed-off emails found their lease lapsed", { owner }));
        void sending.catch((error) => logger.error("email worker run failed", { error })).finally(finish);
      },
      cancel() {
        if (done) return;
        store.forget(owner);
        finish();
      },
    };
  }

  const loop = createPollLoop<number>({
    pollMs: deps.pollMs ?? 1000,
    concurrency: MAX_CONCURRENT_BATCHES,
    // With every general lane held up, sign-in links still get a lane of their own.
    reservedLane: true,
    batch: (lane) => processBatch(lane === "reserved" ? "sign-in" : "any"),
    // A full batch means more is probably waiting.
    more: (processed) => processed >= BATCH_LIMIT,
    async release() {
      const released = await store.releaseLeases();
      if (released > 0) logger.info("email leases released", { released });
    },
    onError: (error) => logger.error("email worker run failed", { error }),
  });

  return { runOnce: loop.runOnce, start: loop.start, stop: loop.stop, nudge: loop.nudge, handOff };
}
