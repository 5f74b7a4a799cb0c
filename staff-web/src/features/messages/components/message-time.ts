import { clockTime, dayLabel as facilityDay, weekdayName } from "@portico/web-core/time";
import { wallClockIn } from "@portico/web-core/zones";
import { differenceInCalendarDays, isSameDay, isSameYear } from "date-fns";

// Both read the facility's clock and calendar, like every time the dashboard shows.

/** The inbox's time column: "14:05" today, "Yesterday", "Mon" this week, then "12 Nov" / "12 Nov 2025". */
export function threadTime(instant: Date, instantNow: Date): string {
  const [date, now] = [wallClockIn(instant), wallClockIn(instantNow)];
  if (isSameDay(date, now)) return clockTime(instant);
  const days = differenceInCalendarDays(now, date);
  if (days === 1) return "Yesterday";
  if (days > 1 && days < 7) return weekdayName(instant);
  return facilityDay(instant, { weekday: false, year: !isSameYear(date, now) });
}

/** The separator above each day's messages. */
export function dayLabel(instant: Date, instantNow: Date): string {
  const [date, now] = [wallClockIn(instant), wallClockIn(instantNow)];
  if (isSameDay(date, now)) return "Today";
  if (differenceInCalendarDays(now, date) === 1) return "Yesterday";
  return facilityDay(instant, { weekday: "long", month: "long", year: !isSameYear(date, now) });
}
