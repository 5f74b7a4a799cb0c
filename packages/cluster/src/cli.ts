// `pnpm cluster`: PostgreSQL, three Portico API servers, a background worker and nginx in front, on
// this machine, until Ctrl-C. README "Run on PostgreSQL with several servers"; docs/deploy.md.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { build, staleBuildOutputs } from "./build.js";
import { type Cluster, processesOf, startCluster } from "./cluster.js";
import { postgresUserCanReach } from "./postgres.js";
import { type LeftProcess, stopLeftovers } from "./processes.js";
import { repoRoot } from "./repo.js";

const USAGE = `Usage: pnpm cluster [options]

  --port <n>       the balancer's port (default 4000); servers take the next ports
  --host <addr>    the balancer's interface (default 127.0.0.1: this machine only)
  --servers <n>    API servers behind the balancer (default 3)
  --workers <n>    background worker processes (default 1; 0: the servers run the loops)
  --pg-port <n>    PostgreSQL's port on 127.0.0.1 (default 54320)
  --data-dir <dir> where PostgreSQL keeps its data (default .portico/postgres)
  --temp           a throwaway database instead, removed at the end
  --no-demo        no demo data (the servers start without --seed-demo)
  --build          build first even if the build looks current
  --help

The servers get this environment (POSTMARK_SERVER_TOKEN, NODE_ENV, LOG_LEVEL…), with PORT, HOST,
DATABASE_URL and ROLE set by the cluster and PUBLIC_URL defaulting to the balancer's URL.`;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function count(value: string | undefined, name: string, fallback: number, minimum: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < minimum) fail(`${name} must be a whole number of at least ${minimum}`);
  return Number(value);
}

function port(value: string | undefined, name: string, fallback: number): number {
  const n = count(value, name, fallback, 1);
  if (n > 65535) fail(`${name} must be a port, 1 to 65535`);
  return n;
}

/**
 * PostgreSQL's data in the repo, so demo data survives restarts — unless we are root and the
 * `postgres` user the server runs as cannot reach the repo (a clone under /root): then under
 * /var/tmp, which also survives reboots, in a dir named after the repo.
 */
function defaultDataDir(): string {
  const inRepo = path.join(repoRoot, ".portico", "postgres");
  if (postgresUserCanReach(repoRoot)) return inRepo;
  const tag = createHash("sha256").update(repoRoot).digest("hex").slice(0, 8);
  return path.join("/var/tmp", `portico-${path.basename(repoRoot)}-${tag}`, "postgres");
}

/**
 * The running processes, written after a start and removed after a stop: a run killed outright
 * (SIGKILL reaches no exit hook) leaves servers and nginx behind, and the next run stops them.
 * (PostgreSQL needs no record: its data dir says whether it runs.)
 */
const RUNNING_FILE = path.join(repoRoot, ".portico", "cluster-processes.json");

function recordedLeftovers(): LeftProcess[] {
  try {
    return JSON.parse(readFileSync(RUNNING_FILE, "utf8")) as LeftProcess[];
  } catch {
    return [];
  }
}

/** A server's JSON log line, shortened for a terminal: level, message, then the other fields. */
function readable(line: string): string {
  if (!line.startsWith("{")) return line;
  try {
    const { level, msg, time: _time, pid: _pid, hostname: _hostname, ...fields } = JSON.parse(line);
    const rest = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : "";
    return `${level ?? ""} ${msg ?? ""}${rest}`;
  } catch {
    return line;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      servers: { type: "string" },
      workers: { type: "string" },
      "pg-port": { type: "string" },
      "data-dir": { type: "string" },
      temp: { type: "boolean", default: false },
      "no-demo": { type: "boolean", default: false },
      build: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const balancerPort = port(values.port, "--port", 4000);
  const servers = count(values.servers, "--servers", 3, 1);
  const workers = count(values.workers, "--workers", 1, 0);
  const serverPorts = Array.from({ length: servers }, (_, i) => balancerPort + 1 + i);
  const workerPorts = Array.from({ length: workers }, (_, i) => balancerPort + 1 + servers + i);
  if (values.temp && values["data-dir"]) fail("--temp and --data-dir ask for opposite things: pick one");
  // Relative to where the command was typed: pnpm runs us from this package's folder.
  const typedIn = process.env.INIT_CWD ?? process.cwd();
  const dataDir = values.temp ? undefined : path.resolve(typedIn, values["data-dir"] ?? defaultDataDir());
  const pgPort = port(values["pg-port"], "--pg-port", 54320);
  const demo = !values["no-demo"];

  const say = (message: string) => console.log(`cluster  | ${message}`);
  const width = Math.max("cluster".length, `worker-${workers}`.length, `web-${servers}`.length);
  const output = (source: string, line: string) => console.log(`${source.padEnd(width)} | ${readable(line)}`);

  const stale = staleBuildOutputs();
  if (values.build || stale.length > 0) {
    say(values.build ? "building" : `building: ${stale.join(", ")} missing or older than its sources`);
    build();
  }

  let cluster: Cluster | undefined;
  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    say(`${reason}: stopping the balancer, then the servers (draining), then PostgreSQL`);
    try {
      await cluster?.stop();
      rmSync(RUNNING_FILE, { force: true });
      say("stopped");
    } catch (error) {
      console.error(error);
      code = 1;
    }
    process.exit(code);
  };
  // pnpm passes the terminal's Ctrl-C on to us as well, so one press can arrive twice: a signal
  // while stopping changes nothing, and every step of the stop has a time limit of its own.
  process.on("SIGINT", () => {
    if (!cluster) {
      // Still starting: the exit kills whatever has started.
      say("stopping now");
      process.exit(130);
    }
    void stop("Ctrl-C", 0);
  });
  process.on("SIGTERM", () => void stop("SIGTERM", 0));
  process.on("SIGHUP", () => void stop("SIGHUP", 0));

  const stopped = await stopLeftovers(recordedLeftovers());
  if (stopped.length > 0) say(`stopped what a killed earlier run left running: ${stopped.join(", ")}`);
  rmSync(RUNNING_FILE, { force: true });

  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  cluster = await startCluster({
    listen: { host: values.host ?? "127.0.0.1", port: balancerPort },
    serverPorts,
    workerPorts,
    postgres: { dir: dataDir, ports: [pgPort, pgPort] },
    demo,
    output,
    notice: say,
  });
  void cluster.failed.then((reason) => stop(reason, 1));
  mkdirSync(path.dirname(RUNNING_FILE), { recursive: true });
  writeFileSync(RUNNING_FILE, `${JSON.stringify(processesOf(cluster), null, 2)}\n`);

  const env = process.env;
  const url = cluster.url;
  const mailbox = !env.POSTMARK_SERVER_TOKEN && env.NODE_ENV !== "production";
  const lines = [
    "",
    `Portico is running behind nginx at ${url}`,
    `  staff      ${url}/staff/${demo ? `  (admin@portico.test / ${env.DEMO_ADMIN_PASSWORD ?? "portico-demo"})` : ""}`,
    `  portal     ${url}/portal/`,
    ...(mailbox ? [`  mailbox    ${url}/dev/mailbox`] : []),
    `  servers    ${[...cluster.servers, ...cluster.workers].map((s) => `${s.name} :${s.port} (pid ${s.process.pid}, ROLE=${s.role})`).join(", ")}`,
    `  database   ${cluster.databaseUrl}  (${dataDir ? `data in ${dataDir}` : "throwaway"})`,
    `  nginx      ${cluster.nginx.configFile}  (access log beside it)`,
    "Ctrl-C stops everything.",
    "",
  ];
  for (const line of lines) console.log(line);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
