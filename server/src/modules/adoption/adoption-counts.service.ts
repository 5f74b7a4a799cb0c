import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Database, WriteDb } from "../../db/database.js";
import { addDays, localDate } from "../../lib/time-zone.js";

/**
 * The funnel's counts as the database keeps them (docs/decisions/0045-adoption-counts.md): triggers
 * on customers and contacts append a change (-1 for what a person was, +1 for what they are) to
 * adoption_changes; this folds the changes into adoption_counts (per stage and reachability) and
 * adoption_weeks (per week of first invite on the facility's clock, and stage). Reads add the changes
 * not folded yet, so a count is exact whenever folding runs.
 */

/** Changes folded per transaction: a short write, whatever the backlog. */
export const FOLD_CHUNK = 2000;
/** A read that meets more changes than this asks for a fold, so reads stay a few rows. */
export const FOLD_AFTER = 200;

type Change = { facilityId: number; stage: number; reachable: number; firstInvitedAt: Date | null; people: number };

/** The Monday (a facility-local date) of the week `instant` falls in on the facility's clock. */
export function mondayOf(instant: Date, timeZone: string): string {
  const day = localDate(instant, timeZone);
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** Adds changes up by key: counts by stage and reachability, weeks by Monday and stage. */
function tally(changes: readonly Change[], timeZone: string) {
  const counts = new Map<string, { stage: number; reachable: number; people: number }>();
  const weeks = new Map<string, { weekStart: string; stage: number; people: number }>();
  const mondays = new Map<number, string>();
  for (const change of changes) {
    const countKey = `${change.stage}:${change.reachable}`;
    const count = counts.get(countKey) ?? { stage: change.stage, reachable: change.reachable, people: 0 };
    count.people += change.people;
    counts.set(countKey, count);
    if (!change.firstInvitedAt) continue;
    const at = change.firstInvitedAt.getTime();
    let weekStart = mondays.get(at);
    if (!weekStart) {
      weekStart = mondayOf(change.firstInvitedAt, timeZone);
      mondays.set(at, weekStart);
    }
    const weekKey = `${weekStart}:${change.stage}`;
    const week = weeks.get(weekKey) ?? { weekStart, stage: change.stage, people: 0 };
    week.people += change.people;
    weeks.set(weekKey, week);
  }
  // In key order, so two folds of one facility lock the same rows in the same order.
  const byKey = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
  return { counts: byKey(counts).filter((c) => c.people !== 0), weeks: byKey(weeks).filter((w) => w.people !== 0) };
}

/** Adds tallied changes to the facility's rows. */
async function addTally(tx: WriteDb, data: Database, facilityId: number, tallied: ReturnType<typeof tally>) {
  const { adoptionCounts: ac, adoptionWeeks: aw } = data.t;
  if (tallied.counts.length > 0)
    await tx
      .insert(ac)
      .values(tallied.counts.map((count) => ({ facilityId, ...count })))
      .onConflictDoUpdate({
        target: [ac.facilityId, ac.stage, ac.reachable],
        set: { people: sql`${ac.people} + excluded.people` },
      });
  if (tallied.weeks.length > 0)
    await tx
      .insert(aw)
      .values(tallied.weeks.map((week) => ({ facilityId, ...week })))
      .onConflictDoUpdate({
        target: [aw.facilityId, aw.weekStart, aw.stage],
        set: { people: sql`${aw.people} + excluded.people` },
      });
}

/**
 * Folds up to FOLD_CHUNK of one facility's changes in the transaction: the changes a delete returns
 * are the ones it removed, so two folds at once (on any servers) never fold a change twice; the
 * facility's zone read after the delete, which on PostgreSQL waits for a zone change's recount to
 * finish. Answers how many changes it folded.
 *
 * The ids are read first and deleted as a list. As one statement (`id IN (SELECT … LIMIT)`),
 * PostgreSQL planned the delete from statistics taken while the table was nearly empty, as it
 * usually is, and after a bulk invite's 20,000 changes ran the subquery once per row: 11–15 s.
 */
async function foldChunk(tx: WriteDb, data: Database, facilityId: number): Promise<number> {
  const { adoptionChanges: c, facilities: f } = data.t;
  const pending = await tx
    .select({ id: c.id })
    .from(c)
    .where(eq(c.facilityId, facilityId))
    .orderBy(asc(c.id))
    .limit(FOLD_CHUNK);
  if (pending.length === 0) return 0;
  const changes = await tx
    .delete(c)
    .where(
      data.dialect.inList(
        c.id,
        pending.map((row) => row.id),
      ),
    )
    .returning({
      facilityId: c.facilityId,
      stage: c.stage,
      reachable: c.reachable,
      firstInvitedAt: c.firstInvitedAt,
      people: c.people,
    });
  if (changes.length === 0) return 0;
  const [facility] = await tx.select({ timeZone: f.timeZone }).from(f).where(eq(f.id, facilityId));
  if (facility) await addTally(tx, data, facilityId, tally(changes, facility.timeZone));
  return changes.length;
}

/**
 * Folds the changes of one facility, or of every facility with changes, in short transactions.
 * Answers how many it folded.
 */
export async function foldAdoptionChanges(data: Database, facilityId?: number): Promise<number> {
  const { adoptionChanges: c } = data.t;
  const facilityIds =
    facilityId === undefined
      ? (await data.read.selectDistinct({ facilityId: c.facilityId }).from(c)).map((row) => row.facilityId)
      : [facilityId];
  let folded = 0;
  for (const id of facilityIds) {
    for (;;) {
      const n = await data.transaction((tx) => foldChunk(tx, data, id));
      folded += n;
      if (n < FOLD_CHUNK) break;
      await yieldToEventLoop();
    }
  }
  return folded;
}

const folding = new WeakMap<Database, Map<number, Promise<number>>>();

/** Folds one facility's changes after the current request, once at a time per facility. */
export function foldAdoptionChangesSoon(data: Database, facilityId: number, onError: (error: unknown) => void) {
  const running = folding.get(data) ?? new Map<number, Promise<number>>();
  folding.set(data, running);
  if (running.has(facilityId)) return;
  const fold = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => foldAdoptionChanges(data, facilityId))
    .catch((error) => {
      onError(error);
      return 0;
    })
    .finally(() => running.delete(facilityId));
  running.set(facilityId, fold);
}

/**
 * Counts the facility's weeks again in its time zone, in the transaction that changes the zone:
 * the changes so far are folded first and the weeks counted from the people themselves. On
 * PostgreSQL the changes table is locked against new changes until the transaction ends, so none
 * lands between the fold and the count (on SQLite the writer is alone already).
 */
export async function recountAdoptionWeeks(tx: WriteDb, data: Database, facilityId: number, timeZone: string) {
  const { adoptionChanges: ac, adoptionWeeks: aw, customers: c, contacts: ct } = data.t;
  await data.dialect.lockAgainstWrites(ac);
  while ((await foldChunk(tx, data, facilityId)) === FOLD_CHUNK) {}
  await tx.delete(aw).where(eq(aw.facilityId, facilityId));
  const count = sql<number>`count(*)`;
  const people = await tx
    .select({ firstInvitedAt: c.firstInvitedAt, stage: c.adoptionStage, n: count })
    .from(c)
    .where(and(eq(c.facilityId, facilityId), isNull(c.archivedAt), isNotNull(c.firstInvitedAt)))
    .groupBy(c.firstInvitedAt, c.adoptionStage)
    .unionAll(
      tx
        .select({ firstInvitedAt: ct.firstInvitedAt, stage: ct.adoptionStage, n: count })
        .from(ct)
        .innerJoin(c, eq(c.id, ct.customerId))
        .where(
          and(
            eq(ct.facilityId, facilityId),
            eq(ct.canAccessPortal, true),
            isNull(c.archivedAt),
            isNotNull(ct.firstInvitedAt),
          ),
        )
        .groupBy(ct.firstInvitedAt, ct.adoptionStage),
    );
  const tallied = tally(
    people.map((row) => ({
      facilityId,
      stage: Number(row.stage),
      reachable: 0,
      firstInvitedAt: row.firstInvitedAt,
      people: Number(row.n),
    })),
    timeZone,
  );
  await addTally(tx, data, facilityId, { counts: [], weeks: tallied.weeks });
}
