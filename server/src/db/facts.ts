import { eq } from "drizzle-orm";
import type { Db } from "./client.js";
import { databaseFacts } from "./schema.js";

/** The fact the demo seed writes (databaseFacts.key). */
export const DEMO_SEED_FACT = "demo_seed";

/** Written by the demo seed, in the transaction that creates its data. */
export function markCreatedByDemoSeed(tx: Pick<Db, "insert">, now: Date): void {
  tx.insert(databaseFacts)
    .values({ key: DEMO_SEED_FACT, value: now.toISOString(), createdAt: now })
    .onConflictDoNothing()
    .run();
}

/** Whether the demo seed created this database (rather than it holding anyone's real data). */
export function createdByDemoSeed(db: Db): boolean {
  return (
    db.select({ key: databaseFacts.key }).from(databaseFacts).where(eq(databaseFacts.key, DEMO_SEED_FACT)).get() !==
    undefined
  );
}
