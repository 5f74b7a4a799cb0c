import {
  facilityTimeZone,
  dayInZone as zoneDay,
  zonedFormat,
  zoneAbbreviation as zoneName,
  zoneSuffix,
} from "@portico/web-core/zones";

// Intl rather than a date library: these run on every page and cost nothing to load.
const moneyFormat = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
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

const isCalendarDay = (value: Date | string): value is string =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);

function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return isCalendarDay(value) ? calendarDate(value) : new Date(value);
}

/**
 * Every time is written on the facility's clock (`timeZone`, else the facility's once the portal
 * knows it, else the browser's). A calendar date ("2026-03-02", a due date) is a day already: it is
 * written as is, in the browser's zone where `calendarDate` put it.
 */
const inZone = (options: Intl.DateTimeFormatOptions, timeZone: string | undefined, value?: Date | string) =>
  zonedFormat(
    options,
    value !== undefined && isCalendarDay(value) ? undefined : (timeZone ?? facilityTimeZone()),
    // One convention with the dashboard and the emails: day before month, a 24-hour clock.
    "en-GB",
  );

const DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const DAY: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short" };
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/** "2 Mar 2026" */
export function formatDate(value: Date | string, timeZone?: string): string {
  return inZone(DATE, timeZone, value).format(toDate(value));
}

/** "Mon 2 Mar" */
export function formatDay(value: Date | string, timeZone?: string): string {
  return inZone(DAY, timeZone, value).format(toDate(value));
}

/** "15:30" */
export function formatTime(value: Date | string, timeZone?: string): string {
  return inZone(TIME, timeZone, value).format(toDate(value));
}

/** "15:30", and the zone ("15:30 EST") when the browser's clock reads otherwise. */
export function formatTimeWithZone(value: Date | string, timeZone?: string): string {
  const date = toDate(value);
  return `${formatTime(date, timeZone)}${zoneSuffix(date, timeZone ?? facilityTimeZone())}`;
}

/** "2 Mar 2026, 15:30", as the dashboard writes it */
export function formatDateTime(value: Date | string, timeZone?: string): string {
  const date = toDate(value);
  return `${formatDate(date, timeZone)}, ${formatTime(date, timeZone)}`;
}

/**
 * A moment on its own (a car's history entry, a request, a signature): "2 Mar 2026, 15:30" on
 * the facility's clock, with its zone ("… EST") when the browser's clock would read otherwise.
 */
export function formatMoment(value: Date | string): string {
  const date = toDate(value);
  return `${formatDateTime(date)}${zoneSuffix(date, facilityTimeZone())}`;
}

/** "EST", "PDT" (or "GMT+1" where a zone has no common abbreviation) at that moment. */
export function zoneAbbreviation(value: Date | string, timeZone?: string): string {
  return zoneName(toDate(value), timeZone ?? facilityTimeZone());
}

/** A desk-calendar page's words for a moment in the zone: `{ month: "Mar", day: "2", weekday: "Mon" }`. */
export function calendarParts(
  value: Date | string,
  timeZone?: string,
): { month: string; day: string; weekday: string } {
  const parts = inZone({ month: "short", day: "numeric", weekday: "short" }, timeZone, value).formatToParts(
    toDate(value),
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { month: get("month"), day: get("day"), weekday: get("weekday") };
}

/** The calendar day ("2026-03-02") of a moment in the zone: for "same day?" and grouping. */
export function dayInZone(value: Date | string, timeZone?: string): string {
  return zoneDay(toDate(value), isCalendarDay(value) ? undefined : (timeZone ?? facilityTimeZone()));
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
