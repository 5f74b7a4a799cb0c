import { isEmail } from "class-validator";

export function normalizeEmail(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

export function isValidEmail(email: string | null | undefined): email is string {
  return !!email && isEmail(email);
}

export function digitsOnly(value: string | null | undefined): string | null {
  const digits = value?.replace(/\D+/g, "") ?? "";
  return digits.length > 0 ? digits : null;
}

export function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
