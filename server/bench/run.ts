import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { count } from "drizzle-orm";
import pg from "pg";
import { closeDataLayer, openDataLayer } from "../src/db/client.js";
import type { Database } from "../src/db/database.js";
import { openPostgres } from "../src/db/pg.js";
import { returnedRow } from "../src/db/rows.js";
import { generateCustomers } from "../src/db/seed/generate.js";
import { FacilityScope } from "../src/db/tenancy.js";
import { listCustomers } from "../src/modules/customers/customer.service.js";
import { startPostgresCluster } from "../test/postgres-cluster.js";

// Contacts list and search at a large facility, against a raw baseline in the same run and on the
// same engine: a plain substring scan (what the search index replaces) and a bare keyset page
// without the portal-status joins.
// Usage: pnpm --filter server bench [--customers 100000] [--engine sqlite|pg|both]
//          [--database-url postgres://… (an empty database to fill; otherwise a throwaway cluster)]

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--")),
  options: {
    customers: { type: "string", default: "100000" },
    engine: { type: "string", default: "sqlite" },
    "database-url": { type: "string" },
  },
});
const customerCount = Number(args.customers);
if (!Number.isInteger(customerCount) || customerCount < 1) throw new Error("--customers takes a positive number");
if (!["sqlite", "pg", "both"].includes(args.engine)) throw new Error("--engine takes sqlite, pg or both");

const SEARCHES = ["whitaker", "olivia.okafor", "555", "ga"];

/** One engine under test: the Database the service runs on, and the raw statements of the baselines. */
interface Engine {
  label: string;
  data: Database;
  /** Ids of the first 25 customers matching `like` in name or email (ILIKE on PostgreSQL) or `digits` in phone digits. */
  searchBaseline(facilityId: number, like: string, digits: string | null): Promise<number[]>;
  /** The first page in keyset order, every column, no joins. */
  pageBaseline(facilityId: number): Promise<unknown[]>;
  /** Brings the freshly filled database to the state a running one is in. */
  afterSeeding(): Promise<void>;
  /** What the engine's setup is, for the table's heading. */
  notes: string;
  close(): Promise<void>;
}

function openSqliteEngine(): Engine {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-bench-"));
  const layer = openDataLayer(path.join(dir, "bench.sqlite"));
  const search = layer.db.$client.prepare(
    `SELECT id FROM customers WHERE facility_id = ? AND (name LIKE ? OR email LIKE ? OR phone_digits LIKE ?)
     ORDER BY sort_name, id LIMIT 25`,
  );
  const page = layer.db.$client.prepare(
    "SELECT * FROM customers WHERE facility_id = ? ORDER BY sort_name, id LIMIT 26",
  );
  return {
    label: "SQLite",
    data: layer.data,
    notes: "a file in the temp dir, WAL",
    // SQLite's LIKE is case-insensitive for ASCII; a NUL pattern matches no phone.
    searchBaseline: async (facilityId, like, digits) =>
      (search.all(facilityId, like, like, digits ?? "\u0000") as Array<{ id: number }>).map((r) => r.id),
    pageBaseline: async (facilityId) => page.all(facilityId),
    // Portico never runs ANALYZE on SQLite, whose planner picks these indexes without statistics.
    afterSeeding: async () => {},
    async close() {
      await closeDataLayer(layer);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgresEngine(databaseUrl: string | undefined): Promise<Engine> {
  // Without a URL, a throwaway cluster like the tests' (durability off: it speeds the seeding, not the reads).
  const cluster = databaseUrl ? undefined : await startPostgresCluster();
  const url = databaseUrl ?? (await cluster?.createDatabase("portico_bench")) ?? "";
  const data = await openPostgres(url);
  const baseline = new pg.Client({ connectionString: url });
  await baseline.connect();
  // A GIN index is only ever read through a bitmap scan: without them the baseline is the plain
  // scan the trigram index replaces, as on SQLite, and not the index under another name.
  await baseline.query("SET enable_bitmapscan = off");
  const [server] = (await baseline.query<{ server_version: string }>("SHOW server_version")).rows;
  return {
    label: "PostgreSQL",
    data,
    notes: `PostgreSQL ${server?.server_version}${cluster ? ", a local throwaway cluster (fsync off)" : ""}`,
    async searchBaseline(facilityId, like, digits) {
      const { rows } = await baseline.query<{ id: number }>({
        name: "search_baseline",
        text: `SELECT id FROM customers WHERE facility_id = $1 AND (name ILIKE $2 OR email ILIKE $2 OR phone_digits LIKE $3)
               ORDER BY sort_name, id LIMIT 25`,
        values: [facilityId, like, digits],
      });
      return rows.map((r) => r.id);
    },
    // What autovacuum does within a minute of the seed's commit; measuring before it would time the
    // plans of a table the planner believes empty.
    async afterSeeding() {
      await baseline.query("ANALYZE");
    },
    async pageBaseline(facilityId) {
      const { rows } = await baseline.query({
        name: "page_baseline",
        text: "SELECT * FROM customers WHERE facility_id = $1 ORDER BY sort_name, id LIMIT 26",
        values: [facilityId],
      });
      return rows;
    },
    async close() {
      await baseline.end();
      await data.close();
      await cluster?.stop();
    },
  };
}

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

async function bench(engine: Engine): Promise<void> {
  const { data } = engine;
  const [existing] = await data.read.select({ n: count() }).from(data.t.facilities);
  if (existing && existing.n > 0)
    throw new Error(`The ${engine.label} database already has facilities: give an empty one`);
  const facility = returnedRow(
    await data.transaction((tx) => tx.insert(data.t.facilities).values({ slug: "bench", name: "Bench" }).returning()),
  );
  const seeded = performance.now();
  await generateCustomers(data, facility.id, customerCount, { now: new Date(), seed: 1 });
  const seedSeconds = (performance.now() - seeded) / 1000;
  await engine.afterSeeding();
  const scope = new FacilityScope(facility.id);

  const rows: Array<[string, string, string, string]> = [];
  for (const term of SEARCHES) {
    const digits = term.replace(/\D/g, "");
    const like = `%${term}%`;
    const service = async () => {
      const page = await listCustomers(data, scope, { search: term, first: 25 });
      await page.count();
      return page;
    };
    const baseline = () => engine.searchBaseline(facility.id, like, digits ? `%${digits}%` : null);
    const serviceIds = (await service()).rows.map((r) => r.id);
    if (JSON.stringify(serviceIds) !== JSON.stringify(await baseline())) {
      throw new Error(`${engine.label}: search "${term}" differs from a plain substring match`);
    }
    rows.push([`search "${term}"`, (await time(service)).toFixed(2), (await time(baseline)).toFixed(2), "same rows"]);
  }
  let cursor: string | null = null;
  for (let i = 0; i < 200; i++) cursor = (await listCustomers(data, scope, { first: 25, after: cursor })).endCursor;
  rows.push([
    "page 201 (keyset)",
    (await time(() => listCustomers(data, scope, { first: 25, after: cursor }))).toFixed(2),
    (await time(() => engine.pageBaseline(facility.id))).toFixed(2),
    "baseline: first page, no joins",
  ]);

  console.log(`\n${engine.label}: ${engine.notes}; seeded ${customerCount} customers in ${seedSeconds.toFixed(1)} s\n`);
  console.log(["case".padEnd(26), "portico ms".padStart(11), "baseline ms".padStart(12), "  note"].join(""));
  for (const [name, ours, base, note] of rows)
    console.log([name.padEnd(26), ours.padStart(11), base.padStart(12), `  ${note}`].join(""));
}

const engines = args.engine === "both" ? ["sqlite", "pg"] : [args.engine];
for (const name of engines) {
  const engine = name === "pg" ? await openPostgresEngine(args["database-url"]) : openSqliteEngine();
  try {
    await bench(engine);
  } finally {
    await engine.close();
  }
}
console.log(
  "\nMedians of 30 runs after a warm-up. Search times include the (capped) match count and the portal-status joins;" +
    "\npage 201 is without the count. Baselines: a plain substring scan (LIKE on SQLite, ILIKE without the trigram" +
    "\nindex on PostgreSQL) that stops at the first 25 matches, and the first page with no joins.",
);
