import BetterSqlite3 from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import {
  type Database,
  type EngineSql,
  jsonKey,
  type ReadDb,
  type StatementListener,
  type Tables,
  type WriteDb,
} from "./database.js";
import { Mutex } from "./mutex.js";
import * as schema from "./schema.sqlite.js";
import { startBackgroundCheckpoints, WRITER_CHECKPOINT_PAGES } from "./sqlite-checkpoints.js";
import { sqliteCustomerSearch } from "./sqlite-customer-search.js";
import { createTransactionScope } from "./transaction-scope.js";

type StatementListeners = Set<StatementListener>;
const RUNS = ["run", "get", "all", "iterate"] as const;

/**
 * Counts every statement the engine compiles on the connection (drizzle prepares each unprepared
 * query), and tells the listeners each time one of them runs. The runs are watched on the statement
 * itself, not on better-sqlite3's shared prototype, so only this Database's statements are heard.
 */
function watchConnection(
  connection: BetterSqlite3.Database,
  stats: { compilations: number },
  listeners: StatementListeners,
): void {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((source: string) => {
    stats.compilations += 1;
    const statement = prepare(source) as unknown as Record<(typeof RUNS)[number], (...args: unknown[]) => unknown>;
    for (const method of RUNS) {
      const run = statement[method];
      statement[method] = function watched(this: unknown, ...args: unknown[]) {
        if (listeners.size > 0) for (const listener of listeners) listener(source, args);
        return run.apply(this, args);
      };
    }
    return statement;
  }) as typeof connection.prepare;
}

const sqliteSql: Omit<EngineSql, "lockKey" | "lockKeys" | "lockAgainstWrites"> = {
  inList: (column, list) =>
    sql`${column} IN (SELECT value FROM json_each(${Array.isArray(list) ? JSON.stringify(list) : list}))`,
  listParam: (values) => JSON.stringify(values),
  // SQLite keeps recently parsed JSON texts: the object is parsed once per statement, not per row.
  jsonLookup: (object, key) => sql`json_extract(${object}, '$."' || ${key} || '"')`,
  // An aggregate's own ORDER BY: SQLite 3.44 and later.
  jsonArray: (fields, orderBy) =>
    sql`json_group_array(json_object(${sql.join(
      Object.entries(fields).map(([key, column]) => sql`${jsonKey(key)}, ${column}`),
      sql`, `,
    )})${orderBy.length > 0 ? sql` ORDER BY ${sql.join([...orderBy], sql`, `)}` : sql``})`,
  forUpdate: (query) => query,
  customerSearch: sqliteCustomerSearch,
};

/**
 * The Database over SQLite, on the writer connection the old synchronous client also uses (it is
 * migrated and its pragmas set already), plus a read-only connection of its own for autocommit
 * reads. The writer stays the caller's to close; close() closes the reader.
 */
export function openSqlite(
  writer: BetterSqlite3.Database,
  options: { backgroundCheckpoints?: boolean } = {},
): Database {
  if (writer.memory) {
    throw new Error("The Database needs a database file: its read connection must see what the writer commits.");
  }
  const reader = new BetterSqlite3(writer.name, { readonly: true, fileMustExist: true });
  reader.pragma("busy_timeout = 5000");

  // The server checkpoints from a thread of its own (sqlite-checkpoints.ts); tests and tools let the
  // writer do it, as SQLite does by default.
  const checkpoints = options.backgroundCheckpoints ? startBackgroundCheckpoints(writer.name) : undefined;
  if (checkpoints) writer.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);

  const stats = { compilations: 0 };
  const listeners: StatementListeners = new Set();
  watchConnection(writer, stats, listeners);
  watchConnection(reader, stats, listeners);

  const begin = writer.prepare("BEGIN IMMEDIATE");
  const commit = writer.prepare("COMMIT");
  const rollback = writer.prepare("ROLLBACK");
  const mutex = new Mutex();
  const scope = createTransactionScope();

  // The one cast: the SQLite builders answer the same calls as pg's, with rows of the same types
  // (schema.test.ts), and every sync builder is also a thenable.
  const write = drizzle(writer, { schema }) as unknown as WriteDb;
  const read = drizzle(reader, { schema }) as unknown as ReadDb;

  async function transaction<T>(fn: (tx: WriteDb) => Promise<T>): Promise<T> {
    const joined = scope.joinOpen(fn);
    if (joined) return joined;
    const release = await mutex.lock();
    try {
      begin.run();
      try {
        const result = await scope.runBody(write, {}, fn);
        commit.run();
        return result;
      } catch (error) {
        if (writer.inTransaction) rollback.run();
        throw error;
      }
    } finally {
      release();
    }
  }

  return {
    engine: "sqlite",
    t: schema as unknown as Tables,
    read,
    // One reader connection, and SQLite keeps a prepared statement's plan anyway.
    keyedRead: read,
    transaction,
    dialect: {
      ...sqliteSql,
      async lockKey() {
        if (!scope.open()) throw new Error("lockKey() only means something inside data.transaction().");
      },
      async lockKeys() {
        if (!scope.open()) throw new Error("lockKeys() only means something inside data.transaction().");
      },
      async lockAgainstWrites() {
        if (!scope.open()) throw new Error("lockAgainstWrites() only means something inside data.transaction().");
      },
    },
    stats,
    watchStatements(listener) {
      const own: StatementListener = (text, values) => listener(text, values);
      listeners.add(own);
      return () => listeners.delete(own);
    },
    async close() {
      await checkpoints?.stop();
      reader.close();
    },
  };
}
