import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerInPortal, twoFacilities } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";

// The reminder settings are a facility's own: an admin changes only their facility's, staff read
// only theirs, and a portal person or anonymous caller reads and changes none.

const read = `{ facility { id careReminders { contracts invoicesDueDays events } } }`;
const update = `mutation($input: CareReminderSettingsInput!) { updateCareReminders(input: $input) { id careReminders { invoicesDueDays events } } }`;
const input = {
  contracts: true,
  contractsAfterDays: 3,
  invoicesDue: true,
  invoicesDueDays: 9,
  invoicesOverdue: true,
  estimates: true,
  estimatesAfterDays: 3,
  events: false,
};

describe("reminder settings stay within their facility", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("an admin's change touches only their facility; each facility's staff read their own", async () => {
    const { a, b, asA, asB } = await twoFacilities(app);
    const saved = await asA.ok<{ updateCareReminders: { id: string } }>(update, { input });
    expect(saved.updateCareReminders.id).toBe(String(a.id));
    expect(await asA.ok(read)).toEqual({
      facility: { id: String(a.id), careReminders: { contracts: true, invoicesDueDays: 9, events: false } },
    });
    expect(await asB.ok(read)).toEqual({
      facility: { id: String(b.id), careReminders: { contracts: true, invoicesDueDays: 3, events: true } },
    });
  });

  it("a portal person and an anonymous caller can neither read nor change them", async () => {
    const { a, asA } = await twoFacilities(app);
    const { browser } = await customerInPortal(app, asA, a.id, { name: "Pat", email: "pat.reminders@example.com" });
    for (const caller of [browser, app.client()]) {
      const reading = await caller.gql(read);
      expect(reading.data?.facility ?? null).toBeNull();
      expect(["FORBIDDEN", "UNAUTHENTICATED"]).toContain(reading.errors?.[0]?.extensions?.code);
      const changing = await caller.gql(update, { input });
      expect(["FORBIDDEN", "UNAUTHENTICATED"]).toContain(changing.errors?.[0]?.extensions?.code);
    }
    expect(await asA.ok(read)).toMatchObject({ facility: { careReminders: { invoicesDueDays: 3 } } });
  });
});
