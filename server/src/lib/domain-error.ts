import type { ApiErrorCode } from "./error-codes.js";

/** The few codes clients act on; every refusal a service makes carries one of them (lib/error-codes.ts). */
export type ErrorCode = Extract<
  ApiErrorCode,
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE"
>;

/**
 * A refusal the user can act on, thrown by services. It knows nothing of its transport: the
 * GraphQL formatter (graphql/errors.ts) and the JSON routes (http/json-errors.ts) map it at the
 * edge. `extensions` holds the code and the extra fields clients read (`fields`, `retryAfterSeconds`,
 * `duplicateEmail`…) under the name graphql-js copies from an original error.
 */
export class DomainError extends Error {
  readonly extensions: { code: ErrorCode } & Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
    this.extensions = { code, ...extra };
  }

  /** Input field → message shown under it in a form. */
  get fields(): Record<string, string> | undefined {
    return this.extensions.fields as Record<string, string> | undefined;
  }
}

/** `fields` maps an input field to the message shown under it in a form. */
export const badInput = (message: string, fields?: Record<string, string>) =>
  new DomainError("BAD_USER_INPUT", message, fields ? { fields } : {});
export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found`);
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new DomainError("CONFLICT", message, extra);
export const forbidden = (message = "You do not have permission to do that") => new DomainError("FORBIDDEN", message);
export const unauthenticated = (message = "Please sign in", extra: Record<string, unknown> = {}) =>
  new DomainError("UNAUTHENTICATED", message, extra);
export const tooManyRequests = (message: string, retryAfterSeconds?: number) =>
  new DomainError("TOO_MANY_REQUESTS", message, retryAfterSeconds ? { retryAfterSeconds } : {});

/** A service Portico depends on (Stripe) failed or could not be reached; trying again may work. */
export const unavailable = (message: string) => new DomainError("SERVICE_UNAVAILABLE", message);
