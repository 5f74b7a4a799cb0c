import { addDays, format, parseISO, startOfWeek } from "date-fns";
import { browserTimeZone, clockInZone, dayInZone, zonedTime } from "../../../lib/dates";

/** Weeks start on Monday, as the rest of the dashboard's dates read ("16 Nov 2026"). */
export function weekStart(date: Date): Date {
  return startOfWeek(date, { weekStartsOn: 1 });
}

/** "2026-11-16" ↔ the local midnight it names; anything unreadable falls back to this week. */
export function parseWeekParam(value: string | null, today: Date): Date {
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = parseISO(value);
    if (!Number.isNaN(date.getTime())) return weekStart(date);
  }
  return weekStart(today);
}

export function weekParam(start: Date): string {
  return format(start, "yyyy-MM-dd");
}

export function weekDays(start: Date): Date[] {
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** "16 – 22 Nov 2026", "30 Nov – 6 Dec 2026", "29 Dec 2025 – 4 Jan 2026". */
export function weekLabel(start: Date): string {
  const end = addDays(start, 6);
  if (start.getFullYear() !== end.getFullYear()) return `${format(start, "d MMM yyyy")} – ${format(end, "d MMM yyyy")}`;
  if (start.getMonth() !== end.getMonth()) return `${format(start, "d MMM")} – ${format(end, "d MMM yyyy")}`;
  return `${format(start, "d")} – ${format(end, "d MMM yyyy")}`;
}

/** "21:30", in the facility's zone when given (the browser's otherwise). */
export function clock(date: Date, timeZone?: string): string {
  return timeZone ? clockInZone(date, timeZone) : format(date, "HH:mm");
}

/** "Tue 10 Mar" (`long`: "Tuesday 10 March") on the facility's calendar. */
export function dayLabel(date: Date, timeZone?: string, long = false): string {
  if (!timeZone) return format(date, long ? "EEEE d MMMM" : "EEE d MMM");
  const style = long ? "long" : "short";
  return new Intl.DateTimeFormat("en-GB", { weekday: style, day: "numeric", month: style, timeZone })
    .format(date)
    .replace(",", "");
}

/** "09:00 – 10:30"; an end on another day names that day. */
export function timeRange(startsAt: string, endsAt: string | null, timeZone?: string): string {
  const start = new Date(startsAt);
  if (!endsAt) return clock(start, timeZone);
  const end = new Date(endsAt);
  return dayInZone(start, timeZone) === dayInZone(end, timeZone)
    ? `${clock(start, timeZone)} – ${clock(end, timeZone)}`
    : `${clock(start, timeZone)} – ${dayLabel(end, timeZone).replace(/^\S+ /, "")}, ${clock(end, timeZone)}`;
}

/**
 * The date and time inputs' values ("2026-11-16", "09:30") for a moment, on the facility's clock
 * (the browser's when the zone is not known).
 */
export function toDateInput(date: Date, timeZone?: string): string {
  return dayInZone(date, timeZone);
}

export function toTimeInput(date: Date, timeZone?: string): string {
  return clockInZone(date, timeZone);
}

/**
 * The moment a date and a time input name together on the facility's clock, or null when either
 * is missing or invalid, or when the clocks skip that time (see `skippedWallTime`).
 */
export function fromInputs(day: string, time: string, timeZone?: string): Date | null {
  return zonedTime(day, time, timeZone ?? browserTimeZone());
}
