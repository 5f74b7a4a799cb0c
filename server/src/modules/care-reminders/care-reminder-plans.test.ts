import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../../test/engine.js";
import { createFacility } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { onPostgres, planOf, statementOf } from "../../../test/query-plans.js";
import { generateCustomers } from "../../db/seed/generate.js";
import type { FacilityRow } from "../facilities/facility.service.js";
import { deadAddresses, dueWalks, reminderPlan } from "./care-reminders.service.js";

// The reminders look for what is due along indexes of (facility, state, date, id): at 100,000
// customers and 250,000 invoices a pass reads the few days' rows it needs, never every customer or
// invoice, and never sorts. Each test runs a walk's first chunk, hears its statement and asks the
// engine for that statement's plan, on a facility with enough rows that a full read would cost more.

describe("the reminders' reads use their indexes", () => {
  let app: TestApp;
  let facility: FacilityRow;
  const today = "2026-03-02";

  beforeAll(async () => {
    app = await startTestApp();
    facility = await createFacility(app, { name: "Plan Harbor", timeZone: "America/New_York" });
    const customers = await generateCustomers(app.data, facility.id, 2_000, { now: app.clock.now(), seed: 5 });
    const { t } = app.data;
    const at = (i: number) => new Date(app.clock.now().getTime() - (i % 400) * 86_400_000);
    await app.data.transaction(async (tx) => {
      const [file] = await tx
        .insert(t.files)
        .values({
          facilityId: facility.id,
          fileName: "agreement.pdf",
          contentType: "application/pdf",
          size: 4,
          sha256: createHash("sha256").update("plan").digest("hex"),
          data: Buffer.from("%PDF"),
        })
        .returning({ id: t.files.id });
      for (let i = 0; i < customers.length; i += 200) {
        const some = customers.slice(i, i + 200);
        // Sent emails by the thousand, a few failed for good: the outbox as a year of use leaves it.
        await tx.insert(t.emailOutbox).values(
          some.map((c, k) => ({
            facilityId: facility.id,
            kind: "INVOICE" as const,
            toEmail: c.email ?? `none${i + k}@example.com`,
            status: (k === 0 ? "FAILED" : "SENT") as "FAILED" | "SENT",
            lastErrorCode: k === 0 ? 406 : null,
            nextAttemptAt: at(i + k),
          })),
        );
        await tx.insert(t.documents).values(
          some.map((c, k) => ({
            facilityId: facility.id,
            customerId: c.id,
            title: "Storage agreement",
            kind: "STORAGE_AGREEMENT" as const,
            fileId: file?.id ?? 0,
            requiresSignature: k % 2 === 0,
            createdAt: at(i + k),
          })),
        );
        await tx.insert(t.estimates).values(
          some.map((c, k) => ({
            facilityId: facility.id,
            customerId: c.id,
            number: `PE-${i + k}`,
            title: "Detailing",
            status: (k % 3 === 0 ? "SENT" : "ACCEPTED") as "SENT" | "ACCEPTED",
            sentAt: at(i + k),
          })),
        );
        await tx.insert(t.events).values(
          some.map((c, k) => ({
            facilityId: facility.id,
            customerId: c.id,
            kind: "PICK_UP" as const,
            title: "Pick-up",
            startsAt: at(i + k),
          })),
        );
      }
    });
    if (testEngine === "pg") {
      await onPostgres(app, (client) => client.query("ANALYZE invoices, documents, estimates, events, email_outbox"));
    }
  }, 180_000);
  afterAll(() => app.close());

  const walks = ["invoices", "documents", "estimates", "events"] as const;

  it.each(walks.map((table, i) => [table, i] as const))("the walk along %s", async (table, i) => {
    const walk = dueWalks(app.data, facility.id, reminderPlan(facility, today))[i];
    if (!walk) throw new Error(`no walk ${i}`);
    const plan = await planOf(app, await statementOf(app, () => walk(null)), table);
    const own = plan.indexes.filter((name) => name.startsWith(`${table}_`));
    // PostgreSQL may read the window's rows through a bitmap of the index and sort those few (a few
    // days' worth); SQLite walks the index in order. Neither reads the table whole.
    expect({ scans: plan.scansTable, sorts: testEngine === "sqlite" && plan.sorts, usesIndex: own.length > 0 }).toEqual(
      {
        scans: false,
        sorts: false,
        usesIndex: true,
      },
    );
    expect(own[0]).toBe(
      {
        invoices: "invoices_facility_due",
        documents: "documents_facility_created",
        estimates: "estimates_facility_sent",
        events: "events_facility",
      }[table],
    );
  });

  it("the check for addresses that failed for good reads only the failed rows' index", async () => {
    // deadAddresses runs two statements (the outbox, then the invitations): plan the first.
    const statements: Array<{ text: string; values: readonly unknown[] }> = [];
    const stop = app.data.watchStatements((text, values) => statements.push({ text, values }));
    try {
      await deadAddresses(app.data.read, app.data.t, 1, ["a@example.com", "b@example.com"]);
    } finally {
      stop();
    }
    const outbox = statements.find((s) => s.text.includes("email_outbox"));
    if (!outbox) throw new Error("no outbox read");
    const plan = await planOf(app, outbox, "email_outbox");
    expect({ scans: plan.scansTable, indexes: plan.indexes }).toEqual({
      scans: false,
      indexes: ["email_outbox_failed_to"],
    });
  });
});
