// The throwaway PostgreSQL the tests on PostgreSQL run on. Runs with PORTICO_TEST_ENGINE=pg
// (`pnpm test:pg`), which may install Debian's postgresql first; the default run skips it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "./engine.js";
import { freshPostgresDatabase, type TestDatabase } from "./postgres.js";
import { type PostgresCluster, startPostgresCluster } from "./postgres-cluster.js";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function query<Row>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** Whether this process can listen on 127.0.0.1:port, i.e. no server holds it any more. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * Starts a cluster in a child process that prints where it is and then ends the way `ending` says,
 * without calling stop(); resolves with what it printed once the child is gone.
 */
function clusterInChildThatEnds(ending: "exit" | "SIGTERM"): Promise<{ dir: string; port: number }> {
  const program = `
    import { startPostgresCluster } from "./test/postgres-cluster.ts";
    const cluster = await startPostgresCluster();
    console.log(JSON.stringify({ dir: cluster.dir, port: cluster.port }));
    if (${JSON.stringify(ending)} === "exit") process.exit(0);
    setInterval(() => {}, 1000);
  `;
  const child = spawn(
    process.execPath,
    ["--import", "@swc-node/register/esm-register", "--input-type=module", "-e", program],
    { cwd: serverDir, stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    let printed = "";
    child.stdout.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
      if (ending === "SIGTERM" && printed.includes("\n")) child.kill("SIGTERM");
    });
    child.once("error", reject);
    child.once("exit", () => {
      try {
        resolve(JSON.parse(printed));
      } catch {
        reject(new Error(`the child printed no cluster: ${printed}`));
      }
    });
  });
}

describe.skipIf(testEngine !== "pg")("the throwaway PostgreSQL cluster", () => {
  it("serves databases copied from a template with pg_trgm, and stop() removes its dir and frees its port", async () => {
    const cluster: PostgresCluster = await startPostgresCluster();
    let stopped = false;
    try {
      expect(existsSync(path.join(cluster.dir, "data", "PG_VERSION"))).toBe(true);
      const alpha = await cluster.createDatabase("alpha");
      const beta = await cluster.createDatabase("beta");
      expect(alpha).toBe(`postgres://portico@127.0.0.1:${cluster.port}/alpha`);

      const settings = await query<{ listen_addresses: string; fsync: string }>(
        alpha,
        "SELECT current_setting('listen_addresses') AS listen_addresses, current_setting('fsync') AS fsync",
      );
      expect(settings).toEqual([{ listen_addresses: "127.0.0.1", fsync: "off" }]);

      const databases: [url: string, name: string][] = [
        [alpha, "alpha"],
        [beta, "beta"],
      ];
      for (const [url, name] of databases) {
        const [row] = await query<{ database: string; same: number; apart: number }>(
          url,
          "SELECT current_database() AS database, similarity('a', 'a') AS same, similarity('portico', 'zebra') AS apart",
        );
        expect(row).toEqual({ database: name, same: 1, apart: 0 });
      }

      // Two databases, not two names for one.
      await query(alpha, "CREATE TABLE only_in_alpha (id int)");
      const inBeta = await query<{ found: string | null }>(beta, "SELECT to_regclass('only_in_alpha') AS found");
      expect(inBeta).toEqual([{ found: null }]);

      await cluster.dropDatabase("beta");
      await expect(query(beta, "SELECT 1")).rejects.toThrow(/does not exist/);
      expect(await portIsFree(cluster.port)).toBe(false);

      await cluster.stop();
      stopped = true;
      expect(existsSync(cluster.dir)).toBe(false);
      expect(await portIsFree(cluster.port)).toBe(true);
    } finally {
      if (!stopped) await cluster.stop();
    }
  });

  it.each(["exit", "SIGTERM"] as const)(
    "a process that ends by %s without stop() leaves no server and no dir behind",
    async (ending) => {
      const { dir, port } = await clusterInChildThatEnds(ending);
      expect(port).toBeGreaterThan(0);
      expect(existsSync(dir)).toBe(false);
      expect(await portIsFree(port)).toBe(true);
    },
  );

  describe("freshPostgresDatabase on the run's cluster", () => {
    let first: TestDatabase;
    let second: TestDatabase;
    beforeAll(async () => {
      first = await freshPostgresDatabase();
      second = await freshPostgresDatabase();
    });
    afterAll(async () => {
      await first?.drop();
      await second?.drop();
    });

    it("gives each call a database of its own, with pg_trgm", async () => {
      expect(first.name).not.toBe(second.name);
      await query(first.url, "CREATE TABLE mine (id int)");
      expect(await query(second.url, "SELECT to_regclass('mine') AS found")).toEqual([{ found: null }]);
      expect(await query(second.url, "SELECT similarity('search', 'search') AS same")).toEqual([{ same: 1 }]);
    });

    it("drop() removes the database", async () => {
      const doomed = await freshPostgresDatabase();
      await doomed.drop();
      await expect(query(doomed.url, "SELECT 1")).rejects.toThrow(/does not exist/);
    });
  });
});
