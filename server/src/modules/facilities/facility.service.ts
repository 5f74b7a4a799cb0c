import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { facilities } from "../../db/schema.js";
import { onboardingStepLabels } from "../portal/sections.js";

export function getFacility(db: Db, facilityId: number) {
  const row = db.select().from(facilities).where(eq(facilities.id, facilityId)).get();
  if (!row) throw new Error(`facility ${facilityId} missing`);
  return row;
}

/** Onboarding steps in words, per facility, for the invite emails of one worker batch. */
export function onboardingStepsByFacility(db: Db, facilityIds: number[]): Map<number, string[]> {
  const rows = db.select().from(facilities).where(inArray(facilities.id, facilityIds)).all();
  return new Map(rows.map((f) => [f.id, onboardingStepLabels(f)]));
}
