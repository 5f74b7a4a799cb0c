/**
 * Facility-local dates and times with Intl alone: Node ships the IANA database, so a library would
 * add nothing but weight.
 */

export const DEFAULT_TIME_ZONE = "America/New_York";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** The canonical IANA name ("america/new_york" → "America/New_York"), or null when Intl does not know it. */
export function canonicalTimeZone(value: string): string | null {
  const zone = value.trim();
  if (!zone || zone.length > 64) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * The parts of `instant` in the zone. `options` are one of the fixed sets below, so the formatter is
 * found by their name and the zone (pages ask for today's date on every request).
 */
function parts(instant: Date, timeZone: string, name: string, options: Intl.DateTimeFormatOptions) {
  const list = formatter(
    `${name}|${timeZone}`,
    () => new Intl.DateTimeFormat("en-US", { timeZone, ...options }),
  ).formatToParts(instant);
  const found = {} as Record<Intl.DateTimeFormatPartTypes, string>;
  for (const part of list) found[part.type] = part.value;
  return found;
}

const DATE: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit" };
const ZONE_NAME: Intl.DateTimeFormatOptions = { timeZoneName: "short" };
const DATE_TIME_IN_WORDS: Intl.DateTimeFormatOptions = {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
};
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
const DATE_AND_TIME: Intl.DateTimeFormatOptions = { ...DATE, ...TIME };

const MINUTE_MS = 60_000;
/** Per zone, the last minute asked for and its day: formatToParts costs more than a page's SQL. */
const lastDays = new Map<string, { minute: number; day: string }>();

/**
 * The calendar day ("2026-03-02") it is at `instant` in `timeZone`. Every page asks for today, so
 * the answer is kept for the rest of its minute: every zone's offset since 1972 is whole minutes,
 * so no day of these years begins inside one.
 */
export function localDate(instant: Date, timeZone: string): string {
  const minute = Math.floor(instant.getTime() / MINUTE_MS);
  const last = lastDays.get(timeZone);
  if (last?.minute === minute) return last.day;
  const p = parts(instant, timeZone, "date", DATE);
  const day = `${p.year}-${p.month}-${p.day}`;
  lastDays.set(timeZone, { minute, day });
  return day;
}

/** "EST", "PDT"; zones without a common abbreviation read "GMT+1". */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  return parts(instant, timeZone, "zone", ZONE_NAME).timeZoneName ?? timeZone;
}

/** "Tuesday, 3 March 2026 at 21:30 EST": emails name the day in full and the zone they mean. */
export function formatDateTimeInZone(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone, "words", DATE_TIME_IN_WORDS);
  return `${p.weekday}, ${p.day} ${p.month} ${p.year} at ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

/** "21:30" in the zone, for the end of an event on the same day. */
export function formatTimeInZone(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone, "time", TIME);
  return `${p.hour}:${p.minute}`;
}

/** The calendar day `days` after `day` ("2026-03-02", -1 → "2026-03-01"). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p = parts(new Date(instant), timeZone, "date and time", DATE_AND_TIME);
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) - instant;
}

/**
 * The instant a wall-clock day and time ("2026-03-10", "21:30") name in the zone. A time the zone
 * skips when clocks go forward lands an offset-change later; a repeated one reads the later offset.
 */
export function zonedTime(day: string, time: string, timeZone: string): Date {
  const wall = new Date(`${day}T${time}:00Z`).getTime();
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone));
}

/** The hour of the wall clock (0–23) at an instant in the zone. */
export function localHour(instant: Date, timeZone: string): number {
  return Number(parts(instant, timeZone, "time", TIME).hour);
}
