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
    // Password tests hash with scrypt many times on purpose; a 2-core CI machine needs the headroom,
    // and more on PostgreSQL, where every statement is a round trip to another process.
    testTimeout: onPostgres ? 60_000 : 20_000,
    hookTimeout: onPostgres ? 60_000 : 10_000,
  },
});
