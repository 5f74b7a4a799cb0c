import { describe, expect, it } from "vitest";
import {
  clockInZone,
  dayInZone,
  facilityToday,
  isRepeatedWallTime,
  skippedWallTime,
  zoneAbbreviation,
  zonedTime,
  zoneLabel,
} from "./dates";

describe("facility time zones", () => {
  it("turns a wall-clock time in a zone into the moment, across daylight-saving changes", () => {
    expect(zonedTime("2026-03-10", "21:30", "America/Los_Angeles")?.toISOString()).toBe("2026-03-11T04:30:00.000Z");
    expect(zonedTime("2026-03-08", "01:30", "America/Los_Angeles")?.toISOString()).toBe("2026-03-08T09:30:00.000Z");
    expect(zonedTime("2026-03-08", "03:30", "America/Los_Angeles")?.toISOString()).toBe("2026-03-08T10:30:00.000Z");
    expect(zonedTime("2026-07-01", "09:00", "Europe/Paris")?.toISOString()).toBe("2026-07-01T07:00:00.000Z");
  });

  it("has no moment for a time the clocks skip, and says what the clock reads instead", () => {
    expect(zonedTime("2026-03-08", "02:30", "America/Los_Angeles")).toBeNull();
    expect(skippedWallTime("2026-03-08", "02:30", "America/Los_Angeles")).toBe("03:30");
    expect(zonedTime("2026-03-29", "02:15", "Europe/Paris")).toBeNull();
    expect(skippedWallTime("2026-03-29", "02:15", "Europe/Paris")).toBe("03:15");
    expect(skippedWallTime("2026-03-08", "03:30", "America/Los_Angeles")).toBeNull();
    expect(skippedWallTime("2026-03-08", "02:30", "Asia/Tokyo")).toBeNull();
  });

  it("reads a time that happens twice, when clocks go back, as the first of the two, east and west", () => {
    // 01:30 PDT, then 01:30 PST an hour later.
    expect(zonedTime("2026-11-01", "01:30", "America/Los_Angeles")?.toISOString()).toBe("2026-11-01T08:30:00.000Z");
    // 02:30 CEST, then 02:30 CET an hour later.
    expect(zonedTime("2026-10-25", "02:30", "Europe/Paris")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(zonedTime("2026-10-25", "03:30", "Europe/Paris")?.toISOString()).toBe("2026-10-25T02:30:00.000Z");
    expect(isRepeatedWallTime("2026-11-01", "01:30", "America/Los_Angeles")).toBe(true);
    expect(isRepeatedWallTime("2026-11-01", "02:30", "America/Los_Angeles")).toBe(false);
  });

  it("refuses what is not a day and a time", () => {
    expect(zonedTime("2026-02-30", "10:00", "Europe/Paris")).toBeNull();
    expect(zonedTime("2026-02-03", "24:00", "Europe/Paris")).toBeNull();
    expect(zonedTime("", "10:00", "Europe/Paris")).toBeNull();
  });

  it("knows the facility's today, which is not the browser's late in the day", () => {
    const lateInCalifornia = new Date("2026-03-11T06:30:00Z");
    expect(facilityToday("America/Los_Angeles", lateInCalifornia)).toBe("2026-03-10");
    expect(facilityToday("Asia/Tokyo", lateInCalifornia)).toBe("2026-03-11");
  });

  it("writes a moment in the zone, named", () => {
    expect(zoneAbbreviation(new Date("2026-03-11T04:30:00Z"), "America/Los_Angeles")).toBe("PDT");
    expect(clockInZone(new Date("2026-03-11T04:30:00Z"), "America/Los_Angeles")).toBe("21:30");
    expect(dayInZone(new Date("2026-03-11T04:30:00Z"), "America/Los_Angeles")).toBe("2026-03-10");
    expect(zoneLabel("America/Los_Angeles", new Date("2026-03-11T04:30:00Z"))).toBe("America/Los Angeles (GMT-7)");
  });
});
