import { describe, expect, it } from "vitest";
import { clockInZone, dayInZone, zoneAbbreviation, zonedTime, zoneLabel } from "./dates";

describe("facility time zones", () => {
  it("turns a wall-clock time in a zone into the moment, across daylight-saving changes", () => {
    expect(zonedTime("2026-03-10", "21:30", "America/Los_Angeles")?.toISOString()).toBe("2026-03-11T04:30:00.000Z");
    expect(zonedTime("2026-03-08", "01:30", "America/Los_Angeles")?.toISOString()).toBe("2026-03-08T09:30:00.000Z");
    expect(zonedTime("2026-03-08", "03:30", "America/Los_Angeles")?.toISOString()).toBe("2026-03-08T10:30:00.000Z");
    expect(zonedTime("2026-07-01", "09:00", "Europe/Paris")?.toISOString()).toBe("2026-07-01T07:00:00.000Z");
  });

  it("writes a moment in the zone, named", () => {
    expect(zoneAbbreviation(new Date("2026-03-11T04:30:00Z"), "America/Los_Angeles")).toBe("PDT");
    expect(clockInZone(new Date("2026-03-11T04:30:00Z"), "America/Los_Angeles")).toBe("21:30");
    expect(dayInZone(new Date("2026-03-11T04:30:00Z"), "America/Los_Angeles")).toBe("2026-03-10");
    expect(zoneLabel("America/Los_Angeles", new Date("2026-03-11T04:30:00Z"))).toBe("America/Los Angeles (GMT-7)");
  });
});
