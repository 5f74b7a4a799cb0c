import { shortDate } from "@portico/web-core/time";
import { dayInZone as zoneDay, zonedFormat } from "@portico/web-core/zones";
import { format } from "date-fns";

/** Today as a calendar day ("2026-03-02") in the browser's time zone. */
export { localIsoDate as localToday } from "@portico/web-core/zones";

/** Calendar dates ("2026-03-02") shown as written, not shifted by the browser's time zone. */
export function calendarDate(isoDay: string): string {
  return shortDate(isoDay.slice(0, 10));
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

// Facility time zones: event times are written in the facility's zone (web-core's zones).
export { dayInZone, zoneAbbreviation } from "@portico/web-core/zones";

/** The dashboard writes times on a 24-hour clock. */
function inZone(options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormat {
  return zonedFormat(options, timeZone, "en-GB");
}

function part(date: Date, options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes, timeZone?: string) {
  return inZone(options, timeZone)
    .formatToParts(date)
    .find((p) => p.type === type)?.value;
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

/** The browser's own IANA zone ("Asia/Tokyo"). */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Today ("2026-03-02") on the facility's calendar; the browser's until the zone is known. */
export function facilityToday(timeZone?: string, now = new Date()): string {
  return zoneDay(now, timeZone);
}

const DAY_MS = 86_400_000;

/** A day and a time as written ("2026-03-10", "21:30") read as if in UTC; null when not a real one. */
function wallClock(day: string, time: string): number | null {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!date || !clock) return null;
  const [y, mo, d, h, mi] = [date[1], date[2], date[3], clock[1], clock[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d ? wall : null;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = inZone(
    { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
    timeZone,
  ).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - instant;
}

/**
 * The instants a wall time can be: the offsets a day either side of it are the only two it can have
 * (no zone changes its clocks twice in two days), and each is kept if the zone really reads that
 * wall time at that instant. Two when clocks go back (the hour happens twice), none when they go
 * forward (the hour is skipped).
 */
function wallTimeInstants(wall: number, timeZone: string): { instants: number[]; before: number } {
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const instants = [...new Set([wall - before, wall - after])]
    .filter((instant) => offsetAt(instant, timeZone) === wall - instant)
    .sort((a, b) => a - b);
  return { instants, before };
}

/**
 * The moment a wall-clock day and time name in the zone ("2026-03-10", "21:30", Los Angeles →
 * 04:30 UTC on the 11th). Intl only goes from moments to wall time, so candidates are checked
 * against it. A time that happens twice (clocks going back) is the first of the two, as
 * `new Date("…T01:30")` reads it in a browser; a time the zone skips (clocks going forward) is null:
 * `skippedWallTime` tells what the clock reads instead.
 */
export function zonedTime(day: string, time: string, timeZone: string): Date | null {
  const wall = wallClock(day, time);
  if (wall === null) return null;
  const first = wallTimeInstants(wall, timeZone).instants[0];
  return first === undefined ? null : new Date(first);
}

/**
 * For a wall time the zone skips (02:30 on a spring-forward night), the time its clock reads an
 * hour (or however long the jump is) on, "03:30"; null for a time that exists.
 */
export function skippedWallTime(day: string, time: string, timeZone: string): string | null {
  const wall = wallClock(day, time);
  if (wall === null) return null;
  const { instants, before } = wallTimeInstants(wall, timeZone);
  return instants.length > 0 ? null : clockInZone(new Date(wall - before), timeZone);
}

/** Whether a wall time happens twice in the zone (the hour repeated when clocks go back). */
export function isRepeatedWallTime(day: string, time: string, timeZone: string): boolean {
  const wall = wallClock(day, time);
  return wall !== null && wallTimeInstants(wall, timeZone).instants.length > 1;
}
