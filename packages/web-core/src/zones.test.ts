import { describe, expect, it } from "vitest";
import { dayInZone, localIsoDate, zoneAbbreviation, zonedFormat } from "./zones";

describe("zones", () => {
  const lateEvening = new Date("2026-03-11T04:30:00.000Z");

  it("reads the day and the zone's name where the facility is", () => {
    expect(dayInZone(lateEvening, "America/Los_Angeles")).toBe("2026-03-10");
    expect(dayInZone(lateEvening, "Asia/Tokyo")).toBe("2026-03-11");
    expect(zoneAbbreviation(lateEvening, "America/Los_Angeles")).toBe("PDT");
    expect(zoneAbbreviation(new Date("2026-01-10T12:00:00Z"), "America/New_York")).toBe("EST");
  });

  it("falls back to the browser's zone for one it does not know", () => {
    expect(zonedFormat({ hour: "2-digit" }, "Mars/Olympus_Mons").resolvedOptions().timeZone).toBe(
      new Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });

  it("writes today as a date input holds it", () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
