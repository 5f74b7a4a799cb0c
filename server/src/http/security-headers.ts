import type { NextFunction, Request, RequestHandler, Response } from "express";
import helmet, { type HelmetOptions } from "helmet";

/**
 * The apps' Content-Security-Policy. Scripts come only from Portico's own origin: the built
 * index.html files load one module script each and have no inline script, and nothing is eval'd.
 * Styles allow 'unsafe-inline' because Mantine writes its CSS variables and component styles into
 * <style> tags at run time; a nonce would need the static, cached index.html rendered per request,
 * and injected CSS cannot run code, so the policy spends its strictness on scripts.
 * Images may be data: (the staff favicon, previews) or blob: (a photo chosen for upload, shown
 * before it is sent). The GraphiQL playground at /graphql runs under the same policy: its build has
 * no inline script and starts no worker, and its editor's styles are inline like Mantine's.
 */
const appDirectives: Record<string, string[]> = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function helmetOptions(https: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      // Upgrading would break a plain-http deployment (a laptop, the browser tests) outright.
      directives: https ? { ...appDirectives, upgradeInsecureRequests: [] } : appDirectives,
    },
    // HSTS over plain http is ignored by browsers at best and a trap at worst (a local port).
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // Sign-in links carry their token in the path: never leak it through Referer.
    referrerPolicy: { policy: "no-referrer" },
    xFrameOptions: { action: "deny" },
  };
}

type HeaderStep = { name: string; value: string | null };

/**
 * What a helmet middleware does to a response, recorded once. helmet's headers depend only on its
 * options, never on the request, so replaying the recorded `setHeader`/`removeHeader` calls sends
 * exactly what helmet would, without its chain of a dozen middleware on every request.
 */
function recordHeaders(middleware: RequestHandler): HeaderStep[] {
  const steps: HeaderStep[] = [];
  const recorder = {
    setHeader(name: string, value: string) {
      steps.push({ name, value });
      return recorder;
    },
    removeHeader(name: string) {
      steps.push({ name, value: null });
    },
  };
  let called = false;
  middleware({} as Request, recorder as unknown as Response, (error?: unknown) => {
    if (error) throw error;
    called = true;
  });
  if (!called) throw new Error("helmet did not set its headers synchronously");
  return steps;
}

function replay(steps: HeaderStep[], res: Response): void {
  for (const { name, value } of steps) {
    if (value === null) res.removeHeader(name);
    else res.setHeader(name, value);
  }
}

/**
 * helmet's headers on every response, HSTS and upgrade-insecure-requests only when the request came
 * over https (directly or through a trusted proxy's X-Forwarded-Proto, as Express's `req.secure`
 * reads it).
 */
export function securityHeaders(): RequestHandler {
  const overHttp = recordHeaders(helmet(helmetOptions(false)));
  const overHttps = recordHeaders(helmet(helmetOptions(true)));
  return (req: Request, res: Response, next: NextFunction) => {
    replay(req.secure ? overHttps : overHttp, res);
    next();
  };
}
