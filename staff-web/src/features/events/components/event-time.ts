import { addDays, format, isSameDay, parseISO, startOfWeek } from "date-fns";

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

export function clock(date: Date): string {
  return format(date, "HH:mm");
}

/** "09:00 – 10:30"; an end on another day names that day. */
export function timeRange(startsAt: string, endsAt: string | null): string {
  const start = new Date(startsAt);
  if (!endsAt) return clock(start);
  const end = new Date(endsAt);
  return isSameDay(start, end) ? `${clock(start)} – ${clock(end)}` : `${clock(start)} – ${format(end, "d MMM, HH:mm")}`;
}

/** The date and time inputs' values ("2026-11-16", "09:30") for a moment, in the browser's zone. */
export function toDateInput(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

export function toTimeInput(date: Date): string {
  return format(date, "HH:mm");
}

/** The moment a date and a time input name together, or null when either is missing or invalid. */
export function fromInputs(day: string, time: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const date = new Date(`${day}T${time}`);
  return Number.isNaN(date.getTime()) ? null : date;
}
