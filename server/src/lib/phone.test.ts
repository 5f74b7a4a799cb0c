import { describe, expect, it } from "vitest";
import { formatPhonesIn } from "./phone.js";

describe("numbers inside stored sentences", () => {
  it("are shown as the facility dials them: national at home, international abroad", () => {
    expect(formatPhonesIn("Reminder 2 by email and text to sam@example.com and +12075550100", "US")).toBe(
      "Reminder 2 by email and text to sam@example.com and (207) 555-0100",
    );
    expect(formatPhonesIn("Texted to +447911123456", "US")).toBe("Texted to +44 7911 123456");
    expect(formatPhonesIn("Texted to +12075550100", "GB")).toBe("Texted to +1 207 555 0100");
    expect(formatPhonesIn("Invoice INV-1001 paid, order +12", "US")).toBe("Invoice INV-1001 paid, order +12");
  });
});
