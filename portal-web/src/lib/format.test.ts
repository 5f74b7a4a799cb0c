import { clockTime, dateTime, dayLabel, shortDate } from "@portico/web-core/time";
import { setFacilityTimeZone } from "@portico/web-core/zones";
import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay, formatMoment, formatTime } from "./format";

// The portal writes its dates with Intl alone (nothing to load on a phone); the dashboard with
// web-core's time module. Both must read alike: "2 Mar 2026, 21:30" on the facility's clock.
describe("one date and time convention with the dashboard", () => {
  afterEach(() => setFacilityTimeZone(undefined));
  const moments = ["2026-03-10T04:30:05Z", "2026-11-01T08:30:00Z", "2026-12-31T23:59:00Z"].map((iso) => new Date(iso));

  for (const zone of ["America/Los_Angeles", "America/New_York", "Asia/Tokyo", "Europe/London"]) {
    it(`writes every moment as the dashboard does, in ${zone}`, () => {
      setFacilityTimeZone(zone);
      for (const at of moments) {
        expect(formatDate(at)).toBe(shortDate(at));
        expect(formatTime(at)).toBe(clockTime(at));
        expect(formatDay(at)).toBe(dayLabel(at));
        expect(formatDateTime(at)).toBe(`${shortDate(at)}, ${clockTime(at)}`);
        expect(formatMoment(at)).toBe(dateTime(at));
      }
    });
  }

  it("writes a calendar day as the day it is, as the dashboard does", () => {
    setFacilityTimeZone("Pacific/Honolulu");
    expect(formatDate("2026-03-02")).toBe("2 Mar 2026");
    expect(formatDate("2026-03-02")).toBe(shortDate("2026-03-02"));
    expect(formatDay("2026-03-02")).toBe(dayLabel("2026-03-02"));
  });
});
