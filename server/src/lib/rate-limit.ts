import type { Db } from "../db/client.js";

export type RateLimitResult = { allowed: boolean; retryAfterMs: number };

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

/** Reads a counter without counting: for limits that only count failures. */
export function isRateLimited(db: Db, key: string, limit: number, now: Date): RateLimitResult {
  const row = db.$client.prepare("SELECT count, reset_at FROM rate_limits WHERE key = ?").get(key) as
    | { count: number; reset_at: number }
    | undefined;
  if (!row || row.reset_at <= now.getTime()) return { allowed: true, retryAfterMs: 0 };
  return { allowed: row.count < limit, retryAfterMs: row.reset_at - now.getTime() };
}

export function clearRateLimit(db: Db, key: string): void {
  db.$client.prepare("DELETE FROM rate_limits WHERE key = ?").run(key);
}
