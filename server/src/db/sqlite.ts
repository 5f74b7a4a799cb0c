import { AsyncLocalStorage } from "node:async_hooks";
import BetterSqlite3 from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Database, EngineSql, ReadDb, Tables, WriteDb } from "./database.js";
import { Mutex } from "./mutex.js";
import * as schema from "./schema.sqlite.js";
import { sqliteCustomerSearch } from "./sqlite-customer-search.js";

/** Counts every statement the engine compiles on the connection (drizzle prepares each unprepared query). */
function countCompilations(connection: BetterSqlite3.Database, stats: { compilations: number }): void {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((source: string) => {
    stats.compilations += 1;
    return prepare(source);
  }) as typeof connection.prepare;
}

const sqliteSql: Omit<EngineSql, "lockKey"> = {
  inList: (column, list) =>
    sql`${column} IN (SELECT value FROM json_each(${Array.isArray(list) ? JSON.stringify(list) : list}))`,
  listParam: (values) => JSON.stringify(values),
  forUpdate: (query) => query,
  customerSearch: sqliteCustomerSearch,
};

/**
 * The Database over SQLite, on the writer connection the old synchronous client also uses (it is
 * migrated and its pragmas set already), plus a read-only connection of its own for autocommit
 * reads. The writer stays the caller's to close; close() closes the reader.
 */
export function openSqlite(writer: BetterSqlite3.Database): Database {
  if (writer.memory) {
    throw new Error("The Database needs a database file: its read connection must see what the writer commits.");
  }
  const reader = new BetterSqlite3(writer.name, { readonly: true, fileMustExist: true });
  reader.pragma("busy_timeout = 5000");

  const stats = { compilations: 0 };
  countCompilations(writer, stats);
  countCompilations(reader, stats);

  const begin = writer.prepare("BEGIN IMMEDIATE");
  const commit = writer.prepare("COMMIT");
  const rollback = writer.prepare("ROLLBACK");
  const mutex = new Mutex();
  type Running = { open: boolean; tx: WriteDb; failure?: unknown };
  const current = new AsyncLocalStorage<Running>();

  // The one cast: the SQLite builders answer the same calls as pg's, with rows of the same types
  // (schema.test.ts), and every sync builder is also a thenable.
  const write = drizzle(writer, { schema }) as unknown as WriteDb;
  const read = drizzle(reader, { schema }) as unknown as ReadDb;

  async function transaction<T>(fn: (tx: WriteDb) => Promise<T>): Promise<T> {
    const joined = current.getStore();
    if (joined?.open) {
      try {
        return await fn(joined.tx);
      } catch (error) {
        // Without savepoints the joined work cannot be undone alone: whoever catches this, the
        // outermost body must not commit.
        joined.failure ??= error;
        throw error;
      }
    }
    const release = await mutex.lock();
    const running: Running = { open: true, tx: write };
    // A body that hands tx to work outliving it must not write outside the lock afterwards.
    running.tx = new Proxy(write, {
      get(target, property) {
        if (!running.open) throw new Error("This transaction has ended; start a new one with data.transaction().");
        return Reflect.get(target, property, target);
      },
    });
    try {
      begin.run();
      try {
        const result = await current.run(running, () => fn(running.tx));
        if (running.failure !== undefined) {
          throw new Error("A nested transaction failed and its error was caught; nothing was written.", {
            cause: running.failure,
          });
        }
        commit.run();
        return result;
      } catch (error) {
        if (writer.inTransaction) rollback.run();
        throw error;
      }
    } finally {
      running.open = false;
      release();
    }
  }

  return {
    engine: "sqlite",
    t: schema as unknown as Tables,
    read,
    transaction,
    dialect: {
      ...sqliteSql,
      async lockKey() {
        if (!current.getStore()?.open) throw new Error("lockKey() only means something inside data.transaction().");
      },
    },
    stats,
    async close() {
      reader.close();
    },
  };
}
