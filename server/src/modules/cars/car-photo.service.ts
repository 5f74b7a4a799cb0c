import { eq } from "drizzle-orm";
import type { Database } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { notFound } from "../../lib/domain-error.js";
import type { ProcessedImage } from "../../lib/images.js";
import { fileUrl, newFile, storeFile } from "../files/file.service.js";

export type StoredPhoto = { id: number; url: string; thumbnailUrl: string };

/** The display copy and the thumbnail as file rows, hashed before the transaction that stores them. */
function photoFiles(scope: FacilityScope, image: ProcessedImage, fileName: string, now: Date) {
  return {
    main: newFile(scope.facilityId, { fileName, ...image.main }, now),
    thumbnail: newFile(scope.facilityId, { fileName: `thumb-${fileName}`, ...image.thumbnail }, now),
  };
}

/** Adds an uploaded photo (already checked and resized) to a car of the scope; NOT_FOUND for any other car. */
export async function addCarPhoto(
  data: Database,
  scope: FacilityScope,
  carId: number,
  photo: { image: ProcessedImage; fileName: string },
  now: Date,
): Promise<StoredPhoto> {
  const { t } = data;
  const files = photoFiles(scope, photo.image, photo.fileName, now);
  return data.transaction(async (tx) => {
    const [car] = await tx
      .select({ id: t.cars.id })
      .from(t.cars)
      .where(scope.where(t.cars, eq(t.cars.id, carId)));
    if (!car) throw notFound("Car");
    const fileId = await storeFile(tx, t, files.main);
    const thumbnailFileId = await storeFile(tx, t, files.thumbnail);
    const { id } = returnedRow(
      await tx
        .insert(t.carPhotos)
        .values({
          facilityId: scope.facilityId,
          carId,
          fileId,
          thumbnailFileId,
          width: photo.image.main.width,
          height: photo.image.main.height,
          createdAt: now,
        })
        .returning({ id: t.carPhotos.id }),
    );
    return { id, url: fileUrl(fileId), thumbnailUrl: fileUrl(thumbnailFileId) };
  });
}

/** Adds an uploaded photo to a condition report of the scope; NOT_FOUND for any other report. */
export async function addConditionReportPhoto(
  data: Database,
  scope: FacilityScope,
  reportId: number,
  photo: { image: ProcessedImage; fileName: string },
  now: Date,
): Promise<StoredPhoto> {
  const { t } = data;
  const files = photoFiles(scope, photo.image, photo.fileName, now);
  return data.transaction(async (tx) => {
    const [report] = await tx
      .select({ id: t.conditionReports.id })
      .from(t.conditionReports)
      .where(scope.where(t.conditionReports, eq(t.conditionReports.id, reportId)));
    if (!report) throw notFound("Condition report");
    const fileId = await storeFile(tx, t, files.main);
    const thumbnailFileId = await storeFile(tx, t, files.thumbnail);
    const { id } = returnedRow(
      await tx
        .insert(t.conditionReportPhotos)
        .values({ reportId, fileId, thumbnailFileId })
        .returning({ id: t.conditionReportPhotos.id }),
    );
    return { id, url: fileUrl(fileId), thumbnailUrl: fileUrl(thumbnailFileId) };
  });
}
