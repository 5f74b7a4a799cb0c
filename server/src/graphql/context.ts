import { randomUUID } from "node:crypto";
import { parse as parseCookies } from "cookie";
import type { Request, Response } from "express";
import {
  PORTAL_COOKIE,
  type PortalSessionEnd,
  type PortalSessionViewer,
  resolvePortalSession,
  resolveStaffSession,
  STAFF_COOKIE,
  type StaffViewer,
} from "../modules/auth/sessions.service.js";
import { assertSectionIn, type PortalSection } from "../modules/facilities/sections.service.js";
import type { ServiceDeps } from "../modules/service-deps.js";

/** What the edges hand down: everything a service may take (modules/service-deps.ts). */
export type Deps = ServiceDeps;

export type Context = Deps & {
  requestId: string;
  ip: string;
  userAgent: string;
  /** Both may be set: one browser can hold a staff and a portal session (separate cookies). */
  staff: StaffViewer | null;
  portal: PortalSessionViewer | null;
  /** Set when this very request found the portal session ended, and why. */
  portalSessionEnded: PortalSessionEnd | null;
  setSessionCookie(name: typeof STAFF_COOKIE | typeof PORTAL_COOKIE, token: string, expires: Date): void;
  clearSessionCookie(name: typeof STAFF_COOKIE | typeof PORTAL_COOKIE): void;
  cookie(name: string): string | undefined;
};

export async function buildContext(deps: Deps, req: Request, res: Response): Promise<Context> {
  const cookies = parseCookies(req.headers.cookie ?? "");
  const now = deps.clock.now();
  const secure = req.secure || deps.config.publicUrl.startsWith("https://");
  const requestId = (req as Request & { requestId?: string }).requestId ?? randomUUID();
  // Each SPA names itself, so a browser holding both sessions (staff previewing the portal) is
  // served exactly as the app it is in; API clients without the header get both.
  const app = req.get("x-portico-app");
  const [portal, staff] = await Promise.all([
    app === "staff" ? null : resolvePortalSession(deps.data, cookies[PORTAL_COOKIE], now),
    app === "portal" ? null : resolveStaffSession(deps.data, cookies[STAFF_COOKIE], now),
  ]);
  return {
    ...deps,
    requestId,
    ip: req.ip ?? "unknown",
    userAgent: req.get("user-agent") ?? "",
    staff,
    portal: portal?.viewer ?? null,
    portalSessionEnded: portal?.ended ?? null,
    cookie: (name) => cookies[name],
    setSessionCookie(name, token, expires) {
      res.cookie(name, token, { httpOnly: true, sameSite: "lax", secure, path: "/", expires });
    },
    clearSessionCookie(name) {
      res.clearCookie(name, { httpOnly: true, sameSite: "lax", secure, path: "/" });
    },
  };
}

export function requireStaff(ctx: Context): StaffViewer {
  if (!ctx.staff) throw new Error("requireStaff called on a route without @Authorized(STAFF)");
  return ctx.staff;
}

export function requirePortal(ctx: Context): PortalSessionViewer {
  if (!ctx.portal) throw new Error("requirePortal called on a route without @Authorized(PORTAL)");
  return ctx.portal;
}

/**
 * The portal viewer, if their facility has `section` turned on; FORBIDDEN otherwise. Every portal
 * resolver of a section calls this first, so a hidden section is refused by the server too. The
 * sections were read with the session: the check costs no statement.
 */
export function requireSection(ctx: Context, section: PortalSection): PortalSessionViewer {
  const viewer = requirePortal(ctx);
  assertSectionIn(viewer.sections, section);
  return viewer;
}
