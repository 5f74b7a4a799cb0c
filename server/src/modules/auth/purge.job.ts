import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { HOUR } from "../../lib/clock.js";
import { foldAdoptionChanges } from "../adoption/adoption-counts.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { purgeOldWebhookDeliveries } from "../webhooks/webhooks.service.js";
import { purgeExpiredPasskeyChallenges } from "./passkey.service.js";
import { purgeEndedSignInLinks } from "./portal-auth.service.js";
import { purgeEndedRateLimits } from "./rate-limit.service.js";
import { purgeExpiredSessions } from "./sessions.service.js";

export type PurgeCounts = {
  sessions: number;
  signInLinks: number;
  rateLimits: number;
  passkeyChallenges: number;
  webhookDeliveries: number;
};

type PurgeDeps = Pick<ServiceDeps, "data" | "clock" | "logger"> & { everyMs?: number };

/**
 * Deletes expired sessions, long-ended sign-in links, finished rate-limit windows and passkey
 * challenges past their lifetime, webhook deliveries older than the log keeps, and folds the adoption funnel's count changes, on a schedule.
 * Each delete takes a short chunk, yielding between chunks, so a large backlog never holds the
 * write lock or the event loop for long.
 */
export function createPurgeJob(deps: PurgeDeps) {
  const { data, clock } = deps;
  const logger = deps.logger.child({ component: "purge" });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<PurgeCounts> | undefined;

  async function drain(purgeChunk: (now: Date) => Promise<number>): Promise<number> {
    let total = 0;
    for (let n = await purgeChunk(clock.now()); n > 0; n = await purgeChunk(clock.now())) {
      total += n;
      await yieldToEventLoop();
    }
    return total;
  }

  async function purge(): Promise<PurgeCounts> {
    const counts = {
      sessions: await drain((now) => purgeExpiredSessions(data, now)),
      signInLinks: await drain((now) => purgeEndedSignInLinks(data, now)),
      rateLimits: await drain((now) => purgeEndedRateLimits(data, now)),
      passkeyChallenges: await drain((now) => purgeExpiredPasskeyChallenges(data, now)),
      webhookDeliveries: await drain((now) => purgeOldWebhookDeliveries(data, now)),
    };
    if (Object.values(counts).some((n) => n > 0)) logger.info("purged expired records", counts);
    // The adoption funnel's changes pages have not asked to fold (a facility nobody looks at).
    const folded = await foldAdoptionChanges(data);
    if (folded > 0) logger.info("folded adoption count changes", { folded });
    return counts;
  }

  /** One pass now; a pass already under way is awaited rather than doubled. */
  function runOnce(): Promise<PurgeCounts> {
    running ??= purge().finally(() => {
      running = undefined;
    });
    return running;
  }

  const tick = () => void runOnce().catch((error) => logger.error("purging expired records failed", { error }));

  return {
    runOnce,
    /** Purges at once, then every `everyMs` (hourly by default). */
    start() {
      if (timer) return;
      tick();
      timer = setInterval(tick, deps.everyMs ?? HOUR);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running?.catch(() => {});
    },
  };
}
