import { createRequire } from "node:module";
import type { CountryCode, Examples } from "libphonenumber-js/max";

// The full ("max") metadata: the server is where validity is decided, so it checks each country's
// real number patterns, not only lengths. The web apps never parse; they show `phoneDisplay`.
// Loading it takes tens of milliseconds, so it is loaded on the first number, not at server start.
type PhoneLibrary = typeof import("libphonenumber-js/max");
const require = createRequire(import.meta.url);
let library: PhoneLibrary | undefined;
let exampleNumbers: Examples | undefined;

function phoneLibrary(): PhoneLibrary {
  library ??= require("libphonenumber-js/max") as PhoneLibrary;
  return library;
}

export type PhoneCountry = { code: string; name: string; callingCode: string };

let countries: PhoneCountry[] | undefined;

/** Every country phone numbers can be checked for, by English name; built when first asked for, not at start. */
export function phoneCountries(): PhoneCountry[] {
  if (!countries) {
    const regionNames = new Intl.DisplayNames(["en"], { type: "region" });
    const { getCountries, getCountryCallingCode } = phoneLibrary();
    countries = getCountries()
      .map((code) => ({ code, name: regionNames.of(code) ?? code, callingCode: getCountryCallingCode(code) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  return countries;
}

/** ISO 3166 alpha-2 code this library knows ("US", "GB"), upper-cased, or null. */
export function phoneCountry(code: string): CountryCode | null {
  const upper = code.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(upper) && phoneLibrary().isSupportedCountry(upper) ? (upper as CountryCode) : null;
}

function asCountry(code: string): CountryCode {
  return phoneCountry(code) ?? "US";
}

/** A national example for error messages: "(201) 555-0123" in the US. */
export function examplePhone(country: string): string {
  exampleNumbers ??= require("libphonenumber-js/mobile/examples") as Examples;
  return phoneLibrary().getExampleNumber(asCountry(country), exampleNumbers)?.formatNational() ?? "+1 201 555 0123";
}

export type PhoneParse = { e164: string } | { error: string };

/**
 * Reads a typed phone number as a person would: "+…" in any country, anything else as a number of
 * the facility's country. Only a number valid for its country passes; it comes back as E.164.
 */
export function parsePhone(text: string, defaultCountry: string): PhoneParse {
  const country = asCountry(defaultCountry);
  const hint = `Enter a phone number like ${examplePhone(country)}, or +country code and number.`;
  if (!/\d/.test(text)) return { error: `“${text.slice(0, 40)}” is not a phone number. ${hint}` };
  const { parsePhoneNumberWithError, ParseError } = phoneLibrary();
  try {
    const parsed = parsePhoneNumberWithError(text, country);
    if (parsed.isValid()) return { e164: parsed.number };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
  return { error: `“${text.slice(0, 40)}” is not a valid phone number. ${hint}` };
}

const displayCache = new Map<string, string>();
const DISPLAY_CACHE_SIZE = 10_000;

/**
 * How a stored number is shown: national format in the facility's own country, international for
 * any other. Text stored before numbers were checked is shown as it was typed. Lists show the same
 * numbers page after page, so formatted numbers are remembered (bounded).
 */
export function formatPhone(stored: string | null, facilityCountry: string): string | null {
  if (!stored) return null;
  const key = `${facilityCountry} ${stored}`;
  let shown = displayCache.get(key);
  if (shown === undefined) {
    shown = formatUncached(stored, asCountry(facilityCountry));
    if (displayCache.size >= DISPLAY_CACHE_SIZE) displayCache.clear();
    displayCache.set(key, shown);
  }
  return shown;
}

function formatUncached(stored: string, country: CountryCode): string {
  if (!stored.startsWith("+")) return stored;
  try {
    const parsed = phoneLibrary().parsePhoneNumberWithError(stored, country);
    return parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
  } catch {
    return stored;
  }
}

/**
 * A stored sentence (an invite's timeline, an audit detail) with every E.164 number in it shown as
 * formatPhone shows it: the sentences keep the number as it was sent, people read it as they dial it.
 */
export function formatPhonesIn(text: string, facilityCountry: string): string {
  return text.replace(/\+[1-9]\d{6,14}\b/g, (number) => formatPhone(number, facilityCountry) ?? number);
}

/**
 * The digits the search index holds for a stored number: the international digits of an E.164
 * number ("12075550148"), so any national or international way of typing it is a substring.
 */
export function phoneSearchDigits(stored: string | null): string | null {
  const digits = stored?.replace(/\D+/g, "") ?? "";
  return digits.length > 0 ? digits : null;
}

/** A complete number typed in a search box, as international digits, or null if it is not one. */
export function searchablePhoneDigits(text: string, defaultCountry: string): string | null {
  const parsed = parsePhone(text, defaultCountry);
  return "e164" in parsed ? parsed.e164.slice(1) : null;
}
