import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { max } from "drizzle-orm";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { bigint, pgTable } from "drizzle-orm/pg-core";
import type { Database as DataLayer } from "./database.js";
import * as schema from "./schema.js";
import { asyncTransactionIsOpen, openSqlite } from "./sqlite.js";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** Opens (creating if needed) the SQLite file with the pragmas Portico relies on, and migrates it. */
export function openDatabase(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder });
  return db;
}

/**
 * The old client and the Database of decision 16 over one file, sharing its writer connection while
 * modules move from the first to the second. Closing the writer is the old client's job.
 */
export function openDataLayer(file: string): { db: Db; data: DataLayer } {
  const db = openDatabase(file);
  return { db, data: openSqlite(db.$client) };
}

/** Closes what openDataLayer opened: the Database's read connection, then the shared writer. */
export async function closeDataLayer(layer: { db: Db; data: DataLayer }): Promise<void> {
  await layer.data.close();
  layer.db.$client.close();
}

/**
 * How many of the migrations shipped with this build the database has not applied (drizzle records
 * each applied one with its folder timestamp). Non-zero means another build's schema is in place.
 */
export function pendingMigrations(db: Db): number {
  const shipped = readMigrationFiles({ migrationsFolder });
  const applied = db.$client.prepare("SELECT max(created_at) AS last FROM __drizzle_migrations").get() as {
    last: number | null;
  };
  return shipped.filter((m) => m.folderMillis > Number(applied.last ?? 0)).length;
}

// drizzle's own record of the migrations it applied: outside Portico's schema, so not in data.t. A
// plain table name renders the same on either engine; only SQLite migrations ship so far.
const appliedMigrations = pgTable("__drizzle_migrations", { createdAt: bigint("created_at", { mode: "number" }) });

/** pendingMigrations through the Database's read connection. */
export async function pendingMigrationsIn(data: DataLayer): Promise<number> {
  const shipped = readMigrationFiles({ migrationsFolder });
  const [applied] = await data.read.select({ last: max(appliedMigrations.createdAt) }).from(appliedMigrations);
  return shipped.filter((m) => m.folderMillis > Number(applied?.last ?? 0)).length;
}

/**
 * Runs fn in a write transaction that takes the write lock up front (BEGIN IMMEDIATE), so a
 * read-then-write rule (cooldowns, single-use links) cannot interleave with another writer.
 * fn must be synchronous: better-sqlite3 commits when it returns.
 *
 * Being replaced by Database.transaction (docs/decisions/0016-one-data-layer.md). Both use the one
 * writer connection, so this refuses to run inside an open async transaction rather than join it.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Db) => T): T {
  if (asyncTransactionIsOpen(db.$client)) {
    throw new Error(
      "writeTransaction() cannot run while a data.transaction() is open on the same connection: convert this code to data.transaction().",
    );
  }
  // tx shares the one better-sqlite3 connection; expose it so raw statements join the transaction.
  return db.transaction((tx) => fn(Object.assign(tx, { $client: db.$client }) as unknown as Db), {
    behavior: "immediate",
  });
}
