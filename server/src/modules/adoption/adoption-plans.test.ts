import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../../test/engine.js";
import { createCustomer, createFacility } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { onPostgres, planOf, type Ran } from "../../../test/query-plans.js";
import { FacilityScope } from "../../db/tenancy.js";
import { DAY } from "../../lib/clock.js";
import { adoptionFunnel, awaitingSignIn } from "./adoption.service.js";

// The adoption page's list of people waiting is a keyset walk along invitations_facility_pending,
// and its funnel reads the counts the triggers keep (adoption_counts, adoption_weeks and the changes
// not folded yet).

describe("the adoption page's reads use the facility's invitation index", () => {
  let app: TestApp;
  /** A facility whose invitations share the table with two larger neighbours. */
  let scope: FacilityScope;

  /** Every statement fn runs, as the engine got it. */
  async function statementsOf(fn: () => Promise<unknown>): Promise<Ran[]> {
    const ran: Ran[] = [];
    const stop = app.data.watchStatements((text, values) => ran.push({ text, values }));
    try {
      await fn();
    } finally {
      stop();
    }
    return ran;
  }

  beforeAll(async () => {
    app = await startTestApp();
    const start = app.clock.now().getTime();
    const facilities = [
      await createFacility(app, { name: "Harbor" }),
      await createFacility(app, { name: "Neighbour" }),
      await createFacility(app, { name: "Other neighbour" }),
    ];
    scope = new FacilityScope(facilities[0]?.id ?? 0);
    // Many facilities' invitations in one table: the planner must not read them all for one facility.
    for (const [n, facility] of facilities.entries()) {
      const customers = [];
      for (let k = 0; k < (n === 0 ? 120 : 400); k++)
        customers.push(await createCustomer(app, facility.id, { name: `Person ${n}-${k}` }));
      const rows = customers.flatMap((customer, k) =>
        Array.from({ length: 10 }, (_, v) => ({
          facilityId: facility.id,
          customerId: customer.id,
          email: customer.email ?? "x@example.com",
          expiresAt: new Date(start + DAY),
          // More waiting rows than a person would have, so that a sort would cost the planner more than the walk.
          state: v % 2 === 0 ? ("PENDING" as const) : ("VOID" as const),
          createdAt: new Date(start - (k * 10 + v) * 3_600_000),
        })),
      );
      for (let i = 0; i < rows.length; i += 500)
        await app.data.transaction((tx) => tx.insert(app.data.t.invitations).values(rows.slice(i, i + 500)));
    }
    if (testEngine === "pg")
      await onPostgres(app, (client) => client.query("ANALYZE invitations, customers, contacts, portal_accounts"));
  }, 180_000);
  afterAll(() => app.close());

  it("pages the people waiting along the index, first page and a later one", async () => {
    const now = app.clock.now();
    const first = await awaitingSignIn(app.data, scope, now, { olderThanDays: 7, first: 10, after: null });
    const last = first.rows.at(-1);
    if (!last) throw new Error("nobody waits");
    for (const after of [null, { invitedAt: last.invitedAt, id: last.invitationId }]) {
      const ran = await statementsOf(() =>
        awaitingSignIn(app.data, scope, now, { olderThanDays: 7, first: 10, after }),
      );
      const page = ran.find((r) => /limit/i.test(r.text));
      if (!page) throw new Error("no page statement");
      const plan = await planOf(app, page, "invitations");
      expect([...new Set(plan.indexes.filter((i) => i.startsWith("invitations_")))]).toEqual([
        "invitations_facility_pending",
      ]);
      // Both engines walk the index in its order and stop at the page: no sort of everyone waiting
      // (PostgreSQL sorted them all when "no account" was a left join's IS NULL: 600 ms at 33,000).
      expect(plan.sorts).toBe(false);
    }
  });

  it("counts the funnel from the counts the database keeps, never reading the people or their invitations", async () => {
    const ran = await statementsOf(() =>
      adoptionFunnel(app.data, scope, { now: app.clock.now(), timeZone: "America/New_York" }),
    );
    expect(ran).toHaveLength(2);
    for (const statement of ran) expect(statement.text).not.toMatch(/"invitations"/);
    // The chart reads only the counts; the totals touch customers only for the few active accounts.
    const chart = ran.find((r) => /"adoption_weeks"/.test(r.text)) as Ran;
    expect(chart.text).not.toMatch(/"customers"|"contacts"/);
    // PostgreSQL reads tables this small whole, rightly; SQLite's plan is fixed by its indexes.
    if (testEngine !== "sqlite") return;
    for (const statement of ran) {
      expect((await planOf(app, statement, "customers")).scansTable).toBe(false);
      const changes = await planOf(app, statement, "adoption_changes");
      expect(changes.scansTable).toBe(false);
      expect(changes.indexes).toContain("adoption_changes_facility");
    }
  });
});
