import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import BetterSqlite3 from "better-sqlite3";
import { count, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import { sqliteOnly } from "../../test/engine.js";
import { type Db, openDatabase } from "./client.js";
import { type Database, preparedRead, type WriteDb } from "./database.js";
import { openSqlite } from "./sqlite.js";
import { FacilityScope } from "./tenancy.js";

// Real timers and real connections: the point is what happens while a transaction body is
// suspended on I/O, which a fake clock would never let anyone else observe.

let dir: string;
let old: Db;
let data: Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-data-"));
  old = openDatabase(path.join(dir, "portico.db"));
  data = openSqlite(old.$client);
});

afterEach(async () => {
  await data.close();
  old.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function facilityCount(): Promise<number> {
  const [row] = await data.read.select({ n: count() }).from(data.t.facilities);
  return row?.n ?? -1;
}

function addFacility(tx: WriteDb, slug: string) {
  return tx.insert(data.t.facilities).values({ slug, name: slug }).returning({ id: data.t.facilities.id });
}

sqliteOnly("Database.transaction on SQLite", () => {
  it("keeps another request's transaction out while its body awaits a real timer", async () => {
    const events: string[] = [];
    let aInserted: () => void = () => {};
    const aHasInserted = new Promise<void>((resolve) => {
      aInserted = resolve;
    });
    const a = data.transaction(async (tx) => {
      await addFacility(tx, "a");
      events.push("a inserted");
      aInserted();
      await sleep(40);
      const [row] = await tx.select({ n: count() }).from(data.t.facilities);
      events.push(`a sees ${row?.n}`);
    });
    await aHasInserted;
    const b = data.transaction(async (tx) => {
      events.push("b starts");
      await addFacility(tx, "b");
    });
    await Promise.all([a, b]);
    expect(events).toEqual(["a inserted", "a sees 1", "b starts"]);
    expect(await facilityCount()).toBe(2);
  });

  it("holds the write lock across the await: another connection cannot write meanwhile", async () => {
    const otherProcess = new BetterSqlite3(old.$client.name);
    otherProcess.pragma("busy_timeout = 0");
    try {
      let otherWrite: unknown = null;
      await data.transaction(async (tx) => {
        await addFacility(tx, "a");
        await sleep(20);
        try {
          otherProcess.prepare("INSERT INTO facilities (slug, name) VALUES ('other', 'other')").run();
        } catch (error) {
          otherWrite = error;
        }
      });
      expect(otherWrite).toMatchObject({ code: "SQLITE_BUSY" });
      otherProcess.prepare("INSERT INTO facilities (slug, name) VALUES ('other', 'other')").run();
      expect(await facilityCount()).toBe(2);
    } finally {
      otherProcess.close();
    }
  });

  it("lets exactly one of ten simultaneous read-then-write bodies win, each awaiting mid-rule", async () => {
    const { rateLimits } = data.t;
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        data.transaction(async (tx) => {
          const [existing] = await tx.select().from(rateLimits).where(eq(rateLimits.key, "invite:1"));
          await sleep(5 + (i % 3));
          if (existing) return "cooldown";
          await tx.insert(rateLimits).values({ key: "invite:1", count: 1, resetAt: new Date(0) });
          return "sent";
        }),
      ),
    );
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "cooldown")).toHaveLength(9);
  });

  it("runs waiting transactions in the order they asked", async () => {
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map((i) =>
        data.transaction(async (tx) => {
          await sleep(i === 0 ? 15 : 1);
          await addFacility(tx, `f${i}`);
          order.push(i);
        }),
      ),
    );
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it("runs work that outlives its transaction in a new one, and refuses the stale handle", async () => {
    const events: string[] = [];
    let late: Promise<unknown> = Promise.resolve();
    let staleTx: WriteDb | null = null;
    await data.transaction(async (tx) => {
      staleTx = tx;
      late = sleep(20).then(() =>
        data.transaction(async (fresh) => {
          events.push("late work starts");
          await addFacility(fresh, "late");
        }),
      );
      await addFacility(tx, "first");
      events.push("first commits");
    });
    await late;
    expect(events).toEqual(["first commits", "late work starts"]);
    expect(await facilityCount()).toBe(2);
    expect(() => (staleTx as unknown as WriteDb).insert(data.t.facilities)).toThrow("This transaction has ended");
  });
});

sqliteOnly("Database.read on SQLite", () => {
  it("does not see what an open transaction has not committed", async () => {
    await data.transaction(async (tx) => {
      await addFacility(tx, "a");
      const [inside] = await tx.select({ n: count() }).from(data.t.facilities);
      expect(inside?.n).toBe(1);
      expect(await facilityCount()).toBe(0);
    });
    expect(await facilityCount()).toBe(1);
  });

  it("refuses writes, at compile time and at run time", async () => {
    // @ts-expect-error the read connection's type has no insert
    const attempt = data.read.insert(data.t.facilities).values({ slug: "x", name: "x" });
    await expect(async () => await attempt).rejects.toThrow("attempt to write a readonly database");
    expect(await facilityCount()).toBe(0);
  });
});

sqliteOnly("the types services see", () => {
  it("offer no synchronous, nested-driver or engine-only calls", () => {
    // Never called: each line is a compile-time assertion that tsc refuses the call.
    const refused = (tx: WriteDb) => {
      // @ts-expect-error drizzle's own transaction is not the helper
      tx.transaction;
      // @ts-expect-error raw execution goes through a named dialect helper
      tx.execute;
      // @ts-expect-error PostgreSQL only
      tx.selectDistinctOn;
      // @ts-expect-error better-sqlite3's synchronous calls
      tx.select().from(data.t.facilities).all();
      // @ts-expect-error better-sqlite3's synchronous calls
      tx.insert(data.t.facilities).values({ slug: "x", name: "x" }).run();
      // @ts-expect-error the reader cannot write
      data.read.update(data.t.facilities);
    };
    expect(typeof refused).toBe("function");
  });
});

sqliteOnly("dialect helpers on SQLite", () => {
  it("need no row or key locks on SQLite, but a key lock outside a transaction is a mistake", async () => {
    await expect(data.dialect.lockKey("invite:1")).rejects.toThrow("only means something inside data.transaction()");
    await data.transaction(async (tx) => {
      await data.dialect.lockKey("invite:1");
      const query = tx.select().from(data.t.facilities);
      expect(data.dialect.forUpdate(query)).toBe(query);
    });
  });
});

sqliteOnly("FacilityScope", () => {
  it("reads only the scoped facility's rows", async () => {
    const { facilities, staffUsers } = data.t;
    const [north, south] = await data.transaction(async (tx) => {
      const made = [...(await addFacility(tx, "north")), ...(await addFacility(tx, "south"))];
      for (const [i, f] of made.entries()) {
        await tx.insert(staffUsers).values({
          facilityId: f.id,
          email: `admin${i}@example.com`,
          name: "Admin",
          role: "ADMIN",
          passwordHash: "x",
        });
      }
      return made;
    });
    if (!north || !south) throw new Error("facilities were not created");
    const scope = new FacilityScope(south.id);
    const rows = await data.read
      .select({ email: staffUsers.email })
      .from(staffUsers)
      .where(scope.where(staffUsers, eq(staffUsers.role, "ADMIN")));
    expect(rows).toEqual([{ email: "admin1@example.com" }]);
    // @ts-expect-error facilities has no facility_id: it cannot be scoped
    scope.where(facilities);
  });

  it("scopes a prepared read through its facilityId placeholder", async () => {
    const { staffUsers } = data.t;
    const adminsOf = preparedRead("admins_of_facility", (db) =>
      db
        .select({ email: staffUsers.email })
        .from(staffUsers)
        .where(FacilityScope.preparedWhere(staffUsers, eq(staffUsers.role, sql.placeholder("role")))),
    );
    const [north, south] = await data.transaction(async (tx) => {
      const made = [...(await addFacility(tx, "north")), ...(await addFacility(tx, "south"))];
      for (const f of made) {
        await tx
          .insert(staffUsers)
          .values({ facilityId: f.id, email: `admin@${f.id}.example`, name: "A", role: "ADMIN", passwordHash: "x" });
      }
      return made;
    });
    if (!north || !south) throw new Error("facilities were not created");
    expect(await adminsOf(data).execute(new FacilityScope(north.id).values({ role: "ADMIN" }))).toEqual([
      { email: `admin@${north.id}.example` },
    ]);
    expect(await adminsOf(data).execute(new FacilityScope(south.id).values({ role: "STAFF" }))).toEqual([]);
  });
});
