import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createFacility, createInvoice } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { createLogger } from "../../lib/logger.js";
import { addDays, zonedTime } from "../../lib/time-zone.js";
import { createCareReminderJob } from "./care-reminders.job.js";

describe("the reminder job", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("runs a pass when nudged once started, not before, and wakes the outbox after it", async () => {
    app.clock.set(zonedTime("2026-03-02", "11:00", "America/Chicago"));
    const f = await createFacility(app, { timeZone: "America/Chicago" });
    const c = await createCustomer(app, f.id, { email: "job@example.com" });
    await createInvoice(app, f.id, c.id, { dueOn: addDays("2026-03-02", 2) });
    let nudges = 0;
    const job = createCareReminderJob({
      data: app.data,
      clock: app.clock,
      logger: createLogger("silent"),
      config: app.config,
      nudgeOutbox: () => nudges++,
      everyMs: 3_600_000,
    });
    job.nudge();
    expect(nudges).toBe(0);
    job.start();
    job.nudge();
    // The nudged pass is the running one: runOnce awaits it rather than starting another.
    expect(await job.runOnce()).toBe(1);
    expect(nudges).toBeGreaterThan(0);
    await job.stop();
    expect(await job.runOnce()).toBe(0);
  });
});
