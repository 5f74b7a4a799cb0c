import { format, formatDistanceStrict, intervalToDuration } from "date-fns";
import { facilityTimeZone, wallClockIn, zoneAbbreviation, zoneSuffix } from "./zones";

/** "3 h 12 m", "45 m", "2 d 4 h": the compact countdown shown next to a disabled Resend Invite. */
export function compactDuration(from: Date, to: Date): string {
  if (to.getTime() - from.getTime() < 60_000) return "under a minute";
  const d = intervalToDuration({ start: from, end: to });
  const days = (d.years ?? 0) * 365 + (d.months ?? 0) * 30 + (d.days ?? 0);
  const parts: string[] = [];
  if (days) parts.push(`${days} d`);
  if (d.hours) parts.push(`${d.hours} h`);
  if (!days && d.minutes) parts.push(`${d.minutes} m`);
  return parts.join(" ") || "under a minute";
}

/**
 * "3 minutes ago", "2 days ago"; "just now" for anything under a minute old. A moment the server
 * stamped can be ahead of this page's clock (the browser's clock runs behind, or the page has not
 * ticked since): it is never read as a time to come, which is how "Sent in 2 seconds" would read.
 */
export function relativeTime(date: Date, now = new Date()): string {
  if (now.getTime() - date.getTime() < 60_000) return "just now";
  return formatDistanceStrict(date, now, { addSuffix: true });
}

// Every date and time either app shows is written here, in one convention: "2 Mar 2026, 21:30",
// day before month, a 24-hour clock. A moment (a Date, an ISO timestamp) is read on the facility's
// clock, or on the zone given; a calendar day ("2026-03-02") is that day in every zone.

type Moment = Date | string;

const isCalendarDay = (value: Moment): value is string =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The local-midnight Date whose fields read a calendar day, for formatting it as written. */
function calendarDayDate(isoDay: string): Date {
  const [y = 1970, m = 1, d = 1] = isoDay.split("-").map(Number);
  return new Date(y, m - 1, d);
}

/** What to format: the day as written, or the moment's wall clock in the zone. */
function fields(value: Moment, timeZone?: string): Date {
  if (isCalendarDay(value)) return calendarDayDate(value);
  return wallClockIn(typeof value === "string" ? new Date(value) : value, timeZone);
}

export type DateTimeStyle = {
  /** Leave the year out (a timeline's steps within this year). */
  year?: boolean;
  /** To the second, for evidence such as a signature. */
  seconds?: boolean;
  /** "always" names the zone every time; by default only where the browser's clock reads otherwise. */
  zone?: "always" | "when-different";
};

/** "2 Mar 2026, 15:30" on the facility's clock, with its zone ("… EST") where the browser's differs. */
export function dateTime(date: Date, timeZone?: string, style: DateTimeStyle = {}): string {
  const pattern = `${style.year === false ? "d MMM" : "d MMM yyyy"}, ${style.seconds ? "HH:mm:ss" : "HH:mm"}`;
  const zone =
    style.zone === "always" ? ` ${zoneAbbreviation(date, timeZone ?? facilityTimeZone())}` : zoneSuffix(date, timeZone);
  return `${format(wallClockIn(date, timeZone), pattern)}${zone}`;
}

/** "21:30" on the facility's clock (or the zone given), unlabelled: for a line that names the day's zone. */
export function clockTime(date: Date, timeZone?: string): string {
  return format(wallClockIn(date, timeZone), "HH:mm");
}

/** "21:30", with the zone ("21:30 EST") where the browser's clock reads otherwise. */
export function clockTimeLabelled(date: Date, timeZone?: string): string {
  return `${clockTime(date, timeZone)}${zoneSuffix(date, timeZone)}`;
}

export type DayStyle = {
  /** "Tue" (short, the default), "Tuesday" (long) or none. */
  weekday?: "short" | "long" | false;
  /** "Mar" (short, the default) or "March" (long). */
  month?: "short" | "long";
  /** With the year: "Tue 24 Nov 2026". */
  year?: boolean;
};

/**
 * "Tue 10 Mar"; `{ weekday: "long", month: "long" }` → "Tuesday 10 March"; `{ year: true }` →
 * "Tue 10 Mar 2026"; `{ weekday: false }` → "10 Mar". The facility's day of a moment, or a
 * calendar day as written.
 */
export function dayLabel(value: Moment, style: DayStyle = {}, timeZone?: string): string {
  const weekday = style.weekday === false ? "" : style.weekday === "long" ? "EEEE " : "EEE ";
  const month = style.month === "long" ? "MMMM" : "MMM";
  return format(fields(value, timeZone), `${weekday}d ${month}${style.year ? " yyyy" : ""}`);
}

/** "Mon" ("Monday" when `long`): the facility's weekday of a moment, or a calendar day's. */
export function weekdayName(value: Moment, long = false, timeZone?: string): string {
  return format(fields(value, timeZone), long ? "EEEE" : "EEE");
}

/** "16 – 22 Nov 2026", "30 Nov – 6 Dec 2026", "29 Dec 2025 – 4 Jan 2026": a span of calendar days. */
export function dayRange(firstDay: string, lastDay: string): string {
  const [start, end] = [calendarDayDate(firstDay), calendarDayDate(lastDay)];
  if (start.getFullYear() !== end.getFullYear()) return `${format(start, "d MMM yyyy")} – ${format(end, "d MMM yyyy")}`;
  if (start.getMonth() !== end.getMonth()) return `${format(start, "d MMM")} – ${format(end, "d MMM yyyy")}`;
  return `${format(start, "d")} – ${format(end, "d MMM yyyy")}`;
}

/**
 * "2 Mar 2026": the facility's calendar day of a moment. A calendar date ("2026-03-02", a due date)
 * is a day already, and is written as is in every zone.
 */
export function shortDate(date: Moment, timeZone?: string): string {
  return format(fields(date, timeZone), "d MMM yyyy");
}

export function money(cents: number, currency = "USD"): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}
