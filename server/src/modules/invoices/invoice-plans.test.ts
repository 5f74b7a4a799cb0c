import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../../test/engine.js";
import { createFacility } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { onPostgres, planOf, statementOf } from "../../../test/query-plans.js";
import { generateCustomers } from "../../db/seed/generate.js";
import { FacilityScope } from "../../db/tenancy.js";
import { homeCounts } from "../portal-home/portal-home.service.js";
import {
  billingTotals,
  getInvoiceWithItems,
  getIssuedInvoiceWithItems,
  invoicesOfCustomer,
  portalBillingOf,
} from "./invoice.service.js";

// A customer's invoices are read through the customer's index, never the facility's: at 100,000
// customers the facility's number index made the portal home's balance read all 250,000 invoices
// (45 ms where the customer's index takes 0.04). Each test runs the service, hears the statement it
// ran with its values, and asks the engine for that statement's plan.

describe("the reads of a customer's invoices use the customer's index", () => {
  let app: TestApp;
  let scope: FacilityScope;
  let customerId: number;
  let invoiceId: number;

  beforeAll(async () => {
    app = await startTestApp();
    const facility = await createFacility(app, { name: "Plan Harbor" });
    scope = new FacilityScope(facility.id);
    // Enough invoices in one facility that reading them all costs the planner far more than a
    // customer's few; PostgreSQL is given the statistics autovacuum would gather.
    await generateCustomers(app.data, facility.id, 2_000, { now: app.clock.now(), seed: 11 });
    // Every invoice gets two lines and a payment, so reading all of either costs the planner too.
    const { invoices: i, invoiceLines, payments } = app.data.t;
    const ids = (await app.data.read.select({ id: i.id }).from(i).where(eq(i.facilityId, facility.id))).map(
      (r) => r.id,
    );
    for (let at = 0; at < ids.length; at += 500) {
      const chunk = ids.slice(at, at + 500);
      await app.data.transaction(async (tx) => {
        await tx.insert(invoiceLines).values(
          chunk.flatMap((id) =>
            [0, 1].map((position) => ({
              invoiceId: id,
              description: `Line ${position}`,
              quantity: 1,
              unitCents: 100,
              amountCents: 100,
              position,
            })),
          ),
        );
        await tx.insert(payments).values(
          chunk.map((id) => ({
            facilityId: facility.id,
            invoiceId: id,
            amountCents: 1,
            method: "CHECK" as const,
            receivedOn: "2026-03-01",
          })),
        );
      });
    }
    if (testEngine === "pg")
      await onPostgres(app, (client) => client.query("ANALYZE invoices; ANALYZE invoice_lines; ANALYZE payments"));
    const [row] = await app.data.read
      .select({ customerId: i.customerId, id: i.id })
      .from(i)
      .where(and(eq(i.facilityId, facility.id), eq(i.status, "OPEN")))
      .limit(1);
    if (!row) throw new Error("The generated facility has no open invoice");
    customerId = row.customerId;
    invoiceId = row.id;
  });
  afterAll(() => app.close());

  it.each([
    ["the balance and overdue count", () => billingTotals(app.data, scope, customerId, "2026-03-01")],
    ["the home's counts", () => homeCounts(app.data, scope, customerId, { today: "2026-03-01", readerAccountId: 0 })],
    [
      "the issued invoices (Billing, order history)",
      () => invoicesOfCustomer(app.data, scope, customerId, { includeDrafts: false }),
    ],
    ["every invoice (the customer page)", () => invoicesOfCustomer(app.data, scope, customerId)],
    ["Billing: the saved card with the issued invoices", () => portalBillingOf(app.data, { scope, customerId })],
  ])("%s", async (_name, read) => {
    const plan = await planOf(app, await statementOf(app, read), "invoices");
    // Other tables' indexes may be in the plan (the home's counts read messages and requests too).
    const invoiceIndexes = [...new Set(plan.indexes.filter((name) => name.startsWith("invoices_")))];
    expect({ invoiceIndexes, scansInvoices: plan.scansTable }).toEqual({
      invoiceIndexes: ["invoices_customer"],
      scansInvoices: false,
    });
  });

  describe("an invoice page reads its lines and payments in the invoice's statement, each through its index", () => {
    it.each([
      ["staff", () => getInvoiceWithItems(app.data, scope, invoiceId)],
      ["the portal", () => getIssuedInvoiceWithItems(app.data, { scope, customerId }, invoiceId)],
    ])("%s", async (_name, read) => {
      const ran = await statementOf(app, read);
      const found = await read();
      expect([found.lines.length, found.payments.length]).toEqual([2, 1]);
      const scans: Record<string, boolean> = {};
      for (const table of ["invoices", "invoice_lines", "payments"])
        scans[table] = (await planOf(app, ran, table)).scansTable;
      const plan = await planOf(app, ran, "invoices");
      expect({ scans, lists: plan.indexes.filter((name) => !name.startsWith("invoices")).sort() }).toEqual({
        scans: { invoices: false, invoice_lines: false, payments: false },
        lists: ["invoice_lines_invoice", "payments_invoice"],
      });
    });
  });
});
