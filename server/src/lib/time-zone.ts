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

function parts(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions, locale = "en-US") {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  const list = formatter(key, () => new Intl.DateTimeFormat(locale, { timeZone, ...options })).formatToParts(instant);
  return Object.fromEntries(list.map((p) => [p.type, p.value])) as Record<Intl.DateTimeFormatPartTypes, string>;
}

/** The calendar day ("2026-03-02") it is at `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone, { year: "numeric", month: "2-digit", day: "2-digit" });
  return `${p.year}-${p.month}-${p.day}`;
}

/** "EST", "PDT"; zones without a common abbreviation read "GMT+1". */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  return parts(instant, timeZone, { timeZoneName: "short" }).timeZoneName ?? timeZone;
}

/** "Tuesday, 3 March 2026 at 21:30 EST": emails name the day in full and the zone they mean. */
export function formatDateTimeInZone(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  });
  return `${p.weekday}, ${p.day} ${p.month} ${p.year} at ${p.hour}:${p.minute} ${p.timeZoneName}`;
}

/** "21:30" in the zone, for the end of an event on the same day. */
export function formatTimeInZone(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
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
  const p = parts(new Date(instant), timeZone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
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
