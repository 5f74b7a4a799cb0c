import "reflect-metadata";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { loadConfig } from "../../config.js";
import { systemClock } from "../../lib/clock.js";
import { closeDataLayer, openDataLayerAt } from "../client.js";
import { DEMO_FACILITY, seedDemo } from "./demo.js";
import { generateCustomers } from "./generate.js";

// Usage: pnpm --filter server seed [--customers 100000] [--facility harbor-point]
const { values } = parseArgs({
  options: { customers: { type: "string" }, facility: { type: "string", default: DEMO_FACILITY.slug } },
});
const config = loadConfig();
const layer = await openDataLayerAt(config.databaseUrl);
const { data } = layer;
await seedDemo({ ...layer, config }, { clock: systemClock, adminPassword: config.demoAdminPassword });
const extra = Number(values.customers ?? 0);
if (extra > 0) {
  const [facility] = await data.read
    .select()
    .from(data.t.facilities)
    .where(eq(data.t.facilities.slug, values.facility ?? DEMO_FACILITY.slug));
  if (!facility) throw new Error(`No facility with slug ${values.facility}`);
  const started = performance.now();
  await generateCustomers(data, facility.id, extra, {
    now: systemClock.now(),
    seed: Date.now() % 100000,
    emailDomain: "bulk.example.com",
  });
  console.log(`added ${extra} customers to ${facility.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
await closeDataLayer(layer);
