import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { type Column, Param, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { Database, EngineSql, Tables, WriteDb } from "./database.js";

/**
 * Declares a statement for a transaction body (a write, or a read a write decides on) prepared
 * once per Database, for hot paths such as the outbox claim. Build it with sql.placeholder(...)
 * and pass the values to execute().
 *
 * SQLite: every transaction runs on the one writer connection, so the statement is compiled there
 * once and reused by every later transaction; passing the running tx is what keeps it from being run
 * outside one. PostgreSQL: a prepared statement belongs to the connection of its transaction, so it
 * is built on each tx; its name lets the server parse it once per connection.
 */
export function preparedInTransaction<P>(
  name: string,
  build: (tx: WriteDb, t: Tables, dialect: EngineSql) => { prepare(name: string): P },
): (data: Database, tx: WriteDb) => P {
  const byDatabase = new WeakMap<Database, P>();
  return (data, tx) => {
    if (data.engine !== "sqlite") return build(tx, data.t, data.dialect).prepare(name);
    let prepared = byDatabase.get(data);
    if (!prepared) {
      prepared = build(tx, data.t, data.dialect).prepare(name);
      byDatabase.set(data, prepared);
    }
    return prepared;
  };
}

/**
 * A placeholder whose value is encoded the way column's values are (a Date becomes what the engine
 * stores). A bare sql.placeholder in a condition reaches the driver as given.
 */
export function placeholderFor(column: Column, name: string): SQL {
  return sql`${new Param(sql.placeholder(name), column)}`;
}

/** Rows the largest prepared insert of preparedRowsInsert takes; longer lists take several. */
export const MAX_PREPARED_ROWS = 256;

/**
 * A multi-row insert for hot bulk paths, through statements prepared once per Database for 1, 2,
 * 4, … MAX_PREPARED_ROWS rows: a list is written by the largest that fit, one after another (a
 * chunk of 500 rows by 256 + 128 + 64 + 32 + 16 + 4). Building a statement of hundreds of rows costs
 * more than running it, and a fresh one would be built for every list. `build` gets the rows of
 * placeholders to pass to .values(); execute answers each statement's result (rows returned) in order.
 */
export function preparedRowsInsert<C extends string, P extends { execute(params: Record<string, unknown>): unknown }>(
  name: string,
  columns: readonly C[],
  build: (tx: WriteDb, t: Tables, rows: Array<Record<C, Placeholder>>) => { prepare(name: string): P },
): (
  data: Database,
  tx: WriteDb,
  rows: ReadonlyArray<Record<C, unknown>>,
) => Promise<Array<Awaited<ReturnType<P["execute"]>>>> {
  const bySize = new Map<number, (data: Database, tx: WriteDb) => P>();
  const statement = (size: number) => {
    let prepared = bySize.get(size);
    if (!prepared) {
      const rows = Array.from(
        { length: size },
        (_, i) => Object.fromEntries(columns.map((c) => [c, sql.placeholder(`${c}_${i}`)])) as Record<C, Placeholder>,
      );
      prepared = preparedInTransaction(`${name}_${size}`, (tx, t) => build(tx, t, rows));
      bySize.set(size, prepared);
    }
    return prepared;
  };
  return async (data, tx, rows) => {
    const results: Array<Awaited<ReturnType<P["execute"]>>> = [];
    for (let start = 0; start < rows.length; ) {
      let size = MAX_PREPARED_ROWS;
      while (size > rows.length - start) size /= 2;
      const params: Record<string, unknown> = {};
      rows.slice(start, start + size).forEach((row, i) => {
        for (const c of columns) params[`${c}_${i}`] = row[c] ?? null;
      });
      results.push((await statement(size)(data, tx).execute(params)) as Awaited<ReturnType<P["execute"]>>);
      start += size;
      // On SQLite a statement runs synchronously: between two, requests waiting on the event loop
      // get through (the transaction stays open; other writers wait for it as they would anyway).
      await yieldToEventLoop();
    }
    return results;
  };
}
