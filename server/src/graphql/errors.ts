import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import type { Logger } from "../lib/logger.js";

/** The few codes clients act on; every domain error maps to one of them. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE";

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** `fields` maps an input field to the message shown under it in a form. */
export const badInput = (message: string, fields?: Record<string, string>) =>
  new AppError("BAD_USER_INPUT", message, fields ? { fields } : {});
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError("CONFLICT", message, extra);
export const forbidden = (message = "You do not have permission to do that") => new AppError("FORBIDDEN", message);
export const unauthenticated = (message = "Please sign in", extra: Record<string, unknown> = {}) =>
  new AppError("UNAUTHENTICATED", message, extra);
export const tooManyRequests = (message: string, retryAfterSeconds?: number) =>
  new AppError("TOO_MANY_REQUESTS", message, retryAfterSeconds ? { retryAfterSeconds } : {});

/** A service Portico depends on (Stripe) failed or could not be reached; trying again may work. */
export const unavailable = (message: string) => new AppError("SERVICE_UNAVAILABLE", message);

const passThroughCodes = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "TOO_MANY_REQUESTS",
  "SERVICE_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

type FieldErrors = Record<string, string>;

function fieldErrorsOf(error: ArgumentValidationError): FieldErrors {
  const fields: FieldErrors = {};
  const walk = (errors: ArgumentValidationError["extensions"]["validationErrors"], prefix: string) => {
    for (const e of (errors as Array<{
      property: string;
      constraints?: Record<string, string>;
      children?: unknown[];
    }>) ?? []) {
      const key = prefix ? `${prefix}.${e.property}` : e.property;
      const first = e.constraints ? Object.values(e.constraints)[0] : undefined;
      if (first) fields[key] = first;
      if (e.children?.length) walk(e.children as never, key);
    }
  };
  walk(error.extensions.validationErrors, "");
  return fields;
}

/**
 * Known errors go out with their code; anything else is logged with the request id and
 * answered as "Internal server error" so no internals leak.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const fields = fieldErrorsOf(original);
      const first = Object.values(fields)[0];
      return {
        message: first ?? "Some fields are not valid",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "BAD_USER_INPUT", fields },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && passThroughCodes.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (code === "UNAUTHORIZED") {
      return {
        message: "You do not have permission to do that",
        path: formatted.path,
        extensions: { code: "FORBIDDEN" },
      };
    }
    const requestId = (error as { requestId?: string })?.requestId;
    logger.error("unexpected GraphQL error", { error: original, path: formatted.path });
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", ...(requestId ? { requestId } : {}) },
    };
  };
}
