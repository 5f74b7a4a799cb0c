const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(value: string): string | null {
  const email = value.trim();
  if (!email) return "Enter your email address";
  if (!EMAIL.test(email)) return "Enter a full email address, like name@example.com";
  return null;
}

/** The number is read by the server, in the facility's country; here only that something was typed. */
export function validatePhone(value: string): string | null {
  const phone = value.trim();
  if (!phone) return "Enter your mobile number";
  if (!/\d/.test(phone)) return "Enter a phone number: digits, with +country code if it is from abroad";
  if (phone.length > 40) return "That is too long for a phone number";
  return null;
}

/** The emailed code may be typed or pasted with spaces or a dash; only the digits matter. */
export function normalizeCode(value: string): string {
  return value.replace(/[\s-]/g, "");
}

export function validateCode(value: string): string | null {
  const code = normalizeCode(value);
  if (!code) return "Enter the 8-digit code";
  if (!/^\d+$/.test(code)) return "The code is made of digits only";
  if (code.length !== 8) return `The code has 8 digits; this one has ${code.length}`;
  return null;
}

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;

/** The length rules only; whether a password is too common is the server's call. */
export function validateNewPassword(value: string): string | null {
  if (!value) return "Choose a password";
  if (value.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (value.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters`;
  return null;
}
