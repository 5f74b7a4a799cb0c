import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { max } from "drizzle-orm";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { bigint, pgSchema, pgTable } from "drizzle-orm/pg-core";
import type { Database as DataLayer } from "./database.js";
import * as schema from "./schema.js";
import { openSqlite } from "./sqlite.js";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

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
 * The Database of decision 16 over one file, and `db`, a synchronous drizzle handle on the same
 * writer connection: it migrates at open, and tests build their fixtures with it. Code that ships
 * goes through `data` only. Closing the writer is the handle's job.
 */
export function openDataLayer(file: string, options: DataLayerOptions = {}): { db: Db; data: DataLayer } {
  const db = openDatabase(file);
  return { db, data: openSqlite(db.$client, options) };
}

export type DataLayerOptions = {
  /** SQLite: checkpoint the write-ahead log from a thread of its own (a server's, not a tool's). */
  backgroundCheckpoints?: boolean;
};

/**
 * The data layer DATABASE_URL names: PostgreSQL for a postgres:// or postgresql:// URL, otherwise a
 * SQLite file at that path. Asynchronous because PostgreSQL is reached over the network and migrated
 * at open. Only SQLite has a synchronous drizzle handle: `db` is undefined on PostgreSQL, so code
 * that needs it (test fixtures) is SQLite-only until it goes through `data`.
 */
export async function openDataLayerAt(
  url: string,
  options: DataLayerOptions = {},
): Promise<{ db: Db | undefined; data: DataLayer }> {
  if (isPostgresUrl(url)) {
    // node-postgres and the PostgreSQL engine load only for a PostgreSQL URL: a SQLite server
    // never needs them, and they cost every start.
    const { openPostgres } = await import("./pg.js");
    return { db: undefined, data: await openPostgres(url) };
  }
  return openDataLayer(url, options);
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Closes what openDataLayer opened: the Database's connections, then SQLite's shared writer. */
export async function closeDataLayer(layer: { db?: Db; data: DataLayer }): Promise<void> {
  await layer.data.close();
  layer.db?.$client.close();
}

// drizzle's own record of the migrations it applied: outside Portico's schema, so not in data.t.
// SQLite keeps it as a plain table; PostgreSQL's migrator keeps it in a schema named drizzle.
const appliedSqliteMigrations = pgTable("__drizzle_migrations", {
  createdAt: bigint("created_at", { mode: "number" }),
});
const appliedPgMigrations = pgSchema("drizzle").table("__drizzle_migrations", {
  createdAt: bigint("created_at", { mode: "number" }),
});

/**
 * How many of the migrations shipped with this build the database has not applied (drizzle records
 * each applied one with its folder timestamp). Non-zero means another build's schema is in place.
 */
export async function pendingMigrationsIn(data: DataLayer): Promise<number> {
  const postgres = data.engine === "pg";
  const shipped = readMigrationFiles({
    migrationsFolder: postgres ? (await import("./pg.js")).pgMigrationsFolder : migrationsFolder,
  });
  const appliedMigrations = postgres ? appliedPgMigrations : appliedSqliteMigrations;
  const [applied] = await data.read.select({ last: max(appliedMigrations.createdAt) }).from(appliedMigrations);
  return shipped.filter((m) => m.folderMillis > Number(applied?.last ?? 0)).length;
}
