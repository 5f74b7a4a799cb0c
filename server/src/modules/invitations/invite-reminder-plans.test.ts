import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../../test/engine.js";
import { createCustomer, createFacility } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { onPostgres, planOf, statementOf } from "../../../test/query-plans.js";
import { DAY, HOUR } from "../../lib/clock.js";
import { dueReminders } from "./invite-reminders.service.js";

// The reminder job's look for due invites reads the facility's recent pending invites through
// invitations_facility_pending, never the whole table, however many invites other facilities and older
// months hold.

describe("the reminder job's query reads one index", () => {
  let app: TestApp;
  let facilityId: number;

  beforeAll(async () => {
    app = await startTestApp();
    facilityId = (await createFacility(app, { name: "Plan Harbor" })).id;
    const other = (await createFacility(app, { name: "Plan Lakeside" })).id;
    const customer = await createCustomer(app, facilityId, { name: "Pat Plan" });
    const foreign = await createCustomer(app, other, { name: "Kim Plan" });
    const now = app.clock.now().getTime();
    const rows = Array.from({ length: 4_000 }, (_, i) => {
      const mine = i % 4 === 0;
      // Most invites are months old (accepted, voided or long expired); a few are recent.
      const createdAt = new Date(now - (i % 10 === 0 ? (i % 9) * DAY : 90 * DAY + i * HOUR));
      return {
        facilityId: mine ? facilityId : other,
        customerId: mine ? customer.id : foreign.id,
        email: `plan${i}@example.com`,
        expiresAt: new Date(createdAt.getTime() + 7 * DAY),
        state: (i % 3 === 0 ? "ACCEPTED" : "PENDING") as "ACCEPTED" | "PENDING",
        createdAt,
      };
    });
    for (let i = 0; i < rows.length; i += 500) {
      await app.data.transaction((tx) => tx.insert(app.data.t.invitations).values(rows.slice(i, i + 500)));
    }
    if (testEngine === "pg") await onPostgres(app, (client) => client.query("ANALYZE invitations"));
  });
  afterAll(() => app.close());

  it.each([
    ["a first chunk", 0],
    ["a later chunk", 1_000],
  ])("%s", async (_name, afterId) => {
    const ran = await statementOf(app, () =>
      dueReminders(app.data, { facilityId, days: [3, 7], now: app.clock.now(), afterId, limit: 100 }),
    );
    const plan = await planOf(app, ran, "invitations");
    expect({ indexes: plan.indexes.filter((name) => name.startsWith("invitations_")), scans: plan.scansTable }).toEqual(
      { indexes: ["invitations_facility_pending"], scans: false },
    );
  });
});
