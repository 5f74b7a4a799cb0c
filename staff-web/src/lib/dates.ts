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
