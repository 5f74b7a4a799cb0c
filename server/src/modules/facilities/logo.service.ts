import { eq } from "drizzle-orm";
import { returnedRow } from "../../db/rows.js";
import type { ProcessedImage } from "../../lib/images.js";
import { logoPath, storeFile } from "../files/file.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { type FacilityRow, updateFacilitySettings } from "./facility.service.js";

/**
 * Stores a processed logo and makes it the facility's. The previous logo's bytes go with the
 * update (a trigger on `facilities.logo_file_id`), and a configured logo address gives way to it.
 */
export async function replaceLogo(
  { data, db }: Pick<ServiceDeps, "data" | "db">,
  facilityId: number,
  logo: ProcessedImage["main"] & { fileName: string },
  now: Date,
): Promise<string> {
  const { facilities } = data.t;
  return data.transaction(async (tx) => {
    // The files module is still on the old client: it writes on the shared writer connection, so
    // its insert is part of this transaction (decision 16's transition rule).
    const fileId = storeFile(db, facilityId, logo, now);
    const row = returnedRow(
      await tx
        .update(facilities)
        .set({ logoFileId: fileId, logoUrl: null })
        .where(eq(facilities.id, facilityId))
        .returning({ logoFileId: facilities.logoFileId, logoUrl: facilities.logoUrl }),
    );
    return logoPath(row) as string;
  });
}

/** No logo at all afterwards: the uploaded one (and its bytes) and any configured address. */
export async function removeLogo(data: ServiceDeps["data"], facilityId: number): Promise<FacilityRow> {
  return updateFacilitySettings(data, facilityId, { logoFileId: null, logoUrl: null });
}
