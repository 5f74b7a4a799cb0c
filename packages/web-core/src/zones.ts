// Dates in a facility's time zone, with Intl alone (no library to load). Event times are written
// in the facility's zone, named, so a customer or colleague elsewhere still reads the hour at the
// facility. Without a zone, the browser's.

const formats = new Map<string, Intl.DateTimeFormat>();

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
