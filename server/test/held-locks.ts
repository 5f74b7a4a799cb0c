// Forcing the interleaving a read-then-write rule must survive, without timers: another connection
// (as another app server would) locks the row the rule is about, the test sends its simultaneous
// requests, waits until PostgreSQL reports them all waiting on a lock, and lets go. Code that reads
// before it locks has read by then, so every request acts on what it read before the others wrote;
// code that locks first reads after the requests before it committed. On SQLite one transaction runs
// at a time, so there is no interleaving to force: raceWhileHeld runs the requests in the order
// PostgreSQL is made to take them, and a test expects the same outcome of both engines.
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import type { TestApp } from "./harness.js";

export interface HeldLocks {
  /** Resolves once `count` (or what it answers, asked again each time) transactions of this database wait on a lock. */
  untilWaiting(count: number | (() => number)): Promise<void>;
  /** Ends the holding transaction (rolled back: it wrote nothing), which lets the waiters go. */
  release(): Promise<void>;
}

/**
 * On PostgreSQL, runs `lockingSql` (e.g. `SELECT 1 FROM estimates WHERE id = $1 FOR UPDATE`) in a
 * transaction on a connection of its own and holds what it locked until release(). Keep the waiters
 * below the app's pool size: a request waiting for a pooled connection waits on no lock.
 */
export async function holdLocks(app: TestApp, lockingSql: string, params: unknown[] = []): Promise<HeldLocks> {
  if (app.data.engine !== "pg") return { untilWaiting: async () => {}, release: async () => {} };
  const client = new pg.Client({ connectionString: app.config.databaseUrl });
  await client.connect();
  await client.query("BEGIN");
  const { rowCount } = await client.query(lockingSql, params);
  if (!rowCount) throw new Error(`Nothing to hold: ${lockingSql}`);
  return {
    async untilWaiting(count) {
      // Polling a condition, not a deadline: the test's own timeout is the only limit.
      for (;;) {
        // pg_stat_activity is read once per transaction unless cleared, and the holder's is open.
        await client.query("SELECT pg_stat_clear_snapshot()");
        const { rows } = await client.query<{ waiting: number }>(
          `SELECT count(DISTINCT l.pid)::int AS waiting
             FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE NOT l.granted AND a.datname = current_database()`,
        );
        if ((rows[0]?.waiting ?? 0) >= (typeof count === "number" ? count : count())) return;
        await sleep(10);
      }
    },
    async release() {
      await client.query("ROLLBACK");
      await client.end();
    },
  };
}

/**
 * Sends `requests` while `lockingSql` holds its rows, each once every request before it waits on a
 * lock (or has already answered), then lets go and answers their results in the same order. On
 * PostgreSQL the requests reach the held rows in the order given, each having read what it reads
 * before its first lock while the others waited. On SQLite they run one after another in that order,
 * which is what one-transaction-at-a-time makes of any overlap.
 */
export async function raceWhileHeld<T>(
  app: TestApp,
  lockingSql: string,
  params: unknown[],
  requests: ReadonlyArray<() => Promise<T>>,
): Promise<T[]> {
  const held = await holdLocks(app, lockingSql, params);
  const answers: Promise<T>[] = [];
  let answered = 0;
  try {
    for (const request of requests) {
      const answer = request();
      answer.then(
        () => answered++,
        () => answered++,
      );
      answers.push(answer);
      if (app.data.engine === "pg") await held.untilWaiting(() => answers.length - answered);
      else await answer.catch(() => undefined);
    }
  } finally {
    await held.release();
  }
  return Promise.all(answers);
}
