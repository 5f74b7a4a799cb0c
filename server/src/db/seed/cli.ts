import "reflect-metadata";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { loadConfig } from "../../config.js";
import { systemClock } from "../../lib/clock.js";
import { openDatabase } from "../client.js";
import { facilities } from "../schema.js";
import { DEMO_FACILITY, seedDemo } from "./demo.js";
import { generateCustomers } from "./generate.js";

// Usage: pnpm --filter server seed [--customers 100000] [--facility harbor-point]
const { values } = parseArgs({
  options: { customers: { type: "string" }, facility: { type: "string", default: DEMO_FACILITY.slug } },
});
const config = loadConfig();
const db = openDatabase(config.databaseUrl);
await seedDemo(db, { clock: systemClock, adminPassword: config.demoAdminPassword });
const extra = Number(values.customers ?? 0);
if (extra > 0) {
  const facility = db
    .select()
    .from(facilities)
    .where(eq(facilities.slug, values.facility ?? DEMO_FACILITY.slug))
    .get();
  if (!facility) throw new Error(`No facility with slug ${values.facility}`);
  const started = performance.now();
  generateCustomers(db, facility.id, extra, {
    now: systemClock.now(),
    seed: Date.now() % 100000,
    emailDomain: "bulk.example.com",
  });
  console.log(`added ${extra} customers to ${facility.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
db.$client.close();
