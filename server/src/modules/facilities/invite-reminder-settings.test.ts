import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twoFacilities } from "../../../test/factories.js";
import { countRows, startTestApp, type TestApp } from "../../../test/harness.js";

const SAVE = `mutation($input: PortalSettingsInput!) {
  updatePortalSettings(input: $input) { inviteRemindersEnabled inviteReminderDays }
}`;
const READ = `{ facility { inviteRemindersEnabled inviteReminderDays } }`;

describe("Settings → Portal: invite reminders", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  const save = (extra: Record<string, unknown>, inviteExpiryDays = 7) =>
    t.asA.gql<{ updatePortalSettings: { inviteRemindersEnabled: boolean; inviteReminderDays: number[] } }>(SAVE, {
      input: { signInMethod: "MAGIC_LINK", inviteExpiryDays, resendCooldownHours: 24, ...extra },
    });

  it("is on, on days 3 and 7, by default", async () => {
    const read = await t.asA.ok<{ facility: unknown }>(READ);
    expect(read.facility).toEqual({ inviteRemindersEnabled: true, inviteReminderDays: [3, 7] });
  });

  it("saves days in order, turns off and on, and the audit line names the fields", async () => {
    const saved = await save({ inviteRemindersEnabled: false, inviteReminderDays: [5, 2, 9] }, 10);
    expect(saved.data?.updatePortalSettings).toEqual({ inviteRemindersEnabled: false, inviteReminderDays: [2, 5, 9] });
    expect(
      await countRows(
        app,
        "audit_events",
        "action = 'SETTINGS_CHANGED' AND facility_id = ? AND details LIKE ?",
        t.a.id,
        "%inviteReminderDays%",
      ),
    ).toBe(1);
    const back = await save({ inviteRemindersEnabled: true, inviteReminderDays: [3, 7] });
    expect(back.data?.updatePortalSettings).toEqual({ inviteRemindersEnabled: true, inviteReminderDays: [3, 7] });
    // Left out, they stay as they are.
    const kept = await save({});
    expect(kept.data?.updatePortalSettings).toEqual({ inviteRemindersEnabled: true, inviteReminderDays: [3, 7] });
    // The other facility is untouched.
    expect((await t.asB.ok<{ facility: unknown }>(READ)).facility).toEqual({
      inviteRemindersEnabled: true,
      inviteReminderDays: [3, 7],
    });
  });

  it.each([
    [[1, 2, 3, 4], 7, "At most three reminders"],
    [[0, 3], 7, "A reminder goes out at least 1 day after the invite"],
    [[3, 3], 7, "Each reminder needs a different day"],
    [[3, 8], 7, "A reminder on day 8 would come after the invite link expires (7 days)"],
  ])("refuses %j with a %i-day link: “%s”", async (days, expiry, message) => {
    const result = await save({ inviteReminderDays: days }, expiry);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result.errors?.[0])).toContain(message);
  });

  it("an empty list means no reminder days", async () => {
    const saved = await save({ inviteReminderDays: [] });
    expect(saved.data?.updatePortalSettings.inviteReminderDays).toEqual([]);
    await save({ inviteReminderDays: [3, 7] });
  });
});
