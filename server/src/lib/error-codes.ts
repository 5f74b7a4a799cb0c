/**
 * Every `extensions.code` the API answers with: a stable contract for API clients, listed with the
 * same words in docs/api.md (a test holds the two together). A new code is added here, never
 * renamed; services refuse with the domain codes (lib/domain-error.ts), GraphQL and the HTTP layer
 * add the others.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: {
    status: 400,
    meaning: "An argument or input field is not valid; `fields` maps each input field to its message.",
  },
  UNAUTHENTICATED: {
    status: 401,
    meaning: "No valid session or API key, or a sign-in failed; `signedOutBecause` says why a portal session ended.",
  },
  FORBIDDEN: {
    status: 403,
    meaning:
      "Signed in, but not allowed: admins only, a read-only key on a mutation, a section the facility turned off.",
  },
  NOT_FOUND: {
    status: 404,
    meaning: "No such record in the caller's facility or account; another facility's id answers the same.",
  },
  CONFLICT: {
    status: 409,
    meaning:
      "The record's state forbids it now (an invite inside its cooldown, an issued invoice edited, a duplicate email).",
  },
  TOO_MANY_REQUESTS: {
    status: 429,
    meaning:
      "A rate limit was reached; `retryAfterSeconds` (and the HTTP Retry-After header for API keys) says when to try again.",
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    meaning:
      "A service Portico depends on (Stripe, the text provider) failed or could not be reached; trying again may work.",
  },
  GRAPHQL_PARSE_FAILED: { status: 400, meaning: "The query is not valid GraphQL syntax." },
  GRAPHQL_VALIDATION_FAILED: {
    status: 400,
    meaning: "The query does not match the schema, or goes past the depth, alias or size limits.",
  },
  BAD_REQUEST: {
    status: 400,
    meaning: "The HTTP request is malformed: not JSON, a batched request, or missing the CSRF header.",
  },
  OPERATION_RESOLUTION_FAILURE: { status: 400, meaning: "The operationName names no operation of the document." },
  PERSISTED_QUERY_NOT_FOUND: { status: 400, meaning: "Automatic persisted queries: send the full query text." },
  PERSISTED_QUERY_NOT_SUPPORTED: { status: 400, meaning: "Automatic persisted queries are not supported." },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: "An upload or request body is over its size limit." },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    meaning: "Something failed on Portico's side; the answer carries a `requestId` to quote to support.",
  },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ApiErrorCode = keyof typeof ERROR_CODES;
