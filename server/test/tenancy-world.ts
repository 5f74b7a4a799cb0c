import { createHash } from "node:crypto";
import { and, type Column, eq, getTableColumns, inArray, is, type SQL } from "drizzle-orm";
import { type PgColumn, PgTable, getTableConfig as pgTableConfig } from "drizzle-orm/pg-core";
import { SQLiteTable, getTableConfig as sqliteTableConfig } from "drizzle-orm/sqlite-core";
import type { Database, Tables, WriteDb } from "../src/db/database.js";
import { createCar, createCustomer, createInvoice, type WithData } from "./factories.js";

// One row of every kind an ID argument can name, owned by one customer of one facility, in the
// states that let its owner act on it: a foreign id must be refused for being foreign, not because
// the row could not have been acted on anyway.

/**
 * The entity an ID argument names, by the name it has in the schema's field and argument names, as
 * the key of its table in data.t.
 */
export const entityTables = {
  Customer: "customers",
  Contact: "contacts",
  Car: "cars",
  CarPhoto: "carPhotos",
  CarEvent: "carEvents",
  ConditionReport: "conditionReports",
  Event: "events",
  Invoice: "invoices",
  InvoiceLine: "invoiceLines",
  Payment: "payments",
  Estimate: "estimates",
  EstimateLine: "estimateLines",
  Document: "documents",
  Message: "messages",
  ServiceRequest: "serviceRequests",
  Invitation: "invitations",
  BulkInvite: "bulkInviteJobs",
  CustomerImport: "customerImportJobs",
  File: "files",
  StaffUser: "staffUsers",
  Passkey: "passkeys",
  ApiKey: "apiKeys",
  WebhookEndpoint: "webhookEndpoints",
  WebhookDelivery: "webhookDeliveries",
} as const satisfies Record<string, keyof Tables>;

export type EntityKind = keyof typeof entityTables;
export const entityKinds = Object.keys(entityTables) as EntityKind[];

/** Ids per kind; several when one row cannot be in every state an operation needs (draft / issued). */
export type EntityIds = Record<EntityKind, number[]>;

let sequence = 0;

export type Owner = { facilityId: number; customerId: number; staffId: number };

export type EntityOptions = {
  /** Adds a facility-wide social event (no customer): only foreign to another facility. */
  facilityWide?: boolean;
  /** A word put in every name, title and text, so an answer that shows one of these rows is caught. */
  mark?: string;
};

/**
 * The rows of `owner.customerId`. A facility-wide social event is seen and answered by every
 * customer of its facility, so it is built only on request.
 */
export async function buildEntities(app: WithData, owner: Owner, options: EntityOptions = {}): Promise<EntityIds> {
  const { data } = app;
  const t = data.t;
  const { facilityId, customerId, staffId } = owner;
  // Every text a reader could be shown carries the mark: an answer that contains it shows this row.
  const mark = options.mark ?? "";
  const n = ++sequence;
  const at = new Date("2026-03-01T12:00:00.000Z");
  // Each row in a transaction of its own, as the factories write theirs.
  const insert = (build: (tx: WriteDb) => Promise<Array<{ id: number }>>) =>
    data.transaction(async (tx) => {
      const [row] = await build(tx);
      if (!row) throw new Error("The insert returned no row");
      return row.id;
    });

  const file = async (contentType: string) =>
    await insert((tx) =>
      tx
        .insert(t.files)
        .values({
          facilityId,
          fileName: `${mark}f${n}.${contentType === "application/pdf" ? "pdf" : "jpg"}`,
          contentType,
          size: 4,
          sha256: createHash("sha256").update(`f${n}`).digest("hex"),
          data: Buffer.from("%PDF"),
        })
        .returning(),
    );

  const contact = await insert((tx) =>
    tx
      .insert(t.contacts)
      .values({
        facilityId,
        customerId,
        name: `${mark} Contact ${n}`,
        email: `${mark}contact${n}@example.com`,
        role: "SPOUSE",
        canAccessPortal: true,
      })
      .returning(),
  );
  const car = (await createCar(app, facilityId, customerId, { model: `${mark} Mustang`, plate: `${mark}1` })).id;
  const photoFile = await file("image/jpeg");
  const carPhoto = await insert((tx) =>
    tx
      .insert(t.carPhotos)
      .values({
        facilityId,
        carId: car,
        fileId: photoFile,
        thumbnailFileId: photoFile,
        width: 4,
        height: 3,
      })
      .returning(),
  );
  const carEvent = await insert((tx) =>
    tx
      .insert(t.carEvents)
      .values({
        facilityId,
        carId: car,
        kind: "WASHED",
        happenedAt: at,
        staffUserId: staffId,
      })
      .returning(),
  );
  const conditionReport = await insert((tx) =>
    tx
      .insert(t.conditionReports)
      .values({
        facilityId,
        carId: car,
        inspectedOn: "2026-03-01",
        inspector: `${mark} Inspector`,
      })
      .returning(),
  );
  const customerEvent = async (kind: "PICK_UP" | "SOCIAL") =>
    await insert((tx) =>
      tx
        .insert(t.events)
        .values({
          facilityId,
          customerId,
          carId: car,
          kind,
          title: `${mark} ${kind} ${n}`,
          startsAt: new Date("2026-03-10T15:00:00.000Z"),
        })
        .returning(),
    );
  const events = [await customerEvent("PICK_UP"), await customerEvent("SOCIAL")];
  if (options.facilityWide)
    events.push(
      await insert((tx) =>
        tx
          .insert(t.events)
          .values({
            facilityId,
            customerId: null,
            kind: "SOCIAL",
            title: `${mark} Gathering ${n}`,
            startsAt: new Date("2026-03-12T18:00:00.000Z"),
          })
          .returning(),
      ),
    );

  const openInvoice = (await createInvoice(app, facilityId, customerId, { number: `O-${n}` })).id;
  const draftInvoice = (await createInvoice(app, facilityId, customerId, { number: `D-${n}`, status: "DRAFT" })).id;
  const invoiceLine = await insert((tx) =>
    tx
      .insert(t.invoiceLines)
      .values({
        invoiceId: openInvoice,
        description: `${mark} Storage`,
        unitCents: 12_500,
        amountCents: 12_500,
      })
      .returning(),
  );
  const payment = await insert((tx) =>
    tx
      .insert(t.payments)
      .values({
        facilityId,
        invoiceId: openInvoice,
        amountCents: 100,
        method: "CHECK",
        receivedOn: "2026-02-02",
      })
      .returning(),
  );

  const estimate = async (status: "SENT" | "DRAFT" | "ACCEPTED", suffix: string) =>
    await insert((tx) =>
      tx
        .insert(t.estimates)
        .values({
          facilityId,
          customerId,
          carId: car,
          number: `E-${n}-${suffix}`,
          title: `${mark} Paint`,
          status,
          sentAt: status === "DRAFT" ? null : at,
        })
        .returning(),
    );
  const sentEstimate = await estimate("SENT", "s");
  const estimates = [sentEstimate, await estimate("DRAFT", "d"), await estimate("ACCEPTED", "a")];
  const estimateLine = await insert((tx) =>
    tx
      .insert(t.estimateLines)
      .values({
        estimateId: sentEstimate,
        description: `${mark} Paint`,
        unitCents: 5_000,
        amountCents: 5_000,
      })
      .returning(),
  );
  for (const id of estimates.slice(1))
    await insert((tx) =>
      tx
        .insert(t.estimateLines)
        .values({ estimateId: id, description: `${mark} Paint`, unitCents: 5_000, amountCents: 5_000 })
        .returning(),
    );

  const documentFile = await file("application/pdf");
  const document = await insert((tx) =>
    tx
      .insert(t.documents)
      .values({
        facilityId,
        customerId,
        title: `${mark} Agreement ${n}`,
        kind: "STORAGE_AGREEMENT",
        fileId: documentFile,
        sharedWithCustomer: true,
        requiresSignature: true,
        uploadedByStaffId: staffId,
      })
      .returning(),
  );
  const message = await insert((tx) =>
    tx
      .insert(t.messages)
      .values({
        facilityId,
        customerId,
        staffUserId: staffId,
        authorName: `${mark} Team`,
        body: `${mark} Hello ${n}`,
      })
      .returning(),
  );
  const serviceRequest = await insert((tx) =>
    tx
      .insert(t.serviceRequests)
      .values({
        facilityId,
        customerId,
        carId: car,
        type: "SERVICE",
        requestedByName: `${mark} Customer`,
        notes: `${mark} notes`,
      })
      .returning(),
  );
  const invitation = await insert((tx) =>
    tx
      .insert(t.invitations)
      .values({
        facilityId,
        customerId,
        contactId: contact,
        email: `${mark}contact${n}@example.com`,
        invitedByStaffId: staffId,
        expiresAt: new Date("2026-03-09T09:00:00.000Z"),
      })
      .returning(),
  );
  const bulkInvite = await insert((tx) =>
    tx
      .insert(t.bulkInviteJobs)
      .values({
        facilityId,
        createdByStaffId: staffId,
        source: "SELECTION",
        total: 1,
        toInvite: 1,
        toText: 1,
      })
      .returning(),
  );
  await insert((tx) =>
    tx
      .insert(t.bulkInviteRows)
      .values({
        jobId: bulkInvite,
        line: 1,
        customerId,
        plan: "INVITE",
        name: `${mark} Row`,
        email: `${mark}c${n}@example.com`,
        phone: `+1207555${String(n % 10_000).padStart(4, "0")}`,
      })
      .returning(),
  );

  // The customer's own portal account (the signed-in person may already have it) and every other
  // account of theirs get a passkey each: each portal person may act on their own passkey only.
  await data.transaction((tx) =>
    tx
      .insert(t.portalAccounts)
      .values({ facilityId, customerId, personKey: 0, activatedAt: at })
      .onConflictDoNothing({ target: [t.portalAccounts.customerId, t.portalAccounts.personKey] }),
  );
  const accounts = await data.read
    .select({ id: t.portalAccounts.id })
    .from(t.portalAccounts)
    .where(eq(t.portalAccounts.customerId, customerId))
    .orderBy(t.portalAccounts.id);
  const passkeys: number[] = [];
  for (const account of accounts)
    passkeys.push(await passkey(app, { facilityId, customerId, portalAccountId: account.id }, mark));
  // And a calendar feed each: a feed is one portal person's, reached by its secret alone.
  for (const account of accounts) {
    const tokenHash = createHash("sha256").update(`tenancy-feed-${++sequence}`).digest("hex");
    await data.transaction((tx) =>
      tx
        .insert(t.calendarFeeds)
        .values({ facilityId, customerId, portalAccountId: account.id, tokenHash })
        .onConflictDoNothing({ target: t.calendarFeeds.portalAccountId }),
    );
  }

  // A facility API key (the facility's, made by its admin): only admins manage keys.
  const apiKey = await insert((tx) =>
    tx
      .insert(t.apiKeys)
      .values({
        facilityId,
        name: `${mark} Key`,
        scope: "READ_ONLY",
        tokenHash: createHash("sha256").update(`tenancy-api-key-${n}`).digest("hex"),
        hint: "abcd",
        createdByStaffId: staffId,
      })
      .returning(),
  );

  const customerImport = await insert((tx) =>
    tx
      .insert(t.customerImportJobs)
      .values({ facilityId, createdByStaffId: staffId, fileName: `${mark}import.csv`, total: 1, newCustomers: 1 })
      .returning(),
  );
  await insert((tx) =>
    tx
      .insert(t.customerImportRows)
      .values({
        jobId: customerImport,
        line: 2,
        plan: "NEW_CUSTOMER",
        name: `${mark} Imported`,
        email: `${mark}imported${n}@example.com`,
        carMake: `${mark} Make`,
        carModel: "Model",
      })
      .returning(),
  );

  // A webhook endpoint of the facility, with one delivery in its log (the worker never runs here).
  const webhookEndpoint = await insert((tx) =>
    tx
      .insert(t.webhookEndpoints)
      .values({
        facilityId,
        url: `https://hooks.example.com/${n}`,
        description: `${mark} Endpoint`,
        events: JSON.stringify(["customer.created"]),
        secret: `whsec_${mark}${n}`,
        updatedAt: at,
      })
      .returning(),
  );
  const webhookDelivery = await insert((tx) =>
    tx
      .insert(t.webhookDeliveries)
      .values({
        facilityId,
        endpointId: webhookEndpoint,
        customerId,
        eventId: `evt_${mark}${n}`,
        eventType: "customer.created",
        payload: JSON.stringify({ data: { name: `${mark} Customer` } }),
        status: "SUCCEEDED",
        attempts: 1,
        nextAttemptAt: at,
        createdAt: at,
      })
      .returning(),
  );

  return {
    Customer: [customerId],
    Contact: [contact],
    Car: [car],
    CarPhoto: [carPhoto],
    CarEvent: [carEvent],
    ConditionReport: [conditionReport],
    Event: events,
    Invoice: [openInvoice, draftInvoice],
    InvoiceLine: [invoiceLine],
    Payment: [payment],
    Estimate: estimates,
    EstimateLine: [estimateLine],
    Document: [document],
    Message: [message],
    ServiceRequest: [serviceRequest],
    Invitation: [invitation],
    BulkInvite: [bulkInvite],
    CustomerImport: [customerImport],
    File: [photoFile],
    StaffUser: [staffId],
    Passkey: passkeys,
    ApiKey: [apiKey],
    WebhookEndpoint: [webhookEndpoint],
    WebhookDelivery: [webhookDelivery],
  };
}

/** A passkey of a portal account (of the customer) or of a staff user; its key is never used here. */
async function passkey(
  { data }: WithData,
  owner: { facilityId: number; customerId?: number; portalAccountId?: number; staffUserId?: number },
  mark: string,
): Promise<number> {
  const n = ++sequence;
  const [row] = await data.transaction((tx) =>
    tx
      .insert(data.t.passkeys)
      .values({
        facilityId: owner.facilityId,
        customerId: owner.customerId ?? null,
        portalAccountId: owner.portalAccountId ?? null,
        staffUserId: owner.staffUserId ?? null,
        credentialId: `tenancy-credential-${n}`,
        publicKey: Buffer.from("not a key"),
        counter: 0,
        transports: "internal",
        backedUp: false,
        name: `${mark} Passkey ${n}`,
      })
      .returning(),
  );
  if (!row) throw new Error("The insert returned no row");
  return row.id;
}

/** A customer of the facility with one row of every kind, for a staff viewer's own ids. */
export async function buildCustomerWithEntities(
  app: WithData,
  facilityId: number,
  staffId: number,
  options: EntityOptions = {},
) {
  const mark = options.mark ?? "";
  const customer = await createCustomer(app, facilityId, {
    name: `${mark} Customer`,
    email: `${mark}customer${++sequence}@example.com`,
  });
  const ids = await buildEntities(app, { facilityId, customerId: customer.id, staffId }, options);
  // Staff act on their own passkeys: one of the staff user's, after the customer's.
  ids.Passkey.push(await passkey(app, { facilityId, staffUserId: staffId }, mark));
  return ids;
}

/** Where the rows a scope owns are: by facility, or by customer. */
export type OwnerScope = { facilityId: number } | { customerId: number };

// The schema's tables are SQLite's or PostgreSQL's, whichever engine the Database runs on; each
// dialect keeps its table config (foreign keys, SQL name) under its own symbols.
type AnyTable = SQLiteTable | PgTable;
const configOf = (table: AnyTable) => (is(table, PgTable) ? pgTableConfig(table) : sqliteTableConfig(table));
const columnsOf = (table: AnyTable) => getTableColumns(table) as Record<string, Column>;
// The read builder is typed for PostgreSQL's tables; on SQLite the same calls take SQLite's.
const asReadable = (table: AnyTable) => table as PgTable;

const allTables = (data: Database) =>
  Object.values(data.t as Record<string, unknown>).filter(
    (value): value is AnyTable => is(value, SQLiteTable) || is(value, PgTable),
  );

/**
 * The condition selecting the rows of `table` the scope owns: its own facility_id / customer_id
 * column, or (for child rows such as invoice lines) its reference to an owned parent. Null for
 * tables nobody owns (rate limits, the dev mailbox…).
 */
function ownedRows(data: Database, table: AnyTable, scope: OwnerScope, depth = 0): SQL | null {
  const columns = columnsOf(table);
  if ("facilityId" in scope) {
    if (table === data.t.facilities) return eq(data.t.facilities.id, scope.facilityId);
    if (columns.facilityId) return eq(columns.facilityId, scope.facilityId);
  } else {
    if (table === data.t.customers) return eq(data.t.customers.id, scope.customerId);
    if (columns.customerId) return eq(columns.customerId, scope.customerId);
  }
  if (depth > 2) return null;
  for (const fk of configOf(table).foreignKeys) {
    const reference = fk.reference();
    const [column] = reference.columns;
    const [parentId] = reference.foreignColumns;
    const parentOwned = ownedRows(data, reference.foreignTable, scope, depth + 1);
    if (!column || !parentId || !parentOwned || !column.notNull) continue;
    return inArray(
      column,
      data.read
        .select({ id: parentId as PgColumn })
        .from(asReadable(reference.foreignTable))
        .where(parentOwned),
    );
  }
  return null;
}

/** Every owned row of every table, hashed per table: equal snapshots mean nothing owned changed. */
export async function snapshotOwnedRows({ data }: WithData, scope: OwnerScope): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const table of allTables(data)) {
    const where = ownedRows(data, table, scope);
    if (!where) continue;
    const rows = await data.read.select().from(asReadable(table)).where(where);
    const canonical = rows.map((row) => JSON.stringify(row)).sort();
    const hash = createHash("sha256").update(canonical.join("\n")).digest("hex");
    snapshot[configOf(table).name] = `${rows.length} rows, ${hash}`;
  }
  return snapshot;
}

/** Whether a row of `kind` with this id exists and the scope owns it. */
export async function isOwned({ data }: WithData, kind: EntityKind, id: number, scope: OwnerScope): Promise<boolean> {
  const table = data.t[entityTables[kind]];
  const owned = ownedRows(data, table, scope);
  const idColumn = columnsOf(table).id;
  if (!owned || !idColumn) return false;
  return (await data.read.$count(table, and(eq(idColumn, id), owned))) === 1;
}

/**
 * References from rows `from` owns to rows `to` owns, as "table.column → table": a call that
 * accepted another tenant's id beside the viewer's own (a car of another facility on a new
 * estimate) leaves one, even when its answer looked like a missing id's.
 */
export async function crossReferences({ data }: WithData, from: OwnerScope, to: OwnerScope): Promise<string[]> {
  const found: string[] = [];
  for (const table of allTables(data)) {
    const owned = ownedRows(data, table, from);
    if (!owned) continue;
    for (const fk of configOf(table).foreignKeys) {
      const reference = fk.reference();
      const [column] = reference.columns;
      const [parentId] = reference.foreignColumns;
      const parentOwned = ownedRows(data, reference.foreignTable, to);
      if (!column || !parentId || !parentOwned) continue;
      const parents = data.read
        .select({ id: parentId as PgColumn })
        .from(asReadable(reference.foreignTable))
        .where(parentOwned);
      const rows = await data.read.$count(asReadable(table), and(owned, inArray(column, parents)));
      if (rows > 0) found.push(`${configOf(table).name}.${column.name} → ${configOf(reference.foreignTable).name}`);
    }
  }
  return found;
}
