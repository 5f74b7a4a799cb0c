import { eq } from "drizzle-orm";
import type { Config } from "../../config.js";
import type { Database } from "../../db/database.js";
import { DEMO_SEED_FACT } from "../../db/facts.js";

type DemoConfig = Pick<Config, "env" | "demoMode">;

/**
 * Demo mode hands the demo admin's password (and the showcase customer's address) to anyone who
 * asks, so it needs all three: asked for (DEMO_MODE, or `--seed-demo`), a database the demo seed
 * created (never one holding real data), and not production.
 */
export async function demoModeOn(config: DemoConfig, data: Database): Promise<boolean> {
  if (!config.demoMode || config.env === "production") return false;
  const { databaseFacts } = data.t;
  const [fact] = await data.read
    .select({ key: databaseFacts.key })
    .from(databaseFacts)
    .where(eq(databaseFacts.key, DEMO_SEED_FACT));
  return fact !== undefined;
}
