import type { Tables, WriteDb } from "./database.js";

/** The fact the demo seed writes (databaseFacts.key). */
export const DEMO_SEED_FACT = "demo_seed";

/** Written by the demo seed, in the transaction that creates its data. */
export async function markCreatedByDemoSeed(tx: WriteDb, t: Tables, now: Date): Promise<void> {
  await tx
    .insert(t.databaseFacts)
    .values({ key: DEMO_SEED_FACT, value: now.toISOString(), createdAt: now })
    .onConflictDoNothing();
}
