import BetterSqlite3 from "better-sqlite3";
import { type Column, is } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { PgTable, getTableConfig as pgTableConfig } from "drizzle-orm/pg-core";
import { SQLiteTable, getTableConfig as sqliteTableConfig } from "drizzle-orm/sqlite-core";
import pg from "pg";
import { migrationsFolder } from "./client.js";
import { migratePostgres } from "./pg.js";
import * as pgSchema from "./schema.pg.js";
import * as sqliteSchema from "./schema.sqlite.js";

// Moves a facility's SQLite database into an empty PostgreSQL database, keeping every id. The
// tables and the conversion of each column come from the two drizzle schemas, paired by SQL name:
// a value is decoded by the SQLite column (epoch milliseconds → Date, 0/1 → boolean, blob → Buffer)
// and encoded by the PostgreSQL one, so a table added to both schemas is copied with no change here.

/** A column known to both schemas under one SQL name. */
interface ColumnPair {
  name: string;
  sqlite: Column;
  pg: Column;
  /** The PostgreSQL type the insert casts its array parameter to. */
  pgType: string;
}

/** A table known to both schemas under one SQL name, with its columns in the PostgreSQL order. */
export interface TablePair {
  name: string;
  columns: ColumnPair[];
  /** Columns PostgreSQL numbers with an identity sequence: set past the copied ids afterwards. */
  identityColumns: string[];
  /** Tables this one's foreign keys point at (itself excluded). */
  references: string[];
}

/** Something about the source or the target that makes copying wrong; nothing was written. */
export class CopyRefused extends Error {
  override name = "CopyRefused";
}

/** The target already holds rows: `occupied` lists each table that does, with its rows. */
export class TargetNotEmpty extends CopyRefused {
  override name = "TargetNotEmpty";
  constructor(readonly occupied: Array<{ table: string; rows: number }>) {
    super(
      `The PostgreSQL database is not empty: ${occupied.length} table(s) hold rows. Copy into a new, empty database.`,
    );
  }
}

export interface TableCount {
  table: string;
  sqlite: number;
  postgres: number;
}

export interface CopyResult {
  /** Every table in the order it was copied, with its rows in each database at the end. */
  counts: TableCount[];
  /** Whether every count matched; when not, the copy was rolled back. */
  ok: boolean;
  rows: number;
  ms: number;
}

export interface CopyOptions {
  /** The SQLite file, at this build's migrations; opened read-only. */
  from: string;
  /** postgres://…: an empty database, migrated by this call. */
  to: string;
  /** Rows per insert at most (default 5,000); a batch also ends at about 32 MB of values. */
  batchRows?: number;
  /** Called after each table is copied (in the open transactions: nothing is committed yet). */
  onTable?(table: string, rows: number, ms: number): void | Promise<void>;
}

const BATCH_BYTES = 32 * 1024 * 1024;

/**
 * Tables whose rows the target's own triggers write as the other tables are copied (the migrations
 * hold the triggers on both engines): copying them too would write each row twice. They are checked
 * instead: same rows, same values as the source, or the copy is rolled back.
 */
const KEPT_BY_TRIGGERS = new Set(["facility_customer_counts"]);

/**
 * Triggers held off while copying: those appending the adoption funnel's changes (migrations 0024 and 0034)
 * would append one for every person copied, beside the source's own changes and counts, which are
 * copied as they are.
 */
const HELD_TRIGGERS = [
  ["customers", "customers_adoption_count_inserted"],
  ["customers", "customers_adoption_count_updated"],
  ["customers", "customers_adoption_count_deleted"],
  ["contacts", "contacts_adoption_count_inserted"],
  ["contacts", "contacts_adoption_count_updated"],
  ["contacts", "contacts_adoption_count_deleted"],
] as const;

async function holdTriggers(target: pg.ClientBase, held: boolean) {
  for (const [table, trigger] of HELD_TRIGGERS)
    await target.query(`ALTER TABLE ${quote(table)} ${held ? "DISABLE" : "ENABLE"} TRIGGER ${quote(trigger)}`);
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function tablesOf<T>(schema: Record<string, unknown>, kind: new (...args: never[]) => T): T[] {
  return Object.values(schema).filter((value): value is T => is(value, kind as never));
}

/**
 * Pairs the SQLite and PostgreSQL tables and columns by SQL name, in an order where every table
 * comes after the tables its foreign keys point at. A table or column in one schema only is an
 * error: there is no right way to copy it, and guessing would lose data silently.
 */
export function pairTables(
  schemas: { sqlite: Record<string, unknown>; pg: Record<string, unknown> } = { sqlite: sqliteSchema, pg: pgSchema },
): TablePair[] {
  const sqliteTables = new Map(
    tablesOf(schemas.sqlite, SQLiteTable).map((table) => [sqliteTableConfig(table).name, sqliteTableConfig(table)]),
  );
  const pgTables = new Map(
    tablesOf(schemas.pg, PgTable).map((table) => [pgTableConfig(table).name, pgTableConfig(table)]),
  );
  const onlyIn = (a: Map<string, unknown>, b: Map<string, unknown>) => [...a.keys()].filter((name) => !b.has(name));
  const unpaired = [
    ...onlyIn(sqliteTables, pgTables).map((name) => `${name} (SQLite only)`),
    ...onlyIn(pgTables, sqliteTables).map((name) => `${name} (PostgreSQL only)`),
  ];
  if (unpaired.length > 0) throw new Error(`The two schemas do not have the same tables: ${unpaired.join(", ")}`);

  const pairs = new Map<string, TablePair>();
  for (const [name, pgConfig] of pgTables) {
    const sqliteConfig = sqliteTables.get(name);
    if (!sqliteConfig) continue;
    const sqliteColumns = new Map(sqliteConfig.columns.map((column) => [column.name, column as Column]));
    const pgColumnNames = new Set(pgConfig.columns.map((column) => column.name));
    const columnsUnpaired = [
      ...[...sqliteColumns.keys()].filter((c) => !pgColumnNames.has(c)).map((c) => `${c} (SQLite only)`),
      ...[...pgColumnNames].filter((c) => !sqliteColumns.has(c)).map((c) => `${c} (PostgreSQL only)`),
    ];
    if (columnsUnpaired.length > 0) {
      throw new Error(`The two schemas do not have the same columns in ${name}: ${columnsUnpaired.join(", ")}`);
    }
    const columns = pgConfig.columns.map((column): ColumnPair => {
      // The type to cast a batch's array to: a column's collation (text COLLATE "C") is not part of
      // its type, and the column applies it to what is inserted anyway.
      const pgType = column.getSQLType().replace(/\s+COLLATE\s+.*$/i, "");
      // unnest() flattens every dimension of an array, so an array column cannot ride in one.
      if (pgType.endsWith("]")) throw new Error(`${name}.${column.name}: array columns are not supported by the copy`);
      return { name: column.name, sqlite: sqliteColumns.get(column.name) as Column, pg: column as Column, pgType };
    });
    pairs.set(name, {
      name,
      columns,
      identityColumns: pgConfig.columns.filter((c) => c.generatedIdentity).map((c) => c.name),
      references: [
        ...new Set(pgConfig.foreignKeys.map((fk) => pgTableConfig(fk.reference().foreignTable).name)),
      ].filter((target) => target !== name),
    });
  }
  return inReferenceOrder([...pairs.values()]);
}

/** Parents before children (Kahn's algorithm, by name among the ready ones so runs compare). */
function inReferenceOrder(tables: TablePair[]): TablePair[] {
  const ordered: TablePair[] = [];
  const placed = new Set<string>();
  let waiting = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  while (waiting.length > 0) {
    const ready = waiting.filter((table) => table.references.every((parent) => placed.has(parent)));
    if (ready.length === 0) {
      throw new Error(
        `The foreign keys between ${waiting.map((t) => t.name).join(", ")} form a cycle: no order copies them`,
      );
    }
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.name);
    }
    waiting = waiting.filter((table) => !placed.has(table.name));
  }
  return ordered;
}

/** Refuses a SQLite file another build migrated: its tables may not be the ones paired here. */
function checkSourceMigrations(source: BetterSqlite3.Database): void {
  const shipped = readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis);
  let applied: number;
  try {
    const row = source.prepare("SELECT max(created_at) AS last FROM __drizzle_migrations").get() as {
      last: number | null;
    };
    applied = Number(row.last ?? 0);
  } catch {
    throw new CopyRefused("The SQLite file is not a Portico database: it has no record of migrations.");
  }
  const pending = shipped.filter((when) => when > applied).length;
  if (pending > 0) {
    throw new CopyRefused(
      `The SQLite database is ${pending} migration(s) behind this version of Portico. Start this version on it once (it migrates at start), stop it, then copy.`,
    );
  }
  if (applied > Math.max(...shipped)) {
    throw new CopyRefused("The SQLite database was migrated by a newer version of Portico: copy it with that version.");
  }
}

/** Rows that point at a missing parent: PostgreSQL would refuse them half-way, so say which up front. */
function checkSourceReferences(source: BetterSqlite3.Database): void {
  const broken = source.pragma("foreign_key_check") as Array<{ table: string; rowid: number; parent: string }>;
  if (broken.length === 0) return;
  const examples = broken
    .slice(0, 10)
    .map((row) => `${row.table} row ${row.rowid} → ${row.parent}`)
    .join("; ");
  throw new CopyRefused(
    `The SQLite database has ${broken.length} row(s) whose foreign key points at no row, which PostgreSQL refuses: ${examples}`,
  );
}

/** The tables that already hold rows; every one must be empty, or ids and counts mean nothing. */
async function rowsAlreadyIn(client: pg.ClientBase, tables: TablePair[]): Promise<TargetNotEmpty["occupied"]> {
  const found: TargetNotEmpty["occupied"] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quote(table.name)}) AS any`);
    if (rows[0]?.any) found.push({ table: table.name, rows: await countIn(client, table.name) });
  }
  return found;
}

async function countIn(client: pg.ClientBase, table: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`);
  return Number(rows[0]?.n ?? 0);
}

/** A rough size of a row's values as they travel, to keep one insert's parameters bounded. */
function approximateBytes(values: unknown[]): number {
  let bytes = 0;
  for (const value of values) {
    if (Buffer.isBuffer(value)) bytes += value.length * 2;
    else if (typeof value === "string") bytes += value.length;
    else bytes += 8;
  }
  return bytes;
}

/**
 * Copies one table in batches: the SQLite rows stream in rowid order (their insertion order), each
 * batch goes in as one INSERT … SELECT FROM unnest(one array per column), a statement prepared once
 * per table whatever the batch's length. Answers the rows copied; for a table kept by triggers,
 * written by the target as its other tables came in, the rows those made.
 */
async function copyTable(
  source: BetterSqlite3.Database,
  target: pg.ClientBase,
  table: TablePair,
  batchRows: number,
): Promise<number> {
  if (KEPT_BY_TRIGGERS.has(table.name)) return countIn(target, table.name);
  const columnList = table.columns.map((c) => quote(c.name)).join(", ");
  const read = source.prepare(`SELECT ${columnList} FROM ${quote(table.name)} ORDER BY rowid`).raw(true);
  // OVERRIDING SYSTEM VALUE keeps the copied ids even for an identity column declared ALWAYS.
  const overriding = table.identityColumns.length > 0 ? " OVERRIDING SYSTEM VALUE" : "";
  const arrays = table.columns.map((c, i) => `$${i + 1}::${c.pgType}[]`).join(", ");
  const insert = `INSERT INTO ${quote(table.name)} (${columnList})${overriding} SELECT * FROM unnest(${arrays})`;

  let columnsOfBatch: unknown[][] = table.columns.map(() => []);
  let rowsInBatch = 0;
  let bytesInBatch = 0;
  let copied = 0;
  const flush = async () => {
    if (rowsInBatch === 0) return;
    await target.query({ name: `copy_${table.name}`, text: insert, values: columnsOfBatch });
    copied += rowsInBatch;
    columnsOfBatch = table.columns.map(() => []);
    rowsInBatch = 0;
    bytesInBatch = 0;
  };

  for (const row of read.iterate() as Iterable<unknown[]>) {
    table.columns.forEach((column, i) => {
      const stored = row[i];
      const value =
        stored === null || stored === undefined
          ? null
          : column.pg.mapToDriverValue(column.sqlite.mapFromDriverValue(stored));
      columnsOfBatch[i]?.push(value);
    });
    rowsInBatch += 1;
    bytesInBatch += approximateBytes(row);
    if (rowsInBatch >= batchRows || bytesInBatch >= BATCH_BYTES) await flush();
  }
  await flush();
  return copied;
}

/**
 * Sets each identity sequence past the copied ids, and past the highest id SQLite ever handed out
 * (AUTOINCREMENT never reuses the id of a deleted row, so neither does the copy).
 */
async function continueSequences(source: BetterSqlite3.Database, target: pg.ClientBase, table: TablePair) {
  const hasSequenceTable = source
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")
    .get();
  const issued = hasSequenceTable
    ? ((source.prepare("SELECT seq FROM sqlite_sequence WHERE name = ?").get(table.name) as { seq: number } | undefined)
        ?.seq ?? 0)
    : 0;
  for (const column of table.identityColumns) {
    const { rows } = await target.query<{ max: number | null }>(
      `SELECT max(${quote(column)}) AS max FROM ${quote(table.name)}`,
    );
    const last = Math.max(Number(rows[0]?.max ?? 0), Number(issued));
    // setval(…, 1, false) leaves an empty table's sequence where a fresh one starts.
    await target.query("SELECT setval(pg_get_serial_sequence($1, $2), $3, $4)", [
      quote(table.name),
      column,
      Math.max(last, 1),
      last > 0,
    ]);
  }
}

/**
 * Copies every table of the SQLite database at `from` into the PostgreSQL database at `to`, which is
 * migrated first and must hold no rows. The source is read in one snapshot; the target is written
 * in one transaction that also locks its tables against writers. Before committing, each table's
 * rows are counted on both sides: any difference rolls everything back. So does a write to the
 * SQLite file by anyone else during the copy, since the snapshot would then miss it.
 */
export async function copySqliteToPostgres(options: CopyOptions): Promise<CopyResult> {
  const started = performance.now();
  const tables = pairTables();
  let source: BetterSqlite3.Database;
  try {
    source = new BetterSqlite3(options.from, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new CopyRefused(`Cannot open the SQLite database ${options.from}: ${(error as Error).message}`);
  }
  try {
    source.pragma("busy_timeout = 5000");
    checkSourceMigrations(source);
    await migratePostgres(options.to);
    const target = new pg.Client({ connectionString: options.to });
    await target.connect();
    try {
      const copied = await copyInOneTransaction(source, target, tables, options);
      // Servers start on the copy right away; without statistics the planner would take 500,000
      // rows for an empty table until autovacuum came round to analyse them.
      if (copied.ok) await target.query(`ANALYZE ${tables.map((t) => quote(t.name)).join(", ")}`);
      return { ...copied, ms: performance.now() - started };
    } finally {
      await target.end();
    }
  } finally {
    source.close();
  }
}

/** Whether the tables the target's triggers wrote hold the source's rows, value for value. */
async function sameRowsKeptByTriggers(
  source: BetterSqlite3.Database,
  target: pg.ClientBase,
  tables: TablePair[],
): Promise<boolean> {
  for (const table of tables.filter((t) => KEPT_BY_TRIGGERS.has(t.name))) {
    // Whole rows in one order on both sides; these tables hold plain numbers, equal in both encodings.
    const columnList = table.columns.map((c) => quote(c.name)).join(", ");
    const ordered = `SELECT ${columnList} FROM ${quote(table.name)} ORDER BY ${columnList}`;
    const fromSource = source.prepare(ordered).raw(true).all() as unknown[][];
    const { rows: fromTarget } = await target.query({ text: ordered, rowMode: "array" });
    const normal = (rows: unknown[][]) => JSON.stringify(rows.map((row) => row.map(Number)));
    if (normal(fromSource) !== normal(fromTarget)) return false;
  }
  return true;
}

async function copyInOneTransaction(
  source: BetterSqlite3.Database,
  target: pg.ClientBase,
  tables: TablePair[],
  options: CopyOptions,
): Promise<Omit<CopyResult, "ms">> {
  const writtenBefore = source.pragma("data_version", { simple: true });
  // One read transaction: every table is read from the same snapshot of the file.
  source.exec("BEGIN");
  let reading = true;
  const endRead = () => {
    if (reading) source.exec("COMMIT");
    reading = false;
  };
  try {
    checkSourceReferences(source);
    await target.query("BEGIN");
    try {
      await target.query(`LOCK TABLE ${tables.map((t) => quote(t.name)).join(", ")} IN SHARE ROW EXCLUSIVE MODE`);
      const occupied = await rowsAlreadyIn(target, tables);
      if (occupied.length > 0) throw new TargetNotEmpty(occupied);
      // Inside the transaction: a copy that fails rolls the triggers back on with everything else.
      await holdTriggers(target, true);
      let rows = 0;
      for (const table of tables) {
        const tableStarted = performance.now();
        const copied = await copyTable(source, target, table, options.batchRows ?? 5_000);
        await continueSequences(source, target, table);
        rows += copied;
        await options.onTable?.(table.name, copied, performance.now() - tableStarted);
      }
      await holdTriggers(target, false);
      const counts: TableCount[] = [];
      for (const table of tables) {
        const row = source.prepare(`SELECT count(*) AS n FROM ${quote(table.name)}`).get() as { n: number };
        counts.push({ table: table.name, sqlite: row.n, postgres: await countIn(target, table.name) });
      }
      // data_version moves when another connection commits, but only once this one's snapshot ends.
      endRead();
      if (source.pragma("data_version", { simple: true }) !== writtenBefore) {
        throw new CopyRefused(
          "The SQLite database was written while it was being copied: stop every Portico server using it, then copy again.",
        );
      }
      const ok =
        counts.every((count) => count.sqlite === count.postgres) &&
        (await sameRowsKeptByTriggers(source, target, tables));
      await target.query(ok ? "COMMIT" : "ROLLBACK");
      return { counts, ok, rows };
    } catch (error) {
      await target.query("ROLLBACK");
      throw error;
    }
  } finally {
    endRead();
  }
}
