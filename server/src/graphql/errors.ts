import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { DomainError } from "../lib/domain-error.js";
import { ERROR_CODES } from "../lib/error-codes.js";
import type { Logger } from "../lib/logger.js";

// The listed codes go out as they are; anything else was not meant for clients and is masked.
const passThroughCodes = new Set<string>(
  Object.keys(ERROR_CODES).filter((code) => code !== "INTERNAL_SERVER_ERROR" && code !== "PAYLOAD_TOO_LARGE"),
);

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
 * Domain errors (lib/domain-error.ts) and GraphQL's own known errors go out with their code; anything else is logged with the request id and
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
    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: original.extensions,
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
