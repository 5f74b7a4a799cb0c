import pg from "pg";
import { expect } from "vitest";
import { testEngine } from "./engine.js";
import type { TestApp } from "./harness.js";

/** A statement as the engine got it. */
export type Ran = { text: string; values: readonly unknown[] };

/** The one statement fn runs, as the engine got it. */
export async function statementOf(app: TestApp, fn: () => Promise<unknown>): Promise<Ran> {
  const ran: Ran[] = [];
  const stop = app.data.watchStatements((text, values) => ran.push({ text, values }));
  try {
    await fn();
  } finally {
    stop();
  }
  expect(ran).toHaveLength(1);
  return ran[0] as Ran;
}

/** Every index the plan of `statement` reads, whether it reads `table` whole, and whether it sorts. */
export async function planOf(app: TestApp, { text, values }: Ran, table: string) {
  if (testEngine === "pg") {
    const result = await onPostgres(app, (client) => client.query(`EXPLAIN (FORMAT JSON) ${text}`, [...values]));
    const nodes: Array<Record<string, unknown>> = [];
    const walk = (node: Record<string, unknown>) => {
      nodes.push(node);
      for (const child of (node.Plans as Array<Record<string, unknown>> | undefined) ?? []) walk(child);
    };
    walk((result.rows[0] as { "QUERY PLAN": Array<{ Plan: Record<string, unknown> }> })["QUERY PLAN"][0]?.Plan ?? {});
    return {
      indexes: nodes.flatMap((n) => (typeof n["Index Name"] === "string" ? [n["Index Name"]] : [])),
      scansTable: nodes.some((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === table),
      sorts: nodes.some((n) => /Sort$/.test(String(n["Node Type"]))),
    };
  }
  const steps = app.db.$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...values) as Array<{ detail: string }>;
  return {
    indexes: steps.flatMap((s) => /USING (?:COVERING )?INDEX (\w+)/.exec(s.detail)?.[1] ?? []),
    scansTable: steps.some((s) => new RegExp(`^SCAN ${table}\\b`).test(s.detail)),
    sorts: steps.some((s) => /TEMP B-TREE/.test(s.detail)),
  };
}

/** Runs fn with a plain connection to the app's PostgreSQL database, for what drizzle does not say (EXPLAIN, ANALYZE). */
export async function onPostgres<T>(app: TestApp, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: app.config.databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Vacuums and analyzes `table` so the planner prices index-only scans as at a facility in use, where
 * autovacuum has marked the loaded pages all-visible. VACUUM marks a page only when its rows' commit
 * hints are set, and the test cluster commits asynchronously: a hint waits until the commit record is
 * on disk, which the WAL writer does on its own clock. A synchronous commit that wrote WAL (ANALYZE
 * writes its statistics) first flushes every earlier record, so the VACUUM after it marks every page,
 * however busy the machine.
 */
export async function settleForPlans(app: TestApp, table: string): Promise<void> {
  await onPostgres(app, async (client) => {
    await client.query("SET synchronous_commit = on");
    await client.query(`ANALYZE ${table}`);
    await client.query(`VACUUM ANALYZE ${table}`);
    const { rows } = await client.query<{ relpages: number; relallvisible: number }>(
      "SELECT relpages, relallvisible FROM pg_class WHERE oid = $1::regclass",
      [table],
    );
    const [pages] = rows;
    if (!pages || pages.relallvisible < pages.relpages)
      throw new Error(`VACUUM left ${table} ${pages?.relallvisible} of ${pages?.relpages} pages all-visible`);
  });
}
