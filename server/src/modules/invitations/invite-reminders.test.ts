import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer, signInStaff, twoFacilities, updateFacility } from "../../../test/factories.js";
import { countRows, latestEmailTo, startTestApp, type TestApp } from "../../../test/harness.js";
import { DAY, HOUR, MINUTE } from "../../lib/clock.js";
import type { Logger } from "../../lib/logger.js";
import { createInviteReminderJob } from "./invite-reminders.job.js";

// Harbor A's zone is London: in March its wall clock is UTC's, so 10:00Z is daytime and 20:00Z is not.
const INVITED_AT = new Date("2026-03-02T10:00:00.000Z");

const SEND = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const HISTORY = `query($id: ID!) {
  customer(id: $id) {
    portalStatus { state }
    lastInvitation {
      id state reminderCount lastReminderAt remindersStoppedAt remindersStoppedByName
      timeline { kind detail at }
    }
  }
}`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name } }`;
const STOP = `mutation($id: ID!) { stopInviteReminders(invitationId: $id) { id remindersStoppedAt remindersStoppedByName } }`;
const REMIND_NOW = `mutation($ids: [ID!]!) { sendInviteReminders(invitationIds: $ids) { invitationId reminded skip reason } }`;

type History = {
  customer: {
    portalStatus: { state: string };
    lastInvitation: {
      id: string;
      state: string;
      reminderCount: number;
      lastReminderAt: string | null;
      remindersStoppedAt: string | null;
      remindersStoppedByName: string | null;
      timeline: Array<{ kind: string; detail: string | null; at: string }>;
    };
  };
};

const silent = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silent,
  withoutRedaction: () => silent,
  enabled: () => false,
} as unknown as Logger;

describe("automatic invite reminders", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let n = 0;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    await updateFacility(app, t.a.id, { timeZone: "Europe/London" });
    await updateFacility(app, t.b.id, { timeZone: "Europe/London" });
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set(INVITED_AT));

  // Staff sessions end after 12 hours and these tests move the clock by days: sign in afresh each time.
  const asA = () => signInStaff(app.client(), t.staffA.email);
  const asB = () => signInStaff(app.client(), t.staffB.email);
  const job = () =>
    createInviteReminderJob({ data: app.data, clock: app.clock, logger: silent, nudgeOutbox: () => {} });
  const runJob = () => job().runOnce();

  /** A customer of Harbor A invited at INVITED_AT, the invite email sent. */
  async function invited(name = "Rita Remind") {
    const email = `rita${++n}@example.com`;
    const customer = await createCustomer(app, t.a.id, { name, email });
    const sent = await (await asA()).ok<{ sendInvite: { invitation: { id: string } } }>(SEND, {
      id: String(customer.id),
    });
    await app.deliver();
    return { customer, email, invitationId: sent.sendInvite.invitation.id };
  }
  const history = async (customerId: number) =>
    (await (await asA()).ok<History>(HISTORY, { id: String(customerId) })).customer;
  const reminderEmails = (email: string) =>
    countRows(app, "email_outbox", "to_email = ? AND kind = 'INVITE_REMINDER'", email);

  it("sends on day 3 and (a day before the 7-day link expires) day 6, at most once each, none after expiry", async () => {
    const { customer, email } = await invited();
    app.clock.set(new Date(INVITED_AT.getTime() + 3 * DAY - MINUTE));
    await runJob();
    expect(await reminderEmails(email)).toBe(0);

    app.clock.set(new Date(INVITED_AT.getTime() + 3 * DAY));
    await runJob();
    await runJob();
    expect(await reminderEmails(email)).toBe(1);
    await app.deliver();
    const mail = await latestEmailTo(app, email);
    expect(mail?.subject).toBe("Reminder: Harbor A invited you to its portal");
    expect(mail?.text).toContain("reminder");
    expect(mail?.token).toBeDefined();
    const after = await history(customer.id);
    expect(after.lastInvitation.reminderCount).toBe(1);
    // The reminder's step is "Reminder sent"; sending it adds no second "Sent".
    expect(after.lastInvitation.timeline.map((e) => e.kind)).toEqual(["QUEUED", "SENT", "REMINDER_SENT"]);

    app.clock.set(new Date(INVITED_AT.getTime() + 5 * DAY));
    await runJob();
    expect(await reminderEmails(email)).toBe(1);
    app.clock.set(new Date(INVITED_AT.getTime() + 6 * DAY));
    await runJob();
    expect(await reminderEmails(email)).toBe(2);
    app.clock.set(new Date(INVITED_AT.getTime() + 7 * DAY + HOUR));
    await runJob();
    expect(await reminderEmails(email)).toBe(2);
  });

  it("the reminder's link signs in, replaces the older one, and no reminder follows a sign-in", async () => {
    const { customer, email } = await invited();
    const invite = await latestEmailTo(app, email);
    app.clock.set(new Date(INVITED_AT.getTime() + 3 * DAY));
    await runJob();
    await app.deliver();
    const reminder = await latestEmailTo(app, email);
    expect(reminder?.token).not.toBe(invite?.token);
    const old = await app.client().gql(REDEEM, { t: invite?.token });
    expect(old.errors?.[0]).toBeDefined();
    const browser = app.client();
    const signedIn = await browser.ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: reminder?.token });
    expect(signedIn.redeemSignInLink.name).toBe("Rita Remind");
    expect((await history(customer.id)).portalStatus.state).toBe("IN_PORTAL");

    app.clock.set(new Date(INVITED_AT.getTime() + 6 * DAY));
    await runJob();
    expect(await reminderEmails(email)).toBe(1);
  });

  it("waits for the facility's daytime hours in its zone", async () => {
    const { email } = await invited();
    app.clock.set(new Date(INVITED_AT.getTime() + 3 * DAY + 10 * HOUR)); // 20:00 in London
    await runJob();
    expect(await reminderEmails(email)).toBe(0);
    app.clock.set(new Date(INVITED_AT.getTime() + 4 * DAY - 2 * HOUR)); // 08:00
    await runJob();
    expect(await reminderEmails(email)).toBe(0);
    app.clock.set(new Date(INVITED_AT.getTime() + 4 * DAY - HOUR)); // 09:00
    await runJob();
    expect(await reminderEmails(email)).toBe(1);
  });

  it("follows the facility's setting: off sends none, other days send on those", async () => {
    const { email } = await invited();
    await updateFacility(app, t.a.id, { inviteRemindersEnabled: false });
    app.clock.set(new Date(INVITED_AT.getTime() + 3 * DAY));
    await runJob();
    expect(await reminderEmails(email)).toBe(0);
    await updateFacility(app, t.a.id, { inviteRemindersEnabled: true, inviteReminderDays: "4" });
    await runJob();
    expect(await reminderEmails(email)).toBe(0);
    app.clock.set(new Date(INVITED_AT.getTime() + 4 * DAY));
    await runJob();
    expect(await reminderEmails(email)).toBe(1);
    app.clock.set(new Date(INVITED_AT.getTime() + 6 * DAY));
    await runJob();
    expect(await reminderEmails(email)).toBe(1);
    await updateFacility(app, t.a.id, { inviteReminderDays: "3,7" });
  });

  it("never goes to a bounced or failed address", async () => {
    const bounced = await invited();
    const failed = await invited();
    const { invitations } = app.data.t;
    await app.data.transaction((tx) =>
      tx
        .update(invitations)
        .set({ deliveryState: "BOUNCED" })
        .where(eq(invitations.id, Number(bounced.invitationId)))
        .returning({ id: invitations.id }),
    );
    await app.data.transaction((tx) =>
      tx
        .update(invitations)
        .set({ deliveryState: "FAILED", deliveryDetail: "The recipient's address is marked inactive" })
        .where(eq(invitations.id, Number(failed.invitationId)))
        .returning({ id: invitations.id }),
    );
    app.clock.set(new Date(INVITED_AT.getTime() + 3 * DAY));
    await runJob();
    expect(await reminderEmails(bounced.email)).toBe(0);
    expect(await reminderEmails(failed.email)).toBe(0);
  });

  it("never goes to an archived customer", async () => {
    const { customer, email } = await invited();
    await (await asA()).ok(`mutation($id: ID!) { archiveCustomer(id: $id) { id } }`, { id: String(customer.id) });
    app.clock.set(new Date(INVITED_AT.getTime() + 3 * DAY));
    await runJob();
    expect(await reminderEmails(email)).toBe(0);
  });

  it("never goes to a contact whose access was removed or whose email changed", async () => {
    const customer = await createCustomer(app, t.a.id, { name: "Holder", email: `holder${++n}@example.com` });
    const { contacts } = app.data.t;
    const addContact = (email: string) =>
      app.data.transaction(async (tx) => {
        const [row] = await tx
          .insert(contacts)
          .values({ facilityId: t.a.id, customerId: customer.id, name: "Pat Contact", email, canAccessPortal: true })
          .returning({ id: contacts.id });
        return row?.id ?? 0;
      });
    const noAccess = await addContact(`pat${++n}@example.com`);
    const moved = await addContact(`pat${++n}@example.com`);
    for (const id of [noAccess, moved]) {
      await (await asA()).ok(`mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id } } }`, {
        id: String(id),
      });
    }
    // Written behind the services' backs: even if the pending invite were not voided, no reminder goes.
    await app.data.transaction((tx) =>
      tx
        .update(contacts)
        .set({ canAccessPortal: false })
        .where(eq(contacts.id, noAccess))
        .returning({ id: contacts.id }),
    );
    await app.data.transaction((tx) =>
      tx
        .update(contacts)
        .set({ email: "elsewhere@example.com" })
        .where(eq(contacts.id, moved))
        .returning({ id: contacts.id }),
    );
    app.clock.set(new Date(INVITED_AT.getTime() + 3 * DAY));
    const pass = await runJob();
    expect(await countRows(app, "email_outbox", "kind = 'INVITE_REMINDER' AND to_email LIKE 'pat%'")).toBe(0);
    expect(await reminderEmails("elsewhere@example.com")).toBe(0);
    expect(pass.skipped).toBeGreaterThanOrEqual(2);
  });

  it("staff stop one person's reminders: none follow, the timeline and the audit log say who", async () => {
    const { customer, email, invitationId } = await invited("Stop Pat");
    const stopped = await (await asA()).ok<{ stopInviteReminders: { remindersStoppedByName: string } }>(STOP, {
      id: invitationId,
    });
    expect(stopped.stopInviteReminders.remindersStoppedByName).toBe(t.staffA.name);
    // Stopping again changes nothing.
    await (await asA()).ok(STOP, { id: invitationId });
    app.clock.set(new Date(INVITED_AT.getTime() + 3 * DAY));
    await runJob();
    expect(await reminderEmails(email)).toBe(0);
    const after = await history(customer.id);
    const stop = after.lastInvitation.timeline.filter((e) => e.kind === "REMINDERS_STOPPED");
    expect(stop).toEqual([{ kind: "REMINDERS_STOPPED", detail: t.staffA.name, at: INVITED_AT.toISOString() }]);
    expect(
      await countRows(
        app,
        "audit_events",
        "action = 'INVITE_REMINDERS_STOPPED' AND customer_id = ? AND subject = ?",
        customer.id,
        "Stop Pat",
      ),
    ).toBe(1);
    const now = await (await asA()).ok<{ sendInviteReminders: Array<{ skip: string }> }>(REMIND_NOW, {
      ids: [invitationId],
    });
    expect(now.sendInviteReminders[0]?.skip).toBe("STOPPED");
  });

  it("two servers running the job at the same moment send each reminder once", async () => {
    const people = await Promise.all([invited(), invited(), invited()]);
    app.clock.set(new Date(INVITED_AT.getTime() + 3 * DAY));
    const passes = await Promise.all([job().runOnce(), job().runOnce(), job().runOnce()]);
    for (const p of people) expect(await reminderEmails(p.email)).toBe(1);
    expect(passes.reduce((sum, p) => sum + p.reminded, 0)).toBe(people.length);
  });

  it("send reminders now: one per person under parallel calls, the others skipped with their reason", async () => {
    const a = await invited("Now Ada");
    const inPortal = await invited("Now Portal");
    app.clock.set(new Date(INVITED_AT.getTime() + 30 * MINUTE));
    const early = await (await asA()).ok<{ sendInviteReminders: Array<{ skip: string }> }>(REMIND_NOW, {
      ids: [a.invitationId],
    });
    expect(early.sendInviteReminders[0]?.skip).toBe("RECENTLY_REMINDED");
    await app.client().ok(REDEEM, { t: (await latestEmailTo(app, inPortal.email))?.token });
    app.clock.set(new Date(INVITED_AT.getTime() + 2 * HOUR));
    const staff = await Promise.all([asA(), asA(), asA()]);
    const calls = await Promise.all(
      staff.map((client) =>
        client.ok<{ sendInviteReminders: Array<{ invitationId: string; reminded: boolean; skip: string | null }> }>(
          REMIND_NOW,
          { ids: [a.invitationId, inPortal.invitationId, "999999", "nope"] },
        ),
      ),
    );
    expect(calls.flatMap((c) => c.sendInviteReminders.filter((r) => r.reminded))).toHaveLength(1);
    expect(await reminderEmails(a.email)).toBe(1);
    const [first] = calls;
    expect(first?.sendInviteReminders.slice(1).map((r) => r.skip)).toEqual(["NOT_PENDING", "NOT_FOUND", "NOT_FOUND"]);
    expect(await countRows(app, "audit_events", "action = 'INVITE_REMINDER_SENT' AND subject = ?", "Now Ada")).toBe(1);
    // At night the schedule waits, but staff sending now chose the moment: the reminder goes out.
    app.clock.set(new Date(INVITED_AT.getTime() + 11 * HOUR));
    const night = await (await asA()).ok<{ sendInviteReminders: Array<{ reminded: boolean }> }>(REMIND_NOW, {
      ids: [a.invitationId],
    });
    expect(night.sendInviteReminders[0]?.reminded).toBe(true);
    expect(await reminderEmails(a.email)).toBe(2);
  });

  it("is bounded: no ids, or more than 500, is a clear BAD_USER_INPUT", async () => {
    const none = await (await asA()).gql(REMIND_NOW, { ids: [] });
    expect(none.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const many = await (await asA()).gql(REMIND_NOW, { ids: Array.from({ length: 501 }, (_, i) => String(i + 1)) });
    expect(many.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("tenancy: another facility's invite answers like a missing one", async () => {
    const { email, invitationId } = await invited();
    const stop = await (await asB()).gql(STOP, { id: invitationId });
    expect(stop.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const missing = await (await asB()).gql(STOP, { id: "99999999" });
    expect(missing.errors?.[0]?.message).toBe(stop.errors?.[0]?.message);
    app.clock.set(new Date(INVITED_AT.getTime() + 3 * DAY));
    const now = await (await asB()).ok<{ sendInviteReminders: Array<{ reminded: boolean; skip: string }> }>(
      REMIND_NOW,
      {
        ids: [invitationId],
      },
    );
    expect(now.sendInviteReminders[0]).toMatchObject({ reminded: false, skip: "NOT_FOUND" });
    expect(await reminderEmails(email)).toBe(0);
  });
});
