import { type Column, getTableColumns, getTableName, Param, type SQL, sql, type Table } from "drizzle-orm";
import type { Database, EngineSql, Tables, WriteDb } from "./database.js";
import { pgArrayParam } from "./pg-array.js";

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
 * hundreds of rows costs more than running it. Its name lets the server parse it once per connection,
 * and after five runs keep one generic plan (decision 61): find rows by ids, not by a term or a bound.
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

type RowsInsertSpec<C extends string, R extends Record<string, Column>> = {
  table: Table;
  /** The columns each row gives, by their field names in the table. */
  columns: readonly C[];
  /** Columns every row takes the same value in (a kind, a null), by field name. */
  constants?: Readonly<Record<string, unknown>>;
  /** What each inserted row answers, as .returning() would. */
  returning?: R;
};

type Returned<R extends Record<string, Column>> = { [K in keyof R]: R[K]["_"]["data"] };

/** The raw driver handle under drizzle's transaction: a better-sqlite3 Database or a pooled pg client. */
function driverOf(tx: WriteDb): unknown {
  const client = (tx as unknown as PgTransactionHandle).session?.client;
  if (!client) throw new Error("preparedRowsInsert: the transaction no longer shows its driver connection");
  return client;
}

type SqliteStatement = {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): Array<Record<string, unknown>>;
};
type SqliteConnection = { prepare(source: string): SqliteStatement };
type PgClient = {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }>;
};

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * A multi-row insert for hot bulk paths: a whole list in ONE statement whose text does not depend on
 * its length, prepared once per Database (per connection on PostgreSQL), as a bare program would
 * write it. The rows travel as one parameter per column on PostgreSQL (`SELECT … FROM unnest($1::
 * integer[], …)`) and as one JSON array on SQLite (`SELECT … FROM json_each(?)`): nothing is built
 * or filled per row by drizzle, and the database parses a short text instead of a statement of
 * hundreds of rows of placeholders. Values are encoded as their columns encode them (a Date becomes
 * what the engine stores). Rows come back in the order given, each with the returning fields.
 */
export function preparedRowsInsert<C extends string, R extends Record<string, Column> = Record<never, Column>>(
  name: string,
  spec: (t: Tables) => RowsInsertSpec<C, R>,
): (data: Database, tx: WriteDb, rows: ReadonlyArray<Record<C, unknown>>) => Promise<Array<Returned<R>>> {
  type Built = {
    fields: readonly C[];
    columns: Column[];
    constants: unknown[];
    returning: Array<[string, Column]>;
    text: string;
  };
  const byDatabase = new WeakMap<Database, Built>();
  const sqliteStatements = new WeakMap<Database, SqliteStatement>();

  function built(data: Database): Built {
    let done = byDatabase.get(data);
    if (done) return done;
    const { table, columns: names, constants = {}, returning = {} as R } = spec(data.t);
    const fields = getTableColumns(table) as Record<string, Column>;
    const column = (field: string) => {
      const c = fields[field];
      if (!c) throw new Error(`preparedRowsInsert ${name}: no column ${field}`);
      return c;
    };
    const columns = names.map(column);
    const constantColumns = Object.keys(constants).map(column);
    const target = [...columns, ...constantColumns].map((c) => quoted(c.name)).join(", ");
    const returned = Object.entries(returning).map(([key, c]) => [key, c] as [string, Column]);
    const returningText =
      returned.length > 0
        ? ` RETURNING ${returned.map(([key, c]) => `${quoted(c.name)} AS ${quoted(key)}`).join(", ")}`
        : "";
    let text: string;
    if (data.engine === "pg") {
      // The array type of each column ("text COLLATE …" sorts; its values are plain text).
      const typeOf = (c: Column) => c.getSQLType().replace(/\s+COLLATE\s+.*$/i, "");
      const arrays = columns.map((c, i) => `$${i + 1}::${typeOf(c)}[]`).join(", ");
      const fixed = constantColumns.map((c, i) => `, $${columns.length + i + 1}::${typeOf(c)}`).join("");
      text = `INSERT INTO ${quoted(getTableName(table))} (${target}) SELECT rows.*${fixed} FROM unnest(${arrays}) AS rows${returningText}`;
    } else {
      const picks = columns.map((_, i) => `json_extract(rows.value, '$[${i}]')`);
      const fixed = constantColumns.map(() => "?");
      text = `INSERT INTO ${quoted(getTableName(table))} (${target}) SELECT ${[...picks, ...fixed].join(", ")} FROM json_each(?) AS rows ORDER BY rows.key${returningText}`;
    }
    const constantValues = Object.values(constants).map((v, i) => encode(constantColumns[i] as Column, v));
    done = { fields: names, columns, constants: constantValues, returning: returned, text };
    byDatabase.set(data, done);
    return done;
  }

  const encode = (c: Column, v: unknown) => (v === null || v === undefined ? null : c.mapToDriverValue(v));

  function decode(b: Built, rows: Array<Record<string, unknown>>): Array<Returned<R>> {
    if (b.returning.length === 0) return [];
    return rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key, c] of b.returning) {
        const v = row[key];
        out[key] = v === null || v === undefined ? null : c.mapFromDriverValue(v);
      }
      return out as Returned<R>;
    });
  }

  return async (data, tx, rows) => {
    if (rows.length === 0) return [];
    const b = built(data);
    const driver = driverOf(tx);
    if (data.engine === "pg") {
      // One array per column.
      const arrays = b.columns.map(() => new Array<unknown>(rows.length));
      const { fields } = b;
      rows.forEach((row, r) => {
        for (let i = 0; i < b.columns.length; i++) {
          (arrays[i] as unknown[])[r] = encode(b.columns[i] as Column, row[fields[i] as C]);
        }
      });
      const values = [...arrays.map(pgArrayParam), ...b.constants];
      const result = await (driver as PgClient).query({ name, text: b.text, values });
      return decode(b, result.rows);
    }
    let statement = sqliteStatements.get(data);
    if (!statement) {
      statement = (driver as SqliteConnection).prepare(b.text);
      sqliteStatements.set(data, statement);
    }
    const { fields } = b;
    const list = rows.map((row) => b.columns.map((c, i) => encode(c, row[fields[i] as C])));
    const params = [...b.constants, JSON.stringify(list)];
    // One statement over the whole list: at the sizes bulk work writes (500 rows) it runs in a few ms.
    if (b.returning.length > 0) return decode(b, statement.all(...params));
    statement.run(...params);
    return [];
  };
}
