import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import type { Database, Tables, WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";

export type RateLimitResult = { allowed: boolean; retryAfterMs: number };

/** One fixed-window limit: at most `limit` attempts per `windowMs` under `key`. */
export type Limit = { key: string; limit: number; windowMs: number };

/**
 * Counts one hit under `key` in its window, starting a new window when the last one is over, and
 * answers the window's count and end. One upsert, so two writers never both start a window.
 */
async function countHit(tx: WriteDb, t: Tables, key: string, windowMs: number, now: Date) {
  const { rateLimits } = t;
  const windowOver = lte(rateLimits.resetAt, now);
  const newReset = new Date(now.getTime() + windowMs);
  return returnedRow(
    await tx
      .insert(rateLimits)
      .values({ key, count: 1, resetAt: newReset })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`CASE WHEN ${windowOver} THEN 1 ELSE ${rateLimits.count} + 1 END`,
          resetAt: sql`CASE WHEN ${windowOver} THEN ${sql.param(newReset, rateLimits.resetAt)} ELSE ${rateLimits.resetAt} END`,
        },
      })
      .returning({ count: rateLimits.count, resetAt: rateLimits.resetAt }),
  );
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`.
 * Kept in the database so limits survive restarts and hold across app servers.
 */
export async function hitRateLimit(
  data: Database,
  key: string,
  limit: number,
  windowMs: number,
  now: Date,
): Promise<RateLimitResult> {
  const row = await data.transaction((tx) => countHit(tx, data.t, key, windowMs, now));
  return { allowed: row.count <= limit, retryAfterMs: Math.max(0, row.resetAt.getTime() - now.getTime()) };
}

/** Deletes up to `chunk` counters whose window is over (an ended window counts as no row); answers how many. */
export async function purgeEndedRateLimits(data: Database, now: Date, chunk = 500): Promise<number> {
  const { rateLimits } = data.t;
  const ended = await data.transaction((tx) =>
    tx
      .delete(rateLimits)
      .where(
        and(
          inArray(
            rateLimits.key,
            tx.select({ key: rateLimits.key }).from(rateLimits).where(lte(rateLimits.resetAt, now)).limit(chunk),
          ),
          // Checked again on the row itself: on PostgreSQL a counter a hit restarted while this
          // waited for its lock has a window that is not over, and keeps it.
          lte(rateLimits.resetAt, now),
        ),
      )
      .returning({ key: rateLimits.key }),
  );
  return ended.length;
}

/** An attempt counted under every limit; `giveBack` un-counts it within the same windows. */
export type Reservation = { allowed: true; giveBack: () => Promise<void> } | { allowed: false; retryAfterMs: number };

/**
 * The counter under `key`, its row locked until the transaction ends. There is a row to lock even
 * for a key's first attempt: FOR UPDATE locks nothing where no row is, and every simultaneous first
 * caller would read "no attempts yet". The row inserted has a window already over (reset_at = now),
 * which counts as no attempts until countHit starts one; a racing insert waits for the first to
 * commit, then does nothing. A purge can delete an ended window between the insert and the lock,
 * hence the loop (on SQLite nothing runs in between, and the first pass finds the row).
 */
async function lockedCounter(data: Database, tx: WriteDb, key: string, now: Date) {
  const { rateLimits } = data.t;
  for (;;) {
    await tx.insert(rateLimits).values({ key, count: 0, resetAt: now }).onConflictDoNothing({ target: rateLimits.key });
    const [row] = await data.dialect.forUpdate(
      tx
        .select({ count: rateLimits.count, resetAt: rateLimits.resetAt })
        .from(rateLimits)
        .where(eq(rateLimits.key, key)),
    );
    if (row) return row;
  }
}

/**
 * Counts one attempt under every limit at once, or under none when any of them is used up (a
 * refused attempt spends nothing). It runs as one transaction holding every counter it reads (BEGIN
 * IMMEDIATE on SQLite; on PostgreSQL the counters' rows, locked), so of any number of simultaneous
 * callers at most `limit` get `allowed`: counting before the expensive check, not after it, is what
 * makes a limit hold under parallel requests.
 */
export async function reserveAttempt(data: Database, limits: readonly Limit[], now: Date): Promise<Reservation> {
  const nowMs = now.getTime();
  // Every caller takes the counters in the same order, whatever order its limits are listed in, so
  // two callers sharing two keys never each hold one and wait for the other.
  const ordered = [...limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return data.transaction(async (tx): Promise<Reservation> => {
    let retryAfterMs = 0;
    for (const { key, limit } of ordered) {
      const row = await lockedCounter(data, tx, key, now);
      if (row.resetAt.getTime() > nowMs && row.count >= limit)
        retryAfterMs = Math.max(retryAfterMs, row.resetAt.getTime() - nowMs);
    }
    if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
    const windows: Array<{ key: string; resetAt: Date }> = [];
    for (const { key, windowMs } of ordered) {
      const { resetAt } = await countHit(tx, data.t, key, windowMs, now);
      windows.push({ key, resetAt });
    }
    return { allowed: true, giveBack: () => uncountAttempt(data, windows) };
  });
}

/**
 * Un-counts a reserved attempt, only in the window it was counted in (a new window owes nothing).
 * `windows` is in reserveAttempt's key order, so this takes the rows in the order reservations do.
 */
async function uncountAttempt(data: Database, windows: Array<{ key: string; resetAt: Date }>): Promise<void> {
  const { rateLimits } = data.t;
  await data.transaction(async (tx) => {
    for (const { key, resetAt } of windows) {
      await tx
        .update(rateLimits)
        .set({ count: sql`${rateLimits.count} - 1` })
        .where(and(eq(rateLimits.key, key), eq(rateLimits.resetAt, resetAt), gt(rateLimits.count, 0)));
    }
  });
}

export type ThrottledOutcome<T> =
  | { status: "LIMITED"; retryAfterMs: number }
  | { status: "FAILED" }
  | { status: "PASSED"; value: T };

/**
 * Reserve an attempt, then verify: the one way an expensive check (a password's scrypt) is guarded.
 * The attempt is counted before `verify` runs, so N parallel attempts never get more than the limit
 * verified. `verify` answers the value on success, or undefined; a success gives its own attempt
 * back (the owner signing in is not a guess), while every failure stays counted for its window, so
 * a stranger's guesses are not wiped by the owner's next sign-in. `verify` runs outside any
 * transaction: scrypt must never hold the write lock.
 */
export async function throttledCheck<T>(
  data: Database,
  limits: readonly Limit[],
  now: Date,
  verify: () => Promise<T | undefined>,
): Promise<ThrottledOutcome<T>> {
  const reservation = await reserveAttempt(data, limits, now);
  if (!reservation.allowed) return { status: "LIMITED", retryAfterMs: reservation.retryAfterMs };
  const value = await verify();
  if (value === undefined) return { status: "FAILED" };
  await reservation.giveBack();
  return { status: "PASSED", value };
}
