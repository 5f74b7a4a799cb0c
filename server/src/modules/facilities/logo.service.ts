import { eq } from "drizzle-orm";
import { type Db, writeTransaction } from "../../db/client.js";
import { facilities } from "../../db/schema.js";
import type { ProcessedImage } from "../../lib/images.js";
import { logoPath, storeFileInSyncTransaction } from "../files/file.service.js";

/**
 * Stores a processed logo and makes it the facility's. The previous logo's bytes go with the
 * update (a trigger on `facilities.logo_file_id`), and a configured logo address gives way to it.
 */
export function replaceLogo(
  db: Db,
  facilityId: number,
  logo: ProcessedImage["main"] & { fileName: string },
  now: Date,
): string {
  return writeTransaction(db, (tx) => {
    const fileId = storeFileInSyncTransaction(tx, facilityId, logo, now);
    const row = tx
      .update(facilities)
      .set({ logoFileId: fileId, logoUrl: null })
      .where(eq(facilities.id, facilityId))
      .returning({ logoFileId: facilities.logoFileId, logoUrl: facilities.logoUrl })
      .get();
    if (!row) throw new Error(`facility ${facilityId} missing`);
    return logoPath(row) as string;
  });
}

/** No logo at all afterwards: the uploaded one (and its bytes) and any configured address. */
export function removeLogo(db: Db, facilityId: number): void {
  db.update(facilities).set({ logoFileId: null, logoUrl: null }).where(eq(facilities.id, facilityId)).run();
}
