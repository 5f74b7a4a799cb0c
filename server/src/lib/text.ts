import { isEmail } from "class-validator";

/** RFC 5321's limit on a forward path, the longest address a mail server accepts. */
export const EMAIL_MAX_LENGTH = 254;

/**
 * Control characters (CR, LF, NUL…), format characters (zero-width space, bidi overrides, byte-order
 * mark, soft hyphen) and separators other than a plain space: invisible in a form or an email
 * header, they make one address look like another or smuggle a header line.
 */
const INVISIBLE_OR_CONTROL = /[\p{C}\p{Z}]/u;

export function normalizeEmail(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

/**
 * The answers of isValidEmail for the addresses seen lately. Every portal status checks its
 * person's address, and class-validator's check costs some microseconds: a bulk invite asks for
 * the same 10,000 addresses in its preview and again when it sends.
 */
const validity = new Map<string, boolean>();
const VALIDITY_KEPT = 20_000;

export function isValidEmail(email: string | null | undefined): email is string {
  if (!email) return false;
  let valid = validity.get(email);
  if (valid === undefined) {
    valid = email.length <= EMAIL_MAX_LENGTH && !INVISIBLE_OR_CONTROL.test(email) && isEmail(email);
    if (validity.size >= VALIDITY_KEPT) validity.clear();
    validity.set(email, valid);
  }
  return valid;
}

/**
 * An address as typed: stray plain spaces around it are forgiven (people paste them), anything
 * invisible is not, wherever it sits — `String.prototype.trim` would quietly drop a byte-order
 * mark or a trailing CR/LF and accept what the person never meant to type.
 */
export function isValidTypedEmail(email: string): boolean {
  return isValidEmail(email.replace(/^ +| +$/g, ""));
}

export function digitsOnly(value: string | null | undefined): string | null {
  const digits = value?.replace(/\D+/g, "") ?? "";
  return digits.length > 0 ? digits : null;
}

export function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
