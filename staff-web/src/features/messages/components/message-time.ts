import { wallClockIn } from "@portico/web-core/zones";
import { differenceInCalendarDays, format, isSameDay, isSameYear } from "date-fns";

// Both read the facility's clock and calendar, like every time the dashboard shows.

/** The inbox's time column: "14:05" today, "Yesterday", "Mon" this week, then "12 Nov" / "12 Nov 2025". */
export function threadTime(instant: Date, instantNow: Date): string {
  const [date, now] = [wallClockIn(instant), wallClockIn(instantNow)];
  if (isSameDay(date, now)) return format(date, "HH:mm");
  const days = differenceInCalendarDays(now, date);
  if (days === 1) return "Yesterday";
  if (days > 1 && days < 7) return format(date, "EEE");
  return isSameYear(date, now) ? format(date, "d MMM") : format(date, "d MMM yyyy");
}

/** The separator above each day's messages. */
export function dayLabel(instant: Date, instantNow: Date): string {
  const [date, now] = [wallClockIn(instant), wallClockIn(instantNow)];
  if (isSameDay(date, now)) return "Today";
  if (differenceInCalendarDays(now, date) === 1) return "Yesterday";
  return isSameYear(date, now) ? format(date, "EEEE d MMMM") : format(date, "EEEE d MMMM yyyy");
}
