import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { sqliteOnlyIt } from "../../test/engine.js";
import { closeDataLayer, openDataLayer } from "./client.js";
import { WRITER_CHECKPOINT_PAGES } from "./sqlite-checkpoints.js";

describe("SQLite checkpoints from a thread of their own", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-checkpoints-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Writes about `pages` pages of log in transactions of the Database (4 kB pages). */
  async function write(layer: ReturnType<typeof openDataLayer>, pages: number) {
    const { data } = layer;
    const [facility] = await data.transaction((tx) =>
      tx
        .insert(data.t.facilities)
        .values({ slug: `c-${Date.now()}`, name: "Checkpoints" })
        .returning(),
    );
    for (let i = 0; i < pages / 40; i++) {
      await data.transaction((tx) =>
        tx.insert(data.t.customers).values(
          Array.from({ length: 40 }, (_, n) => ({
            facilityId: facility?.id ?? 0,
            name: `Person ${i}-${n} ${"x".repeat(60)}`,
            sortName: `person ${i}-${n}`,
            notes: "n".repeat(3000),
          })),
        ),
      );
    }
  }

  sqliteOnlyIt("the writer leaves the log to the thread, which copies it into the database", async () => {
    const file = path.join(dir, "background.sqlite");
    const layer = openDataLayer(file, { backgroundCheckpoints: true });
    try {
      expect(layer.db.$client.pragma("wal_autocheckpoint", { simple: true })).toBe(WRITER_CHECKPOINT_PAGES);
      const before = fs.statSync(file).size;
      // More log than SQLite's default threshold (1,000 pages), far less than the writer's: pages
      // reach the database file itself only through a checkpoint, and only the thread makes one.
      await write(layer, 2_000);
      await vi.waitFor(() => expect(fs.statSync(file).size - before).toBeGreaterThan(4_000_000), {
        timeout: 15_000,
        interval: 100,
      });
    } finally {
      await closeDataLayer(layer);
    }
  });

  it("is off for the data layers of tools and tests: the writer checkpoints as SQLite does", async () => {
    const layer = openDataLayer(path.join(dir, "default.sqlite"));
    try {
      expect(layer.db.$client.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    } finally {
      await closeDataLayer(layer);
    }
  });
});
