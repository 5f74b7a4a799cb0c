// Starts the run's one PostgreSQL cluster when the tests run on PostgreSQL (vitest.config.ts only
// lists this file then), hands its port to the workers and removes it after the run.
import type { TestProject } from "vitest/node";
import { startPostgresCluster } from "./postgres-cluster.js";

export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster({
    // Each test file's pool, and tests that run several servers on one database.
    settings: { max_connections: "300" },
  });
  project.provide("postgresPort", cluster.port);
  return () => cluster.stop();
}
