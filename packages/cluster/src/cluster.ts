// The production layout on one machine: PostgreSQL, N API servers and background workers on it,
// nginx in front. The cluster command (cli.ts) and the browser test of the layout both start it
// through startCluster, so what the test checks is what an operator runs.
import { type Address, browsableUrl, type Nginx, startNginx } from "./nginx.js";
import { type PorticoProcess, type Role, SERVER_ENTRY, startPorticoProcess } from "./portico.js";
import { bindable, type PostgresCluster, type PostgresClusterOptions, startPostgresCluster } from "./postgres.js";
import { describeExit, type LeftProcess, type Output } from "./processes.js";

export type ClusterOptions = {
  /** Where the balancer listens: the one address users open. */
  listen: Address;
  /** One API server per port, on 127.0.0.1. */
  serverPorts: number[];
  /**
   * One background worker per port (it serves /healthz and /readyz there). With none, the API
   * servers run the background loops themselves (ROLE=all).
   */
  workerPorts: number[];
  /** Where PostgreSQL keeps its data (a throwaway temp dir without `dir`) and which ports it may take. */
  postgres: Pick<PostgresClusterOptions, "dir" | "ports" | "settings">;
  /** The database the servers use, created when missing. */
  database?: string;
  /** Start the servers with --seed-demo: demo data on an empty database, and demo mode. */
  demo: boolean;
  /** The servers' environment (process.env by default); the cluster sets PORT, HOST, DATABASE_URL and ROLE. */
  env?: NodeJS.ProcessEnv;
  output: Output;
  /** What the cluster says about itself: progress, a server that died. */
  notice: (message: string) => void;
};

export interface Cluster {
  /** The balancer's URL. */
  readonly url: string;
  readonly databaseUrl: string;
  readonly postgres: PostgresCluster;
  readonly nginx: Nginx;
  readonly servers: readonly PorticoProcess[];
  readonly workers: readonly PorticoProcess[];
  /**
   * Resolves, with the reason, once the cluster can no longer serve: the balancer ended, or every
   * API server did. A single server ending is a notice: the balancer sends its requests elsewhere.
   */
  readonly failed: Promise<string>;
  /** Balancer first (requests in flight finish), then servers and workers drain, then PostgreSQL. */
  stop(): Promise<void>;
}

/** Ports among `ports` something already listens on. */
async function busyPorts(host: string, ports: number[]): Promise<number[]> {
  const busy: number[] = [];
  for (const port of ports) if ((await bindable(port, host)) === undefined) busy.push(port);
  return busy;
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { notice, output } = options;
  const localPorts = [...options.serverPorts, ...options.workerPorts];
  if (options.serverPorts.length === 0) throw new Error("The cluster needs at least one API server");
  if (new Set([...localPorts, options.listen.port]).size !== localPorts.length + 1) {
    throw new Error(`Every process needs a port of its own: ${[options.listen.port, ...localPorts].join(", ")}`);
  }
  const busy = [
    ...(await busyPorts(options.listen.host, [options.listen.port])),
    ...(await busyPorts("127.0.0.1", localPorts)),
  ];
  if (busy.length > 0) throw new Error(`Ports already in use: ${busy.join(", ")}`);

  const url = browsableUrl(options.listen);
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    // Links in emails lead through the balancer, unless the operator's own PUBLIC_URL says otherwise.
    PUBLIC_URL: (options.env ?? process.env).PUBLIC_URL ?? url,
  };

  let stopping = false;
  let reportFailure: (reason: string) => void = () => {};
  const failed = new Promise<string>((resolve) => {
    reportFailure = resolve;
  });
  let postgres: PostgresCluster | undefined;
  let nginx: Nginx | undefined;
  const servers: PorticoProcess[] = [];
  const workers: PorticoProcess[] = [];

  async function stopAll(): Promise<void> {
    stopping = true;
    // Each step runs even if the one before failed: nothing may be left behind.
    const errors: unknown[] = [];
    const attempt = async (step: () => Promise<unknown>) => {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    };
    if (nginx) await attempt(() => (nginx as Nginx).stop());
    await attempt(() => Promise.all([...servers, ...workers].map((server) => server.stop())));
    if (postgres) await attempt(() => (postgres as PostgresCluster).stop());
    if (errors.length > 0) throw new AggregateError(errors, "The cluster did not stop cleanly");
  }

  function watch(server: PorticoProcess): void {
    void server.process.exited.then((status) => {
      if (stopping) return;
      const how = describeExit(status);
      if (server.role === "worker") {
        notice(`${server.name} ended (${how}): background work waits until a worker runs again`);
        return;
      }
      const left = servers.filter((s) => s.process.running);
      if (left.length === 0) reportFailure(`${server.name} ended (${how}) and no API server is left`);
      else notice(`${server.name} ended (${how}); the balancer sends its requests to ${left.map((s) => s.name)}`);
    });
  }

  async function start(name: string, role: Role, port: number, seedDemo: boolean): Promise<PorticoProcess> {
    const server = await startPorticoProcess({ name, role, port, databaseUrl, env, seedDemo, output });
    (role === "worker" ? workers : servers).push(server);
    watch(server);
    return server;
  }

  let databaseUrl = "";
  try {
    notice(options.postgres.dir ? `PostgreSQL with its data in ${options.postgres.dir}` : "PostgreSQL (throwaway)");
    postgres = await startPostgresCluster({ ...options.postgres, stopOnSignals: false, notice });
    databaseUrl = await postgres.ensureDatabase(options.database ?? "portico");

    // The servers run the loops themselves when no worker does.
    const apiRole: Role = options.workerPorts.length > 0 ? "web" : "all";
    // The first server migrates (and seeds) alone; the others find it done. Started together they
    // would be just as safe (migrations and the seed each take a lock), only slower on a small machine.
    const [firstPort, ...otherPorts] = options.serverPorts as [number, ...number[]];
    notice(
      `${apiRole === "web" ? "API server" : "server"} web-1 on ${firstPort} (migrating${options.demo ? ", seeding the demo" : ""})`,
    );
    await start("web-1", apiRole, firstPort, options.demo);
    notice(
      `${otherPorts.length} more server(s) and ${options.workerPorts.length} worker(s) on ${[...otherPorts, ...options.workerPorts].join(", ")}`,
    );
    await Promise.all([
      ...otherPorts.map((port, i) => start(`web-${i + 2}`, apiRole, port, options.demo)),
      ...options.workerPorts.map((port, i) => start(`worker-${i + 1}`, "worker", port, false)),
    ]);
    // In the order of their ports, not of who was ready first.
    servers.sort((a, b) => a.port - b.port);
    workers.sort((a, b) => a.port - b.port);

    nginx = await startNginx({
      listen: options.listen,
      upstreams: options.serverPorts.map((port) => ({ host: "127.0.0.1", port })),
      output,
    });
    const balancer = nginx;
    void balancer.process.exited.then((status) => {
      // Its dir goes with the stop that follows: say now what its error log says.
      if (!stopping) reportFailure(`nginx ended (${describeExit(status)}); its error log:\n${balancer.errorLogTail()}`);
    });
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return {
    url,
    databaseUrl,
    postgres,
    nginx,
    servers,
    workers,
    failed,
    stop() {
      stopped ??= stopAll();
      return stopped;
    },
  };
}

/** The cluster's processes as a later run recognises them, should this run be killed outright. */
export function processesOf(cluster: Cluster): LeftProcess[] {
  return [
    ...[...cluster.servers, ...cluster.workers].map((server) => ({
      name: server.name,
      pid: server.process.pid,
      marker: SERVER_ENTRY,
    })),
    { name: "nginx", pid: cluster.nginx.process.pid, marker: cluster.nginx.dir, dir: cluster.nginx.dir },
  ];
}
