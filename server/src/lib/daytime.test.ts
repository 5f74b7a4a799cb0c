import { describe, expect, it } from "vitest";
import { isDaytime } from "./daytime.js";

describe("isDaytime", () => {
  it("reads the hour on the facility's wall clock, not the server's", () => {
    // 14:30 UTC is 9:30 in New York (EST) and 6:30 in Los Angeles (PST).
    const instant = new Date("2026-01-15T14:30:00Z");
    expect(isDaytime(instant, "America/New_York")).toBe(true);
    expect(isDaytime(instant, "America/Los_Angeles")).toBe(false);
  });

  it("includes 9:00 and excludes 18:00", () => {
    expect(isDaytime(new Date("2026-01-15T09:00:00Z"), "UTC")).toBe(true);
    expect(isDaytime(new Date("2026-01-15T17:59:00Z"), "UTC")).toBe(true);
    expect(isDaytime(new Date("2026-01-15T18:00:00Z"), "UTC")).toBe(false);
    expect(isDaytime(new Date("2026-01-15T08:59:00Z"), "UTC")).toBe(false);
  });

  it("follows daylight saving time", () => {
    // 13:30 UTC is 8:30 EST in January and 9:30 EDT in July.
    expect(isDaytime(new Date("2026-01-15T13:30:00Z"), "America/New_York")).toBe(false);
    expect(isDaytime(new Date("2026-07-15T13:30:00Z"), "America/New_York")).toBe(true);
  });
});
