import { randomUUID } from "node:crypto";
import { parse as parseCookies } from "cookie";
import type { Request, Response } from "express";
import type { GraphQLResolveInfo } from "graphql";
import type { FacilityScope } from "../db/tenancy.js";
import { apiKeyCallerOf } from "../http/api-key-auth.js";
import { localDate } from "../lib/time-zone.js";
import {
  PORTAL_COOKIE,
  type PortalSessionEnd,
  type PortalSessionViewer,
  resolvePortalSession,
  resolveStaffSession,
  STAFF_COOKIE,
  type StaffViewer,
  scopeOfStaff,
} from "../modules/auth/sessions.service.js";
import { type FacilityRow, facilityById } from "../modules/facilities/facility.service.js";
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
  /**
   * Facilities this request has read, by id: the viewers' own, read with their sessions, and any
   * other asked for through requestFacility. Read them through requestFacility, never directly.
   */
  facilities: Map<number, Promise<FacilityRow>>;
  /** What oncePerQuery loaded in this request, by key. */
  loads: Map<string, Promise<unknown>>;
  setSessionCookie(name: typeof STAFF_COOKIE | typeof PORTAL_COOKIE, token: string, expires: Date): void;
  clearSessionCookie(name: typeof STAFF_COOKIE | typeof PORTAL_COOKIE): void;
  cookie(name: string): string | undefined;
};

/**
 * A request's context. One class, so every context shares its prototype and its shape: resolvers read
 * `ctx.data`, `ctx.staff`… from the same hidden class on every request, and Apollo's copy of the
 * context for the operation (its own enumerable properties, on the same prototype) stays cheap.
 * `ip` is a getter: the client's address is worked out from the trusted proxies' headers only when
 * a resolver asks.
 */
class RequestContext implements Context {
  data: Deps["data"];
  clock: Deps["clock"];
  config: Deps["config"];
  logger: Deps["logger"];
  nudgeOutbox: Deps["nudgeOutbox"];
  nudgeBulkInvites: Deps["nudgeBulkInvites"];
  nudgeReminders: Deps["nudgeReminders"];
  facilities: Map<number, Promise<FacilityRow>> = new Map();
  loads: Map<string, Promise<unknown>> = new Map();

  constructor(
    deps: Deps,
    /** The HTTP exchange, for the address and the session cookies. */
    readonly http: { req: Request; res: Response; cookies: Record<string, string | undefined>; apiKey: boolean },
    readonly requestId: string,
    readonly userAgent: string,
    readonly staff: StaffViewer | null,
    readonly portal: PortalSessionViewer | null,
    readonly portalSessionEnded: PortalSessionEnd | null,
  ) {
    this.data = deps.data;
    this.clock = deps.clock;
    this.config = deps.config;
    this.logger = deps.logger;
    this.nudgeOutbox = deps.nudgeOutbox;
    this.nudgeBulkInvites = deps.nudgeBulkInvites;
    this.nudgeReminders = deps.nudgeReminders;
    for (const viewer of [portal, staff]) {
      if (viewer) this.facilities.set(viewer.facility.id, Promise.resolve(viewer.facility));
    }
  }

  get ip(): string {
    return this.http.req.ip ?? "unknown";
  }

  cookie(name: string): string | undefined {
    return this.http.cookies[name];
  }

  /** Both read the trusted proxies' headers: worked out only when a cookie is set. */
  private secure(): boolean {
    return this.http.req.secure || this.config.publicUrl.startsWith("https://");
  }

  setSessionCookie(name: typeof STAFF_COOKIE | typeof PORTAL_COOKIE, token: string, expires: Date): void {
    if (this.http.apiKey) throw new Error("A request made with an API key never starts a session");
    this.http.res.cookie(name, token, { httpOnly: true, sameSite: "lax", secure: this.secure(), path: "/", expires });
  }

  clearSessionCookie(name: typeof STAFF_COOKIE | typeof PORTAL_COOKIE): void {
    this.http.res.clearCookie(name, { httpOnly: true, sameSite: "lax", secure: this.secure(), path: "/" });
  }
}

export async function buildContext(deps: Deps, req: Request, res: Response): Promise<Context> {
  // A request with an API key (checked by http/api-key-auth.ts) is its key's caller alone: its
  // cookies are never read, so it can neither use nor start a session.
  const apiKeyCaller = apiKeyCallerOf(res);
  const cookies = apiKeyCaller ? {} : parseCookies(req.headers.cookie ?? "");
  const now = deps.clock.now();
  const requestId = (req as Request & { requestId?: string }).requestId ?? randomUUID();
  // Each SPA names itself, so a browser holding both sessions (staff previewing the portal) is
  // served exactly as the app it is in; API clients without the header get both.
  const app = req.headers["x-portico-app"];
  const [portal, staff] = apiKeyCaller
    ? [null, apiKeyCaller]
    : await Promise.all([
        app === "staff" ? null : resolvePortalSession(deps.data, cookies[PORTAL_COOKIE], now),
        app === "portal" ? null : resolveStaffSession(deps.data, cookies[STAFF_COOKIE], now),
      ]);
  return new RequestContext(
    deps,
    { req, res, cookies, apiKey: Boolean(apiKeyCaller) },
    requestId,
    req.headers["user-agent"] ?? "",
    staff,
    portal?.viewer ?? null,
    portal?.ended ?? null,
  );
}

/**
 * The facility with this id, read at most once per request: a viewer's own facility comes with the
 * session and costs no statement; another is read the first time it is asked for. Every resolver
 * asks here, so a page that needs the facility in several fields reads it once.
 */
export function requestFacility(ctx: Pick<Context, "data" | "facilities">, facilityId: number): Promise<FacilityRow> {
  let facility = ctx.facilities.get(facilityId);
  if (!facility) {
    facility = facilityById(ctx.data, facilityId);
    ctx.facilities.set(facilityId, facility);
  }
  return facility;
}

/** Today at the facility ("2026-03-02"): what "due today" and "overdue" mean for its customers. */
export async function facilityToday(
  ctx: Pick<Context, "data" | "facilities" | "clock">,
  facilityId: number,
): Promise<string> {
  return localDate(ctx.clock.now(), (await requestFacility(ctx, facilityId)).timeZone);
}

/**
 * load(), run once per query request under `key`: the fields of a page that need the same rows (a
 * customer's invites and each contact's) share one statement. A mutation loads afresh every time,
 * since a field resolved after its write must see it.
 */
export function oncePerQuery<T>(
  ctx: Pick<Context, "loads">,
  info: Pick<GraphQLResolveInfo, "operation">,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  if (info.operation.operation !== "query") return load();
  let loading = ctx.loads.get(key) as Promise<T> | undefined;
  if (!loading) {
    loading = load();
    ctx.loads.set(key, loading);
  }
  return loading;
}

/** After a write to a facility: the rest of the request sees `row`, as it now is. */
export function facilityChanged(ctx: Pick<Context, "facilities">, row: FacilityRow): void {
  ctx.facilities.set(row.id, Promise.resolve(row));
}

export function requireStaff(ctx: Context): StaffViewer {
  if (!ctx.staff) throw new Error("requireStaff called on a route without @Authorized(STAFF)");
  return ctx.staff;
}

/** The staff viewer's facility as a scope that names them in the audit log's lines. */
export function staffScope(ctx: Context): FacilityScope {
  return scopeOfStaff(requireStaff(ctx));
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
