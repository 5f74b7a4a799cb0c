// Counts the SQL statements this process runs, on either engine, for the bench's "statements per
// request": the page is requested once through an app in this process, on the same database, and
// every statement executed meanwhile is counted. Deterministic, unlike anything timed.
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";

/** Transaction control has no plan and carries no data; the tests' counters leave it out too. */
const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

let counting: string[] | null = null;
let installed = false;

/**
 * Wraps statement execution once for the process: better-sqlite3's statements share one prototype,
 * and every pg pooled client's query() is the prototype's until the pool binds it at connect, so
 * this must run before any PostgreSQL connection is opened.
 */
export function installStatementCounter(): void {
  if (installed) return;
  installed = true;
  const probe = new BetterSqlite3(":memory:");
  const prototype = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  for (const method of ["run", "get", "all", "iterate"]) {
    const original = prototype[method] as (...args: unknown[]) => unknown;
    prototype[method] = function counted(this: { source: string }, ...args: unknown[]) {
      counting?.push(this.source);
      return original.apply(this, args);
    };
  }
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    const config = args[0];
    const text = typeof config === "object" && config !== null && "text" in config ? config.text : config;
    if (counting && typeof text === "string" && !TRANSACTION_CONTROL.test(text)) counting.push(text);
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

/** The statements run while fn ran (nothing else may run in this process meanwhile). */
export async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  if (!installed) throw new Error("installStatementCounter() first");
  const statements: string[] = [];
  counting = statements;
  try {
    await fn();
  } finally {
    counting = null;
  }
  return statements;
}
