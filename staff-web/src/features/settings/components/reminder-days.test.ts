import { describe, expect, it } from "vitest";
import { reminderDaysError, sortedDays, toPortalSettingsInput } from "./portal-settings-form";

describe("invite reminder days in the settings form", () => {
  it("accepts up to three days up to the link's expiry, as the server does", () => {
    expect(reminderDaysError(["3", "7"], 7)).toBeNull();
    expect(reminderDaysError([], 7)).toBeNull();
    expect(reminderDaysError(["1", "2", "3", "4"], 7)).toBe("At most 3 reminders");
    expect(reminderDaysError(["3", "8"], 7)).toBe(
      "A reminder on day 8 would come after the invite link expires (7 days): pick an earlier day or a longer expiry",
    );
  });

  it("sends the days as numbers, ascending", () => {
    expect(sortedDays(["7", "3", "10"])).toEqual([3, 7, 10]);
    const input = toPortalSettingsInput({
      signInMethod: "MAGIC_LINK",
      inviteExpiryDays: 14,
      resendCooldownHours: 24,
      inviteRemindersEnabled: false,
      inviteReminderDays: ["10", "2"],
      welcomeMessage: "",
      sections: [],
      onboarding: { signContracts: false, addPaymentMethod: false, completeProfile: false },
      offlinePaymentInstructions: "",
      allowEstimateLineChoice: true,
      timeZone: "America/New_York",
      country: "US",
    });
    expect(input).toMatchObject({ inviteRemindersEnabled: false, inviteReminderDays: [2, 10] });
  });
});
