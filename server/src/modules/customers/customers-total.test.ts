import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteOnlyIt } from "../../../test/engine.js";
import { createCustomer, createFacility, twoFacilities } from "../../../test/factories.js";
import { countRows, countStatements, startTestApp, type TestApp } from "../../../test/harness.js";
import { raceWhileHeld } from "../../../test/held-locks.js";
import { generateCustomers } from "../../db/seed/generate.js";

// The Contacts total comes from facility_customer_counts, kept by database triggers on both engines
// (docs/decisions/0023-facility-customer-counter.md): every test compares it with the customers
// actually there, counted plainly.

const TOTAL = `{ customers(first: 1) { totalCount totalCountIsLowerBound } }`;
const CREATE = `mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`;
type Total = { customers: { totalCount: number; totalCountIsLowerBound: boolean } };

describe("the Contacts total", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  const totalOf = async (as: typeof t.asA) => (await as.ok<Total>(TOTAL)).customers;
  const counted = (facilityId: number) => countRows(app, "customers", "facility_id = ?", facilityId);
  const counter = async (facilityId: number) => {
    const { facilityCustomerCounts: counts } = app.data.t;
    const rows = await app.data.read.select().from(counts).where(eq(counts.facilityId, facilityId));
    return rows.map((row) => row.customers);
  };

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  it("starts at zero for a new facility: its counter row is made with it", async () => {
    const fresh = await createFacility(app, { name: "Fresh Marina" });
    expect(await counter(fresh.id)).toEqual([0]);
    expect(await totalOf(t.asA)).toEqual({ totalCount: 0, totalCountIsLowerBound: false });
  });

  it("stays exact through creates and deletes, each facility on its own", async () => {
    for (const name of ["Ann One", "Ben Two", "Cy Three"]) await t.asA.ok(CREATE, { input: { name } });
    await createCustomer(app, t.b.id, { name: "Other Place" });
    // One statement with customers of both facilities: each facility gets its own share.
    const both = await app.data.transaction((tx) =>
      tx
        .insert(app.data.t.customers)
        .values([
          { facilityId: t.a.id, name: "Multi A", sortName: "multi a" },
          { facilityId: t.b.id, name: "Multi B1", sortName: "multi b1" },
          { facilityId: t.b.id, name: "Multi B2", sortName: "multi b2" },
        ])
        .returning({ id: app.data.t.customers.id }),
    );
    expect(await totalOf(t.asA)).toEqual({ totalCount: 4, totalCountIsLowerBound: false });
    expect(await totalOf(t.asB)).toEqual({ totalCount: 3, totalCountIsLowerBound: false });

    const { customers } = app.data.t;
    await app.data.transaction((tx) =>
      tx.delete(customers).where(inArray(customers.id, [both[0]?.id ?? 0, both[1]?.id ?? 0])),
    );
    expect((await totalOf(t.asA)).totalCount).toBe(await counted(t.a.id));
    expect((await totalOf(t.asB)).totalCount).toBe(await counted(t.b.id));
    expect([(await totalOf(t.asA)).totalCount, (await totalOf(t.asB)).totalCount]).toEqual([3, 2]);
  });

  it("moves with a customer moved to another facility", async () => {
    const moved = await createCustomer(app, t.a.id, { name: "Mover" });
    const before = [await counted(t.a.id), await counted(t.b.id)];
    const { customers } = app.data.t;
    await app.data.transaction((tx) =>
      tx.update(customers).set({ facilityId: t.b.id }).where(eq(customers.id, moved.id)),
    );
    expect(await counter(t.a.id)).toEqual([(before[0] ?? 0) - 1]);
    expect(await counter(t.b.id)).toEqual([(before[1] ?? 0) + 1]);
    // An update that leaves the facility alone changes nothing.
    await app.data.transaction((tx) => tx.update(customers).set({ notes: "kept" }).where(eq(customers.id, moved.id)));
    expect(await counter(t.b.id)).toEqual([await counted(t.b.id)]);
  });

  it("stays exact, not capped, through a generated bulk insert", async () => {
    const before = await counted(t.a.id);
    await generateCustomers(app.data, t.a.id, 1_234, { now: app.clock.now(), seed: 3 });
    expect(await totalOf(t.asA)).toEqual({ totalCount: before + 1_234, totalCountIsLowerBound: false });
    expect(before + 1_234).toBe(await counted(t.a.id));
  });

  // On PostgreSQL the creates run side by side and queue on the counter row another connection
  // holds; each must add to what the one before it committed. On SQLite they run one at a time.
  it("stays exact through simultaneous creates", async () => {
    const before = await counted(t.a.id);
    const create = (n: number) => () => t.asA.gql(CREATE, { input: { name: `Racer ${n}` } });
    const answers = await raceWhileHeld(
      app,
      "SELECT 1 FROM facility_customer_counts WHERE facility_id = $1 FOR UPDATE",
      [t.a.id],
      [1, 2, 3, 4, 5].map(create),
    );
    expect(answers.map((answer) => answer.errors ?? [])).toEqual([[], [], [], [], []]);
    await Promise.all([6, 7, 8, 9, 10, 11].map((n) => create(n)()));
    expect(await counted(t.a.id)).toBe(before + 11);
    expect((await totalOf(t.asA)).totalCount).toBe(before + 11);
  });

  sqliteOnlyIt("is read from the counter by key, never by counting the customers", async () => {
    const { result, statements } = await countStatements(app, () => totalOf(t.asA));
    expect(result.totalCount).toBe(await counted(t.a.id));
    expect(statements.filter((s) => s.includes("facility_customer_counts"))).toHaveLength(1);
    expect(statements.filter((s) => /count\([^)]*\)\s+from\s+"customers"/i.test(s))).toEqual([]);
    const [read] = statements.filter((s) => s.includes("facility_customer_counts"));
    const plan = app.db.$client.prepare(`EXPLAIN QUERY PLAN ${read}`).all(t.a.id) as Array<{ detail: string }>;
    // facility_id is the table's INTEGER PRIMARY KEY, so SQLite reads it as the rowid.
    expect(plan.map((step) => step.detail)).toEqual([
      "SEARCH facility_customer_counts USING INTEGER PRIMARY KEY (rowid=?)",
    ]);
  });
});
