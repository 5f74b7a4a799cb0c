import { createRequire } from "node:module";

type CommonLanguage = typeof import("@zxcvbn-ts/language-common");
const require = createRequire(import.meta.url);

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;

let common: Set<string> | undefined;

/**
 * ~49,000 passwords from breach lists, kept by the zxcvbn-ts project. Read when a password is first
 * chosen, not at server start: the word lists take tens of milliseconds to load.
 */
function commonPasswords(): Set<string> {
  common ??= new Set(
    (require("@zxcvbn-ts/language-common") as CommonLanguage).dictionary["passwords-common"] as string[],
  );
  return common;
}

/** Why a new password is refused, in words for the form, or null when it is fine. */
export function passwordProblem(password: string, person: { email?: string | null } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return "That password is too common. Try a few unrelated words together.";
  if (person.email && lower === person.email.toLowerCase()) return "Don't use your email address as your password";
  if (/^(.)\1+$/.test(password)) return "That password is too easy to guess";
  return null;
}
