import { sql } from "drizzle-orm";
import { Router } from "express";
import { preparedRead } from "../db/database.js";
import { sharedCheck } from "../lib/shared-check.js";
import type { ServiceDeps } from "../modules/service-deps.js";
import { readiness } from "./readiness.js";

// Orchestrators probe every few seconds (and the bulk bench every 10 ms): the read is prepared once,
// and the answer is the same bytes every time, sent without Express's JSON, type lookup and ETag.
const databaseAnswers = preparedRead(
  "healthz_database",
  (db, t) => db.select({ id: t.facilities.id }).from(t.facilities).limit(sql.placeholder("one")),
  { keyed: true },
);
const HEALTHY = Buffer.from(JSON.stringify({ ok: true }));

/**
 * How long a database that answered counts as working for later probes. Each orchestrator or
 * balancer probes every few seconds, but several of them at once (or the bulk bench, every 10 ms)
 * would make every probe a query: within this window they share one, and a failed query is asked
 * again by the next probe, so liveness still sees a lost database within about a second
 * (docs/decisions/0060-health-probes-share-a-query.md).
 */
export const DATABASE_CHECK_FRESH_MS = 1000;

/**
 * `/healthz` (liveness: the process answers and its database connection works) and `/readyz`
 * (whether to send it traffic: not draining, database reachable, every migration applied). Every
 * process serves both, an API-only server and a background worker alike.
 */
export function healthRouter(deps: Pick<ServiceDeps, "data" | "clock">, isDraining: () => boolean): Router {
  const router = Router();
  const databaseWorks = sharedCheck(() => databaseAnswers(deps.data).execute({ one: 1 }), DATABASE_CHECK_FRESH_MS);
  router.get("/healthz", async (_req, res) => {
    await databaseWorks();
    res.statusCode = 200;
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.end(HEALTHY);
  });
  router.get("/readyz", async (_req, res) => {
    const report = await readiness(deps, isDraining());
    res.status(report.ready ? 200 : 503).json(report);
  });
  return router;
}
