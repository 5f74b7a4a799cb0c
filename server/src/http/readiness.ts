import { pendingMigrations } from "../db/client.js";
import type { Deps } from "../graphql/context.js";

export type Readiness = {
  ready: boolean;
  draining: boolean;
  database: "ok" | "unreachable";
  pendingMigrations: number | null;
  /** Seconds the oldest email that is due has waited; 0 when none is waiting. */
  outboxLagSeconds: number | null;
};

/**
 * Whether this instance should be sent traffic: not shutting down, its database answers, and the
 * database has every migration this build ships. Outbox lag is reported for alerting but does not
 * fail readiness: the outbox is shared by every instance, so taking instances out of rotation
 * would not send one email sooner and would turn an email outage into a full one.
 */
export function readiness(deps: Pick<Deps, "db" | "clock">, draining: boolean): Readiness {
  try {
    const pending = pendingMigrations(deps.db);
    const now = deps.clock.now().getTime();
    const { oldest } = deps.db.$client
      .prepare(
        "SELECT min(next_attempt_at) AS oldest FROM email_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?",
      )
      .get(now) as { oldest: number | null };
    return {
      ready: !draining && pending === 0,
      draining,
      database: "ok",
      pendingMigrations: pending,
      outboxLagSeconds: oldest === null ? 0 : Math.round((now - oldest) / 1000),
    };
  } catch {
    return { ready: false, draining, database: "unreachable", pendingMigrations: null, outboxLagSeconds: null };
  }
}
