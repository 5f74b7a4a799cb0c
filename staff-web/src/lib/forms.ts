/** Optional text inputs go to the API as null when left blank. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** A light client-side check; the server has the final word and its message wins. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

export const INVALID_EMAIL = "Enter a valid email address, like name@example.com";
