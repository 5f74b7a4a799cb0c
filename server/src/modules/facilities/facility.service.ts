import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { ReadDb, Tables } from "../../db/database.js";
import { facilities } from "../../db/schema.js";
import { localDate } from "../../lib/time-zone.js";
import { onboardingStepLabels } from "../portal/sections.js";

export function getFacility(db: Db, facilityId: number) {
  const row = db.select().from(facilities).where(eq(facilities.id, facilityId)).get();
  if (!row) throw new Error(`facility ${facilityId} missing`);
  return row;
}

/**
 * getFacility on the data layer, from an autocommit read or inside a transaction (the invite and
 * notification rules read the facility's settings in the transaction that acts on them).
 */
export async function facilityById(
  db: ReadDb,
  t: Tables,
  facilityId: number,
): Promise<Tables["facilities"]["$inferSelect"]> {
  const [row] = await db.select().from(t.facilities).where(eq(t.facilities.id, facilityId));
  if (!row) throw new Error(`facility ${facilityId} missing`);
  return row;
}

/** Onboarding steps in words, per facility, for the invite emails of one worker batch. */
export function onboardingStepsByFacility(db: Db, facilityIds: number[]): Map<number, string[]> {
  const rows = db.select().from(facilities).where(inArray(facilities.id, facilityIds)).all();
  return new Map(rows.map((f) => [f.id, onboardingStepLabels(f)]));
}

/** Today at the facility ("2026-03-02"): what "due today" and "overdue" mean for its customers. */
export function facilityToday(db: Db, facilityId: number, now: Date): string {
  const row = db.select({ timeZone: facilities.timeZone }).from(facilities).where(eq(facilities.id, facilityId)).get();
  return localDate(now, row?.timeZone ?? "UTC");
}
