import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SERVER_NODE_FLAGS } from "@portico/cluster/portico";
import type { BenchRow } from "../report.js";

// Cold start: from spawning the built server to its first successful Contacts answer, against
// spawning a bare node:http server to its first answer, interleaved, on the same machine.

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/main.js");
const RUNS = 5;
const TARGET_RATIO = 3;
const RSS_BUDGET_MB = 200;
const GIVE_UP_MS = 60_000;
const POLL_MS = 5;

/** The Contacts page's first query, as the staff app sends it, trimmed to the list's own columns. */
const CONTACTS_QUERY = `query Customers($first: Int!) {
  customers(first: $first) {
    totalCount
    totalCountIsLowerBound
    pageInfo { endCursor hasNextPage }
    nodes { id name email phone phoneDisplay carCount lastInvitedAt }
  }
}`;

/** A server that answers every request at once: node's own floor for spawn-to-first-answer. */
const BARE_SERVER = `require("node:http").createServer((req, res) => {
  res.setHeader("content-type", "application/json");
  res.end('{"ok":true}');
}).listen(Number(process.env.PORT), "127.0.0.1");`;

export type ColdStartOptions = {
  engine: "sqlite" | "pg";
  databaseUrl: string;
  /** The staff session: `portico_staff=…` or the bare token. Without one, `/readyz` is the first answer. */
  staffCookie?: string;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

type Probe = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string };

/** Whether one request answers as a ready server would: 200, and for Contacts, a page of customers. */
function answers(port: number, probe: Probe): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: probe.path, method: probe.method, headers: probe.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          if (res.statusCode !== 200) return resolve(false);
          if (!probe.body) return resolve(true);
          try {
            const answer = JSON.parse(Buffer.concat(chunks).toString()) as {
              data?: { customers?: { nodes?: unknown[] } };
              errors?: unknown[];
            };
            resolve(!answer.errors && Array.isArray(answer.data?.customers?.nodes));
          } catch {
            resolve(false);
          }
        });
      },
    );
    req.on("error", () => resolve(false));
    req.end(probe.body);
  });
}

/** Resident memory of a process in MB (Linux /proc), or null where it cannot be read. */
function rssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const line = fs
      .readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:"));
    return line ? Number(line.replace(/\D+/g, "")) / 1024 : null;
  } catch {
    return null;
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const forced = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(forced);
}

/** Spawns a process and times it to the first answer that `probe` accepts; its RSS then. */
async function timeToFirstAnswer(
  args: string[],
  env: Record<string, string>,
  probe: Probe,
): Promise<{ ms: number; rssMb: number | null }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  try {
    while (!(await answers(port, probe))) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${stderr}`);
      if (performance.now() - started > GIVE_UP_MS) throw new Error(`no answer within ${GIVE_UP_MS} ms: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return { ms: performance.now() - started, rssMb: rssMb(child.pid) };
  } finally {
    await stop(child);
  }
}

function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}

function spread(values: number[], unit: string, digits = 0): { median: number; text: string } {
  const sorted = [...values].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const f = (v: number) => v.toFixed(digits);
  return {
    median,
    text: `${f(median)} ${unit} (p10 ${f(quantile(sorted, 0.1))}–p90 ${f(quantile(sorted, 0.9))})`,
  };
}

export async function measureColdStart(opts: ColdStartOptions): Promise<BenchRow[]> {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first`);
  const engine = opts.engine === "pg" ? "PostgreSQL" : "SQLite";
  const cookie = opts.staffCookie?.includes("=") ? opts.staffCookie : `portico_staff=${opts.staffCookie}`;
  const probe: Probe = opts.staffCookie
    ? {
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json", "x-portico-app": "staff", cookie },
        body: JSON.stringify({ query: CONTACTS_QUERY, variables: { first: 50 } }),
      }
    : { method: "GET", path: "/readyz", headers: {} };
  const portico: number[] = [];
  const bare: number[] = [];
  const rss: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so a busy moment on the machine falls on both sides.
    const started = await timeToFirstAnswer(
      [...SERVER_NODE_FLAGS, MAIN],
      { DATABASE_URL: opts.databaseUrl, EMAIL_WORKER: "off", LOG_LEVEL: "warn" },
      probe,
    );
    portico.push(started.ms);
    if (started.rssMb !== null) rss.push(started.rssMb);
    bare.push((await timeToFirstAnswer(["-e", BARE_SERVER], {}, { method: "GET", path: "/", headers: {} })).ms);
  }
  const p = spread(portico, "ms");
  const b = spread(bare, "ms");
  const ratio = p.median / b.median;
  const what = opts.staffCookie ? "first Contacts answer" : "first /readyz answer";
  const rows: BenchRow[] = [
    {
      engine,
      case: `cold start to ${what}`,
      portico: p.text,
      baseline: `bare node:http ${b.text}`,
      ratio: `${ratio.toFixed(1)}×`,
      target: `≤ ${TARGET_RATIO}×`,
      met: ratio <= TARGET_RATIO,
      note: `median of ${RUNS} spawns each, interleaved`,
    },
  ];
  if (rss.length > 0) {
    const r = spread(rss, "MB");
    rows.push({
      engine,
      case: `RSS at the ${what}`,
      portico: r.text,
      baseline: "—",
      ratio: "—",
      target: `≤ ${RSS_BUDGET_MB} MB`,
      met: r.median <= RSS_BUDGET_MB,
      note: "resident memory of the freshly started server",
    });
  }
  return rows;
}
