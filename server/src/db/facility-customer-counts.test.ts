import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { drizzle as sqliteDrizzle } from "drizzle-orm/better-sqlite3";
import { migrate as sqliteMigrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as pgDrizzle } from "drizzle-orm/node-postgres";
import { migrate as pgMigrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { testEngine } from "../../test/engine.js";
import { freshPostgresDatabase } from "../../test/postgres.js";
import { migrationsFolder } from "./client.js";
import { pgMigrationsFolder } from "./pg.js";

// The migration that adds the counter's triggers also counts the customers already there
// (docs/decisions/0023-facility-customer-counter.md). Here a database is migrated up to just before
// it, given facilities and customers, then migrated to the end, on the engine of the run.

const TRIGGERS = "facility_customer_count_triggers";

/** A copy of a migrations folder whose journal stops before the counter's triggers. */
function migrationsBeforeTriggers(folder: string, into: string): string {
  fs.cpSync(folder, into, { recursive: true });
  const journalFile = path.join(into, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((entry) => entry.tag.endsWith(TRIGGERS));
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return into;
}

/** Statements on one engine: SQL with ? placeholders, numbered for PostgreSQL. */
interface Raw {
  run(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
  migrate(folder: string): Promise<void>;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-counter-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function openRaw(): Promise<{ raw: Raw; folder: string; close(): Promise<void> }> {
  if (testEngine === "sqlite") {
    const file = new BetterSqlite3(path.join(dir, "counter.sqlite"));
    file.pragma("foreign_keys = ON");
    const db = sqliteDrizzle(file);
    return {
      folder: migrationsFolder,
      raw: {
        run: async (sql, params = []) => {
          const statement = file.prepare(sql);
          if (statement.reader) return statement.all(...params) as Array<Record<string, unknown>>;
          statement.run(...params);
          return [];
        },
        migrate: async (folder) => {
          sqliteMigrate(db, { migrationsFolder: folder });
        },
      },
      close: async () => {
        file.close();
      },
    };
  }
  const database = await freshPostgresDatabase({ migrated: false });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const db = pgDrizzle(client);
  return {
    folder: pgMigrationsFolder,
    raw: {
      run: async (sql, params = []) => {
        let n = 0;
        return (
          await client.query(
            sql.replace(/\?/g, () => `$${++n}`),
            params,
          )
        ).rows;
      },
      migrate: (folder) => pgMigrate(db, { migrationsFolder: folder }),
    },
    close: async () => {
      await client.end();
      await database.drop();
    },
  };
}

describe("the facility customer counter's migration", () => {
  it("counts the customers already there, then keeps counting", async () => {
    const { raw, folder, close } = await openRaw();
    try {
      await raw.migrate(migrationsBeforeTriggers(folder, path.join(dir, "before-triggers")));
      for (const slug of ["north", "south", "empty"]) {
        await raw.run("INSERT INTO facilities (slug, name) VALUES (?, ?)", [slug, slug]);
      }
      const ids = Object.fromEntries(
        (await raw.run("SELECT id, slug FROM facilities")).map((row) => [row.slug as string, Number(row.id)]),
      );
      const people = [
        ["north", "Ann"],
        ["north", "Ben"],
        ["north", "Cy"],
        ["south", "Dee"],
      ];
      for (const [slug, name] of people) {
        await raw.run("INSERT INTO customers (facility_id, name, sort_name) VALUES (?, ?, ?)", [
          ids[slug as string],
          name,
          name?.toLowerCase(),
        ]);
      }

      await raw.migrate(folder);
      const counted = async () =>
        Object.fromEntries(
          (await raw.run("SELECT facility_id, customers FROM facility_customer_counts")).map((row) => [
            Number(row.facility_id),
            Number(row.customers),
          ]),
        );
      expect(await counted()).toEqual({ [ids.north as number]: 3, [ids.south as number]: 1, [ids.empty as number]: 0 });

      await raw.run("INSERT INTO customers (facility_id, name, sort_name) VALUES (?, ?, ?)", [ids.south, "Eve", "eve"]);
      await raw.run("DELETE FROM customers WHERE name = ?", ["Ann"]);
      expect(await counted()).toEqual({ [ids.north as number]: 2, [ids.south as number]: 2, [ids.empty as number]: 0 });
    } finally {
      await close();
    }
  });
});
