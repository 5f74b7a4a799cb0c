import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testEngine } from "../../test/engine.js";
import { freshPostgresDatabase } from "../../test/postgres.js";
import { closeDataLayer, isPostgresUrl, openDataLayer, openDataLayerAt, pendingMigrationsIn } from "./client.js";
import { type Database, jsonRows, type ListValues, preparedRead, type WriteDb } from "./database.js";
import { openPostgres } from "./pg.js";
import { preparedInTransaction } from "./prepared-in-transaction.js";

// The Database contract (database.test.ts holds SQLite's own details), run on the engine of the run:
// `check` runs the suite once per engine. Each gets a database of its own, emptied before each test.

type Engine = {
  name: string;
  open(): Promise<{ data: Database; close(): Promise<void> }>;
};

const sqliteEngine: Engine = {
  name: "SQLite",
  async open() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-engines-"));
    const layer = openDataLayer(path.join(dir, "portico.db"));
    return {
      data: layer.data,
      async close() {
        await closeDataLayer(layer);
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** A database of its own on the run's cluster, dropped at the end. */
const postgresEngine: Engine = {
  name: "PostgreSQL",
  async open() {
    const database = await freshPostgresDatabase();
    const data = await openPostgres(database.url);
    return {
      data,
      async close() {
        await data.close();
        await database.drop();
      },
    };
  },
};

/** Empties the tables these tests write; ids keep counting, which no test here depends on. */
function emptyTables(data: Database): Promise<void> {
  return data.transaction(async (tx) => {
    await tx.delete(data.t.customers);
    await tx.delete(data.t.files);
    await tx.delete(data.t.facilities);
    await tx.delete(data.t.rateLimits);
  });
}

const engines = [testEngine === "pg" ? postgresEngine : sqliteEngine];

describe.each(engines)("the Database contract on $name", (engine) => {
  let data: Database;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ data, close } = await engine.open());
  });
  afterAll(async () => {
    await close();
  });
  beforeEach(async () => {
    await emptyTables(data);
  });

  async function facilityCount(): Promise<number> {
    const [row] = await data.read.select({ n: count() }).from(data.t.facilities);
    return Number(row?.n ?? -1);
  }
  function addFacility(tx: WriteDb, slug: string) {
    return tx.insert(data.t.facilities).values({ slug, name: slug }).returning({ id: data.t.facilities.id });
  }

  it("has applied every migration this build ships", async () => {
    expect(await pendingMigrationsIn(data)).toBe(0);
  });

  it("writes nothing when the body throws after an await, and others never see the uncommitted row", async () => {
    await expect(
      data.transaction(async (tx) => {
        await addFacility(tx, "a");
        await sleep(10);
        expect(await facilityCount()).toBe(0);
        await addFacility(tx, "b");
        throw new Error("card declined");
      }),
    ).rejects.toThrow("card declined");
    expect(await facilityCount()).toBe(0);
    await data.transaction(async (tx) => addFacility(tx, "c"));
    expect(await facilityCount()).toBe(1);
  });

  it("joins a nested call to the running transaction and rolls both back together", async () => {
    await data.transaction(async (tx) => {
      await addFacility(tx, "outer");
      await data.transaction(async (inner) => {
        const [row] = await inner.select({ n: count() }).from(data.t.facilities);
        expect(Number(row?.n)).toBe(1);
        await addFacility(inner, "inner");
      });
    });
    expect(await facilityCount()).toBe(2);
    await expect(
      data.transaction(async (tx) => {
        await addFacility(tx, "outer-2");
        await data.transaction(async (inner) => {
          await addFacility(inner, "inner-2");
          throw new Error("inner failed");
        });
      }),
    ).rejects.toThrow("inner failed");
    expect(await facilityCount()).toBe(2);
  });

  it("refuses to commit when a nested call failed and its error was caught", async () => {
    const attempt = data.transaction(async (tx) => {
      await addFacility(tx, "outer");
      await data
        .transaction(async (inner) => {
          await addFacility(inner, "inner");
          throw new Error("inner failed");
        })
        .catch(() => "ignored");
    });
    await expect(attempt).rejects.toThrow("A nested transaction failed");
    expect(await facilityCount()).toBe(0);
  });

  it("refuses a transaction handle used after its transaction ended", async () => {
    let stale: WriteDb | null = null;
    await data.transaction(async (tx) => {
      stale = tx;
      await addFacility(tx, "first");
    });
    expect(() => (stale as unknown as WriteDb).insert(data.t.facilities)).toThrow("This transaction has ended");
  });

  it("serialises transactions that take the same key: the second reads what the first wrote", async () => {
    const { rateLimits } = data.t;
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        data.transaction(async (tx) => {
          await data.dialect.lockKey("invite:1");
          const [existing] = await tx.select().from(rateLimits).where(eq(rateLimits.key, "invite:1"));
          await sleep(5);
          if (existing) return "cooldown";
          await tx.insert(rateLimits).values({ key: "invite:1", count: 1, resetAt: new Date(0) });
          return "sent";
        }),
      ),
    );
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "cooldown")).toHaveLength(4);
    await expect(data.dialect.lockKey("invite:1")).rejects.toThrow("only means something inside data.transaction()");
  });

  it("locks the rows a read for update returns until its transaction ends", async () => {
    const [facility] = await data.transaction(async (tx) => addFacility(tx, "north"));
    const { facilities } = data.t;
    const rename = (suffix: string) =>
      data.transaction(async (tx) => {
        const [row] = await data.dialect.forUpdate(
          tx
            .select({ name: facilities.name })
            .from(facilities)
            .where(eq(facilities.id, facility?.id ?? 0)),
        );
        await sleep(5);
        await tx
          .update(facilities)
          .set({ name: `${row?.name}${suffix}` })
          .where(eq(facilities.id, facility?.id ?? 0));
      });
    await Promise.all([rename("+a"), rename("+b"), rename("+c")]);
    const [row] = await data.read.select({ name: facilities.name }).from(facilities);
    // A lost update would leave fewer than three suffixes.
    expect(row?.name).toHaveLength("north".length + 6);
  });

  it("deletes a replaced logo's bytes, and a document's bytes with the customer that owns it", async () => {
    const { facilities, files, customers, documents } = data.t;
    const fileIds = async () =>
      (await data.read.select({ id: files.id }).from(files)).map((r) => r.id).sort((a, b) => a - b);
    const [facility] = await data.transaction(async (tx) => addFacility(tx, "north"));
    const facilityId = facility?.id ?? 0;
    const addFile = (tx: WriteDb, fileName: string) =>
      tx
        .insert(files)
        .values({ facilityId, fileName, contentType: "image/png", size: 1, sha256: "x", data: Buffer.from([1]) })
        .returning({ id: files.id });
    const [oldLogo, newLogo, signed] = await data.transaction(async (tx) => {
      const made = [
        ...(await addFile(tx, "old.png")),
        ...(await addFile(tx, "new.png")),
        ...(await addFile(tx, "signed.pdf")),
      ];
      const [customer] = await tx
        .insert(customers)
        .values({ facilityId, name: "Ada", sortName: "ada" })
        .returning({ id: customers.id });
      await tx.update(facilities).set({ logoFileId: made[0]?.id }).where(eq(facilities.id, facilityId));
      await tx.insert(documents).values({
        facilityId,
        customerId: customer?.id ?? 0,
        title: "Agreement",
        kind: "AGREEMENT",
        fileId: made[2]?.id ?? 0,
      });
      return made.map((f) => f.id);
    });
    await data.transaction(async (tx) => {
      await tx.update(facilities).set({ logoFileId: newLogo }).where(eq(facilities.id, facilityId));
    });
    expect(await fileIds()).toEqual([newLogo, signed]);
    expect(oldLogo).toBeDefined();
    await data.transaction(async (tx) => {
      await tx.delete(customers).where(eq(customers.facilityId, facilityId));
    });
    expect(await fileIds()).toEqual([newLogo]);
  });

  describe("statements prepared once", () => {
    const facilityBySlug = preparedRead("engines_facility_by_slug", (db, t) =>
      db
        .select({ id: t.facilities.id, name: t.facilities.name })
        .from(t.facilities)
        .where(eq(t.facilities.slug, sql.placeholder("slug")))
        .limit(1),
    );
    const facilitiesIn = preparedRead("engines_facilities_in", (db, t, dialect) =>
      db
        .select({ slug: t.facilities.slug })
        .from(t.facilities)
        .where(dialect.inList(t.facilities.id, sql.placeholder("ids")))
        .orderBy(t.facilities.id),
    );

    it("compiles a repeated prepared read once, whatever the length of its list", async () => {
      const ids = await data.transaction(async (tx) => [
        ...(await addFacility(tx, "north")),
        ...(await addFacility(tx, "south")),
        ...(await addFacility(tx, "east")),
      ]);
      const [first] = await facilityBySlug(data).execute({ slug: "north" });
      expect(first).toEqual({ id: ids[0]?.id, name: "north" });
      await facilitiesIn(data).execute({ ids: data.dialect.listParam([]) });

      const warm = data.stats.compilations;
      for (const slug of ["south", "east", "missing"]) await facilityBySlug(data).execute({ slug });
      const lists: string[][] = [];
      for (const list of [[ids[0]?.id ?? 0], ids.map((r) => r.id), [99, ids[2]?.id ?? 0]]) {
        lists.push((await facilitiesIn(data).execute({ ids: data.dialect.listParam(list) })).map((r) => r.slug));
      }
      expect(lists).toEqual([["north"], ["north", "south", "east"], ["east"]]);
      expect(data.stats.compilations - warm).toBe(0);
    });

    it("counts a query built per call every time it runs", async () => {
      const before = data.stats.compilations;
      await facilityCount();
      await facilityCount();
      expect(data.stats.compilations - before).toBe(2);
    });
  });

  it("matches a literal list of any length with one parameter", async () => {
    await data.transaction(async (tx) => {
      await addFacility(tx, "a");
      await addFacility(tx, "b");
    });
    const { facilities } = data.t;
    const ids = (await data.read.select({ id: facilities.id }).from(facilities)).map((r) => r.id);
    const condition = (list: ListValues) => data.dialect.inList(facilities.id, list);
    for (const list of [[], [1], [1, 2, 3, 4, 5, 6, 7, 8]]) {
      const query = data.read.select({ slug: facilities.slug }).from(facilities).where(condition(list));
      expect(query.toSQL().params).toHaveLength(1);
    }
    const slugs = async (list: ListValues) =>
      (await data.read.select({ slug: facilities.slug }).from(facilities).where(condition(list)))
        .map((r) => r.slug)
        .sort();
    expect(await slugs([...ids, 999])).toEqual(["a", "b"]);
    expect(await slugs([])).toEqual([]);
  });

  it("reads a list inside a row as JSON with the types a plain read of its columns gives", async () => {
    const { customers } = data.t;
    const [withPeople, without] = await data.transaction(async (tx) => {
      const made = [...(await addFacility(tx, "north")), ...(await addFacility(tx, "south"))];
      const facilityId = made[0]?.id ?? 0;
      const people = [
        { name: `Ada O'Brien "Ned" — ü ✓`, email: "ada@example.com", paymentMethodConnected: true },
        { name: "Grace", email: null, paymentMethodConnected: false, archivedAt: new Date("2026-03-02T10:20:30.456Z") },
        { name: "Zed \\ [1, 2]", email: "{}", paymentMethodConnected: false },
      ];
      for (const p of people) {
        await tx.insert(customers).values({ facilityId, sortName: p.name.toLowerCase(), ...p });
      }
      return made.map((f) => f.id);
    });
    const fields = {
      id: customers.id,
      name: customers.name,
      email: customers.email,
      connected: customers.paymentMethodConnected,
      createdAt: customers.createdAt,
      archivedAt: customers.archivedAt,
      phone: customers.phone,
    };
    const listed = preparedRead("engines_json_rows", (db, t, dialect) =>
      db
        .select({
          slug: t.facilities.slug,
          people: jsonRows(db, dialect, {
            fields,
            from: t.customers,
            where: eq(t.customers.facilityId, t.facilities.id),
            orderBy: [desc(t.customers.name), asc(t.customers.id)],
          }),
        })
        .from(t.facilities)
        .where(eq(t.facilities.id, sql.placeholder("id"))),
    );
    const [north] = await listed(data).execute({ id: withPeople });
    const plain = await data.read
      .select(fields)
      .from(customers)
      .where(eq(customers.facilityId, withPeople ?? 0))
      .orderBy(desc(customers.name), asc(customers.id));
    expect(north?.people).toEqual(plain);
    expect(north?.people.map((p) => [typeof p.id, p.connected, p.createdAt instanceof Date])).toEqual([
      ["number", false, true],
      ["number", false, true],
      ["number", true, true],
    ]);
    expect(north?.people[1]?.archivedAt?.toISOString()).toBe("2026-03-02T10:20:30.456Z");
    const [south] = await listed(data).execute({ id: without });
    expect(south).toEqual({ slug: "south", people: [] });
  });

  it("finds customers by the same search terms", async () => {
    const { customers } = data.t;
    const facilityId = await data.transaction(async (tx) => {
      const [facility] = await addFacility(tx, "north");
      const id = facility?.id ?? 0;
      const people = [
        { name: "Ada Lovelace", email: "ada@example.com", phoneDigits: "12075550148" },
        { name: "Grace Hopper", email: "grace_h@navy.example", phoneDigits: "12075559999" },
        { name: "Alan 100% Turing", email: null, phoneDigits: null },
      ];
      for (const p of people) {
        await tx.insert(customers).values({ facilityId: id, sortName: p.name.toLowerCase(), ...p });
      }
      return id;
    });
    // Both ways a search finds customers: the rule on each row, and the index lookup (for terms
    // it can serve), which must agree.
    const search = async (terms: { text: string; digits: string[] }[]) => {
      const plan = data.dialect.customerSearch.plan(terms);
      const names = async (condition: SQL, way: string) =>
        (
          await data.read
            .select({ name: customers.name })
            .from(customers)
            .where(and(eq(customers.facilityId, facilityId), condition))
            .prepare(`engines_search_${way}_${plan.shape}`)
            .execute(plan.values)
        )
          .map((r) => r.name)
          .sort();
      const byRow = await names(plan.rowMatches(customers), "row");
      const indexed = plan.indexedMatches?.(sql`${facilityId}`);
      if (indexed)
        expect(await names(sql`${customers.id} IN (SELECT id FROM (${indexed}) AS m)`, "index")).toEqual(byRow);
      return byRow;
    };
    expect(await search([{ text: "LOVE", digits: [] }])).toEqual(["Ada Lovelace"]);
    expect(await search([{ text: "ov", digits: [] }])).toEqual(["Ada Lovelace"]);
    expect(await search([{ text: "example", digits: [] }])).toEqual(["Ada Lovelace", "Grace Hopper"]);
    expect(await search([{ text: "_h", digits: [] }])).toEqual(["Grace Hopper"]);
    expect(await search([{ text: "0%", digits: [] }])).toEqual(["Alan 100% Turing"]);
    expect(await search([{ text: "5559999", digits: ["5559999"] }])).toEqual(["Grace Hopper"]);
    expect(await search([{ text: "55", digits: ["55"] }])).toEqual(["Ada Lovelace", "Grace Hopper"]);
    expect(
      await search([
        { text: "ada", digits: [] },
        { text: "0148", digits: ["0148"] },
      ]),
    ).toEqual(["Ada Lovelace"]);
    expect(
      await search([
        { text: "grace", digits: [] },
        { text: "0148", digits: ["0148"] },
      ]),
    ).toEqual([]);
  });
});

describe("openDataLayerAt", () => {
  it("reads a postgres URL as PostgreSQL and anything else as a SQLite file", () => {
    expect(isPostgresUrl("postgres://portico@127.0.0.1:5432/portico")).toBe(true);
    expect(isPostgresUrl("postgresql://portico@db/portico")).toBe(true);
    expect(isPostgresUrl("data/portico.sqlite")).toBe(false);
    expect(isPostgresUrl("/srv/postgres/portico.sqlite")).toBe(false);
  });

  it("opens SQLite with its synchronous handle", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-open-"));
    const layer = await openDataLayerAt(path.join(dir, "portico.db"));
    try {
      expect(layer.data.engine).toBe("sqlite");
      expect(layer.db).toBeDefined();
    } finally {
      await closeDataLayer(layer);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(testEngine !== "pg")(
    "plans PostgreSQL statements for their own values, except keyed reads, which keep a generic plan",
    async () => {
      const database = await freshPostgresDatabase();
      const data = await openPostgres(database.url);
      const byName = (name: string) =>
        preparedRead(
          name,
          (db, t) =>
            db
              .select({ id: t.facilities.id })
              .from(t.facilities)
              .where(eq(t.facilities.slug, sql.placeholder("slug"))),
          {
            keyed: name === "plan_keyed",
          },
        )(data);
      // Counted on the connection that ran them: run one at a time, a pool hands the same one back.
      const plans = (db: typeof data.read, name: string) =>
        db
          .select({
            generic: sql<number>`generic_plans::int`,
            custom: sql<number>`custom_plans::int`,
            mode: sql<string>`current_setting('plan_cache_mode')`,
          })
          .from(sql`pg_prepared_statements`)
          .where(sql`name = ${name}`);
      try {
        await data.transaction((tx) => tx.insert(data.t.facilities).values({ slug: "plan", name: "Plan" }));
        for (let run = 0; run < 8; run++) {
          expect(await byName("plan_keyed").execute({ slug: "plan" })).toHaveLength(1);
          expect(await byName("plan_each_run").execute({ slug: "plan" })).toHaveLength(1);
        }
        // PostgreSQL's default: five custom plans, then the generic one it keeps.
        expect(await plans(data.keyedRead, "plan_keyed")).toEqual([{ generic: 3, custom: 5, mode: "auto" }]);
        expect(await plans(data.read, "plan_each_run")).toEqual([{ generic: 0, custom: 8, mode: "force_custom_plan" }]);
      } finally {
        await data.close();
        await database.drop();
      }
    },
  );

  it.skipIf(testEngine !== "pg")(
    "keeps the plans of what a transaction runs, so foreign-key checks and triggers are not planned per row",
    async () => {
      const database = await freshPostgresDatabase();
      const data = await openPostgres(database.url);
      const facilityNamed = preparedInTransaction("plan_in_transaction", (tx, t) =>
        tx
          .select({ id: t.facilities.id })
          .from(t.facilities)
          .where(eq(t.facilities.slug, sql.placeholder("slug"))),
      );
      try {
        await data.transaction((tx) => tx.insert(data.t.facilities).values({ slug: "plan", name: "Plan" }));
        // One at a time: the pool hands the same connection back, where the plans are counted.
        for (let run = 0; run < 8; run++) {
          const found = await data.transaction((tx) => facilityNamed(data, tx).execute({ slug: "plan" }));
          expect(found).toHaveLength(1);
        }
        // The setting a foreign key's check and a trigger's statement are planned under: PostgreSQL's
        // default keeps their plans, where force_custom_plan planned each again for every row.
        const seen = await data.transaction((tx) =>
          tx
            .select({
              generic: sql<number>`generic_plans::int`,
              custom: sql<number>`custom_plans::int`,
              mode: sql<string>`current_setting('plan_cache_mode')`,
            })
            .from(sql`pg_prepared_statements`)
            .where(sql`name = 'plan_in_transaction'`),
        );
        expect(seen).toEqual([{ generic: 3, custom: 5, mode: "auto" }]);
        // Reads that are not keyed still plan for their values.
        const read = await data.read
          .select({ mode: sql<string>`current_setting('plan_cache_mode')` })
          .from(data.t.facilities)
          .where(eq(data.t.facilities.slug, "plan"));
        expect(read).toEqual([{ mode: "force_custom_plan" }]);
      } finally {
        await data.close();
        await database.drop();
      }
    },
  );

  it.skipIf(testEngine !== "pg")(
    "opens PostgreSQL without one, and servers starting together migrate once",
    async () => {
      const database = await freshPostgresDatabase({ migrated: false });
      try {
        const layers = await Promise.all([openDataLayerAt(database.url), openDataLayerAt(database.url)]);
        try {
          for (const layer of layers) {
            expect(layer.data.engine).toBe("pg");
            expect(layer.db).toBeUndefined();
            expect(await pendingMigrationsIn(layer.data)).toBe(0);
          }
        } finally {
          await Promise.all(layers.map(closeDataLayer));
        }
      } finally {
        await database.drop();
      }
    },
  );
});
