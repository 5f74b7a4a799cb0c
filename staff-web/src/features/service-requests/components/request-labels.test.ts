import { setFacilityTimeZone } from "@portico/web-core/zones";
import { describe, expect, it } from "vitest";
import { calendarDay } from "./request-labels";

describe("calendarDay", () => {
  it("writes a preferred date as the day it is, in the dashboard's convention, whatever the zone", () => {
    setFacilityTimeZone("Pacific/Honolulu");
    expect(calendarDay("2026-11-24")).toBe("Tue 24 Nov 2026");
    setFacilityTimeZone("Asia/Tokyo");
    expect(calendarDay("2026-11-24")).toBe("Tue 24 Nov 2026");
  });
});
