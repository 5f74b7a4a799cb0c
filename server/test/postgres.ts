// What a test file uses to run on PostgreSQL. `PORTICO_TEST_ENGINE=pg` (`pnpm test:pg`) makes the
// suite's global setup start one throwaway cluster for the run (test/postgres-global-setup.ts);
// each test file then takes its own database, copied from the cluster's template in milliseconds.
// Without the variable nothing here starts or needs PostgreSQL: the suite runs on SQLite.
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createDatabaseOn, dropDatabaseOn } from "./postgres-cluster.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's cluster port; set only when the run is on PostgreSQL. */
    postgresPort: number | undefined;
  }
}

export type TestEngine = "sqlite" | "pg";

/** The engine this run's tests use: PORTICO_TEST_ENGINE, SQLite when unset. */
export function testEngine(): TestEngine {
  const value = process.env.PORTICO_TEST_ENGINE ?? "sqlite";
  if (value !== "sqlite" && value !== "pg") {
    throw new Error(`PORTICO_TEST_ENGINE must be sqlite or pg, not ${value}`);
  }
  return value;
}

export interface TestDatabase {
  name: string;
  /** postgres://portico@127.0.0.1:port/name */
  url: string;
  /** Drops the database, closing connections left open to it. */
  drop(): Promise<void>;
}

/**
 * A database of its own for the calling test file, copied from the cluster's template (pg_trgm is
 * enabled there). Call it in beforeAll and drop it in afterAll; the cluster is removed after the run
 * anyway, dropping just keeps a long run's disk small.
 */
export async function freshPostgresDatabase(): Promise<TestDatabase> {
  const port = inject("postgresPort");
  if (port === undefined) {
    throw new Error("No PostgreSQL in this run: run the tests with PORTICO_TEST_ENGINE=pg (pnpm test:pg)");
  }
  // Unique across the run's parallel workers without coordinating between them.
  const name = `test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const url = await createDatabaseOn(port, name);
  return { name, url, drop: () => dropDatabaseOn(port, name) };
}
