import { errorInfo, formFieldErrors } from "@portico/web-core/errors";

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

/**
 * Puts the server's field errors under the matching inputs. Returns the message to show above
 * the buttons when the error does not belong to a visible field.
 */
export function applyServerErrors(
  form: { setErrors: (errors: Record<string, string>) => void },
  error: unknown,
  visibleFields: readonly string[],
): string | null {
  const info = errorInfo(error);
  const fields = formFieldErrors(info);
  const placed = Object.fromEntries(Object.entries(fields).filter(([key]) => visibleFields.includes(key)));
  if (Object.keys(placed).length > 0) {
    form.setErrors(placed);
    return null;
  }
  return info.message;
}
