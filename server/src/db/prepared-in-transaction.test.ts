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

let rowSpecs = 0;
const addFacilities = preparedRowsInsert("test_prepared_add_facilities", (t) => {
  rowSpecs++;
  return {
    table: t.facilities,
    columns: ["slug", "name", "createdAt"],
    constants: { timeZone: "Europe/Paris" },
    returning: { slug: t.facilities.slug, createdAt: t.facilities.createdAt, timeZone: t.facilities.timeZone },
  };
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
  it("writes a list of any length in one statement built once per Database, rows back in order", async () => {
    const { data } = layer;
    const at = new Date("2026-03-02T10:11:12.345Z");
    const rows = (n: number, tag: string) =>
      Array.from({ length: n }, (_, i) => ({ slug: `${tag}-${i}`, name: tag, createdAt: new Date(at.getTime() + i) }));
    const before = rowSpecs;
    const texts: string[] = [];
    const stop = data.watchStatements((text) => texts.push(text));
    const first = await data.transaction((tx) => addFacilities(data, tx, rows(7, "rows-a")));
    const second = await data.transaction((tx) => addFacilities(data, tx, rows(300, "rows-b")));
    stop();
    expect(rowSpecs - before).toBe(1);
    const inserts = texts.filter((text) => /insert/i.test(text));
    expect(inserts.length).toBe(2);
    expect(inserts[0]).toBe(inserts[1]);
    expect(first).toEqual(
      rows(7, "rows-a").map((r) => ({ slug: r.slug, createdAt: r.createdAt, timeZone: "Europe/Paris" })),
    );
    expect(second.map((r) => r.slug)).toEqual(rows(300, "rows-b").map((r) => r.slug));
    const { t } = data;
    const stored = await data.read
      .select({ slug: t.facilities.slug, createdAt: t.facilities.createdAt, timeZone: t.facilities.timeZone })
      .from(t.facilities)
      .where(eq(t.facilities.name, "rows-a"))
      .orderBy(t.facilities.id);
    expect(stored).toEqual(first);
  });

  it("writes nothing when its transaction rolls back", async () => {
    const { data } = layer;
    await expect(
      data.transaction(async (tx) => {
        await addFacilities(data, tx, [{ slug: "rows-c", name: "rows-c", createdAt: new Date() }]);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await facilitiesNamed("rows-c")).toBe(0);
  });
});
