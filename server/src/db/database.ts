import {
  type AnyColumn,
  type Column,
  type GetColumnData,
  type Placeholder,
  type SQL,
  sql,
  type Table,
} from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema.pg.js";

// The contract every service is written against (docs/decisions/0016-one-data-layer.md). Types
// come from the PostgreSQL schema because pg's builders are async only: the synchronous calls that
// work on better-sqlite3 alone (.get(), .all(), .run(), drizzle's sync transaction) do not exist
// here. The SQLite engine is cast to these types in one place, sqlite.ts, and schema.test.ts keeps
// that cast honest.

export type Tables = typeof schema;

type PgDb = PgDatabase<PgQueryResultHKT, Tables>;

/**
 * What a transaction body may use. A pick rather than an omit: pg has builders SQLite lacks
 * (selectDistinctOn, refreshMaterializedView, execute), and those must not type-check in a service.
 * Results of insert/update/delete are read through .returning(): the engines' row-count shapes differ.
 */
export type WriteDb = Pick<
  PgDb,
  "select" | "selectDistinct" | "$count" | "$with" | "with" | "insert" | "update" | "delete"
>;

/** Autocommit reads outside a transaction. On SQLite a separate read-only connection. */
export type ReadDb = Pick<WriteDb, "select" | "selectDistinct" | "$count" | "$with" | "with">;

/** A list of any length bound as ONE parameter, so the statement's text never depends on its length. */
export type ListValues = readonly (string | number)[];

/**
 * One term of a customer search, as the customers module reads the text typed
 * (docs/decisions/0002-customer-search.md): a customer has it when their name or email contains
 * `text`, case-insensitively, or their phone digits contain one of `digits`.
 */
export type CustomerSearchTerm = { text: string; digits: readonly string[] };

/** The columns of a customer's row a search reads, as the SQL naming them where it reads them. */
export type CustomerSearchColumns = Record<"sortName" | "email" | "phoneDigits", AnyColumn | SQL>;

/**
 * How a search runs (docs/decisions/0022-customer-search-plan.md): the rule on a row's own columns,
 * the engine's index lookup, and the values of their placeholders. Their text depends only on
 * `shape`, never on the values, so each shape is one prepared read.
 */
export type CustomerSearchPlan = {
  shape: string;
  /**
   * Whether a customer has every term, read from the row's own columns (name by its lower-cased
   * sort_name): the rule itself. Every way of finding matches ends with it, so they agree.
   */
  rowMatches(row: CustomerSearchColumns): SQL;
  /**
   * A SELECT of (id, sort_name) of the facility's customers with every term, through the engine's
   * search index, archived customers left out; null when no term is long enough for the index.
   * facilityId: the SQL of its value.
   */
  indexedMatches: ((facilityId: SQL) => SQL) | null;
  values: Record<string, unknown>;
};

/** How an engine finds the customers that have every term of a search. */
export interface CustomerSearchSql {
  plan(terms: readonly CustomerSearchTerm[]): CustomerSearchPlan;
  /**
   * How a statement names indexedMatches as a common table expression: on PostgreSQL MATERIALIZED,
   * so it is planned whole, through the trigram index, whatever LIMIT follows; on SQLite NOT
   * MATERIALIZED, so a LIMIT after it stops the index lookup early.
   */
  readonly matchesCte: "MATERIALIZED" | "NOT MATERIALIZED";
}

/**
 * The columns a JSON list carries, by the key each has in the list's objects. Columns only: each
 * value is read back through its own column's decoding, so a list's rows have the types a plain
 * read gives (numbers, booleans, Dates, ISO date strings). Byte columns cannot travel in JSON.
 */
export type JsonFields = Record<string, Column>;

/** One object of a JSON list as jsonRows gives it back: the columns' own types. */
export type JsonRow<F extends JsonFields> = { [K in keyof F]: GetColumnData<F[K]> };

/** Hears one statement run: its text as the engine got it, and the values bound to it. */
export type StatementListener = (text: string, values: readonly unknown[]) => void;

/** The few pieces of SQL that differ between engines, by name. */
export interface EngineSql {
  /**
   * The Contacts search: an FTS5 trigram table on SQLite, a pg_trgm GIN index on PostgreSQL; the
   * same terms find the same customers on both.
   */
  readonly customerSearch: CustomerSearchSql;
  /** `column IN list`; list is the values themselves, or a placeholder filled with listParam(values). */
  inList(column: Column | SQL, list: Placeholder | ListValues): SQL;
  /** The value a placeholder used with inList takes. */
  listParam(values: ListValues): unknown;
  /**
   * The text value under key in a JSON object given as a parameter (`{"12": "a", …}`), null when
   * absent: per-row values for a set-based UPDATE, with a statement text that does not depend on
   * the number of rows.
   */
  jsonLookup(object: Placeholder, key: Column | SQL): SQL;
  /**
   * An aggregate of the rows it runs over as one JSON array of objects, `fields` their keys, in
   * `orderBy`'s order; `[]` over no rows (json_group_array(json_object(…) ORDER BY …) on SQLite,
   * coalesce(json_agg(json_build_object(…) ORDER BY …), '[]') on PostgreSQL). Read it through
   * jsonRows, which decodes what each engine gives back.
   */
  jsonArray(fields: JsonFields, orderBy: readonly SQL[]): SQL;
  /**
   * Locks the rows a read inside a transaction returns until it ends (FOR UPDATE on PostgreSQL).
   * SQLite needs nothing: BEGIN IMMEDIATE already keeps every other writer out. Lock a bare row (a
   * read of one table), then read what joins it in the next statement: PostgreSQL refuses FOR UPDATE
   * on the nullable side of an outer join, and a read that waited for its lock re-checks only the
   * locked row, answering the other tables' rows as they were before the wait
   * (docs/decisions/0018-locks-on-both-engines.md).
   */
  forUpdate<Q extends { for(strength: "update", config?: { skipLocked?: boolean }): unknown }>(
    query: Q,
    options?: { skipLocked?: boolean },
  ): Q;
  /** Serialises transactions that take the same key (an advisory lock on PostgreSQL). */
  lockKey(key: string): Promise<void>;
  /**
   * lockKey for every key, taken one after another in the order given, in one statement: a chunk
   * of a bulk job takes its people's keys without a round trip each.
   */
  lockKeys(keys: readonly string[]): Promise<void>;
  /**
   * Keeps every other transaction from writing `table` until this one ends, while reads go on
   * (SHARE ROW EXCLUSIVE on PostgreSQL; SQLite's writer is alone already). For a rare recount that
   * must see a table stand still between two statements.
   */
  lockAgainstWrites(table: Table): Promise<void>;
}

export interface Database {
  readonly engine: "sqlite" | "pg";
  readonly t: Tables;
  readonly read: ReadDb;
  /**
   * Reads whose best plan is the same whatever their values: a statement keyed by one id (a
   * session, a customer, an invoice). On PostgreSQL these run on a pool of their own where the
   * server may keep one generic plan per prepared statement instead of planning every run (see
   * docs/decisions/0055-generic-plans-for-keyed-reads.md); on SQLite it is `read`.
   */
  readonly keyedRead: ReadDb;
  /**
   * The one way to write. On SQLite: BEGIN IMMEDIATE on the writer connection, one transaction at
   * a time even while bodies await; a call inside a running body joins it. A throw anywhere in the
   * body (including in a joined call whose error was caught) rolls everything back. On PostgreSQL
   * a transaction runs on `keyedRead`'s pool, whose plans are kept: the foreign keys' checks and the
   * triggers' statements are not planned again for every row, so a statement a transaction prepares
   * by name must be one whose plan does not turn on its values
   * (docs/decisions/0061-transactions-keep-their-plans.md).
   */
  transaction<T>(fn: (tx: WriteDb) => Promise<T>): Promise<T>;
  readonly dialect: EngineSql;
  /**
   * Statements compiled by the engine since the database was opened (tests count them per request).
   * SQLite: every statement prepared on either connection. PostgreSQL: every statement the server
   * parses for us, an unnamed query each time it runs and a named one once per pooled connection;
   * BEGIN and COMMIT count too.
   */
  readonly stats: { readonly compilations: number };
  /**
   * Calls listener with the text and the bound values of every statement this Database runs, on
   * any connection (BEGIN and COMMIT included), until the returned function is called: tests count
   * a request's statements with it, and explain the plans of what a service ran. Nothing is watched, and nothing costs more than a size check, while no
   * listener is registered.
   */
  watchStatements(listener: StatementListener): () => void;
  /** Closes what this object opened. */
  close(): Promise<void>;
}

/**
 * Declares a read prepared once per Database: build it with sql.placeholder(...) for the values and
 * pass them to execute(). Reads only: on PostgreSQL a prepared statement runs on the pool, outside
 * any transaction. `keyed`: the statement finds rows by one id, so its plan never depends on the
 * values and PostgreSQL may keep a generic one (`Database.keyedRead`); leave it off for lists whose
 * plan turns on a term, a date or a bound.
 */
export function preparedRead<P>(
  name: string,
  build: (db: ReadDb, t: Tables, dialect: EngineSql) => { prepare(name: string): P },
  options: { keyed?: boolean } = {},
): (data: Database) => P {
  const byDatabase = new WeakMap<Database, P>();
  return (data) => {
    let prepared = byDatabase.get(data);
    if (!prepared) {
      prepared = build(options.keyed ? data.keyedRead : data.read, data.t, data.dialect).prepare(name);
      byDatabase.set(data, prepared);
    }
    return prepared;
  };
}

/** A JSON object's key as a SQL literal: keys are names in code, never input. */
export function jsonKey(key: string): SQL {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`Not a JSON list key: ${key}`);
  return sql.raw(`'${key}'`);
}

/**
 * A list inside another statement's row: the rows of `from` where `where` (which may name the outer
 * statement's columns), as a scalar subquery giving one JSON array, read back as typed rows. A page
 * that shows one record with its lists reads them all in one statement this way
 * (docs/decisions/0051-lists-as-json-in-one-statement.md).
 */
export function jsonRows<F extends JsonFields>(
  db: ReadDb,
  dialect: Pick<EngineSql, "jsonArray">,
  list: { fields: F; from: Table; where: SQL; orderBy: readonly SQL[] },
): SQL<JsonRow<F>[]> {
  const fields = Object.entries(list.fields);
  const subquery = db
    .select({ rows: dialect.jsonArray(list.fields, list.orderBy) })
    .from(list.from)
    .where(list.where);
  return sql`${subquery}`.mapWith((value: unknown) => {
    // SQLite gives the array as text; pg parses a json value itself.
    const rows = (typeof value === "string" ? JSON.parse(value) : value) as Record<string, unknown>[];
    return rows.map((row) => {
      const decoded: Record<string, unknown> = {};
      for (const [key, column] of fields) {
        const raw = row[key];
        decoded[key] = raw === null || raw === undefined ? null : column.mapFromDriverValue(raw);
      }
      return decoded as JsonRow<F>;
    });
  });
}
