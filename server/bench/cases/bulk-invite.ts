// Bulk invite of 10,000 people through a real Portico server process, against a floor script doing
// only what any bulk invite must: 32 random bytes and a SHA-256 per person, one insert transaction
// of the invitation rows, and 20 batch calls of 500 to the same stand-in Postmark.
//
// Portico's time runs from the preview upload to the 10,000th email the stand-in Postmark accepts.
// Meanwhile the server measures its own event loop's longest delay (event-loop-monitor.mjs: the
// longest it stalled, preview included), and /healthz is probed every 10 ms from another process
// (whose slowest answer adds the wait of that process, and the server's, for a core of a busy
// machine). Runs of Portico and of the floor alternate, each on a facility seeded fresh, so the
// machine's load at any moment weighs on both.
//
// Alone:   node --import @swc-node/register/esm-register bench/cases/bulk-invite.ts --engine sqlite
//          (--engine pg starts a throwaway PostgreSQL unless --database-url names one; --runs 3)
// Each run prints where its time went on stderr: ms from the upload to the preview's answer, to the
// start's, to each Postmark call, and the CPU the server used.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { closeDataLayer, openDataLayerAt } from "../../src/db/client.js";
import { generateCustomers } from "../../src/db/seed/generate.js";
import { hashPassword } from "../../src/lib/passwords.js";
import { PorticoProcess, removeCompiledServer } from "../../test/cross-server/servers.js";
import { type FakePostmark, startFakePostmark } from "../../test/fake-postmark.js";
import { storeCookies } from "../../test/harness.js";
import { porticoMain } from "../portico-main.js";
import { type BenchRow, megabytes } from "../report.js";

export const PEOPLE = 10_000;
const POSTMARK_BATCH = 500;
const PROBE_EVERY_MS = 10;
/** Past this a run is reported as failed rather than waited on. */
const RUN_TIMEOUT_MS = 5 * 60_000;
const STAFF_PASSWORD = "bench bulk invite password";
const POSTMARK_TOKEN = "bench-postmark-token";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const floorScript = path.join(serverDir, "bench/cases/bulk-invite-floor.ts");
const eventLoopMonitor = path.join(serverDir, "bench/cases/event-loop-monitor.mjs");

type Seeded = { email: string; csv: string };

/** A facility of PEOPLE customers with emails, its admin, and the CSV inviting all of them. */
async function seedFacility(databaseUrl: string, run: number, passwordHash: string): Promise<Seeded> {
  const layer = await openDataLayerAt(databaseUrl);
  try {
    const { data } = layer;
    const tag = `${Date.now().toString(36)}-${run}`;
    const facility = await data.transaction(async (tx) => {
      const [row] = await tx
        .insert(data.t.facilities)
        .values({ slug: `bulk-bench-${tag}`, name: `Bulk bench ${tag}` })
        .returning({ id: data.t.facilities.id });
      if (!row) throw new Error("no facility");
      await tx.insert(data.t.staffUsers).values({
        facilityId: row.id,
        email: `bulk-bench-${tag}@portico.test`,
        name: "Bench admin",
        role: "ADMIN",
        passwordHash,
      });
      return row;
    });
    const customers = await generateCustomers(data, facility.id, PEOPLE, {
      seed: run + 1,
      now: new Date(),
      emailDomain: `bulk-${tag}.example.com`,
    });
    const lines = customers.map((c) => `${c.id},"${c.name}",${c.email ?? ""}`);
    return { email: `bulk-bench-${tag}@portico.test`, csv: ["customer_id,name,email", ...lines].join("\n") };
  } finally {
    await closeDataLayer(layer);
  }
}

class StaffClient {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly url: string) {}

  async gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "apollo-require-preflight": "true",
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      },
      body: JSON.stringify({ query, variables }),
    });
    storeCookies(this.cookies, res);
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }
}

/**
 * The prober, in a process of its own: the stand-in Postmark runs in the bench's process and parses
 * batches of several megabytes there, which would stall a prober beside it and be counted as the
 * server's stall. It fetches url every interval until its stdin closes, then prints the slowest.
 */
const PROBER = `
const [url, every] = process.argv.slice(1);
const http = await import("node:http");
// One kept-alive connection and node:http rather than fetch: a probe costs this process a fraction
// of what fetch's does, and its CPU is taken from the two cores the server and database share.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const get = () =>
  new Promise((resolve, reject) => {
    http.get(url, { agent }, (res) => res.resume().once("end", resolve).once("error", reject)).once("error", reject);
  });
let running = true;
let slowest = 0;
let slowestAt = 0;
// The first request loads the HTTP client and connects: not a probe.
await get();
const begun = performance.now();
process.stdout.write("ready\\n");
process.stdin.on("data", () => { running = false; });
process.stdin.resume();
while (running) {
  const started = performance.now();
  await get();
  const took = performance.now() - started;
  if (took > slowest) {
    slowest = took;
    slowestAt = started - begun;
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(every) - took)));
}
process.stdout.write(JSON.stringify({ slowest, slowestAt }));
process.exit(0);
`;

type Stall = { ms: number; atMs: number };

/** Probes url every PROBE_EVERY_MS until stopped; answers the slowest probe's time and when it began. */
async function probe(url: string): Promise<{ stop(): Promise<Stall> }> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", PROBER, url, String(PROBE_EVERY_MS)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
    if (out.includes("ready\n")) onReady();
  });
  const exited = new Promise<Stall>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      const slowest = /"slowest":([\d.]+)/.exec(out)?.[1];
      const at = /"slowestAt":([\d.]+)/.exec(out)?.[1];
      if (code !== 0 || !slowest || !at) reject(new Error(`The prober failed (${code}): ${out}`));
      else resolve({ ms: Number(slowest), atMs: Number(at) });
    });
  });
  await Promise.race([ready, exited]);
  return {
    stop() {
      child.stdin.write("stop\n");
      return exited;
    },
  };
}

/**
 * The server's longest event-loop delay since the previous call, as it measured it itself
 * (event-loop-monitor.mjs): asked by a signal, read from its output.
 */
const eventLoopReports = new WeakMap<PorticoProcess, number>();
async function eventLoopStall(server: PorticoProcess): Promise<number> {
  // Each server counts its own reports.
  const number = (eventLoopReports.get(server) ?? 0) + 1;
  eventLoopReports.set(server, number);
  const report = new RegExp(`event-loop report ${number}: longest ([\\d.]+) ms`);
  process.kill(server.pid, "SIGUSR2");
  await until(() => report.test(server.logs()), "the server's event-loop report");
  return Number(report.exec(server.logs())?.[1]);
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

type PorticoRun = {
  ms: number;
  /** The server's longest event-loop delay, measured in it. */
  stallMs: number;
  /** The slowest /healthz answer, probed from another process. */
  probeMs: number;
  calls: number;
  htmlLength: number;
  textLength: number;
  /** Where the wall time went: ms from the upload to the preview's answer, the start's, each Postmark call. */
  phases: string;
};

/** CPU time a process has used so far (user + system), in ms; 0 once it is gone. */
function cpuMsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** VmRSS (or VmHWM, the kernel's high-water mark) of a process, in bytes; 0 once it is gone. */
function memoryOf(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** One bulk invite through the server: preview upload → confirm → the PEOPLE-th email accepted. */
async function porticoRun(server: PorticoProcess, postmark: FakePostmark, seeded: Seeded): Promise<PorticoRun> {
  const client = new StaffClient(server.url);
  await client.gql(`mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { id } }`, {
    e: seeded.email,
    p: STAFF_PASSWORD,
  });
  const messagesBefore = postmark.messages.length;
  const callsBefore = postmark.calls.length;
  const prober = await probe(`${server.url}/healthz`);
  // Starts the server's own count over: what it saw before (the sign-in, the last run) is not this run's.
  await eventLoopStall(server);
  const cpuBefore = cpuMsOf(server.pid);
  const started = performance.now();
  const at = () => Math.round(performance.now() - started);
  const marks: string[] = [];
  const flow = async () => {
    const { previewBulkInviteCsv: preview } = await client.gql<{
      previewBulkInviteCsv: { id: string; toInvite: number };
    }>(`mutation($csv: String!, $name: String) { previewBulkInviteCsv(csv: $csv, fileName: $name) { id toInvite } }`, {
      csv: seeded.csv,
      name: "bench.csv",
    });
    marks.push(`preview ${at()}`);
    if (preview.toInvite !== PEOPLE) throw new Error(`The preview plans ${preview.toInvite} invites, not ${PEOPLE}`);
    await client.gql(`mutation($id: ID!) { startBulkInvite(id: $id) { id } }`, { id: preview.id });
    marks.push(`start ${at()}`);
    const callTimes: number[] = [];
    await until(() => {
      while (callTimes.length < postmark.calls.length - callsBefore) callTimes.push(at());
      return postmark.messages.length - messagesBefore >= PEOPLE;
    }, `${PEOPLE} emails`);
    marks.push(`calls ${callTimes.join(" ")}`);
    marks.push(`server CPU ${cpuMsOf(server.pid) - cpuBefore} ms`);
    return performance.now() - started;
  };
  let ms: number;
  let stall: Stall;
  let stallMs: number;
  try {
    ms = await flow();
  } finally {
    stallMs = await eventLoopStall(server);
    stall = await prober.stop();
  }
  marks.push(`event loop's longest delay ${stallMs.toFixed(1)} ms`);
  // The prober started just before the clock: its moments are close to the marks'.
  marks.push(`slowest /healthz ${stall.ms.toFixed(1)} ms at ${Math.round(stall.atMs)}`);
  const sent = postmark.messages.slice(messagesBefore);
  const average = (pick: (m: (typeof sent)[number]) => string | undefined) =>
    Math.round(sent.reduce((sum, m) => sum + (pick(m)?.length ?? 0), 0) / sent.length);
  return {
    ms,
    stallMs,
    probeMs: stall.ms,
    calls: postmark.calls.length - callsBefore,
    htmlLength: average((m) => m.HtmlBody),
    textLength: average((m) => m.TextBody),
    phases: marks.join("; "),
  };
}

/** The floor script in a process of its own, as a bare program would run; answers its time. */
function floorRun(
  engine: "sqlite" | "pg",
  databaseUrl: string,
  postmark: FakePostmark,
  bodies: { htmlLength: number; textLength: number },
): Promise<number> {
  const args = [
    "--import",
    "@swc-node/register/esm-register",
    floorScript,
    JSON.stringify({
      engine,
      databaseUrl,
      postmarkUrl: postmark.url,
      token: POSTMARK_TOKEN,
      people: PEOPLE,
      ...bodies,
    }),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: serverDir, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      const ms = /"ms":([\d.]+)/.exec(out)?.[1];
      if (code !== 0 || !ms) reject(new Error(`The floor script failed (${code}): ${out}`));
      else resolve(Number(ms));
    });
  });
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? Number.NaN;
};
const spread = (values: number[], unit: string, digits = 0) =>
  `${quantile(values, 0.5).toFixed(digits)} ${unit} (min ${Math.min(...values).toFixed(digits)}–max ${Math.max(...values).toFixed(digits)})`;

export async function measureBulkInvite(opts: {
  engine: "sqlite" | "pg";
  databaseUrl: string;
  runs?: number;
}): Promise<BenchRow[]> {
  const runs = opts.runs ?? 3;
  const engine = opts.engine === "pg" ? "PostgreSQL" : "SQLite";
  // Low scrypt cost: signing in is not what is measured.
  const passwordHash = await hashPassword(STAFF_PASSWORD, { N: 2 ** 10 });
  const seeded: Seeded[] = [];
  for (let run = 0; run < runs; run++) seeded.push(await seedFacility(opts.databaseUrl, run, passwordHash));

  const postmark = await startFakePostmark({ token: POSTMARK_TOKEN });
  let server: PorticoProcess | undefined;
  const portico: PorticoRun[] = [];
  const floor: number[] = [];
  let peakRss = 0;
  let hwm = 0;
  try {
    server = await PorticoProcess.start("portico-bench", {
      databaseUrl: opts.databaseUrl,
      main: await porticoMain(),
      env: {
        POSTMARK_SERVER_TOKEN: POSTMARK_TOKEN,
        POSTMARK_API_URL: postmark.url,
        // BENCH_SERVER_NODE_OPTIONS="--import ./profiler.mjs" profiles the server (--cpu-prof is not
        // allowed in NODE_OPTIONS; a module that starts the inspector's profiler is).
        NODE_OPTIONS: [`--import ${eventLoopMonitor}`, process.env.BENCH_SERVER_NODE_OPTIONS ?? ""].join(" ").trim(),
      },
    });
    const pid = server.pid;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, memoryOf(pid, "VmRSS"));
    }, 100);
    sampler.unref();
    for (const facility of seeded) {
      const run = await porticoRun(server, postmark, facility);
      console.error(
        `bulk invite (${engine}) run ${portico.length + 1}: ${Math.round(run.ms)} ms; ${run.phases}; html ${run.htmlLength} text ${run.textLength}`,
      );
      portico.push(run);
      floor.push(await floorRun(opts.engine, opts.databaseUrl, postmark, run));
      postmark.reset();
    }
    clearInterval(sampler);
    hwm = memoryOf(pid, "VmHWM");
  } finally {
    await server?.stop();
    await postmark.close();
    await removeCompiledServer();
  }

  const times = portico.map((r) => r.ms);
  const ratio = quantile(times, 0.5) / quantile(floor, 0.5);
  const stalls = portico.map((r) => r.stallMs);
  const probes = portico.map((r) => r.probeMs);
  const calls = portico.map((r) => r.calls);
  const note = `${runs} runs alternating with the floor; ${PEOPLE.toLocaleString("en-US")} customers, a fresh facility each run`;
  return [
    {
      engine,
      case: "bulk invite 10k: preview → last email handed to Postmark",
      portico: spread(times, "ms"),
      baseline: `${spread(floor, "ms")} floor script`,
      ratio: `${ratio.toFixed(2)}×`,
      target: "≤ 1.5× the floor",
      met: ratio <= 1.5,
      note,
    },
    {
      engine,
      case: "bulk invite 10k: longest event-loop stall (measured in the server)",
      portico: spread(stalls, "ms", 1),
      baseline: "—",
      ratio: "—",
      target: "≤ 50 ms",
      met: Math.max(...stalls) <= 50,
      note: `slowest /healthz answer (probed every 10 ms from another process): ${spread(probes, "ms", 1)}`,
    },
    {
      engine,
      case: "bulk invite 10k: Postmark calls",
      portico: calls.join(", "),
      baseline: String(PEOPLE / POSTMARK_BATCH),
      ratio: "—",
      target: `${PEOPLE / POSTMARK_BATCH} batches of ${POSTMARK_BATCH}`,
      met: calls.every((n) => n === PEOPLE / POSTMARK_BATCH),
    },
    {
      engine,
      case: "bulk invite 10k: the server's RSS through the runs",
      portico: `peak ${megabytes(peakRss)} (VmHWM ${megabytes(hwm)})`,
      baseline: "—",
      ratio: "—",
      target: "≤ 200 MB",
      met: Math.max(peakRss, hwm) <= 200_000_000,
      note: "sampled every 100 ms",
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values: args } = parseArgs({
    options: {
      engine: { type: "string", default: "sqlite" },
      "database-url": { type: "string" },
      runs: { type: "string", default: "3" },
    },
  });
  const engine = args.engine === "pg" ? "pg" : "sqlite";
  let cleanup = async () => {};
  let databaseUrl = args["database-url"];
  if (!databaseUrl && engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-bulk-bench-"));
    databaseUrl = path.join(dir, "bench.sqlite");
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else if (!databaseUrl) {
    const { startPostgresCluster } = await import("../../test/postgres-cluster.js");
    const cluster = await startPostgresCluster();
    databaseUrl = await cluster.createDatabase(`bulk_bench_${randomBytes(4).toString("hex")}`);
    cleanup = () => cluster.stop();
  }
  try {
    const rows = await measureBulkInvite({ engine, databaseUrl, runs: Number(args.runs) });
    console.table(rows);
  } finally {
    await cleanup();
  }
}
