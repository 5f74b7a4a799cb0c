import { clockTime, dayRange, dayLabel as facilityDay } from "@portico/web-core/time";
import { localIsoDate } from "@portico/web-core/zones";
import { addDays, parseISO, startOfWeek } from "date-fns";
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

/** The calendar day ("2026-11-16") a schedule day (its local midnight) stands for. */
export function weekParam(start: Date): string {
  return localIsoDate(start);
}

export function weekDays(start: Date): Date[] {
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** "16 – 22 Nov 2026", "30 Nov – 6 Dec 2026", "29 Dec 2025 – 4 Jan 2026". */
export function weekLabel(start: Date): string {
  return dayRange(weekParam(start), weekParam(addDays(start, 6)));
}

/** "21:30" on the facility's clock (or the zone given). */
export function clock(date: Date, timeZone?: string): string {
  return clockTime(date, timeZone);
}

/** "Tue 10 Mar" (`long`: "Tuesday 10 March") on the facility's calendar (or the zone given). */
export function dayLabel(date: Date, timeZone?: string, long = false): string {
  return facilityDay(date, long ? { weekday: "long", month: "long" } : {}, timeZone);
}

/** "10 Mar": the day of an end that falls after its start's. */
export function dayOfMonth(date: Date, timeZone?: string): string {
  return facilityDay(date, { weekday: false }, timeZone);
}

/** "Tuesday 10 March": a schedule day (the local midnight of one of the facility's days). */
export function scheduleDayLabel(day: Date): string {
  return facilityDay(weekParam(day), { weekday: "long", month: "long" });
}

/** "09:00 – 10:30"; an end on another day names that day. */
export function timeRange(startsAt: string, endsAt: string | null, timeZone?: string): string {
  const start = new Date(startsAt);
  if (!endsAt) return clock(start, timeZone);
  const end = new Date(endsAt);
  return dayInZone(start, timeZone) === dayInZone(end, timeZone)
    ? `${clock(start, timeZone)} – ${clock(end, timeZone)}`
    : `${clock(start, timeZone)} – ${dayOfMonth(end, timeZone)}, ${clock(end, timeZone)}`;
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
