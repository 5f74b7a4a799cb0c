import { Router } from "express";
import type { ServiceDeps } from "../modules/service-deps.js";
import { readiness } from "./readiness.js";

/**
 * `/healthz` (liveness: the process answers and its database connection works) and `/readyz`
 * (whether to send it traffic: not draining, database reachable, every migration applied). Every
 * process serves both, an API-only server and a background worker alike.
 */
export function healthRouter(deps: Pick<ServiceDeps, "data" | "clock">, isDraining: () => boolean): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    const { facilities } = deps.data.t;
    await deps.data.read.select({ id: facilities.id }).from(facilities).limit(1);
    res.status(200).json({ ok: true });
  });
  router.get("/readyz", async (_req, res) => {
    const report = await readiness(deps, isDraining());
    res.status(report.ready ? 200 : 503).json(report);
  });
  return router;
}
