import { parse as parseCookies } from "cookie";
import express, { type NextFunction, type Request, type Response, Router } from "express";
import { writeTransaction } from "../db/client.js";
import type { Deps } from "../graphql/context.js";
import { badInput, notFound } from "../lib/domain-error.js";
import { processImage, processLogo } from "../lib/images.js";
import {
  PORTAL_COOKIE,
  resolvePortalSession,
  resolveStaffSession,
  STAFF_COOKIE,
} from "../modules/auth/sessions.service.js";
import { type DocumentKind, uploadDocument } from "../modules/documents/document.service.js";
import { replaceLogo } from "../modules/facilities/logo.service.js";
import { type FileViewer, fileUrl, mayDownload, readFile, storeFile } from "../modules/files/file.service.js";
import { jsonErrorHandler, sendDomainError, sendJsonError } from "./json-errors.js";

/** Custom header a cross-site form cannot send: the uploads' CSRF guard (like Apollo's preflight rule). */
export const UPLOAD_HEADER = "x-portico-request";

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

  router.post("/uploads/cars/:carId/photos", staffOnly, body, async (req, res) => {
    try {
      const { facilityId } = res.locals.staff as { facilityId: number };
      const carId = Number(req.params.carId);
      const image = await processImage(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
      const now = deps.clock.now();
      const photo = writeTransaction(deps.db, (tx) => {
        const car = tx.$client.prepare("SELECT id FROM cars WHERE id = ? AND facility_id = ?").get(carId, facilityId);
        if (!car) throw notFound("Car");
        const name = fileName(req);
        const fileId = storeFile(tx, facilityId, { fileName: name, ...image.main }, now);
        const thumbnailFileId = storeFile(tx, facilityId, { fileName: `thumb-${name}`, ...image.thumbnail }, now);
        const id = tx.$client
          .prepare(
            `INSERT INTO car_photos (facility_id, car_id, file_id, thumbnail_file_id, width, height, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
          )
          .get(facilityId, carId, fileId, thumbnailFileId, image.main.width, image.main.height, now.getTime()) as {
          id: number;
        };
        return { id: id.id, url: fileUrl(fileId), thumbnailUrl: fileUrl(thumbnailFileId) };
      });
      res.status(201).json(photo);
    } catch (error) {
      sendDomainError(res, error);
    }
  });

  router.post("/uploads/condition-reports/:reportId/photos", staffOnly, body, async (req, res) => {
    try {
      const { facilityId } = res.locals.staff as { facilityId: number };
      const reportId = Number(req.params.reportId);
      const image = await processImage(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
      const now = deps.clock.now();
      const photo = writeTransaction(deps.db, (tx) => {
        const report = tx.$client
          .prepare("SELECT id FROM condition_reports WHERE id = ? AND facility_id = ?")
          .get(reportId, facilityId);
        if (!report) throw notFound("Condition report");
        const name = fileName(req);
        const fileId = storeFile(tx, facilityId, { fileName: name, ...image.main }, now);
        const thumbnailFileId = storeFile(tx, facilityId, { fileName: `thumb-${name}`, ...image.thumbnail }, now);
        const id = tx.$client
          .prepare(
            "INSERT INTO condition_report_photos (report_id, file_id, thumbnail_file_id) VALUES (?, ?, ?) RETURNING id",
          )
          .get(reportId, fileId, thumbnailFileId) as { id: number };
        return { id: id.id, url: fileUrl(fileId), thumbnailUrl: fileUrl(thumbnailFileId) };
      });
      res.status(201).json(photo);
    } catch (error) {
      sendDomainError(res, error);
    }
  });

  router.post(
    "/uploads/customers/:customerId/documents",
    staffOnly,
    express.raw({ type: () => true, limit: "21mb" }),
    (req, res) => {
      try {
        const staff = res.locals.staff as { facilityId: number; userId: number };
        const q = req.query as Record<string, string | undefined>;
        const id = uploadDocument(
          deps.db,
          deps.config,
          staff,
          Number(req.params.customerId),
          {
            title: q.title ?? "",
            kind: (q.kind ?? "FILE") as DocumentKind,
            fileName: fileName(req),
            data: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
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
      if ((res.locals.staff as { role: string }).role === "ADMIN") return next();
      sendJsonError(res, "FORBIDDEN", "Only admins can change the branding");
    },
    body,
    async (req, res) => {
      try {
        const { facilityId } = res.locals.staff as { facilityId: number };
        const logo = await processLogo(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
        const name = fileName(req).replace(/\.[^.]*$/, "") || "logo";
        const logoUrl = await replaceLogo(deps, facilityId, { ...logo, fileName: `${name}.png` }, deps.clock.now());
        res.status(201).json({ logoUrl, width: logo.width, height: logo.height });
      } catch (error) {
        sendDomainError(res, error);
      }
    },
  );

  router.get("/files/:id", async (req, res) => {
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
    if (!Number.isSafeInteger(id) || !mayDownload(deps.db, id, viewer)) {
      sendJsonError(res, "NOT_FOUND", "File not found");
      return;
    }
    const file = readFile(deps.db, id);
    if (!file) {
      sendJsonError(res, "NOT_FOUND", "File not found");
      return;
    }
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
  });

  // A body over the parser's limit, or an unexpected failure: JSON like every other refusal, not an HTML page.
  router.use(jsonErrorHandler(deps.logger));

  return router;
}
