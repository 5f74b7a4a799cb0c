import { once } from "node:events";
import { parse as parseCookies } from "cookie";
import { type Response, Router } from "express";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import type { Deps } from "../graphql/context.js";
import { resolveStaffSession, STAFF_COOKIE, scopeOfStaff } from "../modules/auth/sessions.service.js";
import { exportCustomer, exportFileBytes } from "../modules/customers/customer-export.service.js";
import { jsonErrorHandler, sendDomainError, sendJsonError } from "./json-errors.js";

/**
 * A customer's data for an access request, as a ZIP streamed to a staff member of their facility:
 * customer.json and the customer's documents and photos (docs/decisions/0034). Another facility's
 * customer answers 404 like a missing one.
 */
export function customerExportRouter(deps: Deps): Router {
  const router = Router();

  router.get("/exports/customers/:id", async (req, res, next) => {
    try {
      const staff = await resolveStaffSession(
        deps.data,
        parseCookies(req.headers.cookie ?? "")[STAFF_COOKIE],
        deps.clock.now(),
      );
      if (!staff) {
        sendJsonError(res, "UNAUTHENTICATED", "Please sign in");
        return;
      }
      const id = Number(req.params.id);
      if (!Number.isSafeInteger(id) || id <= 0) {
        sendJsonError(res, "NOT_FOUND", "Customer not found");
        return;
      }
      const scope = scopeOfStaff(staff);
      let exported: Awaited<ReturnType<typeof exportCustomer>>;
      try {
        exported = await exportCustomer(deps, scope, id);
      } catch (error) {
        sendDomainError(res, error);
        return;
      }
      const slug =
        exported.name
          .replace(/[^\p{L}\p{N}]+/gu, "-")
          .replace(/^-|-$/g, "")
          .slice(0, 60) || "customer";
      res.setHeader("Content-Type", "application/zip");
      res.setHeader(
        "Content-Disposition",
        `attachment; filename="customer-${id}.zip"; filename*=UTF-8''${encodeURIComponent(`customer-${id}-${slug}.zip`)}`,
      );
      res.setHeader("Cache-Control", "no-store");
      await streamZip(res, exported, (fileId) => exportFileBytes(deps.data, scope, fileId));
    } catch (error) {
      if (res.headersSent) {
        deps.logger.error("customer export failed while streaming", { error, path: req.path });
        res.destroy();
        return;
      }
      next(error);
    }
  });

  router.use(jsonErrorHandler(deps.logger));
  return router;
}

/** Writes the ZIP entry by entry, waiting for the client whenever the socket's buffer is full. */
async function streamZip(
  res: Response,
  exported: Awaited<ReturnType<typeof exportCustomer>>,
  bytesOf: (fileId: number) => Promise<Buffer | null>,
): Promise<void> {
  let failure: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      return;
    }
    res.write(chunk);
    if (final) res.end();
  });
  const drained = async () => {
    if (failure) throw failure;
    if (res.writableNeedDrain) await once(res, "drain");
  };
  const json = new ZipDeflate("customer.json", { level: 6 });
  zip.add(json);
  json.push(new TextEncoder().encode(JSON.stringify(exported.json, null, 2)), true);
  await drained();
  for (const file of exported.files) {
    const bytes = await bytesOf(file.fileId);
    if (!bytes) continue;
    // Photos and PDFs are compressed already: stored as they are.
    const entry = new ZipPassThrough(file.path);
    zip.add(entry);
    entry.push(bytes, true);
    await drained();
  }
  zip.end();
  await drained();
}
