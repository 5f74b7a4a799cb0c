import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDataLayer, openDataLayer } from "../src/db/client.js";
import { facilities } from "../src/db/schema.js";
import { generateCustomers } from "../src/db/seed/generate.js";
import { FacilityScope } from "../src/db/tenancy.js";
import { listCustomers } from "../src/modules/customers/customer.service.js";

// Contacts list and search at a large facility, against a raw baseline in the same run:
// a plain LIKE scan (what the index replaces) and a bare keyset page without the status joins.
// Usage: pnpm --filter server bench [--customers 100000]

const count = Number(process.argv[process.argv.indexOf("--customers") + 1]) || 100_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-bench-"));
const layer = openDataLayer(path.join(dir, "bench.sqlite"));
const { db, data } = layer;
const facility = db.insert(facilities).values({ slug: "bench", name: "Bench" }).returning().get();
const seeded = performance.now();
await generateCustomers(data, facility.id, count, { now: new Date(), seed: 1 });
console.log(`seeded ${count} customers in ${((performance.now() - seeded) / 1000).toFixed(1)} s\n`);
const scope = new FacilityScope(facility.id);

async function time(fn: () => unknown, runs = 30): Promise<number> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const likeBaseline = db.$client.prepare(
  `SELECT id FROM customers WHERE facility_id = ? AND (name LIKE ? OR email LIKE ? OR phone_digits LIKE ?)
   ORDER BY sort_name, id LIMIT 25`,
);
const rawPage = db.$client.prepare("SELECT * FROM customers WHERE facility_id = ? ORDER BY sort_name, id LIMIT 26");

const rows: Array<[string, string, string, string]> = [];
for (const term of ["whitaker", "olivia.okafor", "555", "ga"]) {
  const digits = term.replace(/\D/g, "");
  const like = `%${term}%`;
  const service = async () => {
    const page = await listCustomers(data, scope, { search: term, first: 25 });
    await page.count();
    return page;
  };
  const baseline = () => likeBaseline.all(facility.id, like, like, digits ? `%${digits}%` : "\u0000");
  const serviceIds = (await service()).rows.map((r) => r.id);
  const baselineIds = (baseline() as Array<{ id: number }>).map((r) => r.id);
  if (JSON.stringify(serviceIds) !== JSON.stringify(baselineIds)) {
    throw new Error(`search "${term}" differs from a plain substring match`);
  }
  rows.push([`search "${term}"`, (await time(service)).toFixed(2), (await time(baseline)).toFixed(2), "same rows"]);
}
let cursor: string | null = null;
for (let i = 0; i < 200; i++) cursor = (await listCustomers(data, scope, { first: 25, after: cursor })).endCursor;
rows.push([
  "page 201 (keyset)",
  (await time(() => listCustomers(data, scope, { first: 25, after: cursor }))).toFixed(2),
  (await time(() => rawPage.all(facility.id))).toFixed(2),
  "baseline: first page, no joins",
]);

console.log(["case".padEnd(26), "portico ms".padStart(11), "baseline ms".padStart(12), "  note"].join(""));
for (const [name, ours, base, note] of rows)
  console.log([name.padEnd(26), ours.padStart(11), base.padStart(12), `  ${note}`].join(""));
console.log(
  "\nSearch times include the (capped) match count and the portal-status joins; page 201 is without the count.",
);
await closeDataLayer(layer);
fs.rmSync(dir, { recursive: true, force: true });
