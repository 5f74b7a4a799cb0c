import { describe, expect, it } from "vitest";
import { localDate } from "./time-zone.js";

describe("localDate", () => {
  it("turns the day at the zone's midnight, whatever it answered for the minute before", () => {
    // New York is UTC−5 in March before the clocks change: its midnight is 05:00 UTC.
    expect(localDate(new Date("2026-03-02T04:59:59.999Z"), "America/New_York")).toBe("2026-03-01");
    expect(localDate(new Date("2026-03-02T05:00:00.000Z"), "America/New_York")).toBe("2026-03-02");
    expect(localDate(new Date("2026-03-02T04:59:00.000Z"), "America/New_York")).toBe("2026-03-01");
  });

  it("answers each zone for itself in the same minute", () => {
    const instant = new Date("2026-03-02T02:30:00Z");
    expect(localDate(instant, "America/Los_Angeles")).toBe("2026-03-01");
    expect(localDate(instant, "Asia/Kolkata")).toBe("2026-03-02");
    expect(localDate(instant, "America/Los_Angeles")).toBe("2026-03-01");
  });

  it("keeps a day boundary that falls on a half hour (UTC+5:30, UTC+5:45)", () => {
    expect(localDate(new Date("2026-03-01T18:29:59Z"), "Asia/Kolkata")).toBe("2026-03-01");
    expect(localDate(new Date("2026-03-01T18:30:00Z"), "Asia/Kolkata")).toBe("2026-03-02");
    expect(localDate(new Date("2026-03-01T18:14:59Z"), "Asia/Kathmandu")).toBe("2026-03-01");
    expect(localDate(new Date("2026-03-01T18:15:00Z"), "Asia/Kathmandu")).toBe("2026-03-02");
  });
});
