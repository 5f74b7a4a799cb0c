import { createHash } from "node:crypto";
import { and, eq, getTableColumns, inArray, is, type SQL } from "drizzle-orm";
import { getTableConfig, type SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../src/db/client.js";
import * as schema from "../src/db/schema.js";
import { createCar, createCustomer, createInvoice } from "./factories.js";

// One row of every kind an ID argument can name, owned by one customer of one facility, in the
// states that let its owner act on it: a foreign id must be refused for being foreign, not because
// the row could not have been acted on anyway.

/** The entity an ID argument names, by the name it has in the schema's field and argument names. */
export const entityTables = {
  Customer: schema.customers,
  Contact: schema.contacts,
  Car: schema.cars,
  CarPhoto: schema.carPhotos,
  CarEvent: schema.carEvents,
  ConditionReport: schema.conditionReports,
  Event: schema.events,
  Invoice: schema.invoices,
  InvoiceLine: schema.invoiceLines,
  Payment: schema.payments,
  Estimate: schema.estimates,
  EstimateLine: schema.estimateLines,
  Document: schema.documents,
  Message: schema.messages,
  ServiceRequest: schema.serviceRequests,
  Invitation: schema.invitations,
  BulkInvite: schema.bulkInviteJobs,
  File: schema.files,
} satisfies Record<string, SQLiteTable>;

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
export function buildEntities(db: Db, owner: Owner, options: EntityOptions = {}): EntityIds {
  const { facilityId, customerId, staffId } = owner;
  // Every text a reader could be shown carries the mark: an answer that contains it shows this row.
  const mark = options.mark ?? "";
  const n = ++sequence;
  const at = new Date("2026-03-01T12:00:00.000Z");
  const rowId = (row: { id: number }) => row.id;

  const file = (contentType: string) =>
    rowId(
      db
        .insert(schema.files)
        .values({
          facilityId,
          fileName: `${mark}f${n}.${contentType === "application/pdf" ? "pdf" : "jpg"}`,
          contentType,
          size: 4,
          sha256: createHash("sha256").update(`f${n}`).digest("hex"),
          data: Buffer.from("%PDF"),
        })
        .returning()
        .get(),
    );

  const contact = rowId(
    db
      .insert(schema.contacts)
      .values({
        facilityId,
        customerId,
        name: `${mark} Contact ${n}`,
        email: `${mark}contact${n}@example.com`,
        role: "SPOUSE",
        canAccessPortal: true,
      })
      .returning()
      .get(),
  );
  const car = createCar(db, facilityId, customerId, { model: `${mark} Mustang`, plate: `${mark}1` }).id;
  const photoFile = file("image/jpeg");
  const carPhoto = rowId(
    db
      .insert(schema.carPhotos)
      .values({
        facilityId,
        carId: car,
        fileId: photoFile,
        thumbnailFileId: photoFile,
        width: 4,
        height: 3,
      })
      .returning()
      .get(),
  );
  const carEvent = rowId(
    db
      .insert(schema.carEvents)
      .values({
        facilityId,
        carId: car,
        kind: "WASHED",
        happenedAt: at,
        staffUserId: staffId,
      })
      .returning()
      .get(),
  );
  const conditionReport = rowId(
    db
      .insert(schema.conditionReports)
      .values({
        facilityId,
        carId: car,
        inspectedOn: "2026-03-01",
        inspector: `${mark} Inspector`,
      })
      .returning()
      .get(),
  );
  const customerEvent = (kind: "PICK_UP" | "SOCIAL") =>
    rowId(
      db
        .insert(schema.events)
        .values({
          facilityId,
          customerId,
          carId: car,
          kind,
          title: `${mark} ${kind} ${n}`,
          startsAt: new Date("2026-03-10T15:00:00.000Z"),
        })
        .returning()
        .get(),
    );
  const events = [customerEvent("PICK_UP"), customerEvent("SOCIAL")];
  if (options.facilityWide)
    events.push(
      rowId(
        db
          .insert(schema.events)
          .values({
            facilityId,
            customerId: null,
            kind: "SOCIAL",
            title: `${mark} Gathering ${n}`,
            startsAt: new Date("2026-03-12T18:00:00.000Z"),
          })
          .returning()
          .get(),
      ),
    );

  const openInvoice = createInvoice(db, facilityId, customerId, { number: `O-${n}` }).id;
  const draftInvoice = createInvoice(db, facilityId, customerId, { number: `D-${n}`, status: "DRAFT" }).id;
  const invoiceLine = rowId(
    db
      .insert(schema.invoiceLines)
      .values({
        invoiceId: openInvoice,
        description: `${mark} Storage`,
        unitCents: 12_500,
        amountCents: 12_500,
      })
      .returning()
      .get(),
  );
  const payment = rowId(
    db
      .insert(schema.payments)
      .values({
        facilityId,
        invoiceId: openInvoice,
        amountCents: 100,
        method: "CHECK",
        receivedOn: "2026-02-02",
      })
      .returning()
      .get(),
  );

  const estimate = (status: "SENT" | "DRAFT" | "ACCEPTED", suffix: string) =>
    rowId(
      db
        .insert(schema.estimates)
        .values({
          facilityId,
          customerId,
          carId: car,
          number: `E-${n}-${suffix}`,
          title: `${mark} Paint`,
          status,
          sentAt: status === "DRAFT" ? null : at,
        })
        .returning()
        .get(),
    );
  const sentEstimate = estimate("SENT", "s");
  const estimates = [sentEstimate, estimate("DRAFT", "d"), estimate("ACCEPTED", "a")];
  const estimateLine = rowId(
    db
      .insert(schema.estimateLines)
      .values({
        estimateId: sentEstimate,
        description: `${mark} Paint`,
        unitCents: 5_000,
        amountCents: 5_000,
      })
      .returning()
      .get(),
  );
  for (const id of estimates.slice(1))
    rowId(
      db
        .insert(schema.estimateLines)
        .values({ estimateId: id, description: `${mark} Paint`, unitCents: 5_000, amountCents: 5_000 })
        .returning()
        .get(),
    );

  const document = rowId(
    db
      .insert(schema.documents)
      .values({
        facilityId,
        customerId,
        title: `${mark} Agreement ${n}`,
        kind: "STORAGE_AGREEMENT",
        fileId: file("application/pdf"),
        sharedWithCustomer: true,
        requiresSignature: true,
        uploadedByStaffId: staffId,
      })
      .returning()
      .get(),
  );
  const message = rowId(
    db
      .insert(schema.messages)
      .values({
        facilityId,
        customerId,
        staffUserId: staffId,
        authorName: `${mark} Team`,
        body: `${mark} Hello ${n}`,
      })
      .returning()
      .get(),
  );
  const serviceRequest = rowId(
    db
      .insert(schema.serviceRequests)
      .values({
        facilityId,
        customerId,
        carId: car,
        type: "SERVICE",
        requestedByName: `${mark} Customer`,
        notes: `${mark} notes`,
      })
      .returning()
      .get(),
  );
  const invitation = rowId(
    db
      .insert(schema.invitations)
      .values({
        facilityId,
        customerId,
        contactId: contact,
        email: `${mark}contact${n}@example.com`,
        invitedByStaffId: staffId,
        expiresAt: new Date("2026-03-09T09:00:00.000Z"),
      })
      .returning()
      .get(),
  );
  const bulkInvite = rowId(
    db
      .insert(schema.bulkInviteJobs)
      .values({
        facilityId,
        createdByStaffId: staffId,
        source: "SELECTION",
        total: 1,
        toInvite: 1,
      })
      .returning()
      .get(),
  );
  db.insert(schema.bulkInviteRows)
    .values({
      jobId: bulkInvite,
      line: 1,
      customerId,
      plan: "INVITE",
      name: `${mark} Row`,
      email: `${mark}c${n}@example.com`,
    })
    .run();

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
    File: [photoFile],
  };
}

/** A customer of the facility with one row of every kind, for a staff viewer's own ids. */
export function buildCustomerWithEntities(db: Db, facilityId: number, staffId: number, options: EntityOptions = {}) {
  const mark = options.mark ?? "";
  const customer = createCustomer(db, facilityId, {
    name: `${mark} Customer`,
    email: `${mark}customer${++sequence}@example.com`,
  });
  return buildEntities(db, { facilityId, customerId: customer.id, staffId }, options);
}

/** Where the rows a scope owns are: by facility, or by customer. */
export type OwnerScope = { facilityId: number } | { customerId: number };

const allTables = Object.values(schema as Record<string, unknown>).filter((value): value is SQLiteTable =>
  is(value, SQLiteTable),
);

/**
 * The condition selecting the rows of `table` the scope owns: its own facility_id / customer_id
 * column, or (for child rows such as invoice lines) its reference to an owned parent. Null for
 * tables nobody owns (rate limits, the dev mailbox…).
 */
function ownedRows(db: Db, table: SQLiteTable, scope: OwnerScope, depth = 0): SQL | null {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const config = getTableConfig(table);
  if ("facilityId" in scope) {
    if (table === schema.facilities) return eq(schema.facilities.id, scope.facilityId);
    if (columns.facilityId) return eq(columns.facilityId, scope.facilityId);
  } else {
    if (table === schema.customers) return eq(schema.customers.id, scope.customerId);
    if (columns.customerId) return eq(columns.customerId, scope.customerId);
  }
  if (depth > 2) return null;
  for (const fk of config.foreignKeys) {
    const reference = fk.reference();
    const [column] = reference.columns;
    const [parentId] = reference.foreignColumns;
    const parentOwned = ownedRows(db, reference.foreignTable, scope, depth + 1);
    if (!column || !parentId || !parentOwned || !column.notNull) continue;
    return inArray(column, db.select({ id: parentId }).from(reference.foreignTable).where(parentOwned));
  }
  return null;
}

/** Every owned row of every table, hashed per table: equal snapshots mean nothing owned changed. */
export function snapshotOwnedRows(db: Db, scope: OwnerScope): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const table of allTables) {
    const where = ownedRows(db, table, scope);
    if (!where) continue;
    const rows = db.select().from(table).where(where).all();
    const canonical = rows.map((row) => JSON.stringify(row)).sort();
    const hash = createHash("sha256").update(canonical.join("\n")).digest("hex");
    snapshot[getTableConfig(table).name] = `${rows.length} rows, ${hash}`;
  }
  return snapshot;
}

/** Whether a row of `kind` with this id exists and the scope owns it. */
export function isOwned(db: Db, kind: EntityKind, id: number, scope: OwnerScope): boolean {
  const table = entityTables[kind];
  const owned = ownedRows(db, table, scope);
  const idColumn = (getTableColumns(table) as Record<string, SQLiteColumn>).id;
  if (!owned || !idColumn) return false;
  return (
    db
      .select()
      .from(table)
      .where(and(eq(idColumn, id), owned))
      .all().length === 1
  );
}

/**
 * References from rows `from` owns to rows `to` owns, as "table.column → table": a call that
 * accepted another tenant's id beside the viewer's own (a car of another facility on a new
 * estimate) leaves one, even when its answer looked like a missing id's.
 */
export function crossReferences(db: Db, from: OwnerScope, to: OwnerScope): string[] {
  const found: string[] = [];
  for (const table of allTables) {
    const owned = ownedRows(db, table, from);
    if (!owned) continue;
    for (const fk of getTableConfig(table).foreignKeys) {
      const reference = fk.reference();
      const [column] = reference.columns;
      const [parentId] = reference.foreignColumns;
      const parentOwned = ownedRows(db, reference.foreignTable, to);
      if (!column || !parentId || !parentOwned) continue;
      const parents = db.select({ id: parentId }).from(reference.foreignTable).where(parentOwned);
      const rows = db
        .select()
        .from(table)
        .where(and(owned, inArray(column, parents)))
        .all();
      if (rows.length > 0)
        found.push(`${getTableConfig(table).name}.${column.name} → ${getTableConfig(reference.foreignTable).name}`);
    }
  }
  return found;
}
