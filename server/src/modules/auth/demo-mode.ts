import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import { createdByDemoSeed } from "../../db/facts.js";

/**
 * Demo mode hands the demo admin's password (and the showcase customer's address) to anyone who
 * asks, so it needs all three: asked for (DEMO_MODE, or `--seed-demo`), a database the demo seed
 * created (never one holding real data), and not production.
 */
export function demoModeOn(config: Pick<Config, "env" | "demoMode">, db: Db): boolean {
  return config.demoMode && config.env !== "production" && createdByDemoSeed(db);
}
