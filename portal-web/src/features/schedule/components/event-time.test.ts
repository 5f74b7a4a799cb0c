import { describe, expect, it } from "vitest";
import { calendarParts, formatDateTime } from "../../../lib/format";
import { eventTime } from "./EventCard";

describe("event times in the facility's zone", () => {
  // 04:30 UTC on 11 March is the evening of the 10th in Los Angeles.
  const start = "2026-03-11T04:30:00.000Z";

  it("names the zone and keeps the facility's day, wherever the browser is", () => {
    expect(eventTime(start, "2026-03-11T06:00:00.000Z", "America/Los_Angeles")).toBe("9:30 PM – 11:00 PM PDT");
    expect(eventTime(start, null, "America/New_York")).toBe("12:30 AM EDT");
    expect(calendarParts(start, "America/Los_Angeles")).toEqual({ month: "Mar", day: "10", weekday: "Tue" });
    expect(formatDateTime(start, "America/Los_Angeles")).toBe("Mar 10, 2026 at 9:30 PM");
  });

  it("names the end's day when the event runs past midnight at the facility", () => {
    expect(eventTime(start, "2026-03-11T09:00:00.000Z", "America/Los_Angeles")).toBe(
      "9:30 PM – Mar 11, 2026 at 2:00 AM PDT",
    );
  });
});
