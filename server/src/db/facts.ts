import { eq } from "drizzle-orm";
import type { Db } from "./client.js";
import type { Tables, WriteDb } from "./database.js";
import { databaseFacts } from "./schema.js";

/** The fact the demo seed writes (databaseFacts.key). */
export const DEMO_SEED_FACT = "demo_seed";

/** Written by the demo seed, in the transaction that creates its data. */
export async function markCreatedByDemoSeed(tx: WriteDb, t: Tables, now: Date): Promise<void> {
  await tx
    .insert(t.databaseFacts)
    .values({ key: DEMO_SEED_FACT, value: now.toISOString(), createdAt: now })
    .onConflictDoNothing();
}

/** Whether the demo seed created this database (rather than it holding anyone's real data). */
export function createdByDemoSeed(db: Db): boolean {
  return (
    db.select({ key: databaseFacts.key }).from(databaseFacts).where(eq(databaseFacts.key, DEMO_SEED_FACT)).get() !==
    undefined
  );
}
