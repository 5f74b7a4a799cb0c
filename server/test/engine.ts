// Which engine the suite runs on, and the mark for tests that are about SQLite itself (its query
// plans, FTS5, pragmas, the better-sqlite3 handle): those skip when the suite runs on another engine.
import { describe, it } from "vitest";

export type TestEngine = "sqlite" | "pg";

function engineFromEnv(): TestEngine {
  const value = process.env.PORTICO_TEST_ENGINE ?? "sqlite";
  if (value !== "sqlite" && value !== "pg") {
    throw new Error(`PORTICO_TEST_ENGINE must be sqlite or pg, not ${value}`);
  }
  return value;
}

/** The engine under test: PORTICO_TEST_ENGINE, SQLite unless set. */
export const testEngine: TestEngine = engineFromEnv();

/** A describe whose tests need SQLite's own handle or behaviour; skipped on any other engine. */
export const sqliteOnly = describe.skipIf(testEngine !== "sqlite");

/** One test that needs SQLite's own handle or behaviour (statement hooks, query plans); skipped elsewhere. */
export const sqliteOnlyIt = it.skipIf(testEngine !== "sqlite");
