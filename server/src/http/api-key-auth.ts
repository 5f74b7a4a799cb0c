import type { RequestHandler } from "express";
import { authenticateApiKey } from "../modules/api-keys/api-key.service.js";
import type { StaffViewer } from "../modules/auth/sessions.service.js";
import type { ServiceDeps } from "../modules/service-deps.js";

/** Where a request's API key caller is kept between this handler and the GraphQL context. */
const API_KEY_CALLER = "apiKeyCaller";

/** The staff-like viewer this request's Bearer key stands for, if it carried one that worked. */
export function apiKeyCallerOf(res: { locals: Record<string, unknown> }): StaffViewer | undefined {
  return res.locals[API_KEY_CALLER] as StaffViewer | undefined;
}

/** The secret of an `Authorization: Bearer …` header; undefined when there is no Bearer header. */
export function bearerSecret(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer(?:[ \t]+(\S*))?\s*$/i.exec(header);
  return match ? (match[1] ?? "") : undefined;
}

/** A refusal in GraphQL's error shape, as every /graphql answer is. */
function refuse(
  res: Parameters<RequestHandler>[1],
  status: number,
  extensions: { code: string } & Record<string, unknown>,
  message: string,
) {
  res.status(status).json({ errors: [{ message, extensions }] });
}

/**
 * `Authorization: Bearer <key>` on /graphql (docs/decisions/0046): a live key makes the request a
 * staff-like caller of the key's facility, and its cookies are not read at all. A key that does not
 * work answers 401 here, before the body is read, never falling back to a cookie session; a key over
 * its per-minute limit answers 429 with Retry-After. Requests without a Bearer header pass untouched.
 */
export function apiKeyAuth(deps: Pick<ServiceDeps, "data" | "clock" | "config">): RequestHandler {
  return async (req, res, next) => {
    const secret = bearerSecret(req.get("authorization"));
    if (secret === undefined) return next();
    const outcome = await authenticateApiKey(deps, secret, req.ip ?? "unknown", deps.clock.now());
    if (outcome.status === "INVALID") {
      res.setHeader("WWW-Authenticate", 'Bearer error="invalid_token"');
      return refuse(
        res,
        401,
        { code: "UNAUTHENTICATED" },
        "This API key is not valid: it is unknown, mistyped or revoked",
      );
    }
    if (outcome.status === "LIMITED") {
      const seconds = Math.max(1, Math.ceil(outcome.retryAfterMs / 1000));
      res.setHeader("Retry-After", String(seconds));
      return refuse(
        res,
        429,
        { code: "TOO_MANY_REQUESTS", retryAfterSeconds: seconds },
        `Too many requests with this API key: try again in ${seconds} s`,
      );
    }
    res.locals[API_KEY_CALLER] = outcome.viewer;
    next();
  };
}
