import { describe, expect, it } from "vitest";
import { calendarParts, formatDateTime } from "../../../lib/format";
import { eventTime } from "./EventCard";

describe("event times in the facility's zone", () => {
  // 04:30 UTC on 11 March is the evening of the 10th in Los Angeles.
  const start = "2026-03-11T04:30:00.000Z";

  it("names the zone and keeps the facility's day, wherever the browser is", () => {
    expect(eventTime(start, "2026-03-11T06:00:00.000Z", "America/Los_Angeles")).toBe("21:30 – 23:00 PDT");
    expect(eventTime(start, null, "America/New_York")).toBe("00:30 EDT");
    expect(calendarParts(start, "America/Los_Angeles")).toEqual({ month: "Mar", day: "10", weekday: "Tue" });
    expect(formatDateTime(start, "America/Los_Angeles")).toBe("10 Mar 2026, 21:30");
  });

  it("names the end's day when the event runs past midnight at the facility", () => {
    expect(eventTime(start, "2026-03-11T09:00:00.000Z", "America/Los_Angeles")).toBe("21:30 – 11 Mar 2026, 02:00 PDT");
  });
});
