import "reflect-metadata";
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { SERVER_NODE_FLAGS } from "@portico/cluster/portico";
import { and, asc, eq, like } from "drizzle-orm";
import { installStatementCounter, statementsDuring } from "./statements.js";

// Counting starts before any module opens a PostgreSQL connection.
installStatementCounter();

const { createApp } = await import("../src/app.js");
const { loadConfig } = await import("../src/config.js");
const { closeDataLayer, openDataLayerAt } = await import("../src/db/client.js");
const { DEMO_FACILITY, seedDemo } = await import("../src/db/seed/demo.js");
const { generateCustomers } = await import("../src/db/seed/generate.js");
const { SHOWCASE_CUSTOMER } = await import("../src/db/seed/showcase.js");
const { recordInvitationEvent } = await import("../src/modules/invitations/invitation-events.service.js");
const { foldAdoptionChanges } = await import("../src/modules/adoption/adoption-counts.service.js");
const { systemClock } = await import("../src/lib/clock.js");
const { createLogger } = await import("../src/lib/logger.js");
const { DEMO_ADMIN } = await import("../src/modules/auth/staff-auth.service.js");
const { createSession, PORTAL_COOKIE, STAFF_COOKIE } = await import("../src/modules/auth/sessions.service.js");
const { removeCompiledServer } = await import("../test/cross-server/servers.js");
const { porticoMain } = await import("./portico-main.js");
const { startPostgresCluster } = await import("../test/postgres-cluster.js");
const { webOperation } = await import("./operations.js");
const report = await import("./report.js");
type BenchRow = import("./report.js").BenchRow;

// Portico against a raw baseline at a large facility, request by request, in the same run and on the
// same database: a real Portico server process and bench/raw-server.ts (plain node:http and prepared
// SQL) answer the same operations the web apps send, interleaved; their answers are compared before
// anything is timed. Issue 11's cases and targets.
// Usage: pnpm --filter server bench [--customers 100000] [--engine sqlite|pg|both]
//          [--database-url postgres://… (an empty database to fill; otherwise a throwaway cluster)]
//          [--markdown file] [--requests 2000] [--samples 200] [--port 47100]
//          [--only home,billing,customer,contacts,search,floor,cold-start,wire,bulk]
//          [--sqlite-file f.sqlite] [--reuse (a database this bench seeded before: no new seed)]
//          [--cpu-prof dir (Portico's CPU profiles)] [--node-flags=--max-semi-space-size=2 (Portico's node; default: the operator's flags)]
//          [--portico-output file (everything Portico writes, appended: with --node-flags=--trace-gc, say)]

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--")),
  options: {
    customers: { type: "string", default: "100000" },
    engine: { type: "string", default: "sqlite" },
    "database-url": { type: "string" },
    markdown: { type: "string" },
    /** Requests per side for each throughput case. */
    requests: { type: "string", default: "2000" },
    /** Sequential requests per side for each latency case. */
    samples: { type: "string", default: "200" },
    /** Portico listens from here on (one port per engine and one for the wire case); free ports if not given. */
    port: { type: "string" },
    /** Only compare the answers and count statements: no timing (the smoke test). */
    "check-only": { type: "boolean", default: false },
    /** Only these cases (comma-separated names; all when not given). */
    only: { type: "string" },
    /** The SQLite file to seed (kept after the run); a throwaway file otherwise. */
    "sqlite-file": { type: "string" },
    /** The database was seeded by an earlier run of the bench: read its facility instead of seeding. */
    reuse: { type: "boolean", default: false },
    /** Portico (the measured server) runs under node --cpu-prof, its profiles written here. */
    "cpu-prof": { type: "string" },
    /** Flags for Portico's node, space-separated, instead of the operator's: to compare V8 settings in the same harness. */
    "node-flags": { type: "string" },
    /** Portico's stdout and stderr are appended to this file. */
    "portico-output": { type: "string" },
  },
});
const CASE_NAMES = [
  "home",
  "billing",
  "customer",
  "adoption",
  "contacts",
  "search",
  "floor",
  "cold-start",
  "wire",
  "bulk",
];
const onlyCases = new Set(args.only ? args.only.split(",").map((name) => name.trim()) : CASE_NAMES);
for (const name of onlyCases)
  if (!CASE_NAMES.includes(name)) throw new Error(`--only takes some of ${CASE_NAMES.join(", ")}; not ${name}`);
const runs = (name: string) => onlyCases.has(name);
const customerCount = Number(args.customers);
if (!Number.isInteger(customerCount) || customerCount < 1) throw new Error("--customers takes a positive number");
if (!["sqlite", "pg", "both"].includes(args.engine)) throw new Error("--engine takes sqlite, pg or both");
const REQUESTS = Number(args.requests);
const SAMPLES = Number(args.samples);
const CONCURRENCY = 8;
const MEMORY_TARGET = 200_000_000;
const checkOnly = args["check-only"];

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// --- processes -------------------------------------------------------------------------------

const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

function spawnTracked(command: string, argv: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, argv, {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? os.tmpdir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  await exited;
  clearTimeout(timer);
}

/**
 * A Portico server process on the database, logging warnings only: an API server (`ROLE=web`), as
 * the deploy guide runs them, so no background job (an invite reminder falling due in the facility's
 * daytime, say) changes the data between Portico's answer and the baseline's.
 */
async function startPortico(databaseUrl: string, port: number) {
  const profile = args["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(args["cpu-prof"])}`] : [];
  const nodeFlags = args["node-flags"]?.split(/\s+/).filter(Boolean) ?? SERVER_NODE_FLAGS;
  const child = spawnTracked(process.execPath, [...profile, ...nodeFlags, await porticoMain()], {
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    PUBLIC_URL: "http://portico.test",
    LOG_LEVEL: "warn",
    ROLE: "web",
    DATABASE_URL: databaseUrl,
  });
  let output = "";
  const copy = args["portico-output"];
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
    if (copy) fs.appendFileSync(copy, chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Portico exited at start:\n${output}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`Portico did not become ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, url, output: () => output };
}

/** bench/raw-server.ts in its own process; answers its URL once it listens. */
async function startRawServer(databaseUrl: string) {
  const child = spawnTracked(
    process.execPath,
    ["--import", "@swc-node/register/esm-register", path.join(serverDir, "bench/raw-server.ts")],
    { DATABASE_URL: databaseUrl, NODE_ENV: "production" },
  );
  let output = "";
  const port = await new Promise<number>((resolve, reject) => {
    const keep = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const found = /\{"port":(\d+)\}/.exec(output)?.[1];
      if (found) resolve(Number(found));
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.once("exit", () => reject(new Error(`the raw server exited:\n${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

/** VmRSS every 100 ms through the run, and the kernel's high-water mark (VmHWM) at the end. */
function sampleMemory(pid: number) {
  let peak = 0;
  const read = (field: string) => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    } catch {
      return 0;
    }
  };
  const timer = setInterval(() => {
    peak = Math.max(peak, read("VmRSS"));
  }, 100);
  return {
    stop() {
      clearInterval(timer);
      return { peakRss: Math.max(peak, read("VmRSS")), hwm: read("VmHWM") };
    },
  };
}

// --- requests --------------------------------------------------------------------------------

/** One request of a case: the body and headers a browser sends, to Portico's /graphql or the baseline. */
type Call = { path: string; body: string; headers: Record<string, string> };

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });

type Answer = { status: number; body: string; statements: string | undefined };

/**
 * Sends once more when a kept-alive socket turns out to have been closed by the server as the
 * request went out (Node's documented race for reused sockets); any other failure is thrown.
 */
async function send(base: string, call: Call): Promise<Answer> {
  try {
    return await sendOnce(base, call);
  } catch (error) {
    if ((error as { reusedSocketReset?: boolean }).reusedSocketReset) return sendOnce(base, call);
    throw error;
  }
}

function sendOnce(base: string, call: Call): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(call.path, base);
    const req = http.request(
      target,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(call.body),
          ...call.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            statements: res.headers["x-statements"] as string | undefined,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (req.reusedSocket && error.code === "ECONNRESET") Object.assign(error, { reusedSocketReset: true });
      reject(error);
    });
    req.end(call.body);
  });
}

async function timed(base: string, call: Call): Promise<number> {
  const started = performance.now();
  const res = await send(base, call);
  const took = performance.now() - started;
  if (res.status !== 200) throw new Error(`${base}${call.path} answered ${res.status}: ${res.body.slice(0, 500)}`);
  return took;
}

/** Sequential latencies, Portico and baseline alternating request by request. */
async function latencies(portico: [string, Call[]], raw: [string, Call[]], samples: number) {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < samples; i++) {
    const a = portico[1][i % portico[1].length] as Call;
    const b = raw[1][i % raw[1].length] as Call;
    ours.push(await timed(portico[0], a));
    theirs.push(await timed(raw[0], b));
  }
  return { ours, theirs };
}

/** Requests per second with CONCURRENCY in flight: rounds alternate between the two servers. */
async function throughputs(portico: [string, Call], raw: [string, Call], requests: number) {
  const rounds = 4;
  const perRound = Math.ceil(requests / rounds);
  const burst = async ([base, call]: [string, Call]) => {
    let left = perRound;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (left-- > 0) await timed(base, call);
      }),
    );
    return performance.now() - started;
  };
  let ours = 0;
  let theirs = 0;
  for (let round = 0; round < rounds; round++) {
    ours += await burst(portico);
    theirs += await burst(raw);
  }
  return { ours: (perRound * rounds) / (ours / 1000), theirs: (perRound * rounds) / (theirs / 1000) };
}

// --- the facility ----------------------------------------------------------------------------

type Seeded = {
  facilityId: number;
  staffCookie: string;
  portalCookie: string;
  showcaseCustomerId: number;
  searchTerms: string[];
  seedSeconds: number;
};

/** The demo (showcase customer, staff admin) plus generated customers up to `customerCount`. */
async function seed(databaseUrl: string): Promise<Seeded> {
  const layer = await openDataLayerAt(databaseUrl);
  const { data } = layer;
  const { t } = data;
  try {
    const reuse = args.reuse && (await data.read.$count(t.facilities)) > 0;
    if (!reuse && (await data.read.$count(t.facilities)) > 0)
      throw new Error("The database already has facilities: give an empty one, or --reuse one this bench seeded");
    const started = performance.now();
    const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" });
    if (!reuse) await seedDemo({ data, config }, { clock: systemClock });
    const [facility] = await data.read.select().from(t.facilities).where(eq(t.facilities.slug, DEMO_FACILITY.slug));
    if (!facility) throw new Error("the demo seed made no facility");
    const demoCustomers = await data.read.$count(t.customers, eq(t.customers.facilityId, facility.id));
    if (!reuse && customerCount > demoCustomers) {
      await generateCustomers(data, facility.id, customerCount - demoCustomers, {
        now: systemClock.now(),
        seed: 11,
        emailDomain: "bulk.example.com",
      });
      await inviteGenerated(data, facility.id, systemClock.now());
    }
    // The hourly job's fold, so the pages are measured as they run every day and not beside a fold.
    await foldAdoptionChanges(data);
    const seedSeconds = (performance.now() - started) / 1000;
    if (data.engine === "pg" && !reuse) {
      // What autovacuum does within a minute of the seed's commit; measuring before it would time the
      // plans of tables the planner believes empty, and index-only scans (the search's walk, the
      // baseline's count) that visit the table for every row while its visibility map is unset.
      const pg = await import("pg");
      const client = new pg.default.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query("VACUUM ANALYZE");
      await client.end();
    }
    const [showcase] = await data.read
      .select({ id: t.customers.id })
      .from(t.customers)
      .where(and(eq(t.customers.facilityId, facility.id), eq(t.customers.email, SHOWCASE_CUSTOMER.email)));
    const [account] = await data.read
      .select({ id: t.portalAccounts.id })
      .from(t.portalAccounts)
      .where(and(eq(t.portalAccounts.customerId, showcase?.id ?? -1), eq(t.portalAccounts.personKey, 0)));
    const [admin] = await data.read
      .select({ id: t.staffUsers.id })
      .from(t.staffUsers)
      .where(eq(t.staffUsers.email, DEMO_ADMIN.email));
    if (!showcase || !account || !admin) throw new Error("the demo seed has no showcase account or admin");
    if (!reuse) await recordTimelines(data, showcase.id);
    // Sessions made by the project's own session service: the cookies the pages use.
    const now = systemClock.now();
    const client = { userAgent: "Portico bench", ip: "127.0.0.1" };
    const [staff, portal] = await data.transaction(async (tx) => [
      await createSession(tx, t, now, { kind: "STAFF", facilityId: facility.id, staffUserId: admin.id }, client),
      await createSession(tx, t, now, { kind: "PORTAL", facilityId: facility.id, portalAccountId: account.id }, client),
    ]);
    return {
      facilityId: facility.id,
      staffCookie: `${STAFF_COOKIE}=${staff.token}`,
      portalCookie: `${PORTAL_COOKIE}=${portal.token}`,
      showcaseCustomerId: showcase.id,
      searchTerms: await searchTerms(data, facility.id),
      seedSeconds,
    };
  } finally {
    await closeDataLayer(layer);
  }
}

/** A third of the generated customers were invited in the last 12 weeks. */
const INVITED_EVERY = 3;

/**
 * Invites of the generated customers, as sending them would have left them: every third customer
 * invited some time in the last 12 weeks, still pending, in each delivery state, some links opened.
 * The database's triggers keep their adoption stages and latest invitations; the Adoption page's
 * funnel, chart and list of people waiting (tens of thousands of them) then have something to count.
 */
async function inviteGenerated(
  data: import("../src/db/database.js").Database,
  facilityId: number,
  now: Date,
): Promise<void> {
  const { customers: c, invitations: i } = data.t;
  const people = await data.read
    .select({ id: c.id, email: c.email })
    .from(c)
    .where(and(eq(c.facilityId, facilityId), like(c.email, "%@bulk.example.com")))
    .orderBy(asc(c.id));
  const invited = people.filter((_, k) => k % INVITED_EVERY === 0);
  const deliveries = ["QUEUED", "SENT", "DELIVERED", "DELIVERED", "BOUNCED"] as const;
  const HOUR_MS = 3_600_000;
  await data.transaction(async (tx) => {
    for (let start = 0; start < invited.length; start += 500) {
      await tx
        .insert(i)
        .values(
          invited.slice(start, start + 500).map((person, n) => {
            const k = start + n;
            const createdAt = new Date(now.getTime() - ((k * 7) % (84 * 24)) * HOUR_MS - HOUR_MS);
            return {
              facilityId,
              customerId: person.id,
              email: person.email ?? "",
              expiresAt: new Date(createdAt.getTime() + 7 * 24 * HOUR_MS),
              deliveryState: deliveries[k % deliveries.length],
              deliveryUpdatedAt: createdAt,
              linkOpenedAt: k % 7 === 0 ? new Date(createdAt.getTime() + HOUR_MS) : null,
              createdAt,
            };
          }),
        )
        .returning({ id: i.id });
    }
  });
}

/**
 * The steps every sent invite has in its timeline (queued, sent, delivered, opened, signed in), for
 * the showcase's invites, which the demo seed writes without them: the customer page then shows
 * timelines, and its answers are compared with them.
 */
async function recordTimelines(data: import("../src/db/database.js").Database, customerId: number): Promise<void> {
  const { t } = data;
  const invites = await data.read.select().from(t.invitations).where(eq(t.invitations.customerId, customerId));
  await data.transaction(async (tx) => {
    for (const invite of invites) {
      const sent = new Date(invite.createdAt.getTime() + 1000);
      const steps = [
        ["QUEUED", invite.createdAt],
        ["SENT", sent],
        ["DELIVERED", invite.deliveryUpdatedAt],
        ["LINK_OPENED", invite.linkOpenedAt],
        ["SIGNED_IN", invite.acceptedAt],
      ] as const;
      for (const [kind, at] of steps) if (at) await recordInvitationEvent(tx, t, invite.id, kind, at);
    }
  });
}

/**
 * Terms drawn from the seeded data: the phone exchange every generated number has, the commonest
 * surname and first name, a full email, the rarest surname, a phone fragment.
 */
async function searchTerms(data: import("../src/db/database.js").Database, facilityId: number): Promise<string[]> {
  const { t } = data;
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
  const email = sample.find((c) => c.email?.endsWith("@bulk.example.com"))?.email ?? sample[0]?.email ?? "example";
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

// --- cases -----------------------------------------------------------------------------------

type Target =
  | { kind: "page"; throughput: number; p50: number } // ≥ throughput× raw rps; p50 ≤ ms
  | { kind: "floor"; throughput: number };

type Case = {
  /** Its name for --only. */
  key: string;
  name: string;
  operation: ReturnType<typeof webOperation> | null;
  variables: Array<Record<string, unknown>>;
  target: Target;
};

function gqlCall(op: ReturnType<typeof webOperation>, variables: Record<string, unknown>, cookie: string): Call {
  return {
    path: "/graphql",
    body: JSON.stringify({ operationName: op.operationName, variables, query: op.query }),
    headers: { cookie, "apollo-require-preflight": "true", "x-portico-app": op.app },
  };
}

const FLOOR_QUERY = JSON.stringify({ query: "{ __typename }" });

/** The JSON of an answer, failing loudly on errors. */
function answerOf(res: { status: number; body: string }, who: string): unknown {
  if (res.status !== 200) throw new Error(`${who} answered ${res.status}: ${res.body.slice(0, 1000)}`);
  const parsed = JSON.parse(res.body) as { errors?: unknown };
  if (parsed.errors) throw new Error(`${who} answered errors: ${JSON.stringify(parsed.errors).slice(0, 1000)}`);
  return parsed;
}

/** Where two answers first differ, for the failure message. */
function firstDifference(a: unknown, b: unknown, at = "$"): string {
  if (isDeepStrictEqual(a, b)) return "";
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return `${at}: Portico ${JSON.stringify(a)} vs baseline ${JSON.stringify(b)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${at}.${key}`,
    );
    if (found) return found;
  }
  return `${at}: differ`;
}

/** Portico's statements for one request, counted through an app in this process on the same database. */
async function porticoStatements(databaseUrl: string, calls: Call[]): Promise<Map<Call, string[]>> {
  const layer = await openDataLayerAt(databaseUrl);
  const config = loadConfig({
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "silent",
    EMAIL_WORKER: "off",
    PUBLIC_URL: "http://portico.test",
  });
  const { app, apollo } = await createApp({
    data: layer.data,
    clock: systemClock,
    config,
    logger: createLogger("silent"),
    nudgeOutbox: () => {},
    nudgeBulkInvites: () => {},
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const counted = new Map<Call, string[]>();
  try {
    for (const call of calls) {
      // The first request prepares what is prepared once; the second is what every later one costs.
      answerOf(await send(base, call), "Portico (in process)");
      counted.set(call, await statementsDuring(async () => answerOf(await send(base, call), "Portico (in process)")));
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await apollo.stop();
    await closeDataLayer(layer);
  }
  return counted;
}

/** args.port + offset, or a port the system has free right now (Portico is told its port: it logs only warnings). */
async function porticoPort(offset: number): Promise<number> {
  if (args.port) return Number(args.port) + offset;
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function benchEngine(engine: "sqlite" | "pg", portIndex: number): Promise<BenchRow[]> {
  const label = engine === "pg" ? "PostgreSQL" : "SQLite";
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "portico-bench-"));
  const cluster = engine === "pg" && !args["database-url"] ? await startPostgresCluster() : undefined;
  const databaseUrl =
    engine === "sqlite"
      ? path.resolve(args["sqlite-file"] ?? path.join(tmp, "bench.sqlite"))
      : (args["database-url"] ?? (await cluster?.createDatabase("portico_bench")) ?? "");
  const rows: BenchRow[] = [];
  let portico: Awaited<ReturnType<typeof startPortico>> | undefined;
  let raw: Awaited<ReturnType<typeof startRawServer>> | undefined;
  try {
    const seeded = await seed(databaseUrl);
    console.log(`${label}: seeded ${customerCount} customers in ${seeded.seedSeconds.toFixed(1)} s`);

    const customers = webOperation("staff", "Customers");
    const cases: Case[] = [
      {
        key: "home",
        name: "portal home",
        operation: webOperation("portal", "PortalHome"),
        variables: [{}],
        target: { kind: "page", throughput: 0.5, p50: 2 },
      },
      {
        key: "billing",
        name: "portal Billing",
        operation: webOperation("portal", "PortalBilling"),
        variables: [{}],
        target: { kind: "page", throughput: 0.5, p50: 2 },
      },
      {
        key: "customer",
        name: "customer page (showcase)",
        operation: webOperation("staff", "CustomerDetail"),
        variables: [{ id: String(seeded.showcaseCustomerId) }],
        target: { kind: "page", throughput: 0.5, p50: 2 },
      },
      {
        key: "adoption",
        name: "Adoption funnel (totals, 12 weeks)",
        operation: webOperation("staff", "AdoptionFunnel"),
        variables: [{}],
        target: { kind: "page", throughput: 0.5, p50: 2 },
      },
      {
        key: "adoption",
        name: "Adoption: who waits, page 1 (7+ days)",
        operation: webOperation("staff", "AwaitingSignIn"),
        variables: [{ olderThanDays: 7, first: 25, after: null }],
        target: { kind: "page", throughput: 0.5, p50: 2 },
      },
      {
        key: "contacts",
        name: "Contacts page 1",
        operation: customers,
        variables: [{ search: null, first: 25, after: null }],
        target: { kind: "page", throughput: 0.8, p50: 3 },
      },
    ];

    raw = await startRawServer(databaseUrl);
    // Page 51's cursor, walked through the raw server's keyset (the same cursor encoding as Portico's).
    let after: string | null = null;
    for (let page = 1; page < 51; page++) {
      const res = await send(raw.url, gqlCall(customers, { search: null, first: 25, after }, seeded.staffCookie));
      const body = answerOf(res, "baseline") as { data: { customers: { pageInfo: { endCursor: string | null } } } };
      after = body.data.customers.pageInfo.endCursor;
    }
    cases.push({
      key: "contacts",
      name: "Contacts page 51",
      operation: customers,
      variables: [{ search: null, first: 25, after }],
      target: { kind: "page", throughput: 0.8, p50: 3 },
    });
    const searchVariables = seeded.searchTerms.map((search) => ({ search, first: 25, after: null }));

    // Every call of every case, for the answers' comparison and the statement counts.
    const cookieOf = (op: ReturnType<typeof webOperation>) =>
      op.app === "staff" ? seeded.staffCookie : seeded.portalCookie;
    const callsOf = (c: Case) =>
      c.operation ? c.variables.map((v) => gqlCall(c.operation as never, v, cookieOf(c.operation as never))) : [];
    const searchCalls = searchVariables.map((v) => gqlCall(customers, v, seeded.staffCookie));
    const shortSearch = gqlCall(customers, { search: "ga", first: 25, after: null }, seeded.staffCookie);
    const callsByCase = new Map(cases.map((c) => [c, callsOf(c)]));
    const allCalls = [...[...callsByCase.values()].flat(), ...searchCalls, shortSearch];
    const statements = await porticoStatements(databaseUrl, allCalls);

    portico = await startPortico(databaseUrl, await porticoPort(portIndex));
    const memory = sampleMemory(portico.child.pid ?? -1);
    const porticoUrl = portico.url;
    const rawUrl = raw.url;

    /** Compares the two answers of a call; answers the baseline's statements, or null without a baseline. */
    const compare = async (call: Call, name: string): Promise<string | null> => {
      const ours = answerOf(await send(porticoUrl, call), `Portico (${name})`);
      const theirsRes = await send(rawUrl, call);
      if (theirsRes.status === 404) return null;
      const theirs = answerOf(theirsRes, `baseline (${name})`);
      if (!isDeepStrictEqual(ours, theirs))
        throw new Error(
          `${label} ${name}: Portico and the baseline answer differently — ${firstDifference(ours, theirs)}`,
        );
      return theirsRes.statements ?? "?";
    };
    const statementsOf = (call: Call, rawCount: string | null) =>
      `${statements.get(call)?.length ?? "?"}${rawCount !== null ? ` vs ${rawCount}` : ""}`;

    for (const c of cases) {
      if (!runs(c.key)) continue;
      console.error(`${label}: ${c.name}`);
      const calls = callsByCase.get(c) ?? [];
      const first = calls[0] as Call;
      const rawCount = await compare(first, c.name);
      if (c.target.kind !== "page") continue;
      const ourStatements = statements.get(first)?.length ?? Number.NaN;
      const statementsMet = rawCount === null || ourStatements <= Number(rawCount) + 1;
      if (checkOnly) {
        rows.push({
          engine: label,
          case: c.name,
          portico: "answers compared",
          baseline: rawCount === null ? "no baseline yet" : "same JSON",
          ratio: "—",
          target: "statements ≤ raw + 1",
          met: statementsMet,
          statements: statementsOf(first, rawCount),
        });
        continue;
      }
      if (rawCount === null) {
        const ours: number[] = [];
        for (let i = 0; i < SAMPLES; i++) ours.push(await timed(porticoUrl, calls[i % calls.length] as Call));
        rows.push({
          engine: label,
          case: `${c.name}, single request`,
          portico: report.medianWithSpread(ours),
          baseline: "—",
          ratio: "—",
          target: `p50 ≤ ${c.target.p50} ms`,
          met: report.median(ours) <= c.target.p50,
          statements: statementsOf(first, null),
          note: "no raw baseline for this page yet",
        });
        continue;
      }
      const tput = await throughputs([porticoUrl, first], [rawUrl, first], REQUESTS);
      rows.push({
        engine: label,
        case: `${c.name}, throughput (${CONCURRENCY} in flight)`,
        portico: report.rps(tput.ours),
        baseline: report.rps(tput.theirs),
        ratio: report.ratio(tput.ours, tput.theirs),
        target: `≥ ${c.target.throughput}× raw`,
        met: tput.ours / tput.theirs >= c.target.throughput,
        statements: statementsOf(first, rawCount),
      });
      const lat = await latencies([porticoUrl, calls], [rawUrl, calls], SAMPLES);
      rows.push({
        engine: label,
        case: `${c.name}, single request`,
        portico: report.medianWithSpread(lat.ours),
        baseline: report.medianWithSpread(lat.theirs),
        ratio: report.ratio(report.median(lat.theirs), report.median(lat.ours)),
        target: `p50 ≤ ${c.target.p50} ms; statements ≤ raw + 1`,
        met: report.median(lat.ours) <= c.target.p50 && statementsMet,
        statements: statementsOf(first, rawCount),
      });
    }

    if (runs("search")) {
      console.error(`${label}: search`);
      // Search: p99 over the terms together, against a plain scan.
      const searchRaw: string[] = [];
      for (const [i, call] of searchCalls.entries())
        searchRaw.push((await compare(call, `search "${seeded.searchTerms[i]}"`)) ?? "?");
      const shortRaw = await compare(shortSearch, 'search "ga"');
      const searchStatements = `${[...new Set(searchCalls.map((c) => statements.get(c)?.length))].join("/")} vs ${[...new Set(searchRaw)].join("/")}`;
      if (!checkOnly) {
        const lat = await latencies(
          [porticoUrl, searchCalls],
          [rawUrl, searchCalls],
          Math.max(SAMPLES, searchCalls.length * 50),
        );
        rows.push({
          engine: label,
          case: `search, 3+ chars (${seeded.searchTerms.map((t) => `"${t}"`).join(", ")})`,
          portico: report.p99WithMedian(lat.ours),
          baseline: report.p99WithMedian(lat.theirs),
          ratio: report.ratio(report.quantile(lat.theirs, 0.99), report.quantile(lat.ours, 0.99)),
          target: "p99 ≤ 5 ms",
          met: report.quantile(lat.ours, 0.99) <= 5,
          statements: searchStatements,
          note: "baseline: a plain LIKE scan (ILIKE on PostgreSQL)",
        });
        // The same samples term by term: which term sets the p99 (every term was asked in turn).
        for (const [i, term] of seeded.searchTerms.entries()) {
          const ours = lat.ours.filter((_, n) => n % searchCalls.length === i);
          const theirs = lat.theirs.filter((_, n) => n % searchCalls.length === i);
          rows.push({
            engine: label,
            case: `search "${term}"`,
            portico: report.p99WithMedian(ours),
            baseline: report.p99WithMedian(theirs),
            ratio: report.ratio(report.quantile(theirs, 0.99), report.quantile(ours, 0.99)),
            target: "p99 ≤ 5 ms",
            met: report.quantile(ours, 0.99) <= 5,
            statements: `${statements.get(searchCalls[i] as Call)?.length ?? "?"} vs ${searchRaw[i] ?? "?"}`,
          });
        }
        const short = await latencies([porticoUrl, [shortSearch]], [rawUrl, [shortSearch]], SAMPLES);
        rows.push({
          engine: label,
          case: 'search "ga" (short term, shown apart)',
          portico: report.p99WithMedian(short.ours),
          baseline: report.p99WithMedian(short.theirs),
          ratio: report.ratio(report.quantile(short.theirs, 0.99), report.quantile(short.ours, 0.99)),
          target: "— (under 3 chars)",
          met: true,
          statements: `${statements.get(shortSearch)?.length ?? "?"} vs ${shortRaw ?? "?"}`,
        });
      } else {
        rows.push({
          engine: label,
          case: "search",
          portico: "answers compared",
          baseline: "same JSON",
          ratio: "—",
          target: "p99 ≤ 5 ms",
          met: true,
          statements: searchStatements,
        });
      }
    }

    if (runs("floor")) {
      console.error(`${label}: floor`);
      // The GraphQL floor: { __typename } through Portico against node:http answering the same JSON.
      const floorCall: Call = {
        path: "/graphql",
        body: FLOOR_QUERY,
        headers: { "apollo-require-preflight": "true" },
      };
      const floorRaw: Call = { ...floorCall, path: "/floor" };
      const floorOurs = answerOf(await send(porticoUrl, floorCall), "Portico (floor)");
      const floorTheirs = answerOf(await send(rawUrl, floorRaw), "bare node:http (floor)");
      if (!isDeepStrictEqual(floorOurs, floorTheirs))
        throw new Error(`floor answers differ: ${firstDifference(floorOurs, floorTheirs)}`);
      if (!checkOnly) {
        const tput = await throughputs([porticoUrl, floorCall], [rawUrl, floorRaw], REQUESTS * 2);
        rows.push({
          engine: label,
          case: `GraphQL floor { __typename }, throughput (${CONCURRENCY} in flight)`,
          portico: report.rps(tput.ours),
          baseline: report.rps(tput.theirs),
          ratio: report.ratio(tput.ours, tput.theirs),
          target: "≥ 0.3× bare node:http",
          met: tput.ours / tput.theirs >= 0.3,
          statements: "0 vs 0",
        });
      }
    }

    const { peakRss, hwm } = memory.stop();
    rows.push({
      engine: label,
      case: "memory: Portico's RSS through the bench",
      portico: `peak ${report.megabytes(peakRss)} (VmHWM ${report.megabytes(hwm)})`,
      baseline: "—",
      ratio: "—",
      target: `≤ ${report.megabytes(MEMORY_TARGET)}`,
      met: Math.max(peakRss, hwm) <= MEMORY_TARGET,
      note: "sampled every 100 ms",
    });

    await stopChild(portico.child);
    portico = undefined;
    await stopChild(raw.child);
    raw = undefined;
    if (!checkOnly)
      rows.push(
        ...(await otherCases(engine, label, databaseUrl, seeded.staffCookie, await porticoPort(50 + portIndex), {
          // The bulk invite seeds and invites 10,000 customers per run: in a database of its own, so
          // the bench's file stays the facility it seeded (a later --reuse run searches the same
          // customers, not 30,000 more of the same names).
          bulkDatabase: async () =>
            engine === "sqlite"
              ? path.join(tmp, "bulk.sqlite")
              : ((await cluster?.createDatabase("portico_bulk_bench")) ?? databaseUrl),
        })),
      );
    return rows;
  } finally {
    if (portico) await stopChild(portico.child);
    if (raw) await stopChild(raw.child);
    await cluster?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The cases kept in modules of their own (cold start, bytes on the wire, bulk invite), each run if
 * its file is there; the bulk invite last, in a database of its own (an empty SQLite file beside the
 * run's, or another database in the run's PostgreSQL cluster; with --database-url, that one).
 */
async function otherCases(
  engine: "sqlite" | "pg",
  label: string,
  databaseUrl: string,
  staffCookie: string,
  wirePort: number,
  { bulkDatabase }: { bulkDatabase: () => Promise<string> },
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const load = async <T>(file: string, exported: string): Promise<T | null> => {
    const full = path.join(serverDir, "bench/cases", `${file}.ts`);
    if (!fs.existsSync(full)) {
      rows.push({
        engine: label,
        case: file,
        portico: "—",
        baseline: "—",
        ratio: "—",
        target: "—",
        met: false,
        note: `bench/cases/${file}.ts is not there`,
      });
      return null;
    }
    const module = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
    return (module[exported] as T) ?? null;
  };
  const coldStart = await load<
    (o: { engine: "sqlite" | "pg"; databaseUrl: string; staffCookie?: string }) => Promise<BenchRow[]>
  >("cold-start", "measureColdStart");
  if (coldStart && runs("cold-start")) rows.push(...(await coldStart({ engine, databaseUrl, staffCookie })));
  const wire = await load<(o: { baseUrl: string; staffCookie?: string }) => Promise<BenchRow[]>>("wire", "measureWire");
  if (wire && runs("wire")) {
    const server = await startPortico(databaseUrl, wirePort);
    try {
      rows.push(...(await wire({ baseUrl: server.url, staffCookie })));
    } finally {
      await stopChild(server.child);
    }
  }
  const bulk = await load<(o: { engine: "sqlite" | "pg"; databaseUrl: string }) => Promise<BenchRow[]>>(
    "bulk-invite",
    "measureBulkInvite",
  );
  if (bulk && runs("bulk")) rows.push(...(await bulk({ engine, databaseUrl: await bulkDatabase() })));
  return rows;
}

const engines: Array<"sqlite" | "pg"> = args.engine === "both" ? ["sqlite", "pg"] : [args.engine as "sqlite" | "pg"];
const rows: BenchRow[] = [];
try {
  for (const [i, engine] of engines.entries()) rows.push(...(await benchEngine(engine, i)));
} finally {
  agent.destroy();
  await removeCompiledServer();
}
console.log(`\n${report.renderText(rows)}\n`);
console.log(
  [
    `${customerCount} customers; ${checkOnly ? "answers compared only" : `${REQUESTS} requests per side per throughput case (${CONCURRENCY} in flight, 4 alternating rounds), ${SAMPLES} sequential requests per side per latency case (alternating)`}.`,
    "Ratios: Portico ÷ baseline for throughput; baseline time ÷ Portico time for latency (1.00× = as fast as the baseline).",
    "Statements: Portico's per request (counted in process) vs the baseline's.",
  ].join("\n"),
);
if (args.markdown) {
  fs.writeFileSync(args.markdown, `${report.renderMarkdown(rows)}\n`);
  console.log(`table written to ${args.markdown}`);
}
