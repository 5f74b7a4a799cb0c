import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer, signInStaff, twoFacilities, updateFacility } from "../../../test/factories.js";
import { type FakeTwilio, startFakeTwilio } from "../../../test/fake-twilio.js";
import { countRows, latestEmailTo, startTestApp, type TestApp } from "../../../test/harness.js";
import { DAY } from "../../lib/clock.js";
import type { Logger } from "../../lib/logger.js";
import { createInviteReminderJob } from "./invite-reminders.job.js";

const ACCOUNT_SID = "AC00000000000000000000000000reminder";
const AUTH_TOKEN = "reminder-texts-token";
const PUBLIC_URL = "http://portico.test";
// Harbor A's zone is London: in March its wall clock is UTC's, so 10:00Z is daytime.
const INVITED_AT = new Date("2026-03-02T10:00:00.000Z");
const DAY_3 = new Date(INVITED_AT.getTime() + 3 * DAY);

const SEND = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id email phone deliveredVia } } }`;
const SET = `mutation($input: TextSettingsInput!) { setTextSettings(input: $input) { canText } }`;
const HISTORY = `query($id: ID!) {
  customer(id: $id) { lastInvitation { id phone phoneDisplay reminderCount timeline { kind detail } } }
}`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name } }`;
const REMIND_NOW = `mutation($ids: [ID!]!) { sendInviteReminders(invitationIds: $ids) { reminded skip reason } }`;
const REMIND_ALL = `mutation($d: Int!) { remindWaitingInvites(olderThanDays: $d) { reminded skipped skips { skip count } } }`;

type History = {
  customer: {
    lastInvitation: {
      id: string;
      phone: string | null;
      phoneDisplay: string | null;
      reminderCount: number;
      timeline: Array<{ kind: string; detail: string }>;
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

describe("invite reminders by text", () => {
  let app: TestApp;
  let fake: FakeTwilio;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let n = 0;
  const nextPhone = () => `+1207557${String(++n).padStart(4, "0")}`;
  /** Numbers are stored as sent (E.164) and shown in the timeline as the facility dials them. */
  const national = (phone: string) => phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");

  beforeAll(async () => {
    let appUrl = "";
    fake = await startFakeTwilio({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      deliverTo: (url) => url.replace(PUBLIC_URL, appUrl),
    });
    app = await startTestApp({
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM_NUMBER: "+15005550006",
      TWILIO_API_URL: fake.url,
    });
    appUrl = app.url;
    t = await twoFacilities(app);
    await updateFacility(app, t.a.id, { timeZone: "Europe/London" });
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
  });
  beforeEach(() => {
    fake.reset();
    app.clock.set(INVITED_AT);
  });

  // Staff sessions end after 12 hours and these tests move the clock by days: sign in afresh each time.
  const asA = () => signInStaff(app.client(), t.staffA.email);
  const job = () =>
    createInviteReminderJob({ data: app.data, clock: app.clock, logger: silent, nudgeOutbox: () => {} });
  const history = async (customerId: number) =>
    (await (await asA()).ok<History>(HISTORY, { id: String(customerId) })).customer.lastInvitation;
  const consent = async (customerId: number, channel: "EMAIL" | "TEXT" | "BOTH", given = true) =>
    (await asA()).ok(SET, { input: { customerId: String(customerId), channel, consent: given } });
  const reminderTexts = (phone: string) =>
    countRows(app, "text_outbox", "to_phone = ? AND kind = 'INVITE_REMINDER'", phone);
  const reminderEmails = (email: string) =>
    countRows(app, "email_outbox", "to_email = ? AND kind = 'INVITE_REMINDER'", email);
  const tokenIn = (body: string | undefined) => /\/portal\/link\/([A-Za-z0-9_-]+)/.exec(body ?? "")?.[1];

  /** A customer of Harbor A with `channel` and consent for their number, invited at INVITED_AT, the invite sent. */
  async function invited(options: { email?: string | null; channel?: "EMAIL" | "TEXT" | "BOTH"; consent?: boolean }) {
    const phone = nextPhone();
    const email = options.email === undefined ? `remind${n}@example.com` : options.email;
    const customer = await createCustomer(app, t.a.id, { name: `Texted ${n}`, email, phone });
    if (options.consent !== false) await consent(customer.id, options.channel ?? "EMAIL");
    const sent = await (await asA()).ok<{ sendInvite: { invitation: { id: string } } }>(SEND, {
      id: String(customer.id),
    });
    await app.deliver();
    await app.deliverTexts();
    const inviteToken = tokenIn(fake.messages.find((m) => m.to === phone)?.body);
    fake.reset();
    return { customer, phone, email, inviteToken, invitationId: sent.sendInvite.invitation.id };
  }

  it("a text-only invite is reminded by text on its day, with a new link that signs in and voids the first", async () => {
    const { customer, phone, invitationId } = await invited({ email: null });
    app.clock.set(new Date(DAY_3.getTime() - 60_000));
    await job().runOnce();
    expect(await reminderTexts(phone)).toBe(0);

    app.clock.set(DAY_3);
    await job().runOnce();
    await job().runOnce();
    expect(await reminderTexts(phone)).toBe(1);
    expect(await countRows(app, "email_outbox", "invitation_id = ?", Number(invitationId))).toBe(0);
    // Nothing leaves with the job: the text worker sends it, minting the link's token then.
    expect(await app.deliverTexts()).toBe(1);
    const [text, ...others] = fake.messages;
    expect(others).toEqual([]);
    expect(text?.to).toBe(phone);
    expect(text?.body).toMatch(/^Reminder from Harbor A: your customer portal invite is waiting\. Continue: /);
    expect(text?.body).toContain("Reply STOP to opt out.");

    const invite = await history(customer.id);
    expect(invite.reminderCount).toBe(1);
    expect({ phone: invite.phone, phoneDisplay: invite.phoneDisplay }).toEqual({
      phone,
      phoneDisplay: national(phone),
    });
    expect(invite.timeline.at(-1)).toEqual({
      kind: "REMINDER_SENT",
      detail: `Reminder 1 by text to ${national(phone)}`,
    });

    const signedIn = await app.client().ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: tokenIn(text?.body) });
    expect(signedIn.redeemSignInLink.name).toBe(customer.name);
    // Signed in: no further reminder.
    app.clock.set(new Date(INVITED_AT.getTime() + 6 * DAY));
    await job().runOnce();
    expect(await reminderTexts(phone)).toBe(1);
  });

  it("the reminder's link replaces the invite's: only the latest link works", async () => {
    const { customer, inviteToken } = await invited({ email: null });
    expect(inviteToken).toBeTruthy();
    app.clock.set(DAY_3);
    await job().runOnce();
    await app.deliverTexts();
    const token = tokenIn(fake.messages[0]?.body);
    expect(token).toBeTruthy();
    const old = await app.client().gql(REDEEM, { t: inviteToken });
    expect(old.errors?.length).toBeGreaterThan(0);
    const signedIn = await app.client().ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: token });
    expect(signedIn.redeemSignInLink.name).toBe(customer.name);
  });

  it("follows the channel now: TEXT and BOTH get texts, EMAIL an email; invited by email, then choosing texts, reminded by text", async () => {
    const textOnly = await invited({ channel: "TEXT" });
    const both = await invited({ channel: "BOTH" });
    const emailOnly = await invited({ channel: "EMAIL" });
    const switched = await invited({ consent: false });
    await consent(switched.customer.id, "TEXT");
    app.clock.set(DAY_3);
    await job().runOnce();

    expect(await reminderTexts(textOnly.phone)).toBe(1);
    expect(await reminderEmails(textOnly.email ?? "")).toBe(0);
    expect((await history(textOnly.customer.id)).timeline.at(-1)?.detail).toBe(
      `Reminder 1 by text to ${national(textOnly.phone)}`,
    );

    expect(await reminderTexts(both.phone)).toBe(1);
    expect(await reminderEmails(both.email ?? "")).toBe(1);
    expect((await history(both.customer.id)).timeline.at(-1)?.detail).toBe(
      `Reminder 1 by email and text to ${both.email} and ${national(both.phone)}`,
    );

    expect(await reminderTexts(emailOnly.phone)).toBe(0);
    expect(await reminderEmails(emailOnly.email ?? "")).toBe(1);

    expect(await reminderTexts(switched.phone)).toBe(1);
    expect(await reminderEmails(switched.email ?? "")).toBe(0);

    // Both the email and the text of one reminder carry working copies of one link.
    await app.deliver();
    await app.deliverTexts();
    const mail = await latestEmailTo(app, both.email ?? "");
    const texted = fake.messages.find((m) => m.to === both.phone);
    expect(mail?.token).toBeTruthy();
    expect(tokenIn(texted?.body)).toBeTruthy();
    expect(tokenIn(texted?.body)).not.toBe(mail?.token);
    const signedIn = await app.client().ok<{ redeemSignInLink: { name: string } }>(REDEEM, {
      t: tokenIn(texted?.body),
    });
    expect(signedIn.redeemSignInLink.name).toBe(both.customer.name);
  });

  it("falls back to email when the text cannot reach them: consent withdrawn, or a STOP", async () => {
    const withdrawn = await invited({ channel: "TEXT" });
    const stopped = await invited({ channel: "TEXT" });
    await consent(withdrawn.customer.id, "EMAIL", false);
    expect(await fake.sendInbound(`${PUBLIC_URL}/webhooks/twilio/inbound`, stopped.phone, "STOP")).toBe(200);
    app.clock.set(DAY_3);
    await job().runOnce();
    for (const person of [withdrawn, stopped]) {
      expect(await reminderTexts(person.phone)).toBe(0);
      expect(await reminderEmails(person.email ?? "")).toBe(1);
      expect((await history(person.customer.id)).timeline.at(-1)?.detail).toBe(`Reminder 1 to ${person.email}`);
    }
  });

  it("no email and a STOP: nothing can reach them, and staff read why", async () => {
    const { phone, invitationId, customer } = await invited({ email: null });
    expect(await fake.sendInbound(`${PUBLIC_URL}/webhooks/twilio/inbound`, phone, "STOP")).toBe(200);
    app.clock.set(DAY_3);
    expect((await job().runOnce()).reminded).toBe(0);
    const now = await (await asA()).ok<{
      sendInviteReminders: Array<{ reminded: boolean; skip: string; reason: string }>;
    }>(REMIND_NOW, { ids: [invitationId] });
    expect(now.sendInviteReminders).toEqual([
      {
        reminded: false,
        skip: "UNREACHABLE",
        reason:
          "Neither channel reaches this person now: no email on record, and texts need consent for their current number and no STOP",
      },
    ]);
    expect(await reminderTexts(phone)).toBe(0);
    expect((await history(customer.id)).reminderCount).toBe(0);
  });

  it("a STOP after the reminder was queued: the worker does not send it", async () => {
    const { phone } = await invited({ email: null });
    app.clock.set(DAY_3);
    await job().runOnce();
    expect(await reminderTexts(phone)).toBe(1);
    expect(await fake.sendInbound(`${PUBLIC_URL}/webhooks/twilio/inbound`, phone, "STOP")).toBe(200);
    expect(await app.deliverTexts()).toBe(0);
    expect(fake.messages).toEqual([]);
  });

  it("three jobs at once send each text reminder once", async () => {
    const people = await Promise.all([
      invited({ email: null }),
      invited({ channel: "TEXT" }),
      invited({ channel: "BOTH" }),
    ]);
    app.clock.set(DAY_3);
    const passes = await Promise.all([job().runOnce(), job().runOnce(), job().runOnce()]);
    expect(passes.reduce((sum, p) => sum + p.reminded, 0)).toBe(people.length);
    for (const p of people) expect(await reminderTexts(p.phone)).toBe(1);
  });

  it("Remind all and send now text too, once per person under parallel calls", async () => {
    const a = await invited({ email: null });
    const b = await invited({ channel: "TEXT" });
    app.clock.set(new Date(INVITED_AT.getTime() + 2 * DAY));
    const staff = await asA();
    const calls = await Promise.all([
      staff.ok<{ remindWaitingInvites: { reminded: number } }>(REMIND_ALL, { d: 1 }),
      staff.ok<{ remindWaitingInvites: { reminded: number } }>(REMIND_ALL, { d: 1 }),
    ]);
    expect(calls.reduce((sum, c) => sum + c.remindWaitingInvites.reminded, 0)).toBeGreaterThanOrEqual(2);
    expect(await reminderTexts(a.phone)).toBe(1);
    expect(await reminderTexts(b.phone)).toBe(1);
    await app.deliverTexts();
    // Earlier tests' people wait on the same list: only these two are looked at here.
    const ours = fake.messages.filter((m) => m.to === a.phone || m.to === b.phone);
    expect(ours.map((m) => m.to).sort()).toEqual([a.phone, b.phone].sort());
    for (const m of ours) expect(m.body).toContain("Reminder from Harbor A");
  });
});
