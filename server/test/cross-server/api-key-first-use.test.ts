// Two servers (each with a Database and pool of its own) on one PostgreSQL answer the first requests
// of a new API key at the same moment: the key's first use must be audited exactly once, and its
// per-minute limit counted across both.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDataLayerAt } from "../../src/db/client.js";
import type { Database } from "../../src/db/database.js";
import { FacilityScope } from "../../src/db/tenancy.js";
import { ManualClock } from "../../src/lib/clock.js";
import { authenticateApiKey, createApiKey } from "../../src/modules/api-keys/api-key.service.js";
import { testEngine } from "../engine.js";
import { createFacility, createStaff } from "../factories.js";
import { countRows } from "../harness.js";
import { freshPostgresDatabase, type TestDatabase } from "../postgres.js";

const onPostgres = testEngine === "pg";

describe.skipIf(!onPostgres)("an API key's first requests on two servers at once", { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let first: Database;
  let second: Database;

  beforeAll(async () => {
    database = await freshPostgresDatabase();
    first = (await openDataLayerAt(database.url)).data;
    second = (await openDataLayerAt(database.url)).data;
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it("audits the first use once and counts every request under one limit", async () => {
    const clock = new ManualClock();
    const facility = await createFacility({ data: first });
    const admin = await createStaff({ data: first }, facility.id);
    const { secret } = await createApiKey(
      first,
      new FacilityScope(facility.id),
      admin.id,
      { name: "Two servers", scope: "READ_ONLY" },
      clock.now(),
    );
    const config = { apiKeyRequestsPerMinute: 15 };
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        authenticateApiKey({ data: i % 2 ? first : second, config }, secret, `10.0.0.${i}`, clock.now()),
      ),
    );
    expect(outcomes.filter((o) => o.status === "OK")).toHaveLength(15);
    expect(outcomes.filter((o) => o.status === "LIMITED")).toHaveLength(5);
    expect(await countRows({ data: first }, "audit_events", "action = 'API_KEY_FIRST_USED'")).toBe(1);
    expect(await countRows({ data: first }, "api_keys", "first_used_at is not null and last_used_at is not null")).toBe(
      1,
    );
  });
});
