import { createHash } from "node:crypto";
import { and, type Column, eq, getTableColumns, or, sql } from "drizzle-orm";
import { type Database, preparedRead, type Tables, type WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";

export type FileRow = Tables["files"]["$inferSelect"];
/** A file ready to be written: named, typed, sized and hashed before any transaction starts. */
export type NewFile = Tables["files"]["$inferInsert"];

/**
 * The row of an upload. Hashing reads every byte, so it happens here, before the transaction that
 * stores the row: a transaction body awaits only its own statements.
 */
export function newFile(
  facilityId: number,
  file: { fileName: string; contentType: string; data: Buffer },
  now: Date,
): NewFile {
  return {
    facilityId,
    fileName: file.fileName.slice(0, 200) || "file",
    contentType: file.contentType,
    size: file.data.length,
    sha256: createHash("sha256").update(file.data).digest("hex"),
    data: file.data,
    createdAt: now,
  };
}

/** Writes a file made by newFile inside the caller's transaction; answers its id. */
export async function storeFile(tx: WriteDb, t: Tables, file: NewFile): Promise<number> {
  return returnedRow(await tx.insert(t.files).values(file).returning({ id: t.files.id })).id;
}

export { absoluteLogoUrl, fileUrl, logoPath } from "../../lib/file-urls.js";

export type FileViewer =
  | { kind: "staff"; facilityId: number }
  | { kind: "portal"; facilityId: number; customerId: number; sections: Set<string> };

// Every photo, logo and document shown is a download: the file and who owns it, in one statement
// prepared once. The subqueries refer to "files" by its name: the outer query is on that table alone.
const fileWithOwnersRead = preparedRead(
  "file_with_owners",
  (db, t) => {
    const isThisFile = (column: Column) => eq(column, t.files.id);
    const logo = db.select({ id: t.facilities.id }).from(t.facilities).where(isThisFile(t.facilities.logoFileId));
    const carPhoto = db
      .select({ customerId: t.cars.customerId })
      .from(t.carPhotos)
      .innerJoin(t.cars, eq(t.cars.id, t.carPhotos.carId))
      .where(or(isThisFile(t.carPhotos.fileId), isThisFile(t.carPhotos.thumbnailFileId)))
      .limit(1);
    const reportPhoto = db
      .select({ customerId: t.cars.customerId })
      .from(t.conditionReportPhotos)
      .innerJoin(t.conditionReports, eq(t.conditionReports.id, t.conditionReportPhotos.reportId))
      .innerJoin(t.cars, eq(t.cars.id, t.conditionReports.carId))
      .where(or(isThisFile(t.conditionReportPhotos.fileId), isThisFile(t.conditionReportPhotos.thumbnailFileId)))
      .limit(1);
    const sharedDocument = db
      .select({ customerId: t.documents.customerId })
      .from(t.documents)
      .where(and(isThisFile(t.documents.fileId), eq(t.documents.sharedWithCustomer, true)))
      .limit(1);
    return db
      .select({
        ...getTableColumns(t.files),
        isLogo: sql<boolean>`exists ${logo}`.mapWith(Boolean),
        carCustomerId: sql<number | null>`${carPhoto}`,
        reportCustomerId: sql<number | null>`${reportPhoto}`,
        documentCustomerId: sql<number | null>`${sharedDocument}`,
      })
      .from(t.files)
      .where(eq(t.files.id, sql.placeholder("fileId")));
  },
  { keyed: true },
);

/**
 * The file, if the viewer may download it: staff within their facility; a portal person only when
 * the file belongs to their own account (a photo of their car, a shared document) in a section that
 * is on. Logos are public: they appear in emails. A file the viewer may not see answers null, like a
 * missing one.
 */
export async function downloadableFile(
  data: Database,
  fileId: number,
  viewer: FileViewer | null,
): Promise<FileRow | null> {
  const [row] = await fileWithOwnersRead(data).execute({ fileId });
  if (!row) return null;
  const { isLogo, carCustomerId, reportCustomerId, documentCustomerId, ...file } = row;
  if (isLogo) return file;
  if (!viewer || viewer.facilityId !== file.facilityId) return null;
  if (viewer.kind === "staff") return file;
  const vehicles = viewer.sections.has("VEHICLES");
  const mayDownload =
    (vehicles && (carCustomerId === viewer.customerId || reportCustomerId === viewer.customerId)) ||
    (viewer.sections.has("DOCUMENTS") && documentCustomerId === viewer.customerId);
  return mayDownload ? file : null;
}
