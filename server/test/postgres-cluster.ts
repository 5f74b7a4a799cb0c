// A throwaway PostgreSQL cluster for tests: initdb into a fresh temp dir, trust auth, listening on
// 127.0.0.1 only, durability off for speed. Everything it made is stopped and removed by stop() and,
// failing that, when the process exits. Debian's initdb and postgres refuse to run as root, so as
// root they run as the `postgres` user, in a dir that user owns.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** The database every createDatabase() copies: pg_trgm is enabled in it. */
export const TEMPLATE_DATABASE = "portico_template";
/** The cluster's superuser; trust auth, so URLs carry no password. */
export const CLUSTER_USER = "portico";
const HOST = "127.0.0.1";

export interface PostgresClusterOptions {
  /**
   * Ports to try, e.g. [55400, 55499]. Without it the system picks a free one. The environment's
   * PORTICO_TEST_PG_PORTS ("55400-55499") sets it for machines where port ranges are shared out.
   */
  ports?: [from: number, to: number];
  /** Extra server settings (`-c name=value`), e.g. { max_connections: "200" }. */
  settings?: Record<string, string>;
}

export interface PostgresCluster {
  readonly port: number;
  /** Holds the data dir, the socket and the server log; removed by stop(). */
  readonly dir: string;
  readonly binDir: string;
  /** postgres://portico@127.0.0.1:port/database */
  url(database?: string): string;
  /** Creates `name` as a copy of `template` (default: the pg_trgm template) and returns its URL. */
  createDatabase(name: string, template?: string): Promise<string>;
  /** Drops `name`, closing any connection still open to it. */
  dropDatabase(name: string): Promise<void>;
  /** Stops the server and removes its dir; safe to call twice. */
  stop(): Promise<void>;
}

const isRoot = process.getuid?.() === 0;
const ensureScript = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../scripts/ensure-postgres.mjs");

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
async function admin(port: number, statements: string[], database = "postgres"): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(port, database) });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
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

/** Whether nothing listens on 127.0.0.1:port; binding port 0 asks the system for a free one. */
function bindable(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(undefined));
    server.listen({ port, host: HOST, exclusive: true }, () => {
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

function findBinDir(): string {
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

export async function startPostgresCluster(options: PostgresClusterOptions = {}): Promise<PostgresCluster> {
  const binDir = findBinDir();
  const dir = mkdtempSync(path.join(tmpdir(), "portico-pg-"));
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
      const [command, args] = pgCtl(["-m", "immediate", "-w", "stop"]);
      try {
        execFileSync(command, args, { ...inClusterDir, stdio: "ignore" });
      } catch {
        // Already gone: removing the dir is all that is left.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Signals end the process without the exit event; stop, then let the signal do what it did.
  const onSignal = (signal: NodeJS.Signals) => {
    stopNow();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  function forget() {
    process.off("exit", stopNow);
    for (const signal of signals) process.off(signal, onSignal);
  }
  process.on("exit", stopNow);
  for (const signal of signals) process.once(signal, onSignal);

  try {
    if (isRoot) {
      const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }));
      const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }));
      chownSync(dir, uid, gid);
    }
    const [initdb, initdbArgs] = asPostgres(path.join(binDir, "initdb"), [
      ...["-D", dataDir, "-A", "trust", "-U", CLUSTER_USER],
      // UTF-8 with C.UTF-8's character classes (lower(), pg_trgm's word characters), but a
      // language's order by default, as a production database usually has (ICU's English): a
      // query whose order should not depend on the locale is caught here. --no-sync because the
      // cluster lives for one run.
      ...["-E", "UTF8", "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=en-US"],
      ...["--no-sync", "--no-instructions"],
    ]);
    await run(initdb, initdbArgs, inClusterDir);

    const settings: Record<string, string> = {
      listen_addresses: `'${HOST}'`,
      // The default socket dir (/var/run/postgresql) belongs to the system's clusters.
      unix_socket_directories: `'${dataDir}'`,
      // A test cluster trades durability for speed: a crash loses nothing worth keeping.
      fsync: "off",
      synchronous_commit: "off",
      full_page_writes: "off",
      ...options.settings,
    };
    const conf = Object.entries(settings).map(([name, value]) => `${name} = ${value}\n`);
    // Written as the file's owner would: as root appendFile keeps the owner.
    await appendFile(path.join(dataDir, "postgresql.conf"), conf.join(""));

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

    // pg_trgm is a trusted extension; created once in the template, every copy has it.
    await admin(port, [`CREATE DATABASE ${TEMPLATE_DATABASE}`]);
    await admin(port, ["CREATE EXTENSION pg_trgm"], TEMPLATE_DATABASE);
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
    dropDatabase: (name) => dropDatabaseOn(port, name),
    async stop() {
      if (stopped) return;
      stopped = true;
      forget();
      const [command, args] = pgCtl(["-m", "fast", "-w", "stop"]);
      try {
        await run(command, args, inClusterDir);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
