import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testEngine } from "../../../test/engine.js";
import { createCustomer, createFacility, createInvoice, createStaff, signInStaff } from "../../../test/factories.js";
import { countRows, startTestApp, type TestApp } from "../../../test/harness.js";
import { openDataLayerAt } from "../../db/client.js";
import type { Database } from "../../db/database.js";
import { CARE_TEXT_LIMIT, gsmLength } from "../../email/templates/care-reminder-text.js";
import { DAY } from "../../lib/clock.js";
import { addDays, zonedTime } from "../../lib/time-zone.js";
import { contractStage, estimateStage, invoiceStage, remindAllFacilities } from "./care-reminders.service.js";

const ZONE = "America/New_York";
/** 10:00 on the facility's wall clock, `days` after Monday 2 March 2026. */
const morning = (days: number) => zonedTime(addDays("2026-03-02", days), "10:00", ZONE);
const dayOf = (days: number) => addDays("2026-03-02", days);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** A fresh facility in New York, its wall clock at 10:00 on Monday 2 March. */
async function facility(overrides: Parameters<typeof createFacility>[1] = {}) {
  app.clock.set(morning(0));
  return createFacility(app, { timeZone: ZONE, name: "Harbor Point", ...overrides });
}

function run(data: Database = app.data) {
  return remindAllFacilities(data, { config: app.config, now: app.clock.now() });
}

/** The reminder emails queued to `email`, oldest first. */
async function remindersTo(email: string) {
  const o = app.data.t.emailOutbox;
  return app.data.read
    .select({ subject: o.subject, html: o.htmlBody, text: o.textBody })
    .from(o)
    .where(and(eq(o.toEmail, email), eq(o.kind, "CARE_REMINDER")))
    .orderBy(asc(o.id));
}

let n = 0;
const unique = () => ++n;

async function contact(facilityId: number, customerId: number, values: Record<string, unknown>) {
  const { t } = app.data;
  return app.data.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.contacts)
      .values({ facilityId, customerId, name: `Contact ${unique()}`, canAccessPortal: true, ...values })
      .returning();
    if (!row) throw new Error("no contact");
    return row;
  });
}

async function contract(facilityId: number, customerId: number, sharedAt: Date, title = "Storage agreement") {
  const { t } = app.data;
  return app.data.transaction(async (tx) => {
    const k = unique();
    const [file] = await tx
      .insert(t.files)
      .values({
        facilityId,
        fileName: `agreement-${k}.pdf`,
        contentType: "application/pdf",
        size: 4,
        sha256: createHash("sha256").update(`agreement-${k}`).digest("hex"),
        data: Buffer.from("%PDF"),
      })
      .returning({ id: t.files.id });
    const [doc] = await tx
      .insert(t.documents)
      .values({
        facilityId,
        customerId,
        title,
        kind: "STORAGE_AGREEMENT",
        fileId: file?.id ?? 0,
        requiresSignature: true,
        sharedWithCustomer: true,
        createdAt: sharedAt,
      })
      .returning();
    if (!doc) throw new Error("no document");
    return doc;
  });
}

async function sign(documentId: number, customerId: number) {
  const { t } = app.data;
  await app.data.transaction((tx) =>
    tx
      .insert(t.documentSignatures)
      .values({
        documentId,
        customerId,
        signerName: "Jane",
        typedName: "Jane",
        documentSha256: "x",
        ip: "127.0.0.1",
        userAgent: "test",
        signedAt: app.clock.now(),
      })
      .returning(),
  );
}

async function estimate(facilityId: number, customerId: number, sentAt: Date) {
  const { t } = app.data;
  return app.data.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.estimates)
      .values({ facilityId, customerId, number: `E-${unique()}`, title: "Paint correction", status: "SENT", sentAt })
      .returning();
    if (!row) throw new Error("no estimate");
    return row;
  });
}

async function event(
  facilityId: number,
  customerId: number | null,
  startsAt: Date,
  kind: "PICK_UP" | "SOCIAL" = "PICK_UP",
) {
  const { t } = app.data;
  return app.data.transaction(async (tx) => {
    const [row] = await tx
      .insert(t.events)
      .values({ facilityId, customerId, kind, title: kind === "SOCIAL" ? "Spring cars & coffee" : "Pick-up", startsAt })
      .returning();
    if (!row) throw new Error("no event");
    return row;
  });
}

/** Runs the reminders at 10:00 on each of `days` (relative to 2 March); answers the days any email went out. */
async function daysWithEmails(days: number[]): Promise<number[]> {
  const sent: number[] = [];
  for (const day of days) {
    app.clock.set(morning(day));
    if ((await run()) > 0) sent.push(day);
  }
  return sent;
}

const month = Array.from({ length: 31 }, (_, i) => i);

describe("timing", () => {
  const s = {
    contracts: true,
    contractsAfterDays: 3,
    invoicesDue: true,
    invoicesDueDays: 3,
    invoicesOverdue: true,
    estimates: true,
    estimatesAfterDays: 3,
    events: true,
  };
  it("an invoice: N days before it is due, then the day after, then weekly, three times at most", () => {
    const stages = month.map((d) => invoiceStage(dayOf(10), dayOf(d), s));
    expect(stages.slice(6, 12)).toEqual([null, 0, 0, 0, 0, 1]);
    expect(stages.slice(17, 19)).toEqual([1, 2]);
    expect(stages.slice(24, 26)).toEqual([2, 3]);
    expect(stages[30]).toBe(3);
    expect(invoiceStage(dayOf(10), dayOf(32), s)).toBeNull();
  });
  it("a contract: N days after it was shared, then weekly, three times at most", () => {
    const stages = month.map((d) => contractStage(dayOf(0), dayOf(d), s));
    expect(stages.slice(0, 4)).toEqual([null, null, null, 1]);
    expect([stages[9], stages[10], stages[17], stages[23], stages[24]]).toEqual([1, 2, 3, 3, null]);
  });
  it("an estimate: once, N days after it was sent", () => {
    expect(month.slice(0, 12).map((d) => estimateStage(dayOf(0), dayOf(d), s))).toEqual([
      null,
      null,
      null,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      null,
      null,
    ]);
  });

  it("sends an open invoice's reminders on their days, each stage once", async () => {
    const f = await facility();
    const c = await createCustomer(app, f.id, { email: `inv${unique()}@example.com` });
    await createInvoice(app, f.id, c.id, { dueOn: dayOf(3) });
    expect(await daysWithEmails(month)).toEqual([0, 4, 11, 18]);
    const emails = await remindersTo(c.email ?? "");
    expect(emails.map((e) => e.text?.includes("Overdue"))).toEqual([false, true, true, true]);
    expect(emails[0]?.text).toContain("Due Thursday, 5 March");
  });

  it("sends an unsigned contract's reminders after 3 days, then weekly, and none once signed", async () => {
    const f = await facility();
    const c = await createCustomer(app, f.id, { email: `doc${unique()}@example.com` });
    const doc = await contract(f.id, c.id, morning(0));
    expect(await daysWithEmails(month.slice(0, 12))).toEqual([3, 10]);
    await sign(doc.id, c.id);
    expect(await daysWithEmails(month.slice(12))).toEqual([]);
  });

  it("reminds of an unanswered estimate once, and not of an answered one", async () => {
    const f = await facility();
    const c = await createCustomer(app, f.id, { email: `est${unique()}@example.com` });
    await estimate(f.id, c.id, morning(0));
    const answered = await estimate(f.id, c.id, morning(0));
    await app.data.transaction((tx) =>
      tx.update(app.data.t.estimates).set({ status: "ACCEPTED" }).where(eq(app.data.t.estimates.id, answered.id)),
    );
    expect(await daysWithEmails(month.slice(0, 15))).toEqual([3]);
    expect(await remindersTo(c.email ?? "")).toHaveLength(1);
    expect((await remindersTo(c.email ?? ""))[0]?.text).toContain("/portal/estimates/");
  });

  it("reminds of an event the day before, a social one only to who wants social emails and said they would come", async () => {
    const f = await facility();
    const c = await createCustomer(app, f.id, { email: `evt${unique()}@example.com` });
    const guest = await createCustomer(app, f.id, { email: `guest${unique()}@example.com`, prefSocialEvents: true });
    const shy = await createCustomer(app, f.id, { email: `shy${unique()}@example.com`, prefSocialEvents: false });
    const away = await createCustomer(app, f.id, { email: `away${unique()}@example.com`, prefSocialEvents: true });
    await event(f.id, c.id, zonedTime(dayOf(5), "14:00", ZONE));
    const social = await event(f.id, null, zonedTime(dayOf(5), "18:30", ZONE), "SOCIAL");
    const { t } = app.data;
    await app.data.transaction((tx) =>
      tx
        .insert(t.eventRsvps)
        .values([
          { eventId: social.id, customerId: guest.id, response: "GOING", respondedAt: app.clock.now() },
          { eventId: social.id, customerId: shy.id, response: "GOING", respondedAt: app.clock.now() },
          { eventId: social.id, customerId: away.id, response: "NOT_GOING", respondedAt: app.clock.now() },
        ])
        .returning(),
    );
    expect(await daysWithEmails([0, 1, 2, 3, 4, 5, 6])).toEqual([4]);
    expect((await remindersTo(c.email ?? ""))[0]?.text).toContain("Tomorrow, Saturday, 7 March 2026 at 14:00 EST");
    expect(await remindersTo(guest.email ?? "")).toHaveLength(1);
    expect(await remindersTo(shy.email ?? "")).toHaveLength(0);
    expect(await remindersTo(away.email ?? "")).toHaveLength(0);
  });

  it("sends nothing outside the facility's daytime hours", async () => {
    const f = await facility();
    const c = await createCustomer(app, f.id, { email: `night${unique()}@example.com` });
    await createInvoice(app, f.id, c.id, { dueOn: dayOf(2) });
    app.clock.set(zonedTime(dayOf(0), "07:30", ZONE));
    expect(await run()).toBe(0);
    app.clock.set(zonedTime(dayOf(0), "18:00", ZONE));
    expect(await run()).toBe(0);
    app.clock.set(zonedTime(dayOf(0), "17:59", ZONE));
    expect(await run()).toBe(1);
  });
});

describe("what and to whom", () => {
  it("gathers everything due on a day into one email per person, each with a link to its portal page", async () => {
    const f = await facility();
    const c = await createCustomer(app, f.id, { name: "Jane Rivera", email: `all${unique()}@example.com` });
    const invoice = await createInvoice(app, f.id, c.id, { dueOn: dayOf(2), number: `INV-${unique()}` });
    const doc = await contract(f.id, c.id, new Date(morning(0).getTime() - 3 * DAY));
    await estimate(f.id, c.id, new Date(morning(0).getTime() - 3 * DAY));
    await event(f.id, c.id, zonedTime(dayOf(1), "09:30", ZONE));
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    const [email, ...more] = await remindersTo(c.email ?? "");
    expect(more).toEqual([]);
    expect(email?.subject).toBe("4 things need your attention · Harbor Point");
    expect(email?.text).toContain("Hi Jane");
    expect(email?.text).toContain(`Review and sign: http://portico.test/portal/documents/${doc.id}`);
    expect(email?.text).toContain(`View invoice: http://portico.test/portal/billing/${invoice.id}`);
    expect(email?.text).toContain("See your schedule: http://portico.test/portal/schedule");
    expect(email?.html).toContain(`href="http://portico.test/portal/billing/${invoice.id}"`);
    expect(email?.text).not.toContain("/portal/link/");
    expect(await countRows(app, "care_reminders_sent", "customer_id = ?", c.id)).toBe(4);
  });

  it("follows each person's preferences; contacts only with portal access", async () => {
    const f = await facility();
    const c = await createCustomer(app, f.id, { email: `owner${unique()}@example.com`, prefInvoices: false });
    const bookkeeper = await contact(f.id, c.id, { email: `books${unique()}@example.com`, prefContracts: false });
    const noPortal = await contact(f.id, c.id, { email: `np${unique()}@example.com`, canAccessPortal: false });
    await createInvoice(app, f.id, c.id, { dueOn: dayOf(1) });
    await contract(f.id, c.id, new Date(morning(0).getTime() - 3 * DAY));
    expect(await run()).toBe(2);
    const owner = await remindersTo(c.email ?? "");
    const books = await remindersTo(bookkeeper.email ?? "");
    expect(owner.map((e) => e.subject)).toEqual(["1 thing needs your attention · Harbor Point"]);
    expect(owner[0]?.text).toContain("Sign “Storage agreement”");
    expect(owner[0]?.text).not.toContain("Invoice");
    expect(books[0]?.text).toContain("Invoice");
    expect(books[0]?.text).not.toContain("Sign");
    expect(await remindersTo(noPortal.email ?? "")).toEqual([]);
  });

  it("reminds of nothing in a section the facility turned off, or of a kind turned off", async () => {
    const f = await facility({ sectionBilling: false, reminderContracts: false });
    const c = await createCustomer(app, f.id, { email: `off${unique()}@example.com` });
    await createInvoice(app, f.id, c.id, { dueOn: dayOf(1) });
    await contract(f.id, c.id, new Date(morning(0).getTime() - 3 * DAY));
    expect(await run()).toBe(0);
    expect(await countRows(app, "care_reminder_digests", "customer_id = ?", c.id)).toBe(0);
  });

  it("skips archived customers, paid and void invoices", async () => {
    const f = await facility();
    const archived = await createCustomer(app, f.id, { email: `arch${unique()}@example.com`, archivedAt: morning(-1) });
    await createInvoice(app, f.id, archived.id, { dueOn: dayOf(1) });
    const c = await createCustomer(app, f.id, { email: `paid${unique()}@example.com` });
    await createInvoice(app, f.id, c.id, { dueOn: dayOf(1), status: "PAID", balanceCents: 0 });
    await createInvoice(app, f.id, c.id, { dueOn: dayOf(1), status: "VOID" });
    await createInvoice(app, f.id, c.id, { dueOn: dayOf(1), balanceCents: 0 });
    expect(await run()).toBe(0);
  });

  it("never writes to an address that failed for good or whose invite bounced", async () => {
    const f = await facility();
    const inactive = await createCustomer(app, f.id, { email: `inactive${unique()}@example.com` });
    const bounced = await createCustomer(app, f.id, { email: `bounced${unique()}@example.com` });
    const fine = await createCustomer(app, f.id, { email: `fine${unique()}@example.com` });
    for (const c of [inactive, bounced, fine]) await createInvoice(app, f.id, c.id, { dueOn: dayOf(1) });
    const { t } = app.data;
    const staff = await createStaff(app, f.id);
    await app.data.transaction(async (tx) => {
      await tx.insert(t.emailOutbox).values({
        facilityId: f.id,
        kind: "INVOICE",
        toEmail: inactive.email ?? "",
        status: "FAILED",
        lastErrorCode: 406,
        nextAttemptAt: morning(-2),
      });
      await tx.insert(t.invitations).values({
        facilityId: f.id,
        customerId: bounced.id,
        email: bounced.email ?? "",
        invitedByStaffId: staff.id,
        expiresAt: morning(5),
        deliveryState: "BOUNCED",
      });
    });
    expect(await run()).toBe(1);
    expect(await remindersTo(fine.email ?? "")).toHaveLength(1);
  });

  it("leaves other facilities' customers out of a facility's email", async () => {
    const f = await facility();
    const other = await facility({ name: "Lakeside" });
    const c = await createCustomer(app, f.id, { email: `mine${unique()}@example.com` });
    const d = await createCustomer(app, other.id, { email: `theirs${unique()}@example.com` });
    await createInvoice(app, f.id, c.id, { dueOn: dayOf(1), number: "MINE-1" });
    await createInvoice(app, other.id, d.id, { dueOn: dayOf(1), number: "THEIRS-1" });
    await run();
    const [mine] = await remindersTo(c.email ?? "");
    expect(mine?.text).toContain("MINE-1");
    expect(mine?.text).not.toContain("THEIRS-1");
    expect(mine?.subject).toContain("Harbor Point");
  });
});

/** The reminder texts queued to `phone`, oldest first. */
async function textsTo(phone: string) {
  const o = app.data.t.textOutbox;
  return app.data.read
    .select({ body: o.body, kind: o.kind })
    .from(o)
    .where(and(eq(o.toPhone, phone), eq(o.kind, "CARE_REMINDER")))
    .orderBy(asc(o.id));
}

const phoneOf = () => `+1207556${String(unique()).padStart(4, "0")}`;
/** A person's texts settings: consent for this very number (texts.service canTextSql). */
const texting = (phone: string, channel: "EMAIL" | "TEXT" | "BOTH") => ({
  phone,
  channel,
  smsConsentPhone: phone,
  smsConsentAt: morning(-10),
});

describe("by text", () => {
  it("gathers the day's items into one short text per person, with a link to the portal", async () => {
    const f = await facility();
    const phone = phoneOf();
    const c = await createCustomer(app, f.id, {
      name: "Tia Text",
      email: `tia${unique()}@example.com`,
      ...texting(phone, "TEXT"),
    });
    const invoice = await createInvoice(app, f.id, c.id, { dueOn: dayOf(1), number: `INV-${unique()}` });
    await contract(f.id, c.id, new Date(morning(0).getTime() - 3 * DAY), "Winter “storage” agreement");
    await event(f.id, c.id, zonedTime(dayOf(1), "09:30", ZONE));
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    // Channel TEXT: no email.
    expect(await remindersTo(c.email ?? "")).toEqual([]);
    const [text, ...more] = await textsTo(phone);
    expect(more).toEqual([]);
    const body = text?.body ?? "";
    expect(body).toBe(
      `Harbor Point: 3 things need you: sign "Winter "storage" agreement"; invoice ${invoice.number} ($125.00) due tomorrow; pick-up "Pick-up" tomorrow at 09:30. http://portico.test/portal Reply STOP to opt out.`,
    );
    expect(gsmLength(body)).toBeLessThanOrEqual(CARE_TEXT_LIMIT);
    expect(body).toMatch(/^[\x20-\x7E]+$/);
    expect(await countRows(app, "care_reminders_sent", "customer_id = ?", c.id)).toBe(3);
    expect(await countRows(app, "care_reminder_digests", "customer_id = ? AND to_email = ''", c.id)).toBe(1);

    // Later stages and new items wait for the next day, in one text again.
    app.clock.set(morning(1));
    await estimate(f.id, c.id, new Date(morning(1).getTime() - 3 * DAY));
    expect(await run()).toBe(1);
    const [, second] = await textsTo(phone);
    expect(second?.body).toMatch(
      /^Harbor Point: .*estimate E-\d+.*\. http:\/\/portico\.test\/portal.* Reply STOP to opt out\.$/,
    );
  });

  it("one item links to its own page; many stay within two segments, naming what fits", async () => {
    const f = await facility();
    const phone = phoneOf();
    const c = await createCustomer(app, f.id, { email: null, ...texting(phone, "EMAIL") });
    const one = await createInvoice(app, f.id, c.id, { dueOn: dayOf(1), number: "ONE-1" });
    expect(await run()).toBe(1);
    // No email on record: channel EMAIL falls back to the text (the invite's rule).
    expect((await textsTo(phone))[0]?.body).toBe(
      `Harbor Point: invoice ONE-1 ($125.00) due tomorrow. http://portico.test/portal/billing/${one.id} Reply STOP to opt out.`,
    );
    const g = await facility();
    const phone2 = phoneOf();
    const d = await createCustomer(app, g.id, { email: null, ...texting(phone2, "TEXT") });
    for (let i = 0; i < 12; i++)
      await contract(g.id, d.id, new Date(morning(0).getTime() - 3 * DAY), `A rather long contract title number ${i}`);
    expect(await run()).toBe(1);
    const body = (await textsTo(phone2))[0]?.body ?? "";
    expect(gsmLength(body)).toBeLessThanOrEqual(CARE_TEXT_LIMIT);
    expect(body).toMatch(
      /^Harbor Point: 12 things need you: sign .*; and \d+ more\. http:\/\/portico\.test\/portal Reply STOP to opt out\.$/,
    );
  });

  it("follows the channel: BOTH gets both, EMAIL an email only; consent for another number or a STOP means email", async () => {
    const f = await facility();
    const both = await createCustomer(app, f.id, {
      email: `both${unique()}@example.com`,
      ...texting(phoneOf(), "BOTH"),
    });
    const emailOnly = await createCustomer(app, f.id, {
      email: `eo${unique()}@example.com`,
      ...texting(phoneOf(), "EMAIL"),
    });
    const moved = await createCustomer(app, f.id, {
      email: `moved${unique()}@example.com`,
      ...texting(phoneOf(), "TEXT"),
      smsConsentPhone: "+12075550000",
    });
    const stopped = await createCustomer(app, f.id, {
      email: `stop${unique()}@example.com`,
      ...texting(phoneOf(), "TEXT"),
    });
    const unreachable = await createCustomer(app, f.id, { email: null, ...texting(phoneOf(), "TEXT") });
    const { t } = app.data;
    await app.data.transaction((tx) =>
      tx.insert(t.smsOptOuts).values([
        { phone: stopped.phone ?? "", state: "OPTED_OUT", optedOutAt: morning(-1), updatedAt: morning(-1) },
        { phone: unreachable.phone ?? "", state: "OPTED_OUT", optedOutAt: morning(-1), updatedAt: morning(-1) },
      ]),
    );
    for (const c of [both, emailOnly, moved, stopped, unreachable])
      await createInvoice(app, f.id, c.id, { dueOn: dayOf(1) });
    expect(await run()).toBe(4);
    expect(await remindersTo(both.email ?? "")).toHaveLength(1);
    expect(await textsTo(both.phone ?? "")).toHaveLength(1);
    expect(await remindersTo(emailOnly.email ?? "")).toHaveLength(1);
    expect(await textsTo(emailOnly.phone ?? "")).toEqual([]);
    expect(await remindersTo(moved.email ?? "")).toHaveLength(1);
    expect(await textsTo(moved.phone ?? "")).toEqual([]);
    expect(await remindersTo(stopped.email ?? "")).toHaveLength(1);
    expect(await textsTo(stopped.phone ?? "")).toEqual([]);
    // No email and a STOP: nothing can reach them, and nothing is recorded as sent.
    expect(await textsTo(unreachable.phone ?? "")).toEqual([]);
    expect(await countRows(app, "care_reminders_sent", "customer_id = ?", unreachable.id)).toBe(0);
  });

  it("an address that failed for good: the text goes instead", async () => {
    const f = await facility();
    const c = await createCustomer(app, f.id, { email: `dead${unique()}@example.com`, ...texting(phoneOf(), "EMAIL") });
    await createInvoice(app, f.id, c.id, { dueOn: dayOf(1) });
    const { t } = app.data;
    await app.data.transaction((tx) =>
      tx.insert(t.emailOutbox).values({
        facilityId: f.id,
        kind: "INVOICE",
        toEmail: c.email ?? "",
        status: "FAILED",
        lastErrorCode: 406,
        nextAttemptAt: morning(-2),
      }),
    );
    expect(await run()).toBe(1);
    expect(await remindersTo(c.email ?? "")).toEqual([]);
    expect(await textsTo(c.phone ?? "")).toHaveLength(1);
  });
});

// On PostgreSQL each pass has a Database of its own (its own pool), as separate servers would; on
// SQLite, one server's data layer is the only writer, so the passes share it and interleave their
// transactions (a second process would wait on the file lock the same way).
describe("deleting a customer", () => {
  it("takes what the reminders recorded about them along", async () => {
    const f = await facility();
    const admin = await signInStaff(app.client(), (await createStaff(app, f.id)).email);
    const c = await createCustomer(app, f.id, { name: "Gone Soon", email: `erase${unique()}@example.com` });
    await createInvoice(app, f.id, c.id, { dueOn: dayOf(1) });
    expect(await run()).toBe(1);
    await admin.ok(`mutation($id: ID!, $n: String!) { deleteCustomer(id: $id, confirmName: $n) }`, {
      id: String(c.id),
      n: "Gone Soon",
    });
    expect(await countRows(app, "care_reminders_sent", "customer_id = ?", c.id)).toBe(0);
    expect(await countRows(app, "care_reminder_digests", "customer_id = ?", c.id)).toBe(0);
  });
});

describe("several servers at once", () => {
  let second: Database;
  let third: Database;
  beforeAll(async () => {
    second = testEngine === "pg" ? (await openDataLayerAt(app.config.databaseUrl)).data : app.data;
    third = testEngine === "pg" ? (await openDataLayerAt(app.config.databaseUrl)).data : app.data;
  });
  afterAll(async () => {
    if (testEngine !== "pg") return;
    await second.close();
    await third.close();
  });
  beforeEach(() => app.clock.set(morning(0)));

  it("sends each person's email of the day once when three passes run together", async () => {
    const f = await facility();
    const customers = [];
    for (let i = 0; i < 40; i++) {
      const c = await createCustomer(app, f.id, { email: `many${unique()}@example.com` });
      await createInvoice(app, f.id, c.id, { dueOn: dayOf(1 + (i % 3)) });
      if (i % 2 === 0) await contract(f.id, c.id, new Date(morning(0).getTime() - 3 * DAY));
      customers.push(c);
    }
    const counts = await Promise.all([run(app.data), run(second), run(third)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    for (const c of customers) expect(await remindersTo(c.email ?? "")).toHaveLength(1);
    expect(await countRows(app, "care_reminder_digests", "facility_id = ?", f.id)).toBe(40);
    expect(await countRows(app, "care_reminders_sent", "facility_id = ?", f.id)).toBe(60);
    // And again the same day: nothing more.
    expect(await Promise.all([run(app.data), run(second)])).toEqual([0, 0]);
  });

  it("sends each person's text of the day once when three passes run together", async () => {
    const f = await facility();
    const phones: string[] = [];
    for (let i = 0; i < 20; i++) {
      const phone = phoneOf();
      const c = await createCustomer(app, f.id, { email: null, ...texting(phone, "TEXT") });
      await createInvoice(app, f.id, c.id, { dueOn: dayOf(1) });
      await contract(f.id, c.id, new Date(morning(0).getTime() - 3 * DAY));
      phones.push(phone);
    }
    const counts = await Promise.all([run(app.data), run(second), run(third)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
    for (const phone of phones) expect(await textsTo(phone)).toHaveLength(1);
    expect(await countRows(app, "care_reminders_sent", "facility_id = ?", f.id)).toBe(40);
  });
});

describe("Settings → Portal → Reminders", () => {
  const query = `{ facility { careReminders { contracts contractsAfterDays invoicesDue invoicesDueDays invoicesOverdue estimates estimatesAfterDays events } } }`;
  const update = `mutation($input: CareReminderSettingsInput!) { updateCareReminders(input: $input) { id careReminders { contracts contractsAfterDays invoicesDueDays } } }`;
  const input = {
    contracts: false,
    contractsAfterDays: 5,
    invoicesDue: true,
    invoicesDueDays: 7,
    invoicesOverdue: true,
    estimates: true,
    estimatesAfterDays: 2,
    events: false,
  };

  it("starts with every kind on, and saves an admin's change with an audit line", async () => {
    const f = await facility();
    const admin = await signInStaff(app.client(), (await createStaff(app, f.id)).email);
    expect(await admin.ok(query)).toEqual({
      facility: {
        careReminders: {
          contracts: true,
          contractsAfterDays: 3,
          invoicesDue: true,
          invoicesDueDays: 3,
          invoicesOverdue: true,
          estimates: true,
          estimatesAfterDays: 3,
          events: true,
        },
      },
    });
    const saved = await admin.ok<{ updateCareReminders: { careReminders: unknown } }>(update, { input });
    expect(saved.updateCareReminders.careReminders).toEqual({
      contracts: false,
      contractsAfterDays: 5,
      invoicesDueDays: 7,
    });
    expect(await countRows(app, "audit_events", "facility_id = ? AND action = 'SETTINGS_CHANGED'", f.id)).toBe(1);
  });

  it.each([
    ["contractsAfterDays", 0],
    ["invoicesDueDays", 31],
    ["estimatesAfterDays", -2],
  ])("refuses %s = %s with a clear message", async (field, value) => {
    const f = await facility();
    const admin = await signInStaff(app.client(), (await createStaff(app, f.id)).email);
    const result = await admin.gql(update, { input: { ...input, [field]: value } });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/at (least|most) \d+ days?/);
  });

  it("lets only admins change them", async () => {
    const f = await facility();
    const staff = await signInStaff(app.client(), (await createStaff(app, f.id, { role: "STAFF" })).email);
    expect((await staff.ok<{ facility: unknown }>(query)).facility).toBeTruthy();
    const result = await staff.gql(update, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("on the customer page", () => {
  const SENT = `query($id: ID!) {
    customer(id: $id) { remindersSent { day name contactId toEmail toPhone toPhoneDisplay items { kind itemId stage } } }
  }`;
  type Sent = {
    customer: {
      remindersSent: Array<{
        day: string;
        name: string | null;
        contactId: string | null;
        toEmail: string | null;
        toPhone: string | null;
        toPhoneDisplay: string | null;
        items: Array<{ kind: string; itemId: string; stage: number }>;
      }>;
    };
  };

  it("staff see each day's reminder, newest first, whether it went by email, by text or both", async () => {
    const f = await facility({ country: "US" });
    const staff = await createStaff(app, f.id);
    const phone = phoneOf();
    const c = await createCustomer(app, f.id, {
      name: "Bo Both",
      email: `bo${unique()}@example.com`,
      ...texting(phone, "BOTH"),
    });
    const invoice = await createInvoice(app, f.id, c.id, { dueOn: dayOf(1), number: `INV-${unique()}` });
    const doc = await contract(f.id, c.id, new Date(morning(0).getTime() - 3 * DAY));
    // Other tests' facilities are reminded too: only this customer's reminders are looked at.
    await run();
    // The next day they chose texts alone: the overdue invoice's reminder goes by text.
    await app.data.transaction((tx) =>
      tx.update(app.data.t.customers).set({ channel: "TEXT" }).where(eq(app.data.t.customers.id, c.id)),
    );
    app.clock.set(morning(2));
    await run();

    const asStaff = await signInStaff(app.client(), staff.email);
    const sent = (await asStaff.ok<Sent>(SENT, { id: String(c.id) })).customer.remindersSent;
    const national = phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");
    expect(sent).toEqual([
      {
        day: dayOf(2),
        name: "Bo Both",
        contactId: null,
        toEmail: null,
        toPhone: phone,
        toPhoneDisplay: national,
        items: [{ kind: "INVOICE", itemId: String(invoice.id), stage: 1 }],
      },
      {
        day: dayOf(0),
        name: "Bo Both",
        contactId: null,
        toEmail: c.email,
        toPhone: phone,
        toPhoneDisplay: national,
        items: [
          { kind: "CONTRACT", itemId: String(doc.id), stage: 1 },
          { kind: "INVOICE", itemId: String(invoice.id), stage: 0 },
        ],
      },
    ]);
    // Another facility's staff do not see them: the customer is not theirs.
    const g = await facility();
    const stranger = await signInStaff(app.client(), (await createStaff(app, g.id)).email);
    const refused = await stranger.gql(SENT, { id: String(c.id) });
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
