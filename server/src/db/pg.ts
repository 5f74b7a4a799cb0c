import { AsyncLocalStorage } from "node:async_hooks";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Param, sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { Database, EngineSql, ReadDb, Tables, WriteDb } from "./database.js";
import { pgCustomerSearch } from "./pg-customer-search.js";
import * as schema from "./schema.pg.js";

export const pgMigrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations-pg");

/** The pg_advisory_lock key held while migrating, so servers starting together migrate once. */
const MIGRATION_LOCK = 1_610_001;

type PgDb = NodePgDatabase<typeof schema>;
type PgTx = Parameters<Parameters<PgDb["transaction"]>[0]>[0];

/**
 * Counts the statements the server parses for us: every query without a name, and a named
 * (prepared) one the first time it runs on a connection, since node-postgres parses a name once per
 * connection and then only binds it. Transaction control (BEGIN, COMMIT, ROLLBACK) goes through the
 * same call and is counted too, so a transaction adds two to the count.
 */
function countCompilations(pool: pg.Pool, stats: { compilations: number }): void {
  pool.on("connect", (client) => {
    const parsed = new Set<string>();
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const config = args[0];
      const name =
        typeof config === "object" && config !== null && "name" in config && typeof config.name === "string"
          ? config.name
          : undefined;
      if (name === undefined || !parsed.has(name)) stats.compilations += 1;
      if (name !== undefined) parsed.add(name);
      return query(...args);
    }) as typeof client.query;
  });
}

/**
 * Applies the PostgreSQL migrations on a connection of its own holding a session advisory lock: a
 * second server starting at the same time waits, then finds nothing left to apply.
 */
export async function migratePostgres(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder: pgMigrationsFolder });
  } finally {
    // Ending the session releases the advisory lock with it, whatever happened above.
    await client.end();
  }
}

/**
 * The Database over PostgreSQL at url (migrated first): autocommit reads on a pool, and each
 * transaction on one pooled client between BEGIN and COMMIT/ROLLBACK. Unlike SQLite, transactions
 * run side by side; rules that read then write take row locks (dialect.forUpdate) or a key
 * (dialect.lockKey).
 */
export async function openPostgres(url: string, options: { maxConnections?: number } = {}): Promise<Database> {
  await migratePostgres(url);
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle pooled connection the server drops (restart, idle timeout) emits an error on the pool,
  // which would otherwise end the process; the pool has already discarded that client and the next
  // query opens a fresh one, so there is nothing to do here.
  pool.on("error", () => {});
  const stats = { compilations: 0 };
  countCompilations(pool, stats);
  const db: PgDb = drizzle(pool, { schema });

  type Running = { open: boolean; tx: WriteDb; raw: PgTx; failure?: unknown };
  const current = new AsyncLocalStorage<Running>();

  async function transaction<T>(fn: (tx: WriteDb) => Promise<T>): Promise<T> {
    const joined = current.getStore();
    if (joined?.open) {
      try {
        return await fn(joined.tx);
      } catch (error) {
        // The joined work is not a savepoint: whoever catches this, the outermost body must not commit.
        joined.failure ??= error;
        throw error;
      }
    }
    return db.transaction(async (raw) => {
      const running: Running = { open: true, raw, tx: raw as unknown as WriteDb };
      // A body that hands tx to work outliving it must not use a client back in the pool afterwards.
      running.tx = new Proxy(raw, {
        get(target, property) {
          if (!running.open) throw new Error("This transaction has ended; start a new one with data.transaction().");
          return Reflect.get(target, property, target);
        },
      }) as unknown as WriteDb;
      try {
        const result = await current.run(running, () => fn(running.tx));
        if (running.failure !== undefined) {
          throw new Error("A nested transaction failed and its error was caught; nothing was written.", {
            cause: running.failure,
          });
        }
        return result;
      } finally {
        running.open = false;
      }
    });
  }

  const dialect: EngineSql = {
    // The whole list is one array parameter: the statement's text never depends on its length.
    inList: (column, list) => sql`${column} = ANY(${Array.isArray(list) ? new Param([...list]) : list})`,
    listParam: (values) => [...values],
    // drizzle's .for() sets the lock on the builder and returns it.
    forUpdate: (query, options) =>
      query.for("update", options?.skipLocked ? { skipLocked: true } : undefined) as typeof query,
    async lockKey(key) {
      const running = current.getStore();
      if (!running?.open) throw new Error("lockKey() only means something inside data.transaction().");
      // Held until the transaction ends. The key is hashed onto the lock's 64-bit space: two keys
      // sharing a hash only wait for each other, and with 64 bits that practically never happens.
      await running.raw.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    },
    customerSearch: pgCustomerSearch,
  };

  return {
    engine: "pg",
    t: schema as Tables,
    read: db as unknown as ReadDb,
    transaction,
    dialect,
    stats,
    async close() {
      await pool.end();
    },
  };
}
