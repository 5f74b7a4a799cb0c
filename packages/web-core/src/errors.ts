import { CombinedGraphQLErrors } from "@apollo/client/errors";

export type ErrorInfo = {
  code: string | null;
  message: string;
  /** Field name → message, for errors that belong under a form field. */
  fields: Record<string, string>;
  extensions: Record<string, unknown>;
};

/** Reads the first GraphQL error into what a form or a toast shows. */
export function errorInfo(error: unknown): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    return {
      code: typeof extensions.code === "string" ? extensions.code : null,
      message: first?.message ?? "Something went wrong",
      fields: (extensions.fields as Record<string, string> | undefined) ?? {},
      extensions,
    };
  }
  if (error instanceof Error && /fetch|network/i.test(error.message)) {
    return {
      code: "NETWORK",
      message: "Cannot reach Portico. Check your connection and try again.",
      fields: {},
      extensions: {},
    };
  }
  return { code: null, message: "Something went wrong. Please try again.", fields: {}, extensions: {} };
}

/** Field errors from the server mapped to form paths like "input.email" → "email". */
export function formFieldErrors(info: ErrorInfo, prefix = "input."): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(info.fields)) {
    out[key.startsWith(prefix) ? key.slice(prefix.length) : key] = message;
  }
  return out;
}
