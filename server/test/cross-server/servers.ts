// Real Portico server processes on one database, for the rules that must hold across servers
// (DESIGN §10). Each runs main.ts as an operator would run the build, on a port the system picks,
// with its own PostgreSQL application_name so a test can tell from pg_stat_activity which server a
// backend belongs to.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SERVER_NODE_FLAGS } from "@portico/cluster/portico";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** How long a server may take to start on a busy machine. */
const START_TIMEOUT_MS = 90_000;
/** After SIGTERM a server finishes its requests and hands back its leases; past this it is killed. */
const STOP_TIMEOUT_MS = 20_000;
/** The tail of a server's output kept for a failing test's message. */
const OUTPUT_KEPT = 200_000;

let compiled: Promise<{ dir: string; main: string }> | undefined;

/**
 * The server's source compiled once for the test process, in a fraction of a second: each server
 * then starts as plain JavaScript, twice as fast as through a TypeScript loader hook, and no build
 * has to have run first. Compiled as tsc builds it (ES2022, legacy decorators with their metadata,
 * which type-graphql reads). The folder keeps src/ one level down, as dist/ is, and links the
 * packages, so paths the code resolves from its own location hold. Answers main.js's path.
 */
export async function compiledServer(): Promise<string> {
  compiled ??= (async () => {
    // Loaded here, not at the top: a run on SQLite skips these tests and needs no compiler.
    const { transformFile } = await import("@swc/core");
    const out = mkdtempSync(path.join(os.tmpdir(), "portico-servers-"));
    const from = path.join(serverDir, "src");
    const to = path.join(out, "src");
    const sources = readdirSync(from, { recursive: true, encoding: "utf8" }).filter(
      (file) => file.endsWith(".ts") && !file.endsWith(".test.ts"),
    );
    await Promise.all(
      sources.map(async (file) => {
        const { code } = await transformFile(path.join(from, file), {
          jsc: {
            parser: { syntax: "typescript", decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
            target: "es2022",
            keepClassNames: true,
          },
          module: { type: "es6" },
          swcrc: false,
        });
        const target = path.join(to, file.replace(/\.ts$/, ".js"));
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, code);
      }),
    );
    // The SQL migrations ship beside the code, as the build copies them.
    for (const folder of ["db/migrations", "db/migrations-pg"]) {
      cpSync(path.join(from, folder), path.join(to, folder), { recursive: true });
    }
    symlinkSync(path.join(serverDir, "node_modules"), path.join(out, "node_modules"), "dir");
    return { dir: out, main: path.join(to, "main.js") };
  })();
  return (await compiled).main;
}

/** Removes the compiled server; the next start compiles it again. */
export async function removeCompiledServer(): Promise<void> {
  const done = compiled;
  compiled = undefined;
  await done?.then(
    ({ dir }) => rmSync(dir, { recursive: true, force: true }),
    () => undefined,
  );
}

export type ServerOptions = {
  databaseUrl: string;
  /** Extra environment: Postmark's URL and token, lease lengths… */
  env: Record<string, string>;
  /** The server's entry module: the source compiled here unless given (the bench passes the build). */
  main?: string;
};

export class PorticoProcess {
  readonly pid: number;
  /** http://127.0.0.1:port, known once started. */
  url = "";
  private output = "";
  private exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exited: Promise<void>;
  private readonly portLogged: Promise<number>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    this.pid = child.pid ?? -1;
    let onPort: (port: number) => void = () => {};
    this.portLogged = new Promise((resolve) => {
      onPort = resolve;
    });
    let portFound = false;
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString("utf8")).slice(-OUTPUT_KEPT);
      if (portFound) return;
      const port = /"port":(\d+),[^\n]*"msg":"Portico is running"/.exec(this.output)?.[1];
      if (port) {
        portFound = true;
        onPort(Number(port));
      }
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        this.exit = { code, signal };
        running.delete(child);
        resolve();
      });
    });
    running.add(child);
  }

  /** Starts one server and resolves once its /readyz answers 200. */
  static async start(name: string, options: ServerOptions): Promise<PorticoProcess> {
    // A SQLite database is a file path, which has no application_name to carry.
    let databaseUrl = options.databaseUrl;
    if (/^postgres(ql)?:\/\//i.test(databaseUrl)) {
      const url = new URL(databaseUrl);
      url.searchParams.set("application_name", name);
      databaseUrl = url.toString();
    }
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, options.main ?? (await compiledServer())], {
      cwd: serverDir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? os.tmpdir(),
        NODE_ENV: "test",
        HOST: "127.0.0.1",
        // The system picks a free port; the server logs the one it got.
        PORT: "0",
        PUBLIC_URL: "http://portico.test",
        LOG_LEVEL: "info",
        DATABASE_URL: databaseUrl,
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const server = new PorticoProcess(name, child);
    try {
      await server.untilReady();
    } catch (error) {
      child.kill("SIGKILL");
      throw new Error(
        `${name} did not start: ${(error as Error).message}\n--- its output ---\n${server.output.slice(-5000)}`,
      );
    }
    return server;
  }

  private async untilReady(): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const port = await Promise.race([
      this.portLogged,
      this.exited.then(() => {
        throw new Error(`it exited (${JSON.stringify(this.exit)})`);
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("no port logged in time")), START_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
    this.url = `http://127.0.0.1:${port}`;
    for (;;) {
      if (this.exit) throw new Error(`it exited (${JSON.stringify(this.exit)})`);
      const ready = await fetch(`${this.url}/readyz`).then(
        (res) => res.ok,
        () => false,
      );
      if (ready) return;
      if (Date.now() > deadline) throw new Error("/readyz never answered 200");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  get alive(): boolean {
    return this.exit === undefined;
  }

  /** Whether an outbox lease is this server's: its email worker names leases `host:pid:…`. */
  holdsLease(leaseOwner: string): boolean {
    return leaseOwner.startsWith(`${os.hostname()}:${this.pid}:`);
  }

  /** Its JSON log lines (and anything on stderr) so far. */
  logs(): string {
    return this.output;
  }

  /** The log events it wrote with this message, parsed. */
  logged(msg: string): Array<Record<string, unknown>> {
    return this.output
      .split("\n")
      .filter((line) => line.includes(`"msg":${JSON.stringify(msg)}`))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }

  /** The server dies at once, as in a crash or a lost machine: no shutdown, no leases handed back. */
  async crash(): Promise<void> {
    if (!this.alive) return;
    this.child.kill("SIGKILL");
    await this.exited;
  }

  /** The operator's stop: SIGTERM, a graceful shutdown; SIGKILL if it takes too long. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Children still running; killed if the test process exits without stopping them. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

/**
 * N servers on one database. A crashed or stopped one is replaced by `ensureAll()`, so each test
 * starts with the full set; `at(i)` spreads request i over them, round-robin.
 */
export class ServerGroup {
  private servers: PorticoProcess[] = [];
  private extras: PorticoProcess[] = [];
  private started = 0;

  constructor(
    private readonly size: number,
    private readonly options: ServerOptions,
  ) {}

  get all(): readonly PorticoProcess[] {
    return this.servers;
  }

  /** Starts the missing servers (all of them the first time) side by side. */
  async ensureAll(): Promise<void> {
    const alive = this.servers.filter((s) => s.alive);
    const missing = this.size - alive.length;
    const added = await Promise.all(
      Array.from({ length: missing }, () => PorticoProcess.start(`portico-server-${++this.started}`, this.options)),
    );
    this.servers = [...alive, ...added];
  }

  /** Request i's server: i modulo the group's size. */
  at(i: number): PorticoProcess {
    const server = this.servers[i % this.servers.length];
    if (!server) throw new Error("No servers started");
    return server;
  }

  /** The server whose PostgreSQL application_name this is. */
  named(name: string): PorticoProcess {
    const server = this.servers.find((s) => s.name === name);
    if (!server) throw new Error(`No server named ${name} among ${this.servers.map((s) => s.name).join(", ")}`);
    return server;
  }

  /**
   * One more server outside the group, with settings of its own (a short lease, say); stopped with
   * the group at the end if it is still running then.
   */
  async startExtra(env: Record<string, string>): Promise<PorticoProcess> {
    const server = await PorticoProcess.start(`portico-server-${++this.started}`, {
      ...this.options,
      env: { ...this.options.env, ...env },
    });
    this.extras.push(server);
    return server;
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.servers, ...this.extras].map((s) => s.stop()));
  }

  /** Stops every server and removes what starting them needed. */
  async close(): Promise<void> {
    await this.stopAll();
    await removeCompiledServer();
  }
}
