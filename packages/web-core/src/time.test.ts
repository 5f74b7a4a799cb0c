import { describe, expect, it } from "vitest";
import { compactDuration, dateTime, relativeTime, shortDate } from "./time";
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
