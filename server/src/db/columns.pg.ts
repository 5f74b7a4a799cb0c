import {
  bigint,
  check,
  customType,
  index,
  integer,
  boolean as pgBoolean,
  pgTable,
  timestamp as pgTimestamp,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";

// The column kit for PostgreSQL: the same names and TypeScript types as columns.sqlite.ts.

export { check, index, primaryKey, uniqueIndex };
export const table = pgTable;

// BY DEFAULT rather than ALWAYS: copying a SQLite database keeps its ids, and ALWAYS would also
// drop id from the insert type, which then differs from SQLite's.
export const id = () => integer("id").primaryKey().generatedByDefaultAsIdentity();
export const int = (name: string) => integer(name);
/** A whole number past 32 bits, read as a JavaScript number. */
export const bigInt = (name: string) => bigint(name, { mode: "number" });
export const str = (name: string) => text(name);
// Byte order, as SQLite's BINARY: the Contacts keyset order must not depend on the database's locale.
const textInByteOrder = customType<{ data: string; driverData: string }>({ dataType: () => 'text COLLATE "C"' });
/** Text that lists are sorted by: compared byte by byte on both engines. */
export const sortKey = (name: string) => textInByteOrder(name);
export const oneOf = <U extends string, T extends Readonly<[U, ...U[]]>>(name: string, values: T) =>
  text(name, { enum: values });
export const bool = (name: string) => pgBoolean(name);
export const timestamp = (name: string) => pgTimestamp(name, { withTimezone: true, mode: "date" });
/** A time the database fills in when the insert leaves it out. */
export const timestampNow = (name: string) => timestamp(name).notNull().defaultNow();
export const createdAt = () => timestampNow("created_at");
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });
export const bytes = (name: string) => bytea(name);
