import type { Config } from "../config.js";
import type { Database } from "../db/database.js";
import type { Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";

/**
 * What a service may be handed: the data layer, the clock, the configuration, the logger and the
 * wake-ups of background work. Never the request, the response or the GraphQL context — a service
 * takes a Pick of these plus the viewer (a FacilityScope for staff, the portal viewer) as plain
 * arguments, so the same rule runs from a resolver, an HTTP route, a job or the seed.
 */
export type ServiceDeps = {
  data: Database;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** Wakes the email worker after a commit; the worker also polls, so this is only a speed-up. */
  nudgeOutbox: () => void;
  /** Wakes the bulk job runners (bulk invites, customer imports) after a job is confirmed. */
  nudgeBulkInvites: () => void;
  /** Starts a reminder pass soon (after the reminder settings change); absent where the job does not run. */
  nudgeReminders?: () => void;
};
