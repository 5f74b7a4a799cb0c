import { localHour } from "./time-zone.js";

/**
 * The hours of a facility's day in which Portico sends what nobody asked for at that moment
 * (reminders): from 9:00 to before 18:00 on the facility's wall clock, so a reminder never wakes
 * anyone or lands after closing time.
 */
export const DAYTIME = { fromHour: 9, untilHour: 18 } as const;

/** Whether `instant` falls inside the facility's daytime hours in its zone. */
export function isDaytime(instant: Date, timeZone: string): boolean {
  const hour = localHour(instant, timeZone);
  return hour >= DAYTIME.fromHour && hour < DAYTIME.untilHour;
}
