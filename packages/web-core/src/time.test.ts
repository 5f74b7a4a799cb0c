import { describe, expect, it } from "vitest";
import { clockTime, compactDuration, dateTime, dayLabel, dayRange, relativeTime, shortDate, weekdayName } from "./time";
import { setFacilityTimeZone } from "./zones";

const at = (iso: string) => new Date(iso);

describe("compactDuration", () => {
  it("shows hours and minutes inside a day", () => {
    expect(compactDuration(at("2026-03-02T09:00:00Z"), at("2026-03-02T12:12:30Z"))).toBe("3 h 12 m");
  });
  it("shows minutes alone under an hour", () => {
    expect(compactDuration(at("2026-03-02T09:00:00Z"), at("2026-03-02T09:45:00Z"))).toBe("45 m");
  });
  it("shows days and hours past a day", () => {
    expect(compactDuration(at("2026-03-02T09:00:00Z"), at("2026-03-04T13:20:00Z"))).toBe("2 d 4 h");
  });
  it("never shows zero", () => {
    expect(compactDuration(at("2026-03-02T09:00:00Z"), at("2026-03-02T09:00:20Z"))).toBe("under a minute");
  });
});

describe("relativeTime", () => {
  const now = at("2026-03-02T09:00:00Z");
  it("says how long ago a past moment was", () => {
    expect(relativeTime(at("2026-03-02T08:57:00Z"), now)).toBe("3 minutes ago");
    expect(relativeTime(at("2026-02-28T09:00:00Z"), now)).toBe("2 days ago");
  });
  it("says just now under a minute", () => {
    expect(relativeTime(at("2026-03-02T08:59:30Z"), now)).toBe("just now");
  });
  it("never points forward when the page's clock is behind the server's", () => {
    expect(relativeTime(at("2026-03-02T09:00:02Z"), now)).toBe("just now");
    expect(relativeTime(at("2026-03-02T09:05:00Z"), now)).toBe("just now");
  });
});

describe("dateTime and shortDate on the facility's clock", () => {
  const at = new Date("2026-03-10T04:30:00Z");
  it("writes the facility's wall time, naming its zone where the browser's clock reads otherwise", () => {
    const local = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const label = local === "America/Los_Angeles" ? "" : " PDT";
    expect(dateTime(at, "America/Los_Angeles")).toBe(`9 Mar 2026, 21:30${label}`);
    expect(shortDate(at, "America/Los_Angeles")).toBe("9 Mar 2026");
  });
  it("follows the facility's zone once the app knows it", () => {
    setFacilityTimeZone("Asia/Tokyo");
    try {
      expect(dateTime(at)).toMatch(/^10 Mar 2026, 13:30( GMT\+9)?$/);
    } finally {
      setFacilityTimeZone(undefined);
    }
  });
  it("writes a calendar date as the day it is, in any zone", () => {
    expect(shortDate("2026-03-02", "Pacific/Honolulu")).toBe("2 Mar 2026");
    expect(shortDate("2026-03-02", "Asia/Tokyo")).toBe("2 Mar 2026");
  });
});

describe("the dashboard's other dates, in the one convention", () => {
  // 04:30 UTC on 10 Mar 2026: 21:30 the evening before in Los Angeles, Tuesday morning in Tokyo.
  const at = new Date("2026-03-10T04:30:05Z");
  it("writes days, weekdays and clocks on the facility's calendar", () => {
    setFacilityTimeZone("America/Los_Angeles");
    try {
      expect(clockTime(at)).toBe("21:30");
      expect(dayLabel(at)).toBe("Mon 9 Mar");
      expect(dayLabel(at, { weekday: "long", month: "long" })).toBe("Monday 9 March");
      expect(dayLabel(at, { weekday: false, year: true })).toBe("9 Mar 2026");
      expect(weekdayName(at)).toBe("Mon");
      expect(dayLabel(at, {}, "Asia/Tokyo")).toBe("Tue 10 Mar");
    } finally {
      setFacilityTimeZone(undefined);
    }
  });
  it("names the zone on a signature's time, to the second", () => {
    expect(dateTime(at, "America/Los_Angeles", { seconds: true, zone: "always" })).toBe("9 Mar 2026, 21:30:05 PDT");
    expect(dateTime(at, "Asia/Tokyo", { year: false })).toMatch(/^10 Mar, 13:30( GMT\+9)?$/);
  });
  it("writes calendar days and spans of them as the days they are", () => {
    expect(dayLabel("2026-11-24", { year: true }, "Pacific/Honolulu")).toBe("Tue 24 Nov 2026");
    expect(dayRange("2026-11-16", "2026-11-22")).toBe("16 – 22 Nov 2026");
    expect(dayRange("2026-11-30", "2026-12-06")).toBe("30 Nov – 6 Dec 2026");
    expect(dayRange("2025-12-29", "2026-01-04")).toBe("29 Dec 2025 – 4 Jan 2026");
  });
});
