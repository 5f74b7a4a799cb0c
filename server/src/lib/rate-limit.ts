import { inArray, lte } from "drizzle-orm";
import type { Db } from "../db/client.js";
import type { Database } from "../db/database.js";

export type RateLimitResult = { allowed: boolean; retryAfterMs: number };

/** One fixed-window limit: at most `limit` attempts per `windowMs` under `key`. */
export type Limit = { key: string; limit: number; windowMs: number };

/**
 * Counts one hit against `key` in a fixed window and says whether it is within `limit`.
 * Kept in SQLite (one upsert) so limits survive restarts and hold across app servers.
 */
export function hitRateLimit(db: Db, key: string, limit: number, windowMs: number, now: Date): RateLimitResult {
  const nowMs = now.getTime();
  const row = db.$client
    .prepare(
      `INSERT INTO rate_limits (key, count, reset_at) VALUES (?, 1, ?)
       ON CONFLICT(key) DO UPDATE SET
         count = CASE WHEN reset_at <= ? THEN 1 ELSE count + 1 END,
         reset_at = CASE WHEN reset_at <= ? THEN excluded.reset_at ELSE reset_at END
       RETURNING count, reset_at`,
    )
    .get(key, nowMs + windowMs, nowMs, nowMs) as { count: number; reset_at: number };
  return { allowed: row.count <= limit, retryAfterMs: Math.max(0, row.reset_at - nowMs) };
}

/** Deletes up to `chunk` counters whose window is over (an ended window counts as no row); answers how many. */
export async function purgeEndedRateLimits(data: Database, now: Date, chunk = 500): Promise<number> {
  const { rateLimits } = data.t;
  const ended = await data.transaction((tx) =>
    tx
      .delete(rateLimits)
      .where(
        inArray(
          rateLimits.key,
          tx.select({ key: rateLimits.key }).from(rateLimits).where(lte(rateLimits.resetAt, now)).limit(chunk),
        ),
      )
      .returning({ key: rateLimits.key }),
  );
  return ended.length;
}

/** An attempt counted under every limit; `giveBack` un-counts it within the same windows. */
export type Reservation = { allowed: true; giveBack: () => void } | { allowed: false; retryAfterMs: number };

/**
 * Counts one attempt under every limit at once, or under none when any of them is used up (a
 * refused attempt spends nothing). It runs as one BEGIN IMMEDIATE transaction, so of any number of
 * simultaneous callers at most `limit` get `allowed`: counting before the expensive check, not
 * after it, is what makes a limit hold under parallel requests.
 */
export function reserveAttempt(db: Db, limits: readonly Limit[], now: Date): Reservation {
  const nowMs = now.getTime();
  const sqlite = db.$client;
  const read = sqlite.prepare("SELECT count, reset_at FROM rate_limits WHERE key = ?");
  const count = sqlite.prepare(
    `INSERT INTO rate_limits (key, count, reset_at) VALUES (?, 1, ?)
     ON CONFLICT(key) DO UPDATE SET
       count = CASE WHEN reset_at <= ? THEN 1 ELSE count + 1 END,
       reset_at = CASE WHEN reset_at <= ? THEN excluded.reset_at ELSE reset_at END
     RETURNING reset_at`,
  );
  const reserve = sqlite.transaction((): Reservation => {
    let retryAfterMs = 0;
    for (const { key, limit } of limits) {
      const row = read.get(key) as { count: number; reset_at: number } | undefined;
      if (row && row.reset_at > nowMs && row.count >= limit)
        retryAfterMs = Math.max(retryAfterMs, row.reset_at - nowMs);
    }
    if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
    const windows = limits.map(({ key, windowMs }) => {
      const row = count.get(key, nowMs + windowMs, nowMs, nowMs) as { reset_at: number };
      return { key, resetAt: row.reset_at };
    });
    return { allowed: true, giveBack: () => uncountAttempt(db, windows) };
  });
  return reserve.immediate();
}

/** Un-counts a reserved attempt, only in the window it was counted in (a new window owes nothing). */
function uncountAttempt(db: Db, windows: Array<{ key: string; resetAt: number }>): void {
  const uncount = db.$client.prepare(
    "UPDATE rate_limits SET count = count - 1 WHERE key = ? AND reset_at = ? AND count > 0",
  );
  db.$client.transaction(() => {
    for (const { key, resetAt } of windows) uncount.run(key, resetAt);
  })();
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
 * a stranger's guesses are not wiped by the owner's next sign-in.
 */
export async function throttledCheck<T>(
  db: Db,
  limits: readonly Limit[],
  now: Date,
  verify: () => Promise<T | undefined>,
): Promise<ThrottledOutcome<T>> {
  const reservation = reserveAttempt(db, limits, now);
  if (!reservation.allowed) return { status: "LIMITED", retryAfterMs: reservation.retryAfterMs };
  const value = await verify();
  if (value === undefined) return { status: "FAILED" };
  reservation.giveBack();
  return { status: "PASSED", value };
}
