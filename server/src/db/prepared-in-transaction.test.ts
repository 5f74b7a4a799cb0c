import { count, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTestDataLayer, type TestDataLayer } from "../../test/test-data-layer.js";
import { preparedInTransaction, preparedRowsInsert } from "./prepared-in-transaction.js";

// On the engine of the run: a statement declared with preparedInTransaction is built once per
// Database, yet every run of it belongs to the transaction it was handed (its rollback undoes it,
// nobody outside sees it before the commit), including on PostgreSQL where each transaction has a
// pooled connection of its own.

let layer: TestDataLayer;

beforeEach(async () => {
  layer = await openTestDataLayer();
});

afterEach(async () => {
  await layer.close();
});

let builds = 0;
const addFacility = preparedInTransaction("test_prepared_add_facility", (tx, t) => {
  builds++;
  return tx
    .insert(t.facilities)
    .values({ slug: sql.placeholder("slug"), name: sql.placeholder("name") })
    .returning({ id: t.facilities.id, slug: t.facilities.slug });
});

let rowBuilds = 0;
const addFacilities = preparedRowsInsert("test_prepared_add_facilities", ["slug", "name"], (tx, t, rows) => {
  rowBuilds++;
  return tx.insert(t.facilities).values(rows).returning({ slug: t.facilities.slug });
});

async function facilitiesNamed(name: string): Promise<number> {
  const { data } = layer;
  const [row] = await data.read.select({ n: count() }).from(data.t.facilities).where(eq(data.t.facilities.name, name));
  return row?.n ?? -1;
}

describe("preparedInTransaction", () => {
  it("is built once per Database and runs in each transaction it is handed", async () => {
    const { data } = layer;
    const before = builds;
    const first = await data.transaction((tx) => addFacility(data, tx).execute({ slug: "p-one", name: "prepared" }));
    const second = await data.transaction((tx) => addFacility(data, tx).execute({ slug: "p-two", name: "prepared" }));
    expect(builds - before).toBe(1);
    expect([first[0]?.slug, second[0]?.slug]).toEqual(["p-one", "p-two"]);
    expect(await facilitiesNamed("prepared")).toBe(2);
  });

  it("writes nothing when its transaction rolls back, and shows nothing before the commit", async () => {
    const { data } = layer;
    await data.transaction((tx) => addFacility(data, tx).execute({ slug: "warm", name: "warm" }));
    let seenInside = -1;
    await expect(
      data.transaction(async (tx) => {
        await addFacility(data, tx).execute({ slug: "rolled-back", name: "rolled back" });
        seenInside = await facilitiesNamed("rolled back");
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(seenInside).toBe(0);
    expect(await facilitiesNamed("rolled back")).toBe(0);
  });

  it("runs on the connection of two transactions open side by side", async () => {
    const { data } = layer;
    await data.transaction((tx) => addFacility(data, tx).execute({ slug: "side-warm", name: "side warm" }));
    // On SQLite the second waits for the first; on PostgreSQL both are open at once on two connections.
    await Promise.all(
      ["side-a", "side-b"].map((slug) =>
        data.transaction(async (tx) => {
          await addFacility(data, tx).execute({ slug, name: "side" });
          await new Promise((resolve) => setImmediate(resolve));
          if (slug === "side-b") throw new Error("only b rolls back");
        }),
      ),
    ).catch(() => {});
    const { t } = data;
    const slugs = await data.read
      .select({ slug: t.facilities.slug })
      .from(t.facilities)
      .where(eq(t.facilities.name, "side"));
    expect(slugs.map((r) => r.slug)).toEqual(["side-a"]);
  });
});

describe("preparedRowsInsert", () => {
  it("writes a list by the statements of its sizes, each built once per Database, inside the transaction", async () => {
    const { data } = layer;
    const rows = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ slug: `${tag}-${i}`, name: tag }));
    const before = rowBuilds;
    // 7 = 4 + 2 + 1; then 6 = 4 + 2 reuses two of them.
    const first = await data.transaction((tx) => addFacilities(data, tx, rows(7, "rows-a")));
    const second = await data.transaction((tx) => addFacilities(data, tx, rows(6, "rows-b")));
    expect(rowBuilds - before).toBe(3);
    expect(first.flat().map((r) => r.slug)).toEqual(rows(7, "rows-a").map((r) => r.slug));
    expect(second.flat().map((r) => r.slug)).toEqual(rows(6, "rows-b").map((r) => r.slug));
    await expect(
      data.transaction(async (tx) => {
        await addFacilities(data, tx, rows(3, "rows-c"));
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await facilitiesNamed("rows-a")).toBe(7);
    expect(await facilitiesNamed("rows-c")).toBe(0);
  });
});
