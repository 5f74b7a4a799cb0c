import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../lib/logger.js";

/** What a route learns about a request as it runs (who asked, which operation), for its log line. */
export type RequestLogFields = { viewer?: "staff" | "api-key" | "portal" | "anonymous"; operation?: string };

export function annotateRequest(res: Response, fields: RequestLogFields): void {
  Object.assign(res.locals as { requestLog?: RequestLogFields }, {
    requestLog: { ...(res.locals.requestLog as RequestLogFields | undefined), ...fields },
  });
}

/**
 * A path without what could identify or authorise someone: no query string, and a segment that
 * looks like an opaque token (sign-in links carry theirs in the path) replaced.
 */
export function loggablePath(path: string): string {
  return (
    path
      .split("/")
      // A calendar feed's token comes with its file extension ("<token>.ics").
      .map((segment) => segment.replace(/^[A-Za-z0-9_-]{20,}(?=(\.[a-z]{1,5})?$)/, ":token"))
      .join("/")
  );
}

/**
 * Gives each request an id (in `X-Request-Id`, and on errors) and writes one line when it ends:
 * request id, method, path, status, duration, and the viewer kind and GraphQL operation when known.
 */
export function requestLog(logger: Logger) {
  // Every field of the request line is named here and none is a secret; the path's tokens are
  // replaced by loggablePath.
  const lines = logger.withoutRedaction();
  // Probes log at debug, everything else at info: below info nothing is written, and nothing is
  // gathered for it either.
  const logging = lines.enabled("info");
  return (req: Request, res: Response, next: NextFunction) => {
    const requestId = randomUUID();
    (req as Request & { requestId: string }).requestId = requestId;
    res.setHeader("X-Request-Id", requestId);
    if (!logging) return next();
    const started = process.hrtime.bigint();
    res.on("close", () => {
      const fields = (res.locals.requestLog as RequestLogFields | undefined) ?? {};
      // Probes come every few seconds from the orchestrator; they would drown the real traffic.
      const probe = req.path === "/healthz" || req.path === "/readyz";
      (probe ? lines.debug : lines.info)("request", {
        requestId,
        method: req.method,
        path: loggablePath(req.originalUrl.split("?")[0] ?? ""),
        status: res.statusCode,
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        ...fields,
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    });
    next();
  };
}
