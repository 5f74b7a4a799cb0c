import { type Column, Param, type SQL, sql } from "drizzle-orm";
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
