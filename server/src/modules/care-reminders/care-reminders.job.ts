import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { Config } from "../../config.js";
import type { ServiceDeps } from "../service-deps.js";
import { remindAllFacilities } from "./care-reminders.service.js";

type CareReminderJobDeps = Pick<ServiceDeps, "data" | "clock" | "logger"> & {
  config: Pick<Config, "publicUrl">;
  /** Wakes the email worker after a chunk's emails are committed. */
  nudgeOutbox: () => void;
  /** How often a pass runs (every 15 minutes by default). */
  everyMs: number;
};

/**
 * Reminds customers' people of what needs them (contracts to sign, invoices due or overdue,
 * estimates waiting, events tomorrow), in each facility's daytime hours. Every server of the role
 * runs it; what was sent lives in the database, so passes on several servers at once send each
 * email once (docs/decisions/0037-care-reminders.md).
 */
export function createCareReminderJob(deps: CareReminderJobDeps) {
  const { data, clock } = deps;
  const logger = deps.logger.child({ component: "care-reminders" });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  /** A nudge came while a pass was running: run another once it ends (it may have read old settings). */
  let again = false;

  async function pass(): Promise<number> {
    const queued = await remindAllFacilities(data, { config: deps.config, now: clock.now() }, async () => {
      deps.nudgeOutbox();
      await yieldToEventLoop();
    });
    if (queued > 0) logger.info("queued reminder emails", { emails: queued });
    return queued;
  }

  /** One pass now; a pass already under way is awaited rather than doubled. */
  function runOnce(): Promise<number> {
    running ??= pass().finally(() => {
      running = undefined;
      if (again && timer) {
        again = false;
        tick();
      }
    });
    return running;
  }

  const tick = () => void runOnce().catch((error) => logger.error("sending reminders failed", { error }));

  return {
    runOnce,
    /**
     * Passes every `everyMs`, the first one interval after start: a restart does not resend
     * anything (the database says what went out), and reminders have days to go out in.
     */
    start() {
      if (timer) return;
      timer = setInterval(tick, deps.everyMs);
      timer.unref();
    },
    /** A pass soon, on a process that runs the job (a no-op before start and after stop). */
    nudge() {
      if (!timer) return;
      if (running) again = true;
      else tick();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running?.catch(() => {});
    },
  };
}
