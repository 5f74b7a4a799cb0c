import { sql } from "drizzle-orm";
import { blob, check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// The column kit for SQLite. columns.pg.ts exports the same names with the same TypeScript types,
// so schema.sqlite.ts and schema.pg.ts read line for line alike; schema.test.ts keeps them equal.

// primaryKey, the table-level key: on SQLite a column's own .primaryKey() on an integer makes it
// optional in inserts (a rowid alias), where PostgreSQL's is required; the table-level form is
// required on both.
export { check, index, primaryKey, uniqueIndex };
export const table = sqliteTable;

export const id = () => integer("id").primaryKey({ autoIncrement: true });
export const int = (name: string) => integer(name);
/** A whole number past 32 bits (SQLite's integers are all 64-bit). */
export const bigInt = (name: string) => integer(name);
export const str = (name: string) => text(name);
/** Text that lists are sorted by: SQLite's default BINARY collation compares it byte by byte. */
export const sortKey = (name: string) => text(name);
export const oneOf = <U extends string, T extends Readonly<[U, ...U[]]>>(name: string, values: T) =>
  text(name, { enum: values });
export const bool = (name: string) => integer(name, { mode: "boolean" });
/** Stored as epoch milliseconds. */
export const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });
/** A time the database fills in when the insert leaves it out. */
export const timestampNow = (name: string) =>
  timestamp(name).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);
export const createdAt = () => timestampNow("created_at");
export const bytes = (name: string) => blob(name, { mode: "buffer" });
