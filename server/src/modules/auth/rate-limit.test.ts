import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Db, openDataLayer } from "../../db/client.js";
import type { Database } from "../../db/database.js";
import { hitRateLimit, purgeEndedRateLimits } from "./rate-limit.service.js";

let dir: string;
let db: Db;
let data: Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-rate-limit-"));
  ({ db, data } = openDataLayer(path.join(dir, "portico.db")));
});

afterEach(async () => {
  await data.close();
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("purgeEndedRateLimits", () => {
  it("deletes ended windows a chunk at a time and keeps the running ones", async () => {
    const start = new Date("2026-03-02T09:00:00Z");
    for (const key of ["a", "b", "c", "d", "e"]) await hitRateLimit(data, key, 5, 60_000, start);
    await hitRateLimit(data, "still-running", 5, 3_600_000, start);
    const later = new Date(start.getTime() + 60_000);

    const chunks = [await purgeEndedRateLimits(data, later, 2)];
    while (chunks.at(-1) !== 0) chunks.push(await purgeEndedRateLimits(data, later, 2));
    expect(chunks).toEqual([2, 2, 1, 0]);
    expect(await data.read.select({ key: data.t.rateLimits.key }).from(data.t.rateLimits)).toEqual([
      { key: "still-running" },
    ]);
  });
});
