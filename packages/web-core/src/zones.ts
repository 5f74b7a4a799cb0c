// Dates in a facility's time zone, with Intl alone (no library to load). Event times are written
// in the facility's zone, named, so a customer or colleague elsewhere still reads the hour at the
// facility. Without a zone, the browser's.

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The facility's zone, set by each app's signed-in frame as soon as it knows it. Every time either
 * app shows reads the facility's clock, like the schedule and the emails do: a customer or a
 * colleague whose browser is elsewhere still reads the hour at the facility.
 */
let facilityZone: string | undefined;

export function setFacilityTimeZone(timeZone: string | undefined): void {
  facilityZone = timeZone || undefined;
}

/** The facility's zone when known; undefined means the browser's. */
export function facilityTimeZone(): string | undefined {
  return facilityZone;
}

/** A cached formatter for the zone; a zone this browser does not know falls back to its own. */
export function zonedFormat(
  options: Intl.DateTimeFormatOptions,
  timeZone: string | undefined,
  locale = "en-US",
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ""}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat(locale, options);
    }
    formats.set(key, format);
  }
  return format;
}

/** "EST", "PDT"; "GMT+1" where a zone has no common abbreviation (en-US knows North America's). */
export function zoneAbbreviation(date: Date, timeZone?: string): string {
  const parts = zonedFormat({ timeZoneName: "short" }, timeZone).formatToParts(date);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? "";
}

/** The calendar day ("2026-03-02") a moment falls on in the zone: for "same day?" and grouping. */
export function dayInZone(date: Date, timeZone?: string): string {
  const parts = zonedFormat({ year: "numeric", month: "2-digit", day: "2-digit" }, timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Today where the browser is, as the "2026-03-02" a date input holds. */
export function localIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A Date whose local fields read the zone's wall clock at `date` (the facility's by default), for
 * formatting with date-fns and for "same day?" checks. Only for display: it is not the same instant.
 */
export function wallClockIn(date: Date, timeZone = facilityZone): Date {
  if (!timeZone) return date;
  const parts = zonedFormat(
    {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    },
    timeZone,
  ).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
    date.getMilliseconds(),
  );
}

/**
 * " EST" after a time when the zone's clock differs from the browser's at that moment (a time
 * that would otherwise be misread as local); "" when they agree or no zone is known.
 */
export function zoneSuffix(date: Date, timeZone = facilityZone): string {
  if (!timeZone) return "";
  const browser = zonedFormat({ hour: "2-digit", minute: "2-digit", day: "2-digit", hourCycle: "h23" }, undefined);
  const zoned = zonedFormat({ hour: "2-digit", minute: "2-digit", day: "2-digit", hourCycle: "h23" }, timeZone);
  return browser.format(date) === zoned.format(date) ? "" : ` ${zoneAbbreviation(date, timeZone)}`;
}
