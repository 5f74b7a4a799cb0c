// Bulk invites reach people by text: no email but a number with consent (and no STOP) is invited by
// text, the preview counts them, and a chunk's statements still do not grow with its rows.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer, createFacility, createStaff, twoFacilities } from "../../../test/factories.js";
import { type FakeTwilio, startFakeTwilio } from "../../../test/fake-twilio.js";
import { countRows, countStatements, startTestApp, type TestApp } from "../../../test/harness.js";
import { generateCustomers } from "../../db/seed/generate.js";
import { FacilityScope } from "../../db/tenancy.js";
import { createLogger } from "../../lib/logger.js";
import { createBulkInviteRunner } from "./bulk-invite.runner.js";
import { createPreview, getJob, type InputRow, startJob } from "./bulk-invite.service.js";

const ACCOUNT_SID = "AC00000000000000000000000000bulk";
const AUTH_TOKEN = "bulk-texts-token";

const PREVIEW_IDS = `mutation($ids: [ID!]!) {
  previewBulkInvite(customerIds: $ids) {
    id total toInvite toText planCounts { plan count label }
    rows(first: 50) { customerId name email phone plan planLabel }
  }
}`;
const START = `mutation($id: ID!) { startBulkInvite(id: $id) { id status } }`;
const REPORT = `query($id: ID!) { bulkInviteReportCsv(id: $id) }`;
const CUSTOMER = `query($id: ID!) { customer(id: $id) { lastInvitation { email phone deliveredVia state } } }`;

type Preview = {
  id: string;
  total: number;
  toInvite: number;
  toText: number;
  planCounts: Array<{ plan: string; count: number; label: string }>;
  rows: Array<{
    customerId: string;
    name: string;
    email: string | null;
    phone: string | null;
    plan: string;
    planLabel: string;
  }>;
};

describe("bulk invites by text", () => {
  let app: TestApp;
  let fake: FakeTwilio;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let phoneN = 500;
  const nextPhone = () => `+1207555${String(phoneN++).padStart(4, "0")}`;

  beforeAll(async () => {
    fake = await startFakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    app = await startTestApp({
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM_NUMBER: "+15005550006",
      TWILIO_API_URL: fake.url,
    });
    t = await twoFacilities(app);
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
  });
  beforeEach(() => fake.reset());

  const runner = () =>
    createBulkInviteRunner({ data: app.data, clock: app.clock, logger: createLogger("silent"), nudgeOutbox: () => {} });

  /** A customer with a number they agreed to texts at. */
  const consented = (name: string, overrides: { email?: string | null; channel?: "EMAIL" | "TEXT" | "BOTH" } = {}) => {
    const phone = nextPhone();
    return createCustomer(app, t.a.id, {
      name,
      email: null,
      phone,
      smsConsentPhone: phone,
      smsConsentAt: app.clock.now(),
      ...overrides,
    });
  };

  it("invites phone-only people with consent by text, counts them, and reports the unreachable as before", async () => {
    const mail = await createCustomer(app, t.a.id, { name: "Mail Only" });
    const texted = await consented("Text Only");
    const both = await consented("Both Ways", { email: "both-ways@example.com", channel: "BOTH" });
    const unconsented = await createCustomer(app, t.a.id, { name: "No Consent", email: null, phone: nextPhone() });
    const stopped = await consented("Said Stop");
    await app.data.transaction((tx) =>
      tx.insert(app.data.t.smsOptOuts).values({
        phone: stopped.phone ?? "",
        state: "OPTED_OUT",
        optedOutAt: app.clock.now(),
        updatedAt: app.clock.now(),
      }),
    );
    const nothing = await createCustomer(app, t.a.id, { name: "Nothing At All", email: null });
    const ids = [mail, texted, both, unconsented, stopped, nothing].map((c) => String(c.id));

    const preview = (await t.asA.ok<{ previewBulkInvite: Preview }>(PREVIEW_IDS, { ids })).previewBulkInvite;
    expect(preview).toMatchObject({ total: 6, toInvite: 3, toText: 2 });
    expect(preview.planCounts).toEqual([
      { plan: "INVITE", count: 3, label: "Will be invited" },
      { plan: "NO_EMAIL", count: 3, label: "No email, and no mobile number with consent to texts" },
    ]);
    const row = (id: number) => preview.rows.find((r) => r.customerId === String(id));
    expect(row(mail.id)).toMatchObject({ plan: "INVITE", phone: null });
    expect(row(texted.id)).toMatchObject({ plan: "INVITE", email: null, phone: texted.phone });
    expect(row(both.id)).toMatchObject({ plan: "INVITE", email: "both-ways@example.com", phone: both.phone });
    for (const skipped of [unconsented, stopped, nothing]) {
      expect(row(skipped.id)).toMatchObject({ plan: "NO_EMAIL", phone: null });
    }

    await t.asA.ok(START, { id: preview.id });
    await runner().runOnce();
    const job = await getJob(app.data, new FacilityScope(t.a.id), Number(preview.id));
    expect(job).toMatchObject({ status: "DONE", sent: 3, skipped: 3, toText: 2 });
    // The report says where each invite went: the texted number beside the address (a leading
    // quote keeps a spreadsheet from reading "+1…" as a formula).
    const report = (await t.asA.ok<{ bulkInviteReportCsv: string }>(REPORT, { id: preview.id })).bulkInviteReportCsv;
    const reported = (name: string) => report.split(/\r?\n/).find((line) => line.includes(`,${name},`));
    expect(reported("Text Only")).toMatch(new RegExp(`,Text Only,,"'\\${texted.phone}",Invited,$`));
    expect(reported("Both Ways")).toContain(`,both-ways@example.com,"'${both.phone}",Invited,`);

    const last = async (id: number) =>
      (await t.asA.ok<{ customer: { lastInvitation: unknown } }>(CUSTOMER, { id: String(id) })).customer.lastInvitation;
    expect(await last(mail.id)).toMatchObject({ deliveredVia: "EMAIL", phone: null, state: "PENDING" });
    expect(await last(texted.id)).toEqual({ email: "", phone: texted.phone, deliveredVia: "TEXT", state: "PENDING" });
    expect(await last(both.id)).toMatchObject({
      email: "both-ways@example.com",
      phone: both.phone,
      deliveredVia: "EMAIL_AND_TEXT",
    });
    // One email each for those with an address; none for the text-only invite.
    const { t: tables } = app.data;
    const invitationIds = (
      await app.data.read
        .select({ id: tables.invitations.id })
        .from(tables.invitations)
        .where(inArray(tables.invitations.customerId, [mail.id, texted.id, both.id]))
    ).map((r) => r.id);
    expect(
      await app.data.read
        .select({ to: tables.emailOutbox.toEmail })
        .from(tables.emailOutbox)
        .where(inArray(tables.emailOutbox.invitationId, invitationIds)),
    ).toHaveLength(2);

    // The text worker sends both texts, each with a working link.
    expect(await app.deliverTexts()).toBe(2);
    expect(fake.messages.map((m) => m.to).sort()).toEqual([texted.phone, both.phone].sort());
    const token = /\/portal\/link\/([A-Za-z0-9_-]+)/.exec(
      fake.messages.find((m) => m.to === texted.phone)?.body ?? "",
    )?.[1];
    const signedIn = await app
      .client()
      .ok<{ redeemSignInLink: { name: string } }>(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
        t: token,
      });
    expect(signedIn.redeemSignInLink.name).toBe("Text Only");
  });

  it("a consent withdrawn between the preview and the run skips the person, with the reason", async () => {
    const texted = await consented("Changed Mind");
    const preview = (await t.asA.ok<{ previewBulkInvite: Preview }>(PREVIEW_IDS, { ids: [String(texted.id)] }))
      .previewBulkInvite;
    expect(preview).toMatchObject({ toInvite: 1, toText: 1 });
    await app.data.transaction((tx) =>
      tx.update(app.data.t.customers).set({ smsConsentPhone: null }).where(eq(app.data.t.customers.id, texted.id)),
    );
    await t.asA.ok(START, { id: preview.id });
    await runner().runOnce();
    const job = await getJob(app.data, new FacilityScope(t.a.id), Number(preview.id));
    expect(job).toMatchObject({ sent: 0, skipped: 1 });
    expect(await countRows(app, "text_outbox", "to_phone = ?", texted.phone ?? "")).toBe(0);
  });

  it("runs a chunk of 256 people, a quarter of them by text, with the statements a chunk of 64 takes", async () => {
    const statementsFor = async (people: number) => {
      const facility = await createFacility(app);
      const staff = await createStaff(app, facility.id);
      const customers = await generateCustomers(app.data, facility.id, people, {
        now: app.clock.now(),
        emailDomain: `bulk-texts-${facility.id}.example.com`,
      });
      const { t: tables } = app.data;
      const byText = customers.filter((_, i) => i % 4 === 0);
      for (const c of byText) {
        const phone = `+1207${String(facility.id % 1000).padStart(3, "0")}${String(c.id % 10_000).padStart(4, "0")}`;
        await app.data.transaction((tx) =>
          tx
            .update(tables.customers)
            .set({ email: null, phone, smsConsentPhone: phone })
            .where(and(eq(tables.customers.id, c.id), eq(tables.customers.facilityId, facility.id))),
        );
      }
      const scope = new FacilityScope(facility.id);
      const rows: InputRow[] = customers.map((c, i) => ({ line: i + 2, customerId: c.id }));
      const preview = await countStatements(app, () =>
        createPreview(app.data, { scope, userId: staff.id }, "SELECTION", rows, null, app.clock.now()),
      );
      await startJob(app.data, scope, preview.result, app.clock.now());
      const run = await countStatements(app, () => runner().runOnce());
      const job = await getJob(app.data, scope, preview.result);
      expect(job).toMatchObject({ sent: people, toText: byText.length });
      expect(await countRows(app, "text_outbox", "facility_id = ?", facility.id)).toBe(byText.length);
      return { preview: preview.statements.length, run: run.statements.length };
    };
    const small = await statementsFor(64);
    const large = await statementsFor(256);
    expect(large).toEqual(small);
    expect(large.run).toBeLessThan(64);
  });
});
