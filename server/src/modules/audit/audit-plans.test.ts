import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../../test/engine.js";
import { createCustomer, createFacility, createStaff } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { onPostgres, planOf, statementOf } from "../../../test/query-plans.js";
import { FacilityScope } from "../../db/tenancy.js";
import { type AuditFilter, auditActions, auditPage } from "./audit.service.js";

// Every page of the audit log, whatever its filter, walks one index in the log's order and stops
// after a page: no scan of the facility's lines, no sort of them. Each test runs the service, hears
// the statement it ran with its values, and asks the engine for that statement's plan.

describe("the audit log's pages read one index in order", () => {
  let app: TestApp;
  let scope: FacilityScope;
  let customerId: number;
  let staffUserId: number;

  beforeAll(async () => {
    app = await startTestApp();
    const facility = await createFacility(app, { name: "Audit Harbor" });
    scope = new FacilityScope(facility.id);
    customerId = (await createCustomer(app, facility.id, { name: "Pat Plan" })).id;
    staffUserId = (await createStaff(app, facility.id)).id;
    // Enough lines that reading them all would cost the planner far more than a page.
    const start = app.clock.now().getTime();
    const lines = Array.from({ length: 4_000 }, (_, i) => ({
      facilityId: facility.id,
      at: new Date(start - i * 60_000),
      actorKind: "STAFF" as const,
      actorStaffUserId: i % 10 === 0 ? staffUserId : null,
      actorName: "Staff",
      action: auditActions[i % auditActions.length] as string,
      customerId: i % 50 === 0 ? customerId : null,
      subject: `Line ${i}`,
    }));
    for (let i = 0; i < lines.length; i += 500) {
      await app.data.transaction((tx) => tx.insert(app.data.t.auditEvents).values(lines.slice(i, i + 500)));
    }
    if (testEngine === "pg") await onPostgres(app, (client) => client.query("ANALYZE audit_events"));
  });
  afterAll(() => app.close());

  const cases: Array<[string, string, () => AuditFilter]> = [
    ["the whole facility", "audit_events_facility", () => ({})],
    ["one customer", "audit_events_customer", () => ({ customerId })],
    ["one person", "audit_events_staff", () => ({ staffUserId })],
    ["one kind", "audit_events_action", () => ({ action: "INVITE_SENT" })],
  ];

  it.each(cases)("%s, first page and a later one", async (_name, index, filter) => {
    const first = await auditPage(app.data, scope, filter(), { first: 20, after: null });
    const last = first.rows.at(-1);
    if (!last) throw new Error("No lines for this filter");
    for (const after of [null, { at: last.at, id: last.id }]) {
      const ran = await statementOf(app, () => auditPage(app.data, scope, filter(), { first: 20, after }));
      const plan = await planOf(app, ran, "audit_events");
      const auditIndexes = [...new Set(plan.indexes.filter((name) => name.startsWith("audit_events_")))];
      expect({ auditIndexes, scans: plan.scansTable, sorts: plan.sorts }).toEqual({
        auditIndexes: [index],
        scans: false,
        sorts: false,
      });
    }
  });
});
