import { eq } from "drizzle-orm";
import { returnedRow } from "../../db/rows.js";
import type { FacilityScope } from "../../db/tenancy.js";
import type { ProcessedImage } from "../../lib/images.js";
import { recordAudit } from "../audit/audit.service.js";
import { logoPath, newFile, storeFile } from "../files/file.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { type FacilityRow, updateFacilitySettings } from "./facility.service.js";

/**
 * Stores a processed logo and makes it the facility's. The previous logo's bytes go with the
 * update (a trigger on `facilities.logo_file_id`), and a configured logo address gives way to it.
 */
export async function replaceLogo(
  { data }: Pick<ServiceDeps, "data">,
  scope: FacilityScope,
  logo: ProcessedImage["main"] & { fileName: string },
  now: Date,
): Promise<string> {
  const { facilities } = data.t;
  // Hashed before the transaction: it awaits only its own statements.
  const file = newFile(scope.facilityId, logo, now);
  return data.transaction(async (tx) => {
    const fileId = await storeFile(tx, data.t, file);
    const row = returnedRow(
      await tx
        .update(facilities)
        .set({ logoFileId: fileId, logoUrl: null })
        .where(eq(facilities.id, scope.facilityId))
        .returning({ logoFileId: facilities.logoFileId, logoUrl: facilities.logoUrl }),
    );
    await recordAudit(tx, data.t, scope, now, {
      action: "SETTINGS_CHANGED",
      subject: "Logo",
      details: { fields: "logo" },
    });
    return logoPath(row) as string;
  });
}

/** No logo at all afterwards: the uploaded one (and its bytes) and any configured address. */
export async function removeLogo(data: ServiceDeps["data"], scope: FacilityScope, now: Date): Promise<FacilityRow> {
  return updateFacilitySettings(data, scope, now, "Logo", { logoFileId: null, logoUrl: null });
}
