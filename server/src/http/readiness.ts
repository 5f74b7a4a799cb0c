import { and, eq, lte, min } from "drizzle-orm";
import { pendingMigrationsIn } from "../db/client.js";
import type { ServiceDeps } from "../modules/service-deps.js";

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
export async function readiness(deps: Pick<ServiceDeps, "data" | "clock">, draining: boolean): Promise<Readiness> {
  try {
    const pending = await pendingMigrationsIn(deps.data);
    const now = deps.clock.now();
    const outbox = deps.data.t.emailOutbox;
    const [due] = await deps.data.read
      .select({ oldest: min(outbox.nextAttemptAt) })
      .from(outbox)
      .where(and(eq(outbox.status, "PENDING"), lte(outbox.nextAttemptAt, now)));
    const oldest = due?.oldest ?? null;
    return {
      ready: !draining && pending === 0,
      draining,
      database: "ok",
      pendingMigrations: pending,
      outboxLagSeconds: oldest === null ? 0 : Math.round((now.getTime() - oldest.getTime()) / 1000),
    };
  } catch {
    return { ready: false, draining, database: "unreachable", pendingMigrations: null, outboxLagSeconds: null };
  }
}
