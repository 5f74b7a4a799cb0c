import { and, type Column, eq, getTableColumns, inArray, is, like, ne, or, type SQL } from "drizzle-orm";
import { type PgColumn, PgTable, getTableConfig as pgTableConfig } from "drizzle-orm/pg-core";
import { SQLiteTable, getTableConfig as sqliteTableConfig } from "drizzle-orm/sqlite-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createStaff, customerInPortal, signInStaff, twoFacilities } from "../../../test/factories.js";
import { startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { buildEntities, snapshotOwnedRows } from "../../../test/tenancy-world.js";
import type { Database } from "../../db/database.js";

const DELETE = `mutation($id: ID!, $name: String!) { deleteCustomer(id: $id, confirmName: $name) }`;
const CUSTOMER = `query($id: ID!) { customer(id: $id) { id name } }`;
const AUDIT = `{ auditLog(first: 100) { nodes { action subject customer { id } } } }`;
const ADD_CAR = `mutation($id: ID!) { addCar(customerId: $id, input: { make: "Jaguar", model: "E-Type" }) { id } }`;
const MESSAGE = `mutation($id: ID!) { sendMessage(customerId: $id, body: "Your car is ready") { id } }`;
const CHANGE = `mutation($id: ID!, $input: CustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`;
const COUNT = `{ customers(first: 1) { totalCount } }`;

type AnyTable = SQLiteTable | PgTable;
const configOf = (table: AnyTable) => (is(table, PgTable) ? pgTableConfig(table) : sqliteTableConfig(table));
const columnsOf = (table: AnyTable) => getTableColumns(table) as Record<string, Column>;
const asReadable = (table: AnyTable) => table as PgTable;
const allTables = (data: Database) =>
  Object.values(data.t as Record<string, unknown>).filter(
    (value): value is AnyTable => is(value, SQLiteTable) || is(value, PgTable),
  );

/**
 * The ids of every row the customer has, per table: rows naming the customer, then rows whose
 * required reference points at one of those (lines of their invoices, tokens of their links…) until
 * nothing is added, and the files those rows point at.
 */
async function rowsOfCustomer(data: Database, customerId: number): Promise<Map<AnyTable, Set<number>>> {
  const owned = new Map<AnyTable, Set<number>>();
  const add = (table: AnyTable, ids: number[]) => {
    const set = owned.get(table) ?? new Set<number>();
    const before = set.size;
    for (const id of ids) set.add(id);
    owned.set(table, set);
    return set.size > before;
  };
  add(data.t.customers as AnyTable, [customerId]);
  let changed = true;
  while (changed) {
    changed = false;
    for (const table of allTables(data)) {
      const idColumn = columnsOf(table).id;
      if (!idColumn) continue;
      const conditions: SQL[] = [];
      const customerColumn = columnsOf(table).customerId;
      if (customerColumn && table !== data.t.customers) conditions.push(eq(customerColumn, customerId));
      for (const fk of configOf(table).foreignKeys) {
        const reference = fk.reference();
        const [column] = reference.columns;
        const parents = owned.get(reference.foreignTable);
        if (!column?.notNull || !parents?.size || reference.foreignTable === data.t.files) continue;
        conditions.push(inArray(column, [...parents]));
      }
      if (conditions.length === 0) continue;
      const rows = await data.read
        .select({ id: idColumn as PgColumn })
        .from(asReadable(table))
        .where(or(...conditions));
      if (
        add(
          table,
          rows.map((r) => Number(r.id)),
        )
      )
        changed = true;
    }
  }
  // The stored bytes of their photos and documents.
  for (const [table, ids] of [...owned]) {
    for (const fk of configOf(table).foreignKeys) {
      const reference = fk.reference();
      const [column] = reference.columns;
      if (reference.foreignTable !== data.t.files || !column) continue;
      const rows = await data.read
        .select({ file: column as PgColumn })
        .from(asReadable(table))
        .where(inArray(columnsOf(table).id as Column, [...ids]));
      add(
        data.t.files as AnyTable,
        rows.map((r) => Number(r.file)),
      );
    }
  }
  return owned;
}

/**
 * What is left of the customer, table by table: a row with one of their ids, a reference (any, not
 * only required ones) to one of their rows, a customer_id naming them, or any text with their mark
 * (the deletion's own audit line keeps the name and nothing else).
 */
async function leftovers(
  data: Database,
  customerId: number,
  owned: Map<AnyTable, Set<number>>,
  mark: string,
): Promise<string[]> {
  const found: string[] = [];
  // Lines kept without the person: the audit log, and the reports of bulk invites and imports.
  const anonymised = new Set<AnyTable>([data.t.auditEvents, data.t.bulkInviteRows, data.t.customerImportRows]);
  // An import's file name and the lines of a preview no customer was made from are the uploader's.
  // A webhook endpoint's note and secret, and an API key's name, are the facility's admins'.
  const notTheirs = new Set<AnyTable>([
    data.t.apiKeys,
    data.t.customerImportJobs,
    data.t.customerImportRows,
    data.t.bulkInviteJobs,
    data.t.webhookEndpoints,
  ]);
  for (const table of allTables(data)) {
    const name = configOf(table).name;
    const columns = columnsOf(table);
    const count = (where: SQL | undefined) => data.read.$count(asReadable(table), where);
    const mine = owned.get(table);
    if (mine?.size && columns.id && !anonymised.has(table) && (await count(inArray(columns.id, [...mine]))) > 0)
      found.push(`${name}.id`);
    if (columns.customerId && (await count(eq(columns.customerId, customerId))) > 0) found.push(`${name}.customer_id`);
    for (const fk of configOf(table).foreignKeys) {
      const reference = fk.reference();
      const [column] = reference.columns;
      const parents = owned.get(reference.foreignTable);
      if (!column || !parents?.size) continue;
      if ((await count(inArray(column, [...parents]))) > 0) found.push(`${name}.${column.name}`);
    }
    for (const column of Object.values(columns)) {
      if (column.dataType !== "string" || notTheirs.has(table)) continue;
      let where: SQL | undefined = like(column, `%${mark}%`);
      if (table === data.t.auditEvents) where = and(where, ne(data.t.auditEvents.action, "CUSTOMER_DELETED"));
      if ((await count(where)) > 0) found.push(`${name}.${column.name} (text)`);
    }
  }
  return found;
}

/** Files of the facility that nothing points at: bytes a deletion left behind. */
async function orphanFiles(data: Database, facilityId: number): Promise<number> {
  const t = data.t;
  const used = new Set<number>();
  for (const row of await data.read.select({ a: t.carPhotos.fileId, b: t.carPhotos.thumbnailFileId }).from(t.carPhotos))
    used.add(row.a).add(row.b);
  for (const row of await data.read
    .select({ a: t.conditionReportPhotos.fileId, b: t.conditionReportPhotos.thumbnailFileId })
    .from(t.conditionReportPhotos))
    used.add(row.a).add(row.b);
  for (const row of await data.read.select({ a: t.documents.fileId }).from(t.documents)) used.add(row.a);
  for (const row of await data.read.select({ a: t.facilities.logoFileId }).from(t.facilities))
    if (row.a) used.add(row.a);
  const files = await data.read.select({ id: t.files.id }).from(t.files).where(eq(t.files.facilityId, facilityId));
  return files.filter((f) => !used.has(f.id)).length;
}

let sequence = 0;

describe("deleting a customer for a privacy request", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof twoFacilities>>;
  let asStaffRole: TestClient;

  beforeAll(async () => {
    app = await startTestApp();
    world = await twoFacilities(app);
    const staff = await createStaff(app, world.a.id, { role: "STAFF" });
    asStaffRole = await signInStaff(app.client(), staff.email);
  });
  afterAll(() => app.close());

  /** A customer in the portal (invite, link, emails, session, audit lines) with one row of every kind. */
  async function fullCustomer(mark: string) {
    const email = `${mark.toLowerCase()}@example.com`;
    const { customer, browser } = await customerInPortal(app, world.asA, world.a.id, {
      name: `${mark} Whitaker`,
      email,
    });
    await buildEntities(app, { facilityId: world.a.id, customerId: customer.id, staffId: world.staffA.id }, { mark });
    await world.asA.ok(MESSAGE, { id: String(customer.id) });
    await app.deliver();
    return { customer, browser, name: `${mark} Whitaker` };
  }

  it("removes every row of the customer, table by table, and leaves another customer's untouched", async () => {
    const mark = `Qzgone${++sequence}`;
    const victim = await fullCustomer(mark);
    const keeper = await fullCustomer(`Qzkept${sequence}`);
    const foreign = await createCustomer(app, world.b.id, { name: "Foreign Customer" });
    await buildEntities(
      app,
      { facilityId: world.b.id, customerId: foreign.id, staffId: world.staffB.id },
      {
        mark: "Qzforeign",
      },
    );

    const owned = await rowsOfCustomer(app.data, victim.customer.id);
    expect([...owned.keys()].map((table) => configOf(table).name).sort()).toEqual(
      expect.arrayContaining(["contacts", "portal_accounts", "invoices", "files", "cars", "documents", "messages"]),
    );
    expect(await leftovers(app.data, victim.customer.id, owned, mark)).not.toEqual([]);
    const keeperBefore = await snapshotOwnedRows(app, { customerId: keeper.customer.id });
    const facilityBBefore = await snapshotOwnedRows(app, { facilityId: world.b.id });
    const countBefore = (await world.asA.ok<{ customers: { totalCount: number } }>(COUNT)).customers.totalCount;

    await world.asA.ok(DELETE, { id: String(victim.customer.id), name: victim.name });

    expect(await leftovers(app.data, victim.customer.id, owned, mark)).toEqual([]);
    expect(await snapshotOwnedRows(app, { customerId: keeper.customer.id })).toEqual(keeperBefore);
    expect(await snapshotOwnedRows(app, { facilityId: world.b.id })).toEqual(facilityBBefore);
    expect(await orphanFiles(app.data, world.a.id)).toBe(0);
    expect((await world.asA.ok<{ customers: { totalCount: number } }>(COUNT)).customers.totalCount).toBe(
      countBefore - 1,
    );

    const gone = await world.asA.gql(CUSTOMER, { id: String(victim.customer.id) });
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // Their portal browser is signed out.
    const portal = await victim.browser.gql(`{ portalViewer { name } }`);
    expect(portal.data?.portalViewer ?? null).toBeNull();
    // The deletion's line keeps only the name; older lines about them no longer name or link them.
    const audit = await world.asA.ok<{
      auditLog: { nodes: Array<{ action: string; subject: string | null; customer: { id: string } | null }> };
    }>(AUDIT);
    const deletion = audit.auditLog.nodes.find((n) => n.action === "CUSTOMER_DELETED");
    expect(deletion).toEqual({ action: "CUSTOMER_DELETED", subject: victim.name, customer: null });
    expect(audit.auditLog.nodes.some((n) => n.action === "INVITE_SENT" && n.subject === "a deleted customer")).toBe(
      true,
    );
  });

  it("wants the name typed exactly, and admins only", async () => {
    const victim = await createCustomer(app, world.a.id, { name: "Ada Lovelace" });
    const id = String(victim.id);
    const wrong = await world.asA.gql(DELETE, { id, name: "ada lovelace" });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const staff = await asStaffRole.gql(DELETE, { id, name: "Ada Lovelace" });
    expect(staff.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const tooLong = await world.asA.gql(DELETE, { id, name: "x".repeat(201) });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await world.asA.ok<{ customer: { name: string } }>(CUSTOMER, { id })).customer.name).toBe("Ada Lovelace");
  });

  it("answers another facility's customer exactly like a missing one, and keeps it", async () => {
    const foreign = await createCustomer(app, world.b.id, { name: "Foreign Person" });
    const asForeign = await world.asA.gql(DELETE, { id: String(foreign.id), name: "Foreign Person" });
    const missing = await world.asA.gql(DELETE, { id: "987654321", name: "Foreign Person" });
    expect(asForeign).toEqual(missing);
    expect(asForeign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(
      (await world.asB.ok<{ customer: { name: string } }>(CUSTOMER, { id: String(foreign.id) })).customer.name,
    ).toBe("Foreign Person");
  });

  it("leaves no orphans when requests write to the customer while it is deleted", async () => {
    const mark = `Qzrace${++sequence}`;
    const victim = await fullCustomer(mark);
    const id = String(victim.customer.id);
    const car = await world.asA.ok<{ addCar: { id: string } }>(ADD_CAR, { id });
    const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c00" } })
      .jpeg()
      .toBuffer();
    const upload = () =>
      fetch(`${app.url}/uploads/cars/${car.addCar.id}/photos`, {
        method: "POST",
        headers: {
          cookie: `portico_staff=${world.asA.cookie("portico_staff") ?? ""}`,
          "x-portico-request": "1",
          "x-file-name": "photo.jpg",
          "content-type": "image/jpeg",
        },
        body: image,
      });
    const email = `${mark.toLowerCase()}@example.com`;
    const input = { name: victim.name, email, phone: null, address: null, notes: `${mark} changed` };
    const owned = await rowsOfCustomer(app.data, victim.customer.id);
    const answers = await Promise.all([
      upload(),
      world.asA.gql(ADD_CAR, { id }),
      world.asA.gql(MESSAGE, { id }),
      asStaffRole.gql(CHANGE, { id, input }),
      world.asA.gql(DELETE, { id, name: victim.name }),
      upload(),
      world.asA.gql(ADD_CAR, { id }),
      world.asA.gql(MESSAGE, { id }),
    ]);
    expect((answers[4] as { errors?: unknown }).errors).toBeUndefined();
    expect(await leftovers(app.data, victim.customer.id, owned, mark)).toEqual([]);
    expect(await orphanFiles(app.data, world.a.id)).toBe(0);
  });
});
