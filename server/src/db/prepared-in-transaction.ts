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
 * outside one. PostgreSQL: a prepared statement belongs to the connection of its transaction. The
 * query (its text, the order of its parameters, how rows map back) is built once per Database and
 * each transaction gets a copy bound to its own connection: building the text of a statement of
 * hundreds of rows costs more than running it. Its name lets the server parse it once per connection.
 */
export function preparedInTransaction<P>(
  name: string,
  build: (tx: WriteDb, t: Tables, dialect: EngineSql) => { prepare(name: string): P },
): (data: Database, tx: WriteDb) => P {
  const byDatabase = new WeakMap<Database, P>();
  return (data, tx) => {
    let prepared = byDatabase.get(data);
    if (!prepared) {
      prepared = build(tx, data.t, data.dialect).prepare(name);
      byDatabase.set(data, prepared);
      return prepared;
    }
    return data.engine === "sqlite" ? prepared : onConnectionOf(prepared, tx);
  };
}

/** What a drizzle node-postgres transaction and prepared query hold: the pooled client they run on. */
type OnClient = { client: unknown };
type PgTransactionHandle = { session: OnClient };

/**
 * A copy of a PostgreSQL prepared query that runs on tx's connection. drizzle's prepared query keeps
 * its built text and parameters next to the one client it was prepared on (the session's); the copy
 * shares everything but that client. If drizzle ever stops keeping them so, this says so at once
 * rather than running a statement outside its transaction.
 */
function onConnectionOf<P>(prepared: P, tx: WriteDb): P {
  const client = (tx as unknown as PgTransactionHandle).session?.client;
  if (!client || typeof prepared !== "object" || prepared === null || !("client" in prepared)) {
    throw new Error("preparedInTransaction: the PostgreSQL prepared query no longer keeps its client");
  }
  if ((prepared as OnClient).client === client) return prepared;
  return Object.assign(Object.create(Object.getPrototypeOf(prepared)) as object, prepared, { client }) as P;
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
  // The placeholders' names by row, made once: a chunk of 500 rows fills thousands of them.
  const names: string[][] = [];
  const namesOf = (i: number) => {
    names[i] ??= columns.map((c) => `${c}_${i}`);
    return names[i];
  };
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
      for (let i = 0; i < size; i++) {
        const row = rows[start + i] as Record<C, unknown>;
        const rowNames = namesOf(i);
        for (let j = 0; j < columns.length; j++) params[rowNames[j] as string] = row[columns[j] as C] ?? null;
      }
      results.push((await statement(size)(data, tx).execute(params)) as Awaited<ReturnType<P["execute"]>>);
      start += size;
      // On SQLite a statement runs synchronously: between two, requests waiting on the event loop
      // get through (the transaction stays open; other writers wait for it as they would anyway).
      await yieldToEventLoop();
    }
    return results;
  };
}
