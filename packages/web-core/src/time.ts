import { format, formatDistanceStrict, intervalToDuration } from "date-fns";
import { wallClockIn, zoneSuffix } from "./zones";

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

/** "2 Mar 2026, 15:30" on the facility's clock, with its zone ("… EST") where the browser's differs. */
export function dateTime(date: Date, timeZone?: string): string {
  return `${format(wallClockIn(date, timeZone), "d MMM yyyy, HH:mm")}${zoneSuffix(date, timeZone)}`;
}

/**
 * "2 Mar 2026": the facility's calendar day of a moment. A calendar date ("2026-03-02", a due date)
 * is a day already, and is written as is in every zone.
 */
export function shortDate(date: Date | string, timeZone?: string): string {
  if (typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const [y = 1970, m = 1, d = 1] = date.split("-").map(Number);
    return format(new Date(y, m - 1, d), "d MMM yyyy");
  }
  return format(wallClockIn(typeof date === "string" ? new Date(date) : date, timeZone), "d MMM yyyy");
}

export function money(cents: number, currency = "USD"): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}
