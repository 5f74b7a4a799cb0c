// Starts the run's one PostgreSQL cluster when the tests run on PostgreSQL (vitest.config.ts only
// lists this file then), migrates a template database once for the whole run, hands both to the
// workers and removes the cluster after the run.
import type { TestProject } from "vitest/node";
import { openPostgres } from "../src/db/pg.js";
import { startPostgresCluster } from "./postgres-cluster.js";

/** Every test database is a copy of this one: copying skips running the migrations per test file. */
const MIGRATED_TEMPLATE = "portico_migrated";

export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster({
    // Each test file's pool, and tests that run several servers on one database.
    settings: { max_connections: "300" },
  });
  try {
    const url = await cluster.createDatabase(MIGRATED_TEMPLATE);
    // A template must have no connections while it is copied: migrate, then close the pool.
    const data = await openPostgres(url);
    await data.close();
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  project.provide("postgresPort", cluster.port);
  project.provide("postgresMigratedTemplate", MIGRATED_TEMPLATE);
  return () => cluster.stop();
}
