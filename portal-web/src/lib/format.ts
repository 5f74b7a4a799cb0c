import { dayInZone as zoneDay, zonedFormat, zoneAbbreviation as zoneName } from "@portico/web-core/zones";

// Intl rather than a date library: these run on every page and cost nothing to load.
const moneyFormat = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
const dateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric" });
const dateNoYearFormat = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric" });
const timeFormat = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit" });
const numberFormat = new Intl.NumberFormat("en-US");

export function money(cents: number): string {
  return moneyFormat.format(cents / 100);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * A calendar date ("2026-03-02") as that day in local time. `new Date("2026-03-02")` would be
 * midnight UTC, which is the day before anywhere west of Greenwich.
 */
export function calendarDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? calendarDate(value) : new Date(value);
}

/** Event times are written in the facility's zone (`timeZone`); without one, the browser's. */
const inZone = (options: Intl.DateTimeFormatOptions, timeZone: string | undefined) => zonedFormat(options, timeZone);

const DATE: Intl.DateTimeFormatOptions = { month: "short", day: "numeric", year: "numeric" };
const DAY: Intl.DateTimeFormatOptions = { weekday: "short", month: "short", day: "numeric" };
const TIME: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit" };

/** "Mar 2, 2026" */
export function formatDate(value: Date | string, timeZone?: string): string {
  return (timeZone ? inZone(DATE, timeZone) : dateFormat).format(toDate(value));
}

/** "Mon, Mar 2" */
export function formatDay(value: Date | string, timeZone?: string): string {
  return (timeZone ? inZone(DAY, timeZone) : dateNoYearFormat).format(toDate(value));
}

/** "3:30 PM" */
export function formatTime(value: Date | string, timeZone?: string): string {
  return (timeZone ? inZone(TIME, timeZone) : timeFormat).format(toDate(value));
}

/** "Mar 2, 2026 at 3:30 PM" */
export function formatDateTime(value: Date | string, timeZone?: string): string {
  const date = toDate(value);
  return `${formatDate(date, timeZone)} at ${formatTime(date, timeZone)}`;
}

/** "EST", "PDT" (or "GMT+1" where a zone has no common abbreviation) at that moment. */
export function zoneAbbreviation(value: Date | string, timeZone?: string): string {
  return zoneName(toDate(value), timeZone);
}

/** A desk-calendar page's words for a moment in the zone: `{ month: "Mar", day: "2", weekday: "Mon" }`. */
export function calendarParts(
  value: Date | string,
  timeZone?: string,
): { month: string; day: string; weekday: string } {
  const parts = inZone({ month: "short", day: "numeric", weekday: "short" }, timeZone).formatToParts(toDate(value));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { month: get("month"), day: get("day"), weekday: get("weekday") };
}

/** The calendar day ("2026-03-02") of a moment in the zone: for "same day?" and grouping. */
export function dayInZone(value: Date | string, timeZone?: string): string {
  return zoneDay(toDate(value), timeZone);
}

/** Today's date where the person is, as the `YYYY-MM-DD` a date input uses. */
export { localIsoDate } from "@portico/web-core/zones";

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
