import { MINUTE } from "../../lib/clock.js";
import type { ServiceDeps } from "../service-deps.js";
import { type ReminderPass, remindDueInvites } from "./invite-reminders.service.js";

type ReminderJobDeps = Pick<ServiceDeps, "data" | "clock" | "logger" | "nudgeOutbox"> & { everyMs?: number };

/**
 * Sends the invite reminders that are due, on a schedule. Every server of the worker role may run
 * it at once: each reminder is claimed in the database (invite-reminders.service.ts), never in memory.
 */
export function createInviteReminderJob(deps: ReminderJobDeps) {
  const { data, clock } = deps;
  const logger = deps.logger.child({ component: "invite-reminders" });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<ReminderPass> | undefined;

  async function pass(): Promise<ReminderPass> {
    const result = await remindDueInvites({ data }, clock.now());
    if (result.reminded > 0) {
      logger.info("invite reminders queued", result);
      deps.nudgeOutbox();
    }
    return result;
  }

  /** One pass now; a pass already under way in this process is awaited rather than doubled. */
  function runOnce(): Promise<ReminderPass> {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  }

  const tick = () => void runOnce().catch((error) => logger.error("sending invite reminders failed", { error }));

  return {
    runOnce,
    /** Looks at once, then every `everyMs` (5 minutes by default). */
    start() {
      if (timer) return;
      tick();
      timer = setInterval(tick, deps.everyMs ?? 5 * MINUTE);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running?.catch(() => {});
    },
  };
}
