import { type Column, is } from "drizzle-orm";
import { PgTable, getTableConfig as pgTableConfig } from "drizzle-orm/pg-core";
import { SQLiteTable, getTableConfig as sqliteTableConfig } from "drizzle-orm/sqlite-core";
import { expect, it } from "vitest";
import { sqliteOnly } from "../../test/engine.js";
import * as pg from "./schema.pg.js";
import * as lite from "./schema.sqlite.js";

// Services are typed against schema.pg.ts while SQLite runs schema.sqlite.ts; the one cast between
// them (sqlite.ts) is honest only while the two describe the same tables. Types are checked by tsc
// (a drift is a compile error right here), the rest at run time below.

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type TableName = {
  [K in keyof typeof pg]: (typeof pg)[K] extends { $inferSelect: object } ? K : never;
}[keyof typeof pg];
type SameRows<K extends TableName> = K extends keyof typeof lite
  ? Equal<(typeof pg)[K]["$inferSelect"], (typeof lite)[K]["$inferSelect"]> extends true
    ? Equal<(typeof pg)[K]["$inferInsert"], (typeof lite)[K]["$inferInsert"]>
    : false
  : false;
const rowsMatch: { [K in TableName]: SameRows<K> } = {
  facilities: true,
  staffUsers: true,
  customers: true,
  facilityCustomerCounts: true,
  textOutbox: true,
  smsOptOuts: true,
  contacts: true,
  cars: true,
  invoices: true,
  invitations: true,
  signInLinks: true,
  signInLinkTokens: true,
  staffLinks: true,
  staffLinkTokens: true,
  facilitySignUps: true,
  facilitySignUpTokens: true,
  portalAccounts: true,
  sessions: true,
  databaseFacts: true,
  rateLimits: true,
  emailOutbox: true,
  devMailbox: true,
  invitationEvents: true,
  webhookEvents: true,
  bulkInviteJobs: true,
  bulkInviteRows: true,
  customerImportJobs: true,
  customerImportRows: true,
  files: true,
  carPhotos: true,
  carEvents: true,
  conditionReports: true,
  conditionReportPhotos: true,
  invoiceLines: true,
  payments: true,
  documents: true,
  documentSignatures: true,
  events: true,
  eventRsvps: true,
  messages: true,
  messageReads: true,
  estimates: true,
  estimateLines: true,
  serviceRequests: true,
  serviceRequestUpdates: true,
  auditEvents: true,
  passkeys: true,
  passkeyChallenges: true,
  careReminderDigests: true,
  careRemindersSent: true,
  calendarFeeds: true,
  apiKeys: true,
  adoptionChanges: true,
  adoptionCounts: true,
  adoptionWeeks: true,
  webhookEndpoints: true,
  webhookDeliveries: true,
};
const sameExports: Equal<keyof typeof pg, keyof typeof lite> = true;

// A byte column is sqlite-core's blob and a customType on pg; both hold a Buffer. The other custom
// type on pg, text in byte order (columns.pg.ts sortKey), is plain text on SQLite.
const dataType = (column: Column) => {
  if (column.columnType === "PgCustomColumn") return column.getSQLType() === "bytea" ? "bytes" : "string";
  return column.columnType === "SQLiteBlobBuffer" ? "bytes" : column.dataType;
};

function describeColumns(columns: Column[]) {
  return Object.fromEntries(
    columns.map((c) => [
      c.name,
      {
        dataType: dataType(c),
        notNull: c.notNull,
        hasDefault: c.hasDefault,
        primary: c.primary,
        unique: c.isUnique,
        enumValues: c.enumValues ?? null,
      },
    ]),
  );
}

type TableShape = {
  columns: Column[];
  foreignKeys: {
    reference(): { columns: Column[]; foreignTable: PgTable | SQLiteTable; foreignColumns: Column[] };
    onDelete?: string | undefined;
  }[];
  indexes: { config: { name?: string; unique: boolean; columns: readonly object[] } }[];
  primaryKeys: { columns: Column[] }[];
};

const tableName = (table: PgTable | SQLiteTable) =>
  is(table, PgTable) ? pgTableConfig(table).name : sqliteTableConfig(table as SQLiteTable).name;

function describeTable(config: TableShape) {
  return {
    columns: describeColumns(config.columns),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        return {
          columns: ref.columns.map((c) => c.name),
          table: tableName(ref.foreignTable),
          foreignColumns: ref.foreignColumns.map((c) => c.name),
          onDelete: fk.onDelete ?? "no action",
        };
      })
      .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
    indexes: config.indexes
      .map((index) => ({
        name: index.config.name,
        unique: index.config.unique,
        columns: index.config.columns.map((c) => ("name" in c ? c.name : "expression")),
      }))
      .sort((a, b) => String(a.name).localeCompare(String(b.name))),
    primaryKeys: config.primaryKeys.map((pk) => pk.columns.map((c) => c.name)),
  };
}

const pgTables = new Map(Object.entries(pg).flatMap(([key, value]) => (is(value, PgTable) ? [[key, value]] : [])));
const liteTables = new Map(
  Object.entries(lite).flatMap(([key, value]) => (is(value, SQLiteTable) ? [[key, value]] : [])),
);

sqliteOnly("the SQLite and PostgreSQL schemas", () => {
  it("type every table's rows alike (checked by tsc)", () => {
    expect(sameExports).toBe(true);
    expect(Object.values(rowsMatch).every(Boolean)).toBe(true);
    expect(Object.keys(rowsMatch).sort()).toEqual([...pgTables.keys()].sort());
  });

  it("have the same tables under the same names", () => {
    expect(pgTables.size).toBeGreaterThan(30);
    const names = (tables: Map<string, PgTable | SQLiteTable>) =>
      [...tables].map(([key, t]) => [key, tableName(t)]).sort();
    expect(names(pgTables)).toEqual(names(liteTables));
  });

  it.each([...pgTables.keys()])("describe %s with the same columns, keys and indexes", (key) => {
    const pgTable = pgTables.get(key);
    const liteTable = liteTables.get(key);
    if (!pgTable || !liteTable) throw new Error(`${key} is missing from one schema`);
    const pgConfig = pgTableConfig(pgTable);
    expect(pgConfig.columns.length).toBeGreaterThan(0);
    expect(describeTable(pgConfig)).toEqual(describeTable(sqliteTableConfig(liteTable)));
  });
});
