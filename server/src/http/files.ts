import { parse as parseCookies } from "cookie";
import express, { type NextFunction, type Request, type Response, Router } from "express";
import type { Deps } from "../graphql/context.js";
import { badInput } from "../lib/domain-error.js";
import { processImage, processLogo } from "../lib/images.js";
import {
  PORTAL_COOKIE,
  resolvePortalSession,
  resolveStaffSession,
  STAFF_COOKIE,
  scopeOfStaff,
} from "../modules/auth/sessions.service.js";
import { addCarPhoto, addConditionReportPhoto } from "../modules/cars/car-photo.service.js";
import { type DocumentKind, uploadDocument } from "../modules/documents/document.service.js";
import { replaceLogo } from "../modules/facilities/logo.service.js";
import { downloadableFile, type FileRow, type FileViewer } from "../modules/files/file.service.js";
import { jsonErrorHandler, sendDomainError, sendJsonError } from "./json-errors.js";

/** Custom header a cross-site form cannot send: the uploads' CSRF guard (like Apollo's preflight rule). */
export const UPLOAD_HEADER = "x-portico-request";

type StaffSession = NonNullable<Awaited<ReturnType<typeof resolveStaffSession>>>;

/** The staff session staffOnly put on the response. */
const staffOf = (res: Response) => res.locals.staff as StaffSession;

/**
 * Uploads (raw request body, name in X-File-Name) and authorised downloads. Uploading needs a staff
 * session and the custom header; downloading checks, per file, that the viewer may see it.
 */
export function filesRouter(deps: Deps): Router {
  const router = Router();
  const staffOnly = async (req: Request, res: Response, next: NextFunction) => {
    if (req.get(UPLOAD_HEADER) !== "1") {
      sendJsonError(res, "BAD_REQUEST", `Uploads must send the ${UPLOAD_HEADER} header`);
      return;
    }
    const staff = await resolveStaffSession(
      deps.data,
      parseCookies(req.headers.cookie ?? "")[STAFF_COOKIE],
      deps.clock.now(),
    );
    if (!staff) {
      sendJsonError(res, "UNAUTHENTICATED", "Please sign in");
      return;
    }
    res.locals.staff = staff;
    next();
  };
  const body = express.raw({ type: () => true, limit: "16mb" });
  const fileName = (req: Request) => {
    let name: string;
    try {
      name = decodeURIComponent(req.get("x-file-name") ?? "photo");
    } catch {
      // A broken percent-escape is the caller's mistake, not a server failure.
      throw badInput("The file name is not valid percent-encoding", { file: "Invalid file name" });
    }
    // Control and format characters would only ever hide what a name says in a download dialog.
    return name.replace(/\p{C}/gu, "").slice(0, 200) || "file";
  };

  const upload = (req: Request) => (Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
  const staffScope = (res: Response) => scopeOfStaff(staffOf(res));

  // The image is checked and resized before anything is written: its transaction holds statements only.
  router.post("/uploads/cars/:carId/photos", staffOnly, body, async (req, res) => {
    try {
      const image = await processImage(upload(req));
      const photo = { image, fileName: fileName(req) };
      const carId = Number(req.params.carId);
      res.status(201).json(await addCarPhoto(deps.data, staffScope(res), carId, photo, deps.clock.now()));
    } catch (error) {
      sendDomainError(res, error);
    }
  });

  router.post("/uploads/condition-reports/:reportId/photos", staffOnly, body, async (req, res) => {
    try {
      const image = await processImage(upload(req));
      const photo = { image, fileName: fileName(req) };
      const reportId = Number(req.params.reportId);
      res
        .status(201)
        .json(await addConditionReportPhoto(deps.data, staffScope(res), reportId, photo, deps.clock.now()));
    } catch (error) {
      sendDomainError(res, error);
    }
  });

  router.post(
    "/uploads/customers/:customerId/documents",
    staffOnly,
    express.raw({ type: () => true, limit: "21mb" }),
    async (req, res) => {
      try {
        const q = req.query as Record<string, string | undefined>;
        const id = await uploadDocument(
          { data: deps.data, config: deps.config },
          { scope: staffScope(res), userId: staffOf(res).userId },
          Number(req.params.customerId),
          {
            title: q.title ?? "",
            kind: (q.kind ?? "FILE") as DocumentKind,
            fileName: fileName(req),
            data: upload(req),
            shared: q.shared !== "0",
            requiresSignature: q.requiresSignature === "1",
          },
          deps.clock.now(),
        );
        deps.nudgeOutbox();
        res.status(201).json({ id });
      } catch (error) {
        sendDomainError(res, error);
      }
    },
  );

  router.post(
    "/uploads/facility/logo",
    staffOnly,
    (_req, res, next) => {
      if (staffOf(res).role === "ADMIN") return next();
      sendJsonError(res, "FORBIDDEN", "Only admins can change the branding");
    },
    body,
    async (req, res) => {
      try {
        const logo = await processLogo(upload(req));
        const name = fileName(req).replace(/\.[^.]*$/, "") || "logo";
        const logoUrl = await replaceLogo(
          deps,
          staffScope(res),
          { ...logo, fileName: `${name}.png` },
          deps.clock.now(),
        );
        res.status(201).json({ logoUrl, width: logo.width, height: logo.height });
      } catch (error) {
        sendDomainError(res, error);
      }
    },
  );

  router.get("/files/:id", async (req, res, next) => {
    try {
      const id = Number(req.params.id);
      const cookies = parseCookies(req.headers.cookie ?? "");
      const now = deps.clock.now();
      const staff = await resolveStaffSession(deps.data, cookies[STAFF_COOKIE], now);
      const portal = staff ? null : (await resolvePortalSession(deps.data, cookies[PORTAL_COOKIE], now)).viewer;
      const viewer: FileViewer | null = staff
        ? { kind: "staff", facilityId: staff.facilityId }
        : portal
          ? {
              kind: "portal",
              facilityId: portal.facilityId,
              customerId: portal.customerId,
              sections: new Set(portal.sections),
            }
          : null;
      // A file the viewer may not see answers exactly like a missing one.
      const file = Number.isSafeInteger(id) ? await downloadableFile(deps.data, id, viewer) : null;
      if (!file) {
        sendJsonError(res, "NOT_FOUND", "File not found");
        return;
      }
      sendFile(res, file);
    } catch (error) {
      next(error);
    }
  });

  // A body over the parser's limit, or an unexpected failure: JSON like every other refusal, not an HTML page.
  router.use(jsonErrorHandler(deps.logger));

  return router;
}

function sendFile(res: Response, file: FileRow): void {
  const image = file.contentType.startsWith("image/");
  res.setHeader("Content-Type", file.contentType);
  res.setHeader("Content-Length", String(file.size));
  res.setHeader("ETag", `"${file.sha256}"`);
  res.setHeader("Cache-Control", "private, max-age=3600");
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
  // Emails show the facility's logo from here, inside webmail on another site; every other file
  // needs a cookie that a cross-site image request never carries, so nothing else becomes readable.
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
  res.setHeader(
    "Content-Disposition",
    `${image ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  );
  res.end(file.data);
}
