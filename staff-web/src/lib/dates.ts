import { shortDate } from "@portico/web-core/time";
import { format } from "date-fns";

const pad = (n: number) => String(n).padStart(2, "0");

/** Today as a calendar day ("2026-03-02") in the browser's time zone. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Calendar dates ("2026-03-02") shown as written, not shifted by the browser's time zone. */
export function calendarDate(isoDay: string): string {
  const [y, m, d] = isoDay.split("-").map(Number);
  return shortDate(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** A time as a `datetime-local` input holds it: local, to the minute. */
export function toDateTimeLocal(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm");
}

/** A calendar day as a `Date` at local midnight, for comparisons; null when it is not a real date. */
export function parseCalendarDate(isoDay: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return null;
  const [y = 0, m = 0, d = 0] = isoDay.split("-").map(Number);
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

// Facility time zones. Event times are written in the facility's zone, named, so a colleague
// travelling (or a browser set to another zone) still reads the hour the customer was told.
const zoned = new Map<string, Intl.DateTimeFormat>();
function inZone(options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${timeZone ?? ""}|${JSON.stringify(options)}`;
  let format = zoned.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat("en-GB", options);
    }
    zoned.set(key, format);
  }
  return format;
}

function part(date: Date, options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes, timeZone?: string) {
  return inZone(options, timeZone)
    .formatToParts(date)
    .find((p) => p.type === type)?.value;
}

const abbreviations = new Map<string, Intl.DateTimeFormat>();

/** "EST", "PDT"; "GMT+1" where a zone has no common abbreviation (en-US knows North America's). */
export function zoneAbbreviation(date: Date, timeZone?: string): string {
  const key = timeZone ?? "";
  let format = abbreviations.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" });
    } catch {
      format = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" });
    }
    abbreviations.set(key, format);
  }
  return format.formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? "";
}

/** "America/Los Angeles (GMT-7)": the zone as a picker lists it, with its offset now. */
export function zoneLabel(timeZone: string, now = new Date()): string {
  const offset = part(now, { timeZoneName: "shortOffset" }, "timeZoneName", timeZone) ?? "";
  return `${timeZone.replaceAll("_", " ")}${offset ? ` (${offset})` : ""}`;
}

/** "21:30" in the zone (the browser's when none is given). */
export function clockInZone(date: Date, timeZone?: string): string {
  return inZone({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, timeZone).format(date);
}

/** The calendar day ("2026-03-02") a moment falls on in the zone. */
export function dayInZone(date: Date, timeZone?: string): string {
  const parts = inZone({ year: "numeric", month: "2-digit", day: "2-digit" }, timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/**
 * The moment a wall-clock day and time name in the zone ("2026-03-10", "21:30", Los Angeles →
 * 04:30 UTC on the 11th). Intl only goes from moments to wall time, so the offset is read at a
 * first guess and read again there, which settles it on either side of a daylight-saving change.
 */
export function zonedTime(day: string, time: string, timeZone: string): Date | null {
  const [y = 0, mo = 0, d = 0] = day.split("-").map(Number);
  const [h = 0, mi = 0] = time.split(":").map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall)) return null;
  const offsetAt = (instant: number) => {
    const parts = inZone(
      { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
      timeZone,
    ).formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - instant;
  };
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant);
}
