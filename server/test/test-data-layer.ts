// The database a test works on, on the engine the run is for (test/engine.ts): a fresh SQLite file
// in a temp dir, or on PostgreSQL a database of its own copied from the run's migrated template.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Db, openDataLayer } from "../src/db/client.js";
import type { Database } from "../src/db/database.js";
import { openPostgres } from "../src/db/pg.js";
import { testEngine } from "./engine.js";
import { freshPostgresDatabase } from "./postgres.js";

export interface TestDataLayer {
  data: Database;
  /** What DATABASE_URL would say for this database: the SQLite file, or a postgres:// URL. */
  url: string;
  /**
   * SQLite's synchronous handle on the writer connection, for tests about SQLite itself (mark them
   * sqliteOnly). Reading it on PostgreSQL throws, so such a test fails loudly instead of passing.
   */
  readonly db: Db;
  /** Closes the connections and removes the database. */
  close(): Promise<void>;
}

export async function openTestDataLayer(): Promise<TestDataLayer> {
  if (testEngine === "pg") {
    const database = await freshPostgresDatabase();
    const data = await openPostgres(database.url);
    return {
      data,
      url: database.url,
      get db(): Db {
        throw new Error("This test reads SQLite's own handle: mark it sqliteOnly (test/engine.ts)");
      },
      async close() {
        await data.close();
        await database.drop();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-test-"));
  const file = path.join(dir, "test.sqlite");
  const { db, data } = openDataLayer(file);
  return {
    data,
    url: file,
    db,
    async close() {
      await data.close();
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
