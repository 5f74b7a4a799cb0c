// Copying a SQLite database into PostgreSQL (docs/moving-to-postgresql.md). Runs with
// PORTICO_TEST_ENGINE=pg (`pnpm test:pg`); the default run checks only how the tables pair up.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { desc, eq, is, Table } from "drizzle-orm";
import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../test/engine.js";
import { TestClient } from "../../test/harness.js";
import { freshPostgresDatabase, type TestDatabase } from "../../test/postgres.js";
import { loadConfig } from "../config.js";
import { systemClock } from "../lib/clock.js";
import { createLogger } from "../lib/logger.js";
import { startPorticoServer } from "../server.js";
import { closeDataLayer, openDataLayer } from "./client.js";
import { CopyRefused, copySqliteToPostgres, pairTables, TargetNotEmpty } from "./copy-to-postgres.js";
import type { Database } from "./database.js";
import { migratePostgres, openPostgres } from "./pg.js";
import * as pgSchema from "./schema.pg.js";
import * as sqliteSchema from "./schema.sqlite.js";
import { DEMO_FACILITY, seedDemo } from "./seed/demo.js";
import { generateCustomers } from "./seed/generate.js";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const onPostgres = testEngine === "pg";

describe("the tables the copy pairs up", () => {
  it("are every table of the schema, each after the tables its foreign keys point at", () => {
    const tables = pairTables();
    const names = tables.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("files");
    expect(names.length).toBeGreaterThan(30);
    tables.forEach((table, i) => {
      for (const parent of table.references) expect(names.indexOf(parent), `${table.name} → ${parent}`).toBeLessThan(i);
    });
    const customers = tables.find((t) => t.name === "customers");
    expect(customers?.identityColumns).toEqual(["id"]);
    expect(customers?.columns.find((c) => c.name === "created_at")?.pgType).toBe("timestamp with time zone");
    expect(tables.find((t) => t.name === "files")?.columns.find((c) => c.name === "data")?.pgType).toBe("bytea");
    expect(tables.find((t) => t.name === "sessions")?.identityColumns).toEqual([]);
  });

  it("stop the copy before it starts when a table or a column is in one schema only", () => {
    const { files: _files, ...pgWithoutFiles } = pgSchema;
    expect(() => pairTables({ sqlite: sqliteSchema, pg: pgWithoutFiles })).toThrow(
      "The two schemas do not have the same tables: files (SQLite only)",
    );
    const widerRateLimits = pgTable("rate_limits", {
      key: text("key").primaryKey(),
      count: integer("count").notNull(),
      resetAt: timestamp("reset_at", { withTimezone: true }).notNull(),
      note: text("note"),
    });
    expect(() => pairTables({ sqlite: sqliteSchema, pg: { ...pgSchema, rateLimits: widerRateLimits } })).toThrow(
      "The two schemas do not have the same columns in rate_limits: note (PostgreSQL only)",
    );
  });
});

/** Every table of data.t by its key, with its rows in a stable order (by id, else by content). */
async function everyRow(data: Database): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const [key, table] of Object.entries(data.t)) {
    if (!is(table, Table)) continue;
    const rows = (await data.read.select().from(table as typeof data.t.customers)) as Array<Record<string, unknown>>;
    const order = (row: Record<string, unknown>) =>
      typeof row.id === "number" ? String(row.id).padStart(12, "0") : JSON.stringify(row);
    result[key] = rows.sort((a, b) => order(a).localeCompare(order(b)));
  }
  return result;
}

async function pgQuery<Row>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** Rows in every Portico table of the database at url (0 everywhere for an empty one). */
async function rowsInTarget(url: string): Promise<number> {
  let total = 0;
  for (const table of pairTables()) {
    const [row] = await pgQuery<{ n: string }>(url, `SELECT count(*) AS n FROM "${table.name}"`);
    total += Number(row?.n);
  }
  return total;
}

describe.skipIf(!onPostgres)("copying a SQLite database into PostgreSQL", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-copy-"));
  /** The demo seed plus generated customers at two facilities, closed: tests copy the file. */
  const seeded = path.join(dir, "seeded.sqlite");
  const databases: TestDatabase[] = [];
  const now = new Date("2026-12-03T10:00:00.000Z");

  async function emptyTarget(): Promise<TestDatabase> {
    const database = await freshPostgresDatabase();
    databases.push(database);
    return database;
  }

  let copies = 0;
  function copyOfSeeded(): string {
    const file = path.join(dir, `copy-${++copies}.sqlite`);
    fs.copyFileSync(seeded, file);
    return file;
  }

  beforeAll(async () => {
    const layer = openDataLayer(seeded);
    const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: seeded, LOG_LEVEL: "silent" });
    await seedDemo({ data: layer.data, config }, { clock: { now: () => now } });
    const [facility] = await layer.data.read
      .select()
      .from(layer.data.t.facilities)
      .where(eq(layer.data.t.facilities.slug, DEMO_FACILITY.slug));
    if (!facility) throw new Error("the demo seed made no facility");
    await generateCustomers(layer.data, facility.id, 400, { now, seed: 3, emailDomain: "bulk.example.com" });
    // The newest customer (and their cars and invoices) deleted: SQLite's AUTOINCREMENT never hands
    // out those ids again, and neither may PostgreSQL after the copy.
    await layer.data.transaction(async (tx) => {
      const [newest] = await tx
        .select({ id: layer.data.t.customers.id })
        .from(layer.data.t.customers)
        .orderBy(desc(layer.data.t.customers.id))
        .limit(1);
      if (newest) await tx.delete(layer.data.t.customers).where(eq(layer.data.t.customers.id, newest.id));
    });
    // Closing the last connection checkpoints the WAL into the file, so a plain file copy is whole.
    await closeDataLayer(layer);
  });

  afterAll(async () => {
    for (const database of databases) await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe("a copy of the demo database", () => {
    let source: string;
    let target: TestDatabase;
    let copied: Awaited<ReturnType<typeof copySqliteToPostgres>>;
    const tablesDone: string[] = [];

    beforeAll(async () => {
      source = copyOfSeeded();
      target = await emptyTarget();
      // Small batches, so the bigger tables go in several inserts.
      copied = await copySqliteToPostgres({
        from: source,
        to: target.url,
        batchRows: 250,
        onTable: (table) => {
          tablesDone.push(table);
        },
      });
    });

    it("counts the same rows in every table of both databases, and commits", async () => {
      expect(copied.ok).toBe(true);
      expect(copied.counts.map((c) => c.table).sort()).toEqual(
        pairTables()
          .map((t) => t.name)
          .sort(),
      );
      expect(tablesDone).toEqual(copied.counts.map((c) => c.table));
      for (const count of copied.counts) expect(count.postgres, count.table).toBe(count.sqlite);
      const counted = Object.fromEntries(copied.counts.map((c) => [c.table, c.sqlite]));
      expect(counted.customers).toBeGreaterThan(400);
      expect(counted.invoices).toBeGreaterThan(counted.customers ?? 0);
      expect(counted.files).toBeGreaterThan(0);
      expect(copied.rows).toBe(copied.counts.reduce((sum, c) => sum + c.sqlite, 0));
    });

    it("holds every row of every table with the same values, read through the Database", async () => {
      const lite = openDataLayer(source);
      const postgres = await openPostgres(target.url);
      try {
        const [before, after] = await Promise.all([everyRow(lite.data), everyRow(postgres)]);
        expect(Object.keys(after)).toEqual(Object.keys(before));
        for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key]);
        // The conversions the comparison covers: times, booleans, bytes.
        const [customer] = (after.customers ?? []) as Array<{ createdAt: unknown; paymentMethodConnected: unknown }>;
        expect(customer?.createdAt).toBeInstanceOf(Date);
        expect(typeof customer?.paymentMethodConnected).toBe("boolean");
        const [file] = (after.files ?? []) as Array<{ data: unknown }>;
        expect(file?.data).toBeInstanceOf(Buffer);
      } finally {
        await postgres.close();
        await closeDataLayer(lite);
      }
    });

    it("leaves every sequence where SQLite would continue, past deleted ids too", async () => {
      const lite = openDataLayer(source);
      try {
        const issued = lite.db.$client.prepare("SELECT name, seq FROM sqlite_sequence").all() as Array<{
          name: string;
          seq: number;
        }>;
        const customersIssued = issued.find((row) => row.name === "customers")?.seq ?? 0;
        const [maxCustomer] = await pgQuery<{ max: number }>(target.url, "SELECT max(id) AS max FROM customers");
        expect(customersIssued).toBeGreaterThan(maxCustomer?.max ?? 0);
        for (const table of pairTables().filter((t) => t.identityColumns.length > 0)) {
          const [sequence] = await pgQuery<{ last: string | null }>(
            target.url,
            "SELECT last_value AS last FROM pg_sequences WHERE schemaname || '.' || sequencename = pg_get_serial_sequence($1, 'id')",
            [`"${table.name}"`],
          );
          if (!sequence) throw new Error(`no sequence for ${table.name}`);
          // last_value is null until a sequence hands out its first value: the table never had a row.
          const expected = issued.find((row) => row.name === table.name)?.seq ?? 0;
          expect(sequence.last === null ? 0 : Number(sequence.last), table.name).toBe(expected);
        }

        // The next row gets the same id on both engines.
        const values = { facilityId: 1, name: "Ada Next", sortName: "ada next", createdAt: now, updatedAt: now };
        const postgres = await openPostgres(target.url);
        try {
          const changesBefore = await postgres.read.$count(postgres.t.adoptionChanges);
          const [inPostgres] = await postgres.transaction((tx) =>
            tx.insert(postgres.t.customers).values(values).returning({ id: postgres.t.customers.id }),
          );
          // The adoption triggers held off during the copy are on again: the new customer is counted.
          expect(await postgres.read.$count(postgres.t.adoptionChanges)).toBe(changesBefore + 1);
          const [inSqlite] = await lite.data.transaction((tx) =>
            tx.insert(lite.data.t.customers).values(values).returning({ id: lite.data.t.customers.id }),
          );
          expect(inPostgres?.id).toBe(customersIssued + 1);
          expect(inPostgres?.id).toBe(inSqlite?.id);
        } finally {
          await postgres.close();
        }
      } finally {
        await closeDataLayer(lite);
      }
    });

    it("analyses the copied tables, so the first requests are planned with statistics", async () => {
      const analysed = await pgQuery<{ relname: string }>(
        target.url,
        "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL",
      );
      expect(analysed.map((r) => r.relname).sort()).toEqual(
        pairTables()
          .map((t) => t.name)
          .sort(),
      );
    });

    it("keeps the file triggers working: deleting a photo deletes its bytes", async () => {
      const [photo] = await pgQuery<{ id: number; file_id: number; thumbnail_file_id: number }>(
        target.url,
        "SELECT id, file_id, thumbnail_file_id FROM car_photos ORDER BY id LIMIT 1",
      );
      if (!photo) throw new Error("the demo seed has no car photo");
      await pgQuery(target.url, "DELETE FROM car_photos WHERE id = $1", [photo.id]);
      const left = await pgQuery(target.url, "SELECT id FROM files WHERE id IN ($1, $2)", [
        photo.file_id,
        photo.thumbnail_file_id,
      ]);
      expect(left).toEqual([]);
    });

    it("refuses a second copy into it, naming the tables that hold rows, and changes nothing", async () => {
      const before = await rowsInTarget(target.url);
      const refused = await copySqliteToPostgres({ from: source, to: target.url }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(TargetNotEmpty);
      const occupied = (refused as TargetNotEmpty).occupied;
      expect(occupied.map((t) => t.table)).toContain("customers");
      expect(occupied.find((t) => t.table === "facilities")?.rows).toBe(2);
      expect(await rowsInTarget(target.url)).toBe(before);
    });
  });

  it("serves the copy as the original: staff sign in, the Contacts list and a search", async () => {
    const sqliteFile = copyOfSeeded();
    const target = await emptyTarget();
    expect((await copySqliteToPostgres({ from: sqliteFile, to: target.url })).ok).toBe(true);

    const logger = createLogger("silent");
    const start = async (databaseUrl: string) => {
      const config = loadConfig({
        NODE_ENV: "test",
        PORT: "0",
        HOST: "127.0.0.1",
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: "silent",
        EMAIL_WORKER: "off",
      });
      const layer = databaseUrl === target.url ? { data: await openPostgres(databaseUrl) } : openDataLayer(databaseUrl);
      return startPorticoServer({ config, ...layer, clock: systemClock, logger });
    };
    const servers = [await start(sqliteFile), await start(target.url)];
    try {
      const answers = [];
      for (const server of servers) {
        const client = new TestClient(`http://127.0.0.1:${server.port}`);
        const viewer = await client.ok<{ staffSignIn: { name: string } }>(
          `mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { name } }`,
          { e: "admin@portico.test", p: "portico-demo" },
        );
        type Page = { customers: { totalCount: number; pageInfo: { endCursor: string }; nodes: unknown[] } };
        const contacts = await client.ok<Page>(
          `query($search: String, $after: String) {
            customers(first: 25, search: $search, after: $after) {
              totalCount pageInfo { hasNextPage endCursor }
              nodes { id name email phone portalStatus { state } }
            }
          }`,
        );
        const page2 = await client.ok(
          `query($after: String) { customers(first: 25, after: $after) { nodes { id name } } }`,
          { after: contacts.customers.pageInfo.endCursor },
        );
        const search = await client.ok<{ customers: { totalCount: number; nodes: unknown[] } }>(
          `{ customers(first: 25, search: "whitaker") { totalCount nodes { id name } } }`,
        );
        answers.push({ viewer, contacts, page2, search });
      }
      const [fromSqlite, fromPostgres] = answers;
      expect(fromPostgres).toEqual(fromSqlite);
      expect(fromPostgres?.contacts.customers.totalCount).toBeGreaterThan(400);
      expect(fromPostgres?.contacts.customers.nodes).toHaveLength(25);
      expect(fromPostgres?.search.customers.totalCount).toBeGreaterThan(0);
    } finally {
      for (const server of servers) await server.shutdown();
    }
  });

  it("rolls everything back when a count differs: a trigger on the target that adds rows", async () => {
    const target = await emptyTarget();
    await migratePostgres(target.url);
    // Stands for any INSERT trigger a later migration might add that writes a second table.
    await pgQuery(
      target.url,
      `CREATE FUNCTION echo_staff() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO dev_mailbox (from_email, to_email, subject, html_body, text_body) VALUES ('a@x', 'b@x', 's', 'h', 't');
         RETURN NULL;
       END; $$`,
    );
    await pgQuery(
      target.url,
      "CREATE TRIGGER echo_staff AFTER INSERT ON staff_users FOR EACH ROW EXECUTE FUNCTION echo_staff()",
    );
    const result = await copySqliteToPostgres({ from: copyOfSeeded(), to: target.url });
    expect(result.ok).toBe(false);
    const mailbox = result.counts.find((c) => c.table === "dev_mailbox");
    expect(mailbox).toEqual({ table: "dev_mailbox", sqlite: 0, postgres: 3 });
    expect(result.counts.filter((c) => c.sqlite !== c.postgres)).toEqual([mailbox]);
    expect(await rowsInTarget(target.url)).toBe(0);
  });

  it("refuses when the SQLite file is written during the copy, leaving the target empty", async () => {
    const file = copyOfSeeded();
    const target = await emptyTarget();
    const writer = openDataLayer(file);
    try {
      const copy = copySqliteToPostgres({
        from: file,
        to: target.url,
        onTable: async (table) => {
          if (table !== "customers") return;
          // A server still running on the old database, writing after the copy read its table.
          await writer.data.transaction((tx) =>
            tx.insert(writer.data.t.rateLimits).values({ key: "late-write", count: 1, resetAt: now }),
          );
        },
      });
      await expect(copy).rejects.toThrow(/written while it was being copied/);
      await expect(copy).rejects.toBeInstanceOf(CopyRefused);
    } finally {
      await closeDataLayer(writer);
    }
    expect(await rowsInTarget(target.url)).toBe(0);
  });

  it("refuses a SQLite database another version migrated, and one whose rows point at nothing", async () => {
    const behind = copyOfSeeded();
    const handle = openDataLayer(behind);
    // As if the file came from the previous release: its newest migration not applied yet.
    handle.db.$client.exec(
      "DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)",
    );
    await closeDataLayer(handle);
    const target = await emptyTarget();
    await expect(copySqliteToPostgres({ from: behind, to: target.url })).rejects.toThrow(/1 migration\(s\) behind/);

    const broken = copyOfSeeded();
    const writer = openDataLayer(broken);
    writer.db.$client.pragma("foreign_keys = OFF");
    writer.db.$client.exec("DELETE FROM facilities WHERE slug = 'lakeside'");
    await closeDataLayer(writer);
    await expect(copySqliteToPostgres({ from: broken, to: target.url })).rejects.toThrow(
      /foreign key points at no row/,
    );
    expect(await rowsInTarget(target.url)).toBe(0);
  });

  it("runs as a command: prints the counts, exits 0, and exits 1 on a target that is not empty", async () => {
    const file = copyOfSeeded();
    const target = await emptyTarget();
    const run = (args: string[]) =>
      new Promise<{ code: number | null; output: string }>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ["--import", "@swc-node/register/esm-register", "src/db/copy-to-postgres-cli.ts", ...args],
          { cwd: serverDir, stdio: ["ignore", "pipe", "pipe"] },
        );
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
        });
        child.stderr.on("data", (chunk: Buffer) => {
          output += chunk.toString();
        });
        child.once("error", reject);
        child.once("exit", (code) => resolve({ code, output }));
      });
    const first = await run(["--", "--from", file, "--to", target.url]);
    expect(first.output).toMatch(/^customers\s+\d+\s+\d+\s+ok$/m);
    expect(first.output).toMatch(/Every table matches/);
    expect(first.code).toBe(0);
    const second = await run(["--from", file, "--to", target.url]);
    expect(second.output).toMatch(/^customers\s+\d+$/m);
    expect(second.output).toMatch(/not empty/);
    expect(second.code).toBe(1);
  });
});
