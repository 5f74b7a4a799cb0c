import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { files } from "../../db/schema.js";

export function storeFile(
  tx: Db,
  facilityId: number,
  file: { fileName: string; contentType: string; data: Buffer },
  now: Date,
): number {
  return tx
    .insert(files)
    .values({
      facilityId,
      fileName: file.fileName.slice(0, 200) || "file",
      contentType: file.contentType,
      size: file.data.length,
      sha256: createHash("sha256").update(file.data).digest("hex"),
      data: file.data,
      createdAt: now,
    })
    .returning({ id: files.id })
    .get().id;
}

export { absoluteLogoUrl, fileUrl, logoPath } from "../../lib/file-urls.js";

export type FileViewer =
  | { kind: "staff"; facilityId: number }
  | { kind: "portal"; facilityId: number; customerId: number; sections: Set<string> };

/**
 * Whether the viewer may download a file: staff within their facility; a portal person only when the
 * file belongs to their own account (a photo of their car, a shared document) in a section that is on.
 * Logos are public: they appear in emails.
 */
export function mayDownload(db: Db, fileId: number, viewer: FileViewer | null): boolean {
  const owner = db.$client
    .prepare(
      `SELECT f.facility_id AS facilityId,
         (SELECT 1 FROM facilities WHERE logo_file_id = f.id) AS isLogo,
         (SELECT c.customer_id FROM car_photos p JOIN cars c ON c.id = p.car_id
            WHERE p.file_id = f.id OR p.thumbnail_file_id = f.id) AS carCustomerId,
         (SELECT c.customer_id FROM condition_report_photos p JOIN condition_reports r ON r.id = p.report_id
            JOIN cars c ON c.id = r.car_id WHERE p.file_id = f.id OR p.thumbnail_file_id = f.id) AS reportCustomerId,
         (SELECT d.customer_id FROM documents d WHERE d.file_id = f.id AND d.shared_with_customer = 1) AS documentCustomerId
       FROM files f WHERE f.id = ?`,
    )
    .get(fileId) as
    | {
        facilityId: number;
        isLogo: number | null;
        carCustomerId: number | null;
        reportCustomerId: number | null;
        documentCustomerId: number | null;
      }
    | undefined;
  if (!owner) return false;
  if (owner.isLogo) return true;
  if (!viewer || viewer.facilityId !== owner.facilityId) return false;
  if (viewer.kind === "staff") return true;
  const vehicles = viewer.sections.has("VEHICLES");
  return (
    (vehicles && (owner.carCustomerId === viewer.customerId || owner.reportCustomerId === viewer.customerId)) ||
    (viewer.sections.has("DOCUMENTS") && owner.documentCustomerId === viewer.customerId)
  );
}

export function readFile(db: Db, fileId: number) {
  return db.select().from(files).where(eq(files.id, fileId)).get();
}
