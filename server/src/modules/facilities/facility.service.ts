import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { facilities } from "../../db/schema.js";

export function getFacility(db: Db, facilityId: number) {
  const row = db.select().from(facilities).where(eq(facilities.id, facilityId)).get();
  if (!row) throw new Error(`facility ${facilityId} missing`);
  return row;
}
