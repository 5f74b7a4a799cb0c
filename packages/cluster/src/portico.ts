// One built Portico server process (`node server/dist/main.js`), started the way an operator would:
// configuration in the environment, ready when its /readyz says so.
import { existsSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describeExit, type Output, type Supervised, spawnSupervised } from "./processes.js";
import { repoRoot } from "./repo.js";

export const SERVER_ENTRY = path.join(repoRoot, "server/dist/main.js");

/**
 * Node flags an operator starts every server with (server/package.json's start, docs/deploy.md):
 * V8's young generation capped at 4 MB semi-spaces instead of 16, and its old generation let grow
 * to twice the live heap before a full collection instead of up to four times, which keep a busy
 * server's RSS under 200 MB at no measured cost in throughput (decision 52). V8 reads them only at
 * start.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=4", "--heap-growing-percent=100"];

export type Role = "all" | "web" | "worker";

export interface PorticoProcess {
  readonly name: string;
  readonly role: Role;
  readonly port: number;
  /** http://127.0.0.1:port, the server itself, bypassing the balancer. */
  readonly url: string;
  readonly process: Supervised;
  /** SIGTERM, then waits for it to drain (main.ts exits once requests and loops are done). */
  stop(): Promise<void>;
}

export type PorticoProcessOptions = {
  name: string;
  role: Role;
  port: number;
  databaseUrl: string;
  /** Everything else the process reads (PUBLIC_URL, POSTMARK_*, NODE_ENV…). */
  env: NodeJS.ProcessEnv;
  seedDemo?: boolean;
  output: Output;
  /** How long to wait for /readyz; a first start migrates and may seed. */
  readyTimeoutMs?: number;
};

/** Whether this server answers 200 on /readyz: up, migrated, not draining. */
async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

export async function startPorticoProcess(options: PorticoProcessOptions): Promise<PorticoProcess> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: build first (pnpm build)`);
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawnSupervised({
    name: options.name,
    command: process.execPath,
    args: [...SERVER_NODE_FLAGS, SERVER_ENTRY, ...(options.seedDemo ? ["--seed-demo"] : [])],
    cwd: repoRoot,
    env: {
      ...options.env,
      PORT: String(options.port),
      // Only the balancer reaches the servers.
      HOST: "127.0.0.1",
      DATABASE_URL: options.databaseUrl,
      ROLE: options.role,
    },
    output: options.output,
  });
  const grace = Number(options.env.SHUTDOWN_GRACE_SECONDS ?? 10);
  const stop = async () => {
    // Past the server's own grace period it would have cut its connections and exited.
    await child.stop("SIGTERM", (grace + 10) * 1000);
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (!child.running) {
      const status = await child.exited;
      throw new Error(
        `${options.name} ended (${describeExit(status)}) before it was ready:\n${child.recent().join("\n")}`,
      );
    }
    if (await ready(url)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${options.name} was not ready on ${url}/readyz in time:\n${child.recent().join("\n")}`);
    }
    await sleep(200);
  }
  return { name: options.name, role: options.role, port: options.port, url, process: child, stop };
}
