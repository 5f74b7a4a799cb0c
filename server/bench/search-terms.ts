// Per-term figures for the Contacts search at the service level (docs/performance.md): the page
// (listCustomers, its count asked for with it) and the count timed apart, wall p50/p99, and the CPU
// of this process per call (on PostgreSQL also the CPU of the backends serving it), for each term
// the bench draws from the data, and Contacts pages 1 and 51. With --base <server/src of another
// build> the same calls run through that build too, call by call alternating, each on its own
// database (a copy of the SQLite file, or URL_base): before and after in one run.
//
//   node --import @swc-node/register/esm-register bench/search-terms.ts --sqlite-file /tmp/x.sqlite [--base …/server/src]
//   node --import @swc-node/register/esm-register bench/search-terms.ts --pg-url postgres://…/db [--base …]
//   node --import @swc-node/register/esm-register bench/search-terms.ts --pg-dir /tmp/pg --port 55421 --from-sqlite /tmp/x.sqlite
// --terms a,b,c instead of the drawn ones; --runs N (200); --no-pages.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { quantile } from "./report.js";

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    "sqlite-file": { type: "string" },
    "pg-dir": { type: "string" },
    "pg-url": { type: "string" },
    port: { type: "string" },
    "from-sqlite": { type: "string" },
    base: { type: "string" },
    runs: { type: "string", default: "200" },
    terms: { type: "string" },
    "no-pages": { type: "boolean" },
  },
});
const RUNS = Number(args.runs);

type Impl = {
  label: string;
  listCustomers: typeof import("../src/modules/customers/customer.service.js").listCustomers;
  FacilityScope: typeof import("../src/db/tenancy.js").FacilityScope;
  layer: { data: import("../src/db/database.js").Database };
  close(): Promise<void>;
};

async function loadImpl(label: string, srcRoot: string, url: string): Promise<Impl> {
  const client = (await import(path.join(srcRoot, "db/client.ts"))) as typeof import("../src/db/client.js");
  const service = (await import(
    path.join(srcRoot, "modules/customers/customer.service.ts")
  )) as typeof import("../src/modules/customers/customer.service.js");
  const tenancy = (await import(path.join(srcRoot, "db/tenancy.ts"))) as typeof import("../src/db/tenancy.js");
  const layer = await client.openDataLayerAt(url);
  return {
    label,
    listCustomers: service.listCustomers,
    FacilityScope: tenancy.FacilityScope,
    layer,
    close: () => client.closeDataLayer(layer),
  };
}

const ours = path.resolve(import.meta.dirname, "../src");
const urls: string[] = [];
let stopCluster: (() => Promise<void>) | undefined;
if (args["sqlite-file"]) {
  const file = path.resolve(args["sqlite-file"]);
  urls.push(file);
  if (args.base) {
    const copy = `${file}.base`;
    if (!fs.existsSync(copy)) fs.copyFileSync(file, copy);
    urls.push(copy);
  }
} else if (args["pg-url"]) {
  // An existing database of 100,000 customers, and its copy for --base: URL and URL_base.
  urls.push(args["pg-url"]);
  if (args.base) urls.push(`${args["pg-url"]}_base`);
} else if (args["pg-dir"]) {
  const { startPostgresCluster, createDatabaseOn } = await import("../test/postgres-cluster.js");
  const port = Number(args.port ?? 55421);
  const cluster = await startPostgresCluster({ dir: args["pg-dir"], ports: [port, port] });
  stopCluster = () => cluster.stop();
  const pg = await import("pg");
  const admin = new pg.default.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  const have = new Set(
    (await admin.query<{ datname: string }>("SELECT datname FROM pg_database")).rows.map((r) => r.datname),
  );
  await admin.end();
  if (!have.has("search_100k")) {
    if (!args["from-sqlite"]) throw new Error("no search_100k database yet: give --from-sqlite");
    const url = await cluster.ensureDatabase("search_100k");
    const { copySqliteToPostgres } = await import("../src/db/copy-to-postgres.js");
    const result = await copySqliteToPostgres({ from: path.resolve(args["from-sqlite"]), to: url });
    if (!result.ok) throw new Error("copy failed");
    const c = new pg.default.Client({ connectionString: url });
    await c.connect();
    await c.query("VACUUM ANALYZE");
    await c.end();
  }
  for (const name of ["search_ours", ...(args.base ? ["search_base"] : [])]) {
    if (!have.has(name)) await createDatabaseOn(cluster.port, name, "search_100k");
    urls.push(cluster.url(name));
  }
} else throw new Error("--sqlite-file or --pg-dir");

const impls = [await loadImpl("this", ours, urls[0] as string)];
if (args.base) impls.push(await loadImpl("base", path.resolve(args.base), urls[1] as string));

const data = impls[0]?.layer.data as import("../src/db/database.js").Database;
const { t } = data;
const { eq } = await import("drizzle-orm");
const [facility] = await data.read.select().from(t.facilities).where(eq(t.facilities.slug, "harbor-point"));
const facilityId = facility?.id ?? 1;

async function drawTerms(): Promise<string[]> {
  const sample = await data.read
    .select({ name: t.customers.name, email: t.customers.email, phoneDigits: t.customers.phoneDigits })
    .from(t.customers)
    .where(eq(t.customers.facilityId, facilityId))
    .limit(20_000);
  const tally = (words: string[]) => {
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const surnames = tally(sample.map((c) => c.name.split(" ").at(-1) ?? "").filter((w) => w.length >= 3));
  const firsts = tally(sample.map((c) => c.name.split(" ")[0] ?? "").filter((w) => w.length >= 3));
  const email = sample.find((c) => c.email?.endsWith("@bulk.example.com"))?.email ?? "example";
  const phone = sample.find((c) => c.phoneDigits)?.phoneDigits ?? "2075550148";
  return [
    "555",
    surnames[0]?.[0] ?? "smith",
    firsts[0]?.[0] ?? "olivia",
    email,
    surnames.at(-1)?.[0] ?? "whitaker",
    phone.slice(-7, -2),
  ];
}

const terms = args.terms ? args.terms.split(",") : [...(await drawTerms()), "ga"];
type Case = { name: string; search: string | null; after: string | null };
const cases: Case[] = terms.map((term) => ({ name: `"${term}"`, search: term, after: null }));
// Contacts pages 1 and 51 (no search): the cursor of page 51 walked once.
if (!args["no-pages"]) {
  const impl = impls[0] as Impl;
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page = await impl.listCustomers(impl.layer.data, new impl.FacilityScope(facilityId), {
      first: 25,
      after,
      country: facility?.country ?? "US",
    });
    after = page.endCursor;
  }
  cases.push({ name: "page 1", search: null, after: null }, { name: "page 51", search: null, after });
}

async function once(impl: Impl, c: Case): Promise<{ page: number; count: number; answer: string }> {
  const scope = new impl.FacilityScope(facilityId);
  const started = performance.now();
  const page = await impl.listCustomers(impl.layer.data, scope, {
    search: c.search,
    first: 25,
    after: c.after,
    country: facility?.country ?? "US",
    withCount: true,
  });
  const paged = performance.now();
  const count = await page.count();
  const counted = performance.now();
  return {
    page: paged - started,
    count: counted - paged,
    answer: JSON.stringify([page.rows.map((r) => r.id), page.hasNextPage, page.endCursor, count]),
  };
}

const fmt = (xs: number[]) => `${quantile(xs, 0.5).toFixed(2)}/${quantile(xs, 0.99).toFixed(1)}`;
console.log(`facility ${facilityId}, ${RUNS} runs per case; ms p50 / p99`);
// PostgreSQL: the CPU of the backends serving each database, from /proc (clock ticks of 10 ms).
const pgAdmin = urls[0]?.startsWith("postgres")
  ? await (async () => {
      const pg = await import("pg");
      const admin = new URL(urls[0] as string);
      admin.pathname = "/postgres";
      const client = new pg.default.Client({ connectionString: admin.toString() });
      await client.connect();
      return client;
    })()
  : null;
async function backendMs(url: string): Promise<number> {
  if (!pgAdmin) return 0;
  const name = new URL(url).pathname.slice(1);
  const { rows } = await pgAdmin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [name]);
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks * 10;
}

// CPU time per call (user + system of this process), calls alternating between the
// implementations: on a shared machine wall time mostly measures the neighbours.
async function cpuOfCall(impl: Impl, c: Case): Promise<number> {
  const before = process.cpuUsage();
  await once(impl, c);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
console.log(
  ["case", ...impls.flatMap((i) => [`${i.label} page`, `${i.label} count`, `${i.label} both`, `${i.label} cpu`])]
    .map((h) => h.padEnd(16))
    .join(""),
);
for (const c of cases) {
  const times = impls.map(() => ({
    page: [] as number[],
    count: [] as number[],
    both: [] as number[],
    cpu: [] as number[],
  }));
  const answers = await Promise.all(impls.map((impl) => once(impl, c)));
  for (const a of answers)
    if (a.answer !== answers[0]?.answer)
      throw new Error(`${c.name}: answers differ\n${answers[0]?.answer}\n${a.answer}`);
  for (let r = 0; r < RUNS; r++) {
    for (const [i, impl] of impls.entries()) {
      const x = await once(impl, c);
      const slot = times[i] as (typeof times)[number];
      slot.page.push(x.page);
      slot.count.push(x.count);
      slot.both.push(x.page + x.count);
    }
  }
  const backend = impls.map(() => 0);
  for (let r = 0; r < RUNS * 2; r++)
    for (const [i, impl] of impls.entries()) {
      const before = await backendMs(urls[i] as string);
      (times[i] as (typeof times)[number]).cpu.push(await cpuOfCall(impl, c));
      backend[i] = (backend[i] ?? 0) + (await backendMs(urls[i] as string)) - before;
    }
  if (pgAdmin)
    console.log(
      `  PostgreSQL backends, ms per call: ${impls.map((impl, i) => `${impl.label} ${((backend[i] ?? 0) / (RUNS * 2)).toFixed(2)}`).join(", ")}`,
    );
  console.log(
    [
      c.name.slice(0, 15),
      ...times.flatMap((x) => [
        fmt(x.page),
        fmt(x.count),
        fmt(x.both),
        `${quantile(x.cpu, 0.5).toFixed(2)}/${(x.cpu.reduce((a, b) => a + b, 0) / x.cpu.length).toFixed(2)}`,
      ]),
    ]
      .map((h) => h.padEnd(16))
      .join(""),
  );
}
for (const impl of impls) await impl.close();
await pgAdmin?.end();
await stopCluster?.();
