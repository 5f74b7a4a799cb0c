import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createFacility, createStaff, customerInPortal, signInStaff } from "../../../test/factories.js";
import { countRows, latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { FacilityScope } from "../../db/tenancy.js";
import { DAY } from "../../lib/clock.js";
import { remindWaitingInvites } from "./remind-waiting.service.js";

const INVITE = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const STOP = `mutation($id: ID!) { stopInviteReminders(invitationId: $id) { id } }`;
const REMIND_ALL = `mutation($days: Int!) {
  remindWaitingInvites(olderThanDays: $days) { reminded skipped skips { skip reason count } more }
}`;
const AWAITING = `query($days: Int!) {
  awaitingSignIn(olderThanDays: $days, first: 50) {
    totalCount
    nodes { name reminderCount lastReminderAt remindersStoppedAt }
  }
}`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name } }`;

type RemindAll = {
  remindWaitingInvites: {
    reminded: number;
    skipped: number;
    skips: Array<{ skip: string; reason: string; count: number }>;
    more: boolean;
  };
};
type Awaiting = {
  awaitingSignIn: {
    totalCount: number;
    nodes: Array<{
      name: string;
      reminderCount: number;
      lastReminderAt: string | null;
      remindersStoppedAt: string | null;
    }>;
  };
};

// The facilities keep UTC: 22:00Z is after their daytime hours, when the schedule would wait.
const INVITED_AT = new Date("2026-03-02T10:00:00.000Z");
const NIGHT_FOUR_DAYS_ON = new Date("2026-03-06T22:00:00.000Z");

describe("Remind all: a reminder to everyone waiting to sign in", () => {
  let app: TestApp;
  let facilityId: number;
  let otherFacilityId: number;
  let staffEmail: string;
  let otherStaffEmail: string;
  let n = 0;

  beforeAll(async () => {
    app = await startTestApp();
    facilityId = (await createFacility(app, { name: "Remind Harbor", timeZone: "UTC" })).id;
    otherFacilityId = (await createFacility(app, { name: "Other Harbor", timeZone: "UTC" })).id;
    staffEmail = (await createStaff(app, facilityId)).email;
    otherStaffEmail = (await createStaff(app, otherFacilityId)).email;
  });
  afterAll(() => app.close());

  // Staff sessions end after 12 hours and these tests move the clock by days: sign in afresh each time.
  const staff = () => signInStaff(app.client(), staffEmail);

  /** A customer of the facility invited at `at` (the invite email sent), moved onto its own facility. */
  async function invited(name: string, options: { at?: Date; facility?: number; as?: TestClient } = {}) {
    const email = `remind-all-${++n}@example.com`;
    app.clock.set(options.at ?? INVITED_AT);
    const customer = await createCustomer(app, options.facility ?? facilityId, { name, email });
    const client = options.as ?? (await staff());
    const sent = await client.ok<{ sendInvite: { invitation: { id: string } } }>(INVITE, { id: String(customer.id) });
    await app.deliver();
    return { customer, email, invitationId: sent.sendInvite.invitation.id };
  }
  const reminderEmails = (email: string) =>
    countRows(app, "email_outbox", "to_email = ? AND kind = 'INVITE_REMINDER'", email);
  async function setInvitation(customerId: number, changes: Record<string, unknown>) {
    const { invitations: i } = app.data.t;
    await app.data.transaction((tx) =>
      tx
        .update(i)
        .set(changes)
        .where(and(eq(i.customerId, customerId), isNull(i.contactId)))
        .returning({ id: i.id }),
    );
  }
  /** Everyone the facility's earlier tests left waiting stops being on the list: each test starts afresh. */
  async function clearWaiting() {
    const { invitations: i } = app.data.t;
    await app.data.transaction((tx) =>
      tx.update(i).set({ state: "VOID" }).where(eq(i.state, "PENDING")).returning({ id: i.id }),
    );
  }

  it("reminds everyone the list shows for N days, outside daytime too, and says who was skipped and why", async () => {
    await clearWaiting();
    const ada = await invited("Ada Waiting");
    const bo = await invited("Bo Bounced");
    await setInvitation(bo.customer.id, { deliveryState: "BOUNCED" });
    const stan = await invited("Stan Stopped");
    await (await staff()).ok(STOP, { id: stan.invitationId });
    const recent = await invited("Rae Recent", { at: new Date(NIGHT_FOUR_DAYS_ON.getTime() - 2 * DAY) });
    const portal = await invited("Pia Portal");
    await app.client().ok(REDEEM, { t: (await latestEmailTo(app, portal.email))?.token });
    const other = await invited("Otto Other", {
      facility: otherFacilityId,
      as: await signInStaff(app.client(), otherStaffEmail),
    });

    app.clock.set(NIGHT_FOUR_DAYS_ON);
    const client = await staff();
    const list = await client.ok<Awaiting>(AWAITING, { days: 3 });
    expect(list.awaitingSignIn.nodes.map((p) => p.name)).toEqual(["Ada Waiting", "Bo Bounced", "Stan Stopped"]);

    const { remindWaitingInvites: result } = await client.ok<RemindAll>(REMIND_ALL, { days: 3 });
    expect(result).toMatchObject({ reminded: 1, skipped: 2, more: false });
    expect(
      result.skips.map(({ skip, count }) => ({ skip, count })).sort((a, b) => a.skip.localeCompare(b.skip)),
    ).toEqual([
      { skip: "STOPPED", count: 1 },
      { skip: "UNDELIVERABLE", count: 1 },
    ]);
    expect(result.skips.find((s) => s.skip === "UNDELIVERABLE")?.reason).toBe(
      "The invite could not be delivered to this address",
    );
    expect(await reminderEmails(ada.email)).toBe(1);
    for (const person of [bo, stan, recent, portal, other]) expect(await reminderEmails(person.email)).toBe(0);

    // The list shows the reminder; the reminder's link signs Ada in.
    const after = await client.ok<Awaiting>(AWAITING, { days: 3 });
    expect(after.awaitingSignIn.nodes[0]).toMatchObject({
      name: "Ada Waiting",
      reminderCount: 1,
      lastReminderAt: NIGHT_FOUR_DAYS_ON.toISOString(),
    });
    expect(after.awaitingSignIn.nodes[2]?.remindersStoppedAt).not.toBeNull();

    // One audit line for the action, one for the person reminded, both by the staff member.
    expect(
      await countRows(
        app,
        "audit_events",
        "facility_id = ? AND action = 'INVITE_REMINDERS_SENT_TO_WAITING'",
        facilityId,
      ),
    ).toBe(1);
    const [line] = await app.data.read
      .select({ details: app.data.t.auditEvents.details, actorKind: app.data.t.auditEvents.actorKind })
      .from(app.data.t.auditEvents)
      .where(eq(app.data.t.auditEvents.action, "INVITE_REMINDERS_SENT_TO_WAITING"));
    expect(line?.actorKind).toBe("STAFF");
    expect(JSON.parse(line?.details ?? "{}")).toEqual({ olderThanDays: 3, reminded: 1, skipped: 2, more: false });
    expect(await countRows(app, "audit_events", "action = 'INVITE_REMINDER_SENT' AND subject = ?", "Ada Waiting")).toBe(
      1,
    );

    // Pressed again within the hour: nobody gets a second reminder.
    app.clock.set(new Date(NIGHT_FOUR_DAYS_ON.getTime() + 10 * 60_000));
    const again = await (await staff()).ok<RemindAll>(REMIND_ALL, { days: 3 });
    expect(again.remindWaitingInvites).toMatchObject({ reminded: 0, skipped: 3 });
    expect(again.remindWaitingInvites.skips.find((s) => s.skip === "RECENTLY_REMINDED")?.count).toBe(1);
    expect(await reminderEmails(ada.email)).toBe(1);
    // "All" (0 days) lists Rae too, invited two days ago: she gets hers.
    const all = await (await staff()).ok<RemindAll>(REMIND_ALL, { days: 0 });
    expect(all.remindWaitingInvites.reminded).toBe(1);
    expect(await reminderEmails(recent.email)).toBe(1);

    // The reminder's link signs Ada in, and she leaves the list.
    await app.deliver();
    const mail = await latestEmailTo(app, ada.email);
    expect(mail?.subject).toBe("Reminder: Remind Harbor invited you to its portal");
    expect(
      (await app.client().ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: mail?.token })).redeemSignInLink,
    ).toMatchObject({ name: "Ada Waiting" });
    const left = await (await staff()).ok<Awaiting>(AWAITING, { days: 3 });
    expect(left.awaitingSignIn.nodes.map((p) => p.name)).toEqual(["Bo Bounced", "Stan Stopped"]);
  });

  it("calls at once send one reminder per person", async () => {
    await clearWaiting();
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await invited(`Parallel ${i}`));
    app.clock.set(new Date(INVITED_AT.getTime() + 4 * DAY));
    const clients = await Promise.all([staff(), staff(), staff(), staff()]);
    const results = await Promise.all(clients.map((client) => client.ok<RemindAll>(REMIND_ALL, { days: 3 })));
    expect(results.reduce((sum, r) => sum + r.remindWaitingInvites.reminded, 0)).toBe(people.length);
    for (const r of results) {
      expect(r.remindWaitingInvites.reminded + r.remindWaitingInvites.skipped).toBe(people.length);
      for (const s of r.remindWaitingInvites.skips) expect(s.skip).toBe("RECENTLY_REMINDED");
    }
    for (const person of people) expect(await reminderEmails(person.email)).toBe(1);
  });

  it("stops at its cap, says more wait, and the next call goes on with the others", async () => {
    await clearWaiting();
    const people = [];
    for (let i = 0; i < 3; i++) people.push(await invited(`Capped ${i}`));
    app.clock.set(new Date(INVITED_AT.getTime() + 4 * DAY));
    const [staffUser] = await app.data.read
      .select({ id: app.data.t.staffUsers.id })
      .from(app.data.t.staffUsers)
      .where(eq(app.data.t.staffUsers.email, staffEmail));
    const who = {
      scope: new FacilityScope(facilityId, { kind: "STAFF", staffUserId: staffUser?.id ?? 0, name: "Staff" }),
      userId: staffUser?.id ?? 0,
    };
    const deps = { data: app.data, clock: app.clock, nudgeOutbox: () => {} };
    const first = await remindWaitingInvites(deps, who, 3, { max: 2 });
    expect(first).toMatchObject({ reminded: 2, skipped: 0, more: true });
    const second = await remindWaitingInvites(deps, who, 3, { max: 2 });
    expect(second).toMatchObject({ reminded: 1, skipped: 2, more: false });
    for (const person of people) expect(await reminderEmails(person.email)).toBe(1);
  });

  it("refuses days out of range, and is for staff only", async () => {
    const client = await staff();
    for (const days of [-1, 366]) {
      const bad = await client.gql(REMIND_ALL, { days });
      expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const anonymous = await app.client().gql(REMIND_ALL, { days: 3 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const portalUser = await customerInPortal(app, client, facilityId, {
      name: "Pat Portal",
      email: "pat@example.com",
    });
    const refused = await portalUser.browser.gql(REMIND_ALL, { days: 3 });
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});
