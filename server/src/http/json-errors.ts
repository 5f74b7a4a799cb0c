import type { ErrorRequestHandler, Response } from "express";
import { DomainError } from "../lib/domain-error.js";
import { type ApiErrorCode, ERROR_CODES } from "../lib/error-codes.js";
import type { Logger } from "../lib/logger.js";

/**
 * The one shape every non-GraphQL route answers a refusal with, mirroring a GraphQL error's
 * extensions: `code` is one of GraphQL's (BAD_USER_INPUT, NOT_FOUND…) and `fields` maps an input
 * (`file`, `title`…) to the message shown under it.
 */
export type JsonErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

export function sendJsonError(
  res: Response,
  code: string,
  message: string,
  options: { fields?: Record<string, string>; status?: number } = {},
): void {
  const body: JsonErrorBody = { error: { code, message, ...(options.fields ? { fields: options.fields } : {}) } };
  res.status(options.status ?? ERROR_CODES[code as ApiErrorCode]?.status ?? 400).json(body);
}

/**
 * Answers a domain error (lib/domain-error.ts) in the JSON shape, with the same
 * code and field messages GraphQL would give. Anything else is rethrown for `jsonErrorHandler`.
 */
export function sendDomainError(res: Response, error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  sendJsonError(res, error.code, error.message, { fields: error.fields });
}

/**
 * Last stop for a router's errors: a body over the parser's limit is a field error on the file;
 * domain errors keep their code; the rest are logged and masked, as GraphQL masks them.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    if ((error as { type?: string })?.type === "entity.too.large") {
      sendJsonError(res, "BAD_USER_INPUT", "The file is too large to upload.", {
        fields: { file: "Too large" },
        status: 413,
      });
      return;
    }
    if (error instanceof DomainError) return sendDomainError(res, error);
    const requestId = (req as { requestId?: string }).requestId;
    logger.error("unexpected HTTP error", { requestId, error, path: req.path });
    res.status(500).json({ error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error", requestId } });
  };
}

/**
 * Errors raised before Apollo sees a /graphql request (a body that is not JSON, or over the size
 * limit) answered in GraphQL's own error shape, so clients read them like any other refusal
 * instead of Express's HTML page.
 */
export function graphqlBodyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const { type, status, expose } = (error ?? {}) as { type?: string; status?: number; expose?: boolean };
    const refuse = (status: number, message: string) =>
      res.status(status).json({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
    if (type === "entity.parse.failed") return refuse(400, "The request body is not valid JSON");
    if (type === "entity.too.large") return refuse(413, "The request body is too large");
    if (expose && typeof status === "number" && status >= 400 && status < 500) {
      return refuse(status, (error as Error).message);
    }
    const requestId = (req as { requestId?: string }).requestId;
    logger.error("unexpected HTTP error", { requestId, error, path: req.path });
    res.status(500).json({
      errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }],
    });
  };
}
