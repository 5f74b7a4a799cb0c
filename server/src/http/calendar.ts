import { createHash } from "node:crypto";
import { parse as parseCookies } from "cookie";
import { type Request, type Response, Router } from "express";
import type { Deps } from "../graphql/context.js";
import { PORTAL_COOKIE, resolvePortalSession } from "../modules/auth/sessions.service.js";
import { calendarFeedBody, singleEventFile } from "../modules/calendar/calendar-feed.service.js";
import { PortalSection } from "../modules/facilities/sections.service.js";
import { jsonErrorHandler, sendDomainError, sendJsonError } from "./json-errors.js";

const ICS = "text/calendar; charset=utf-8";

/** The one answer for a token that is unknown, replaced, or whose person lost access: nothing to tell them apart. */
function feedNotFound(res: Response): void {
  res.status(404).setHeader("Cache-Control", "no-store").type("text/plain").send("Not found");
}

/** A strong validator of the exact bytes: the feed's body is the same for an unchanged schedule. */
function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matches(req: Request, etag: string): boolean {
  const header = req.get("if-none-match");
  if (!header) return false;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");
}

/**
 * Calendars (docs/decisions/0040). `GET /calendar/<token>.ics` is the person's schedule as a
 * feed that calendar apps fetch with no cookie: the secret in the URL is the credential, so every
 * refusal is the same bare 404. `GET /calendar/events/<id>.ics` is one event of the signed-in
 * person's schedule, for "Add to calendar".
 */
export function calendarRouter(deps: Deps): Router {
  const router = Router();

  router.get("/calendar/events/:file", async (req, res) => {
    const match = /^([1-9]\d{0,15})\.ics$/.exec(req.params.file);
    const portal = await resolvePortalSession(
      deps.data,
      parseCookies(req.headers.cookie ?? "")[PORTAL_COOKIE],
      deps.clock.now(),
    );
    const viewer = portal.viewer;
    if (!viewer) {
      sendJsonError(res, "UNAUTHENTICATED", "Please sign in");
      return;
    }
    if (!match?.[1] || !viewer.sections.includes(PortalSection.EVENTS)) {
      sendJsonError(res, "NOT_FOUND", "Event not found");
      return;
    }
    let file: Awaited<ReturnType<typeof singleEventFile>>;
    try {
      file = await singleEventFile(deps, viewer, Number(match[1]));
    } catch (error) {
      sendDomainError(res, error);
      return;
    }
    const slug =
      file.event.title
        .replace(/[^\p{L}\p{N}]+/gu, "-")
        .replace(/^-|-$/g, "")
        .slice(0, 60) || "event";
    res.setHeader("Content-Type", ICS);
    res.setHeader(
      "Content-Disposition",
      `attachment; filename="event-${file.event.id}.ics"; filename*=UTF-8''${encodeURIComponent(`${slug}.ics`)}`,
    );
    res.setHeader("Cache-Control", "private, no-store");
    res.send(file.body);
  });

  router.get("/calendar/:file", async (req, res) => {
    const match = /^(.+)\.ics$/.exec(req.params.file);
    const answer = match?.[1] ? await calendarFeedBody(deps, match[1], deps.clock.now()) : null;
    if (!answer) {
      feedNotFound(res);
      return;
    }
    const etag = etagOf(answer.body);
    // Private: the feed is one person's schedule, never for a shared cache. Short: a change staff
    // make reaches the app at its next poll.
    res.setHeader("Cache-Control", "private, max-age=300");
    res.setHeader("ETag", etag);
    if (matches(req, etag)) {
      res.status(304).end();
      return;
    }
    res.setHeader("Content-Type", ICS);
    res.setHeader("Content-Disposition", 'inline; filename="schedule.ics"');
    res.send(answer.body);
  });

  router.use(jsonErrorHandler(deps.logger));
  return router;
}
