import { sql } from "drizzle-orm";
import { Router } from "express";
import { preparedRead } from "../db/database.js";
import type { ServiceDeps } from "../modules/service-deps.js";
import { readiness } from "./readiness.js";

/**
 * `/healthz` (liveness: the process answers and its database connection works) and `/readyz`
 * (whether to send it traffic: not draining, database reachable, every migration applied). Every
 * process serves both, an API-only server and a background worker alike.
 */
// Orchestrators probe every few seconds (and the bench every 10 ms): prepared once, not built and
// compiled per probe.
const databaseAnswers = preparedRead("healthz_database", (db, t) =>
  db.select({ id: t.facilities.id }).from(t.facilities).limit(sql.placeholder("one")),
);

export function healthRouter(deps: Pick<ServiceDeps, "data" | "clock">, isDraining: () => boolean): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    await databaseAnswers(deps.data).execute({ one: 1 });
    res.status(200).json({ ok: true });
  });
  router.get("/readyz", async (_req, res) => {
    const report = await readiness(deps, isDraining());
    res.status(report.ready ? 200 : 503).json(report);
  });
  return router;
}
