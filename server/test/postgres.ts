// What a test file uses to run on PostgreSQL. `PORTICO_TEST_ENGINE=pg` (`pnpm test:pg`) makes the
// suite's global setup start one throwaway cluster for the run (test/postgres-global-setup.ts);
// each test file then takes its own database, copied from the cluster's template in milliseconds.
// Without the variable nothing here starts or needs PostgreSQL: the suite runs on SQLite.
import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createDatabaseOn, dropDatabaseOn, TEMPLATE_DATABASE } from "./postgres-cluster.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's cluster port; set only when the run is on PostgreSQL. */
    postgresPort: number | undefined;
    /** The run's template database with Portico's migrations applied. */
    postgresMigratedTemplate: string | undefined;
  }
}

export interface TestDatabase {
  name: string;
  /** postgres://portico@127.0.0.1:port/name */
  url: string;
  /** Drops the database, closing connections left open to it. */
  drop(): Promise<void>;
}

/**
 * A database of its own for the caller, copied from one of the run's templates: by default the one
 * Portico's migrations were applied to once for the whole run, or `{ migrated: false }` for an empty
 * one with only pg_trgm enabled. Drop it when done; the cluster is removed after the run anyway,
 * dropping just keeps a long run's disk small.
 */
export async function freshPostgresDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  const port = inject("postgresPort");
  const template = migrated ? inject("postgresMigratedTemplate") : TEMPLATE_DATABASE;
  if (port === undefined) {
    throw new Error("No PostgreSQL in this run: run the tests with PORTICO_TEST_ENGINE=pg (pnpm test:pg)");
  }
  // Unique across the run's parallel workers without coordinating between them.
  const name = `test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  if (template === undefined) throw new Error("The run's global setup made no migrated template");
  const url = await createDatabaseOn(port, name, template);
  return { name, url, drop: () => dropDatabaseOn(port, name) };
}
