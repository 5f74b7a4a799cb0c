import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = path.dirname(fileURLToPath(import.meta.url));
// PORTICO_TEST_ENGINE=pg (`pnpm test:pg`) runs on a throwaway PostgreSQL started for the run; the
// default run never loads that setup and needs no PostgreSQL.
const onPostgres = process.env.PORTICO_TEST_ENGINE === "pg";

export default defineConfig({
  resolve: {
    // type-graphql and the schema must share one graphql module instance.
    alias: { graphql: path.join(here, "node_modules/graphql/index.js") },
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // type-graphql's decorators read metadata as soon as a module defining types is imported.
    setupFiles: ["reflect-metadata"],
    globalSetup: onPostgres ? ["./test/postgres-global-setup.ts"] : [],
    // Timeouts only catch a hang: no test may fail because the machine is busy. Password tests hash
    // with scrypt many times and the tenancy walk makes hundreds of calls; on a loaded 2-core machine
    // (PostgreSQL adds a round trip to another process per statement) either can take a minute.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
