import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createFacility } from "../../../test/factories.js";
import { type Db, openDataLayer } from "../../db/client.js";
import type { Database } from "../../db/database.js";
import { contacts, emailOutbox } from "../../db/schema.js";
import { FacilityScope } from "../../db/tenancy.js";
import { type Notification, notify } from "./notify.service.js";

const config = { publicUrl: "https://portico.example" };
const message: Notification = {
  subject: "Invoice 7",
  title: "New invoice 7",
  lines: ["Invoice 7 for $10.00 is ready."],
  action: { label: "View invoice", path: "/portal/billing/7" },
};

describe("notify", () => {
  let db: Db;
  let data: Database;
  let dir: string;
  let scope: FacilityScope;
  let customerId: number;
  const now = new Date("2026-03-02T09:00:00.000Z");

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-notify-"));
    ({ db, data } = openDataLayer(path.join(dir, "db.sqlite")));
    scope = new FacilityScope((await createFacility({ data }, { name: "Harbor Storage", logoFileId: null })).id);
    customerId = (await createCustomer({ data }, scope.facilityId, { name: "Owner", email: "owner@example.com" })).id;
    db.insert(contacts)
      .values([
        { facilityId: scope.facilityId, customerId, name: "Keen", email: "keen@example.com", prefInvoices: true },
        { facilityId: scope.facilityId, customerId, name: "Out", email: "out@example.com", prefInvoices: false },
      ])
      .run();
  });
  afterAll(async () => {
    await data.close();
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const queued = (kind: "INVOICE" | "ESTIMATE") =>
    db
      .select({ toEmail: emailOutbox.toEmail, subject: emailOutbox.subject, htmlBody: emailOutbox.htmlBody })
      .from(emailOutbox)
      .where(eq(emailOutbox.kind, kind))
      .orderBy(emailOutbox.id)
      .all();

  it("queues the rendered email to each person who opted in, in the caller's transaction", async () => {
    const sent = await data.transaction((tx) =>
      notify(tx, data.t, config, { scope, customerId, kind: "invoices", outboxKind: "INVOICE", now }, message),
    );
    expect(sent).toBe(2);
    const rows = queued("INVOICE");
    expect(rows.map((r) => r.toEmail)).toEqual(["owner@example.com", "keen@example.com"]);
    expect(rows[0]?.subject).toBe("Invoice 7 · Harbor Storage");
    expect(rows[0]?.htmlBody).toContain("Harbor Storage");
    expect(rows[0]?.htmlBody).toContain("https://portico.example/portal/billing/7");
  });

  it("queues nothing when the change it announces rolls back", async () => {
    const before = queued("INVOICE").length;
    await expect(
      data.transaction(async (tx) => {
        await notify(tx, data.t, config, { scope, customerId, kind: "invoices", outboxKind: "INVOICE", now }, message);
        throw new Error("the invoice could not be issued");
      }),
    ).rejects.toThrow("could not be issued");
    expect(queued("INVOICE")).toHaveLength(before);
  });
});
