import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../../test/engine.js";
import { freshPostgresDatabase, type TestDatabase } from "../../../test/postgres.js";
import { loadConfig } from "../../config.js";
import { ManualClock } from "../../lib/clock.js";
import { closeDataLayer, openDataLayerAt } from "../client.js";
import { seedDemo } from "./demo.js";

// Three servers started together with --seed-demo, each with its own connections to one database,
// as the cluster command starts them.
describe(`demo seed started by three servers at once (${testEngine})`, () => {
  let url: string;
  let pgDatabase: TestDatabase | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    if (testEngine === "pg") {
      pgDatabase = await freshPostgresDatabase();
      url = pgDatabase.url;
    } else {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-seed-"));
      url = path.join(dir, "demo.sqlite");
    }
  });
  afterAll(async () => {
    await pgDatabase?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("seeds once: one of them writes the demo, the others find it there", { timeout: 120_000 }, async () => {
    const layers = await Promise.all([1, 2, 3].map(() => openDataLayerAt(url)));
    try {
      const clock = new ManualClock(new Date("2026-03-02T09:00:00.000Z"));
      const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: url });
      const results = await Promise.all(layers.map(({ data }) => seedDemo({ data, config }, { clock })));
      expect(results.filter((seeded) => seeded !== null).map((seeded) => seeded?.facilityName)).toEqual([
        "Harbor Point Storage",
      ]);
      const { data } = layers[0] as (typeof layers)[number];
      const [facilities] = await data.read.select({ n: count() }).from(data.t.facilities);
      const [staff] = await data.read.select({ n: count() }).from(data.t.staffUsers);
      expect({ facilities: facilities?.n, staff: staff?.n }).toEqual({ facilities: 2, staff: 3 });
    } finally {
      for (const layer of layers) await closeDataLayer(layer);
    }
  });
});
