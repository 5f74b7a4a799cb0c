import { format, formatDistanceStrict, intervalToDuration } from "date-fns";

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

export function dateTime(date: Date): string {
  return format(date, "d MMM yyyy, HH:mm");
}

export function shortDate(date: Date | string): string {
  return format(typeof date === "string" ? new Date(date) : date, "d MMM yyyy");
}

export function money(cents: number, currency = "USD"): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}
