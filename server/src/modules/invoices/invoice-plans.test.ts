import { and, eq } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../../test/engine.js";
import { createFacility } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { generateCustomers } from "../../db/seed/generate.js";
import { FacilityScope } from "../../db/tenancy.js";
import { homeCounts } from "../portal-home/portal-home.service.js";
import { billingTotals, invoicesOfCustomer } from "./invoice.service.js";

// A customer's invoices are read through the customer's index, never the facility's: at 100,000
// customers the facility's number index made the portal home's balance read all 250,000 invoices
// (45 ms where the customer's index takes 0.04). Each test runs the service, hears the statement it
// ran with its values, and asks the engine for that statement's plan.

type Ran = { text: string; values: readonly unknown[] };

describe("the reads of a customer's invoices use the customer's index", () => {
  let app: TestApp;
  let scope: FacilityScope;
  let customerId: number;

  beforeAll(async () => {
    app = await startTestApp();
    const facility = await createFacility(app, { name: "Plan Harbor" });
    scope = new FacilityScope(facility.id);
    // Enough invoices in one facility that reading them all costs the planner far more than a
    // customer's few; PostgreSQL is given the statistics autovacuum would gather.
    await generateCustomers(app.data, facility.id, 2_000, { now: app.clock.now(), seed: 11 });
    if (testEngine === "pg") await onPostgres(app, (client) => client.query("ANALYZE invoices"));
    const i = app.data.t.invoices;
    const [row] = await app.data.read
      .select({ customerId: i.customerId })
      .from(i)
      .where(and(eq(i.facilityId, facility.id), eq(i.status, "OPEN")))
      .limit(1);
    if (!row) throw new Error("The generated facility has no open invoice");
    customerId = row.customerId;
  }, 120_000);
  afterAll(() => app.close());

  /** The one statement fn runs, as the engine got it. */
  async function statementOf(fn: () => Promise<unknown>): Promise<Ran> {
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

  /** Every index the plan of `statement` reads, and whether it scans the invoices table whole. */
  async function planOf({ text, values }: Ran): Promise<{ indexes: string[]; scansInvoices: boolean }> {
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
        scansInvoices: nodes.some((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "invoices"),
      };
    }
    const steps = app.db.$client.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...values) as Array<{ detail: string }>;
    return {
      indexes: steps.flatMap((s) => /USING (?:COVERING )?INDEX (\w+)/.exec(s.detail)?.[1] ?? []),
      scansInvoices: steps.some((s) => /^SCAN invoices\b/.test(s.detail)),
    };
  }

  it.each([
    ["the balance and overdue count", () => billingTotals(app.data, scope, customerId, "2026-03-01")],
    ["the home's counts", () => homeCounts(app.data, scope, customerId, { today: "2026-03-01", readerAccountId: 0 })],
    [
      "the issued invoices (Billing, order history)",
      () => invoicesOfCustomer(app.data, scope, customerId, { includeDrafts: false }),
    ],
    ["every invoice (the customer page)", () => invoicesOfCustomer(app.data, scope, customerId)],
  ])("%s", async (_name, read) => {
    const plan = await planOf(await statementOf(read));
    // Other tables' indexes may be in the plan (the home's counts read messages and requests too).
    const invoiceIndexes = [...new Set(plan.indexes.filter((name) => name.startsWith("invoices_")))];
    expect({ invoiceIndexes, scansInvoices: plan.scansInvoices }).toEqual({
      invoiceIndexes: ["invoices_customer"],
      scansInvoices: false,
    });
  });
});

/** Runs fn with a plain connection to the app's PostgreSQL database, for what drizzle does not say (EXPLAIN, ANALYZE). */
async function onPostgres<T>(app: TestApp, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: app.config.databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
