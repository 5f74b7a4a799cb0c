import path from "node:path";
import { fileURLToPath } from "node:url";
import { Param, sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import {
  type Database,
  type EngineSql,
  jsonKey,
  type ReadDb,
  type StatementListener,
  type Tables,
  type WriteDb,
} from "./database.js";
import { pgArrayParam } from "./pg-array.js";
import { pgCustomerSearch } from "./pg-customer-search.js";
import * as schema from "./schema.pg.js";
import { createTransactionScope } from "./transaction-scope.js";

/**
 * The statement lockKey(key) runs, with the key as $1: tests hold a key from a connection of their
 * own with it, to make requests wait where a rule's lock stands.
 */
export const TAKE_KEY_STATEMENT = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";

export const pgMigrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations-pg");

/** The pg_advisory_lock key held while migrating, so servers starting together migrate once. */
const MIGRATION_LOCK = 1_610_001;

type PgDb = NodePgDatabase<typeof schema>;
type PgTx = Parameters<Parameters<PgDb["transaction"]>[0]>[0];

const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

/**
 * Tells the listeners every statement run on the pool's connections, and counts the statements
 * built for this process that are not prepared ones: every query without a
 * name, and a named (prepared) one the first time the process runs it. The server parses a name once
 * per pooled connection, so a pool of n connections parses it at most n times in its life, whichever
 * connection a request happens to get; counting per process keeps the figure about the code, as on
 * SQLite. Transaction control (BEGIN, COMMIT, ROLLBACK, savepoints) has no plan to build and is not
 * counted.
 */
function watchPool(pool: pg.Pool, stats: { compilations: number }, listeners: Set<StatementListener>): void {
  const prepared = new Set<string>();
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const config = args[0];
      const name =
        typeof config === "object" && config !== null && "name" in config && typeof config.name === "string"
          ? config.name
          : undefined;
      const text = typeof config === "object" && config !== null && "text" in config ? config.text : config;
      if (listeners.size > 0 && typeof text === "string") {
        const values = typeof config === "object" && config !== null && "values" in config ? config.values : args[1];
        for (const listener of listeners) listener(text, Array.isArray(values) ? values : []);
      }
      if (typeof text === "string" && TRANSACTION_CONTROL.test(text)) return query(...args);
      if (name === undefined || !prepared.has(name)) stats.compilations += 1;
      if (name !== undefined) prepared.add(name);
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
  const max = options.maxConnections ?? 10;
  // Statements stay prepared (parsed once per connection) but are planned for their values each
  // time. After five runs PostgreSQL may otherwise keep a generic plan, and for the search that
  // plan walks the Contacts order index filtering every customer (822 ms against 11 ms at 100,000).
  const pool = new pg.Pool({ connectionString: url, max, options: "-c plan_cache_mode=force_custom_plan" });
  // Reads keyed by one id, whose plan is the same for every value, and every transaction:
  // PostgreSQL's default, a generic plan kept once five runs show it costs no more than planning each
  // run (decision 55). Inside a transaction that also keeps the plans of each foreign key's check and
  // each trigger's statement, which force_custom_plan would plan again for every row written
  // (decision 61); the statements transactions prepare by name are found by ids.
  const keyedPool = new pg.Pool({ connectionString: url, max });
  const stats = { compilations: 0 };
  const listeners = new Set<StatementListener>();
  for (const each of [pool, keyedPool]) {
    // An idle pooled connection the server drops (restart, idle timeout) emits an error on the pool,
    // which would otherwise end the process; the pool has already discarded that client and the
    // next query opens a fresh one, so there is nothing to do here.
    each.on("error", () => {});
    watchPool(each, stats, listeners);
  }
  const db: PgDb = drizzle(pool, { schema });
  const keyedDb: PgDb = drizzle(keyedPool, { schema });

  const scope = createTransactionScope<{ raw: PgTx }>();

  function transaction<T>(fn: (tx: WriteDb) => Promise<T>): Promise<T> {
    // On the keyed pool: see its comment above.
    return scope.joinOpen(fn) ?? keyedDb.transaction((raw) => scope.runBody(raw as unknown as WriteDb, { raw }, fn));
  }

  const dialect: EngineSql = {
    // The whole list is one array parameter: the statement's text never depends on its length.
    inList: (column, list) => sql`${column} = ANY(${Array.isArray(list) ? new Param(pgArrayParam(list)) : list})`,
    listParam: (values) => pgArrayParam(values),
    jsonLookup: (object, key) => sql`(${object}::jsonb ->> (${key})::text)`,
    // json_agg gives null over no rows. Its json comes back parsed by pg; a timestamptz in it is ISO
    // text with its offset, which the column's decoding reads as it reads the plain column.
    jsonArray: (fields, orderBy) =>
      sql`coalesce(json_agg(json_build_object(${sql.join(
        Object.entries(fields).map(([key, column]) => sql`${jsonKey(key)}, ${column}`),
        sql`, `,
      )})${orderBy.length > 0 ? sql` ORDER BY ${sql.join([...orderBy], sql`, `)}` : sql``}), '[]'::json)`,
    // drizzle's .for() sets the lock on the builder and returns it.
    forUpdate: (query, options) =>
      query.for("update", options?.skipLocked ? { skipLocked: true } : undefined) as typeof query,
    async lockKey(key) {
      const running = scope.open();
      if (!running) throw new Error("lockKey() only means something inside data.transaction().");
      // Held until the transaction ends. The key is hashed onto the lock's 64-bit space: two keys
      // sharing a hash only wait for each other, and with 64 bits that practically never happens.
      // TAKE_KEY_STATEMENT, with the key bound.
      await running.raw.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    },
    async lockKeys(keys) {
      const running = scope.open();
      if (!running) throw new Error("lockKeys() only means something inside data.transaction().");
      if (keys.length === 0) return;
      // The function is volatile, so PostgreSQL calls it after sorting: the keys are taken in the
      // order given, as the same keys taken one by one with lockKey would be.
      await running.raw.execute(
        sql`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${new Param([...keys])}::text[]) WITH ORDINALITY AS keys(k, n) ORDER BY n`,
      );
    },
    async lockAgainstWrites(table) {
      const running = scope.open();
      if (!running) throw new Error("lockAgainstWrites() only means something inside data.transaction().");
      await running.raw.execute(sql`LOCK TABLE ${table} IN SHARE ROW EXCLUSIVE MODE`);
    },
    customerSearch: pgCustomerSearch,
  };

  return {
    engine: "pg",
    t: schema as Tables,
    read: db as unknown as ReadDb,
    keyedRead: keyedDb as unknown as ReadDb,
    transaction,
    dialect,
    stats,
    watchStatements(listener) {
      const own: StatementListener = (text, values) => listener(text, values);
      listeners.add(own);
      return () => listeners.delete(own);
    },
    async close() {
      await Promise.all([pool.end(), keyedPool.end()]);
    },
  };
}
