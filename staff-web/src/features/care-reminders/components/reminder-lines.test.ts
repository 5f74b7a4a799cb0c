import { describe, expect, it } from "vitest";
import { reminderChannel, reminderChannelLine, reminderItemLabel } from "./reminder-lines";

describe("a reminder in staff's words", () => {
  it("names each item at its stage", () => {
    expect(reminderItemLabel({ kind: "INVOICE", stage: 0 })).toBe("Invoice due soon");
    expect(reminderItemLabel({ kind: "INVOICE", stage: 1 })).toBe("Invoice overdue");
    expect(reminderItemLabel({ kind: "INVOICE", stage: 3 })).toBe("Invoice overdue (reminder 3)");
    expect(reminderItemLabel({ kind: "CONTRACT", stage: 2 })).toBe("Contract to sign (reminder 2)");
    expect(reminderItemLabel({ kind: "ESTIMATE", stage: 1 })).toBe("Estimate waiting for an answer");
    expect(reminderItemLabel({ kind: "EVENT", stage: 1 })).toBe("Event tomorrow");
  });

  it("says whether it went by email, text or both", () => {
    expect(reminderChannelLine({ toEmail: "sam@example.com", toPhoneDisplay: null })).toBe(
      "By email to sam@example.com",
    );
    expect(reminderChannelLine({ toEmail: null, toPhoneDisplay: "(207) 555-0100" })).toBe("By text to (207) 555-0100");
    expect(reminderChannelLine({ toEmail: "sam@example.com", toPhoneDisplay: "(207) 555-0100" })).toBe(
      "By email to sam@example.com and by text to (207) 555-0100",
    );
    // A text-only reminder from before the number was kept with it.
    expect(reminderChannelLine({ toEmail: null, toPhoneDisplay: null })).toBe("By text");
    expect(reminderChannel({ toEmail: null, toPhoneDisplay: null })).toBe("Text");
    expect(reminderChannel({ toEmail: "sam@example.com", toPhoneDisplay: null })).toBe("Email");
    expect(reminderChannel({ toEmail: "sam@example.com", toPhoneDisplay: "(207) 555-0100" })).toBe("Email and text");
  });
});
