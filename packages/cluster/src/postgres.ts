// A local PostgreSQL from Debian's server binaries, listening on 127.0.0.1 only, trust auth. Two
// uses share it: the tests' throwaway cluster (a fresh temp dir, durability off, removed by stop()
// and, failing that, when the process exits) and the cluster command's, whose data stays in a dir
// of the operator's between runs. Debian's initdb and postgres refuse to run as root, so as root they
// run as the `postgres` user, in a dir that user owns.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { repoRoot } from "./repo.js";

const run = promisify(execFile);

/** The database every createDatabase() copies: pg_trgm is enabled in it. */
export const TEMPLATE_DATABASE = "portico_template";
/** The cluster's superuser; trust auth, so URLs carry no password. */
export const CLUSTER_USER = "portico";
const HOST = "127.0.0.1";
/** Written on every start and included by postgresql.conf: the settings follow the code, not the first run. */
const SETTINGS_FILE = "portico.conf";

export interface PostgresClusterOptions {
  /**
   * Ports to try, e.g. [55400, 55499]. Without it the system picks a free one. The environment's
   * PORTICO_TEST_PG_PORTS ("55400-55499") sets it for machines where port ranges are shared out.
   */
  ports?: [from: number, to: number];
  /** Extra server settings (`-c name=value`), e.g. { max_connections: "200" }. */
  settings?: Record<string, string>;
  /**
   * A dir that outlives the cluster: the data in `dir/data` (created by initdb on first use, reused
   * after), the server log in `dir/server.log`; stop() keeps it and the server is durable. Without
   * it the cluster is a throwaway one in a fresh temp dir with durability off, removed by stop().
   */
  dir?: string;
  /**
   * Stop the server (and remove a throwaway dir) when the process gets SIGINT, SIGTERM or SIGHUP.
   * On by default; a caller that stops several things in order on a signal turns it off and calls
   * stop() itself. The process's exit stops the server either way.
   */
  stopOnSignals?: boolean;
  /** Told about what the cluster does on its own, e.g. stopping a server an earlier run left. */
  notice?: (message: string) => void;
}

export interface PostgresCluster {
  readonly port: number;
  /** Holds the data dir, the socket and the server log; a throwaway one is removed by stop(). */
  readonly dir: string;
  readonly binDir: string;
  /** postgres://portico@127.0.0.1:port/database */
  url(database?: string): string;
  /** Creates `name` as a copy of `template` (default: the pg_trgm template) and returns its URL. */
  createDatabase(name: string, template?: string): Promise<string>;
  /** Creates `name`, empty, unless it exists; returns its URL. */
  ensureDatabase(name: string): Promise<string>;
  /** Drops `name`, closing any connection still open to it. */
  dropDatabase(name: string): Promise<void>;
  /** Stops the server (`pg_ctl stop -m fast`) and removes a throwaway dir; safe to call twice. */
  stop(): Promise<void>;
}

const isRoot = process.getuid?.() === 0;
const ensureScript = path.join(repoRoot, "scripts/ensure-postgres.mjs");

/** Runs a PostgreSQL binary as the `postgres` user when we are root (they refuse root). */
function asPostgres(binary: string, args: string[]): [string, string[]] {
  return isRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
}

/** Database names come from tests; quoting keeps any name valid and none of them SQL. */
function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function databaseUrl(port: number, database: string): string {
  return `postgres://${CLUSTER_USER}@${HOST}:${port}/${encodeURIComponent(database)}`;
}

/** Runs statements on the cluster's maintenance database with one short-lived connection. */
async function admin(port: number, statements: string[], database = "postgres"): Promise<unknown[][]> {
  const client = new pg.Client({ connectionString: databaseUrl(port, database) });
  await client.connect();
  try {
    const results: unknown[][] = [];
    for (const statement of statements) results.push((await client.query(statement)).rows);
    return results;
  } finally {
    await client.end();
  }
}

export async function createDatabaseOn(port: number, name: string, template = TEMPLATE_DATABASE): Promise<string> {
  await admin(port, [`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`]);
  return databaseUrl(port, name);
}

export async function dropDatabaseOn(port: number, name: string): Promise<void> {
  await admin(port, [`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`]);
}

async function ensureDatabaseOn(port: number, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await client.end();
  }
  return databaseUrl(port, name);
}

/** Whether nothing listens on 127.0.0.1:port; binding port 0 asks the system for a free one. */
export function bindable(port: number, host = HOST): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(undefined));
    server.listen({ port, host, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}

function portRangeFromEnv(): [number, number] | undefined {
  const value = process.env.PORTICO_TEST_PG_PORTS;
  if (!value) return undefined;
  const match = /^(\d+)-(\d+)$/.exec(value);
  if (!match) throw new Error(`PORTICO_TEST_PG_PORTS must look like 55400-55499, not ${value}`);
  return [Number(match[1]), Number(match[2])];
}

/** Free ports to try in turn: another process may take one between our check and the server's bind. */
async function* freePorts(range: [number, number] | undefined): AsyncGenerator<number> {
  if (!range) {
    for (let attempt = 0; attempt < 10; attempt++) {
      const port = await bindable(0);
      if (port !== undefined) yield port;
    }
    return;
  }
  for (let port = range[0]; port <= range[1]; port++) {
    if ((await bindable(port)) !== undefined) yield port;
  }
}

function readLog(log: string): string {
  try {
    return readFileSync(log, "utf8");
  } catch {
    return "(no server log)";
  }
}

/** Debian's server binaries (scripts/ensure-postgres.mjs installs them when missing). */
export function findPostgresBinDir(): string {
  try {
    // stderr passes through: a first run shows the package's installation progress.
    return execFileSync(process.execPath, [ensureScript], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    }).trim();
  } catch {
    throw new Error("PostgreSQL is not available; scripts/ensure-postgres.mjs said why above");
  }
}

/** Makes `dir` the `postgres` user's when we are root, so the server may write there. */
function ownedByPostgres(dir: string): void {
  if (!isRoot) return;
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
  chownSync(dir, uid, gid);
}

/** Whether the `postgres` user can reach `dir` (a repo under /root, say, it cannot). */
export function postgresUserCanReach(dir: string): boolean {
  if (!isRoot) return true;
  try {
    execFileSync("runuser", ["-u", "postgres", "--", "test", "-x", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export async function startPostgresCluster(options: PostgresClusterOptions = {}): Promise<PostgresCluster> {
  const binDir = findPostgresBinDir();
  const throwaway = options.dir === undefined;
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), "portico-pg-"));
  const dataDir = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  let port = 0;
  let running = false;
  let stopped = false;

  // The binaries run from the cluster's dir: as `postgres` they may not be allowed into our cwd.
  const inClusterDir = { cwd: dir };
  const pgCtl = (args: string[]) => asPostgres(path.join(binDir, "pg_ctl"), ["-D", dataDir, ...args]);

  // Runs on exit when stop() was not reached (a crash, a forgotten stop): synchronous, because
  // nothing asynchronous runs any more at that point.
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    forget();
    if (running) {
      // A throwaway cluster is removed anyway; one that keeps its data shuts down cleanly.
      const [command, args] = pgCtl(["-m", throwaway ? "immediate" : "fast", "-w", "stop"]);
      try {
        execFileSync(command, args, { ...inClusterDir, stdio: "ignore" });
      } catch {
        // Already gone: removing the dir is all that is left.
      }
    }
    if (throwaway) rmSync(dir, { recursive: true, force: true });
  };
  // Signals end the process without the exit event; stop, then let the signal do what it did.
  const onSignal = (signal: NodeJS.Signals) => {
    stopNow();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const signals: NodeJS.Signals[] = options.stopOnSignals === false ? [] : ["SIGINT", "SIGTERM", "SIGHUP"];
  function forget() {
    process.off("exit", stopNow);
    for (const signal of signals) process.off(signal, onSignal);
  }
  process.on("exit", stopNow);
  for (const signal of signals) process.once(signal, onSignal);

  try {
    mkdirSync(dir, { recursive: true });
    ownedByPostgres(dir);
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
      const [initdb, initdbArgs] = asPostgres(path.join(binDir, "initdb"), [
        ...["-D", dataDir, "-A", "trust", "-U", CLUSTER_USER],
        // UTF-8 with C.UTF-8's character classes (lower(), pg_trgm's word characters), but a
        // language's order by default, as a production database usually has (ICU's English): a
        // query whose order should not depend on the locale is caught in the tests. --no-sync when
        // the cluster lives for one run.
        ...["-E", "UTF8", "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=en-US"],
        ...[...(throwaway ? ["--no-sync"] : []), "--no-instructions"],
      ]);
      await run(initdb, initdbArgs, inClusterDir);
      // Written as the file's owner would: as root appendFile keeps the owner.
      await appendFile(path.join(dataDir, "postgresql.conf"), `include_if_exists = '${SETTINGS_FILE}'\n`);
    }

    const settings: Record<string, string> = {
      listen_addresses: `'${HOST}'`,
      // The default socket dir (/var/run/postgresql) belongs to the system's clusters.
      unix_socket_directories: `'${dataDir}'`,
      // A test cluster trades durability for speed: a crash loses nothing worth keeping.
      ...(throwaway ? { fsync: "off", synchronous_commit: "off", full_page_writes: "off" } : {}),
      ...options.settings,
    };
    const conf = Object.entries(settings).map(([name, value]) => `${name} = ${value}\n`);
    writeFileSync(path.join(dataDir, SETTINGS_FILE), conf.join(""), { mode: 0o644 });

    // A server an earlier run left running (its supervisor was killed) holds the data dir.
    if (!throwaway) {
      const [status, statusArgs] = pgCtl(["status"]);
      const left = await run(status, statusArgs, inClusterDir).then(
        () => true,
        () => false,
      );
      if (left) {
        options.notice?.(`stopping the PostgreSQL an earlier run left running on ${dataDir}`);
        const [stop, stopArgs] = pgCtl(["-m", "fast", "-w", "stop"]);
        await run(stop, stopArgs, inClusterDir);
      }
    }

    for await (const candidate of freePorts(options.ports ?? portRangeFromEnv())) {
      const [command, args] = pgCtl(["-l", log, "-o", `-p ${candidate}`, "-w", "-t", "60", "start"]);
      // Each attempt's log alone says whether that attempt lost its port.
      rmSync(log, { force: true });
      try {
        await run(command, args, inClusterDir);
        port = candidate;
        running = true;
        break;
      } catch (error) {
        const output = readLog(log);
        if (!output.includes("Address already in use")) {
          throw new Error(`PostgreSQL did not start:\n${output}`, { cause: error });
        }
      }
    }
    if (!running)
      throw new Error(
        `No free port for PostgreSQL (tried ${JSON.stringify(options.ports ?? portRangeFromEnv() ?? "ports the system chose")})`,
      );

    if (throwaway) {
      // pg_trgm is a trusted extension; created once in the template, every copy has it.
      await admin(port, [`CREATE DATABASE ${TEMPLATE_DATABASE}`]);
      await admin(port, ["CREATE EXTENSION pg_trgm"], TEMPLATE_DATABASE);
    }
  } catch (error) {
    stopNow();
    throw error;
  }

  return {
    port,
    dir,
    binDir,
    url: (database = "postgres") => databaseUrl(port, database),
    createDatabase: (name, template) => createDatabaseOn(port, name, template),
    ensureDatabase: (name) => ensureDatabaseOn(port, name),
    dropDatabase: (name) => dropDatabaseOn(port, name),
    async stop() {
      if (stopped) return;
      stopped = true;
      forget();
      const [command, args] = pgCtl(["-m", "fast", "-w", "stop"]);
      try {
        await run(command, args, inClusterDir);
      } finally {
        if (throwaway) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
