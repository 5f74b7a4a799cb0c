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

/** "Mar 2, 2026" */
export function formatDate(value: Date | string): string {
  return dateFormat.format(toDate(value));
}

/** "Mon, Mar 2" */
export function formatDay(value: Date | string): string {
  return dateNoYearFormat.format(toDate(value));
}

/** "3:30 PM" */
export function formatTime(value: Date | string): string {
  return timeFormat.format(toDate(value));
}

/** "Mar 2, 2026 at 3:30 PM" */
export function formatDateTime(value: Date | string): string {
  const date = toDate(value);
  return `${dateFormat.format(date)} at ${timeFormat.format(date)}`;
}

/** Today's date where the person is, as the `YYYY-MM-DD` a date input uses. */
export function localIsoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
