import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { and, asc, eq, gt, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import type { Database, Tables, WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { enqueueEmail, enqueueText } from "../../email/outbox.js";
import { DAY, HOUR } from "../../lib/clock.js";
import { isDaytime } from "../../lib/daytime.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { facilityInTransaction } from "../facilities/facility.service.js";
import { MAX_INVITE_REMINDERS, reminderDaysOf, reminderDueAt } from "../facilities/invite-reminder-days.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { createSignInLink } from "../sign-in-links/sign-in-link.service.js";
import { canTextSql, channelsFor } from "../texts/texts.service.js";
import { type InvitationRow, invitationById } from "./invitation.service.js";
import { recordInvitationEvent } from "./invitation-events.service.js";
import {
  computePortalStatus,
  contactAccountJoin,
  customerAccountJoin,
  latestInvitationFields,
} from "./portal-status.service.js";

/** Why a person was not reminded. */
export type ReminderSkip =
  | "NOT_FOUND"
  | "NOT_PENDING"
  | "EXPIRED"
  | "STOPPED"
  | "IN_PORTAL"
  | "UNDELIVERABLE"
  | "ARCHIVED"
  | "NO_ACCESS"
  | "EMAIL_CHANGED"
  | "RECENTLY_REMINDED"
  | "OUTSIDE_DAYTIME"
  | "NOT_DUE"
  | "UNREACHABLE";

export const REMINDER_SKIP_REASONS: Record<ReminderSkip, string> = {
  NOT_FOUND: "No such invite",
  NOT_PENDING: "The invite was accepted or replaced by a newer one",
  EXPIRED: "The invite has expired: resend it instead",
  STOPPED: "Reminders were stopped for this person",
  IN_PORTAL: "Already in the portal",
  UNDELIVERABLE: "The invite could not be delivered to this address",
  ARCHIVED: "The customer is archived",
  NO_ACCESS: "Portal access is turned off",
  EMAIL_CHANGED: "The email on record changed since the invite",
  RECENTLY_REMINDED: "Invited or reminded less than an hour ago",
  OUTSIDE_DAYTIME: "Outside the facility's daytime hours (9:00–18:00 in its time zone)",
  NOT_DUE: "No reminder is due yet",
  UNREACHABLE:
    "Neither channel reaches this person now: no email on record, and texts need consent for their current number and no STOP",
};

/** Two reminders of one invite (or the invite and its first reminder) are at least this far apart. */
export const REMINDER_GAP_MS = HOUR;
/** A reminder goes out only for invites made in this window: the longest an invite link can live. */
const LONGEST_INVITE_MS = 30 * DAY;
/** At most this many ids in one "send reminders now". */
export const MAX_REMINDERS_AT_ONCE = 500;

/** Whose timetable decides: the facility's reminder days, or staff asking now. */
type Mode = { kind: "schedule" } | { kind: "now"; staffUserId: number };

export type ReminderResult =
  | { ok: true; invitationId: number }
  | { ok: false; invitationId: number; skip: ReminderSkip };

type Invitations = Tables["invitations"];

/** The invitation and its person, read inside the transaction that decides. */
async function loadInvitation(tx: WriteDb, t: Tables, scope: FacilityScope, invitationId: number) {
  const i = t.invitations;
  const [row] = await tx
    .select({
      id: i.id,
      customerId: i.customerId,
      contactId: i.contactId,
      email: i.email,
      state: i.state,
      createdAt: i.createdAt,
      expiresAt: i.expiresAt,
      deliveryState: i.deliveryState,
      reminderCount: i.reminderCount,
      lastReminderAt: i.lastReminderAt,
      remindersStoppedAt: i.remindersStoppedAt,
    })
    .from(i)
    .where(scope.where(i, eq(i.id, invitationId)));
  return row;
}

/** What an invitation's own row says of a reminder now. */
export type InvitationReminderFields = {
  createdAt: Date;
  expiresAt: Date;
  deliveryState: string;
  lastReminderAt: Date | null;
  remindersStoppedAt: Date | null;
};

/**
 * The rules the invitation's own row settles: expired, reminders stopped, the address bounced or
 * failed, or an invite or reminder in the last hour. Each, once true, stays true for the hour, so a
 * walk over many invites may skip on them from a plain read; remindInTransaction checks them again
 * under the person's key before it claims.
 */
export function reminderSkipOfRow(row: InvitationReminderFields, now: Date): ReminderSkip | null {
  if (row.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  if (row.remindersStoppedAt) return "STOPPED";
  if (row.deliveryState === "BOUNCED" || row.deliveryState === "FAILED") return "UNDELIVERABLE";
  const last = row.lastReminderAt ?? row.createdAt;
  if (last.getTime() > now.getTime() - REMINDER_GAP_MS) return "RECENTLY_REMINDED";
  return null;
}

/** The person of an invitation as their portal status needs them, with their latest invitation's id. */
async function loadPerson(
  tx: WriteDb,
  t: Tables,
  scope: FacilityScope,
  person: { customerId: number; contactId: number | null },
) {
  const latestInvitation = latestInvitationFields(t.invitations, t.signInLinks);
  if (person.contactId === null) {
    const [customer] = await tx
      .select({
        name: t.customers.name,
        email: t.customers.email,
        phone: t.customers.phone,
        channel: t.customers.channel,
        canText: canTextSql(t, t.customers),
        archivedAt: t.customers.archivedAt,
        activatedAt: t.portalAccounts.activatedAt,
        latestInvitation,
      })
      .from(t.customers)
      .leftJoin(t.portalAccounts, customerAccountJoin(t.portalAccounts, t.customers))
      .leftJoin(t.invitations, eq(t.invitations.id, t.customers.latestInvitationId))
      .where(scope.where(t.customers, eq(t.customers.id, person.customerId)));
    return customer && { ...customer, canAccessPortal: true };
  }
  const [contact] = await tx
    .select({
      name: t.contacts.name,
      email: t.contacts.email,
      phone: t.contacts.phone,
      channel: t.contacts.channel,
      canText: canTextSql(t, t.contacts),
      archivedAt: t.customers.archivedAt,
      canAccessPortal: t.contacts.canAccessPortal,
      activatedAt: t.portalAccounts.activatedAt,
      latestInvitation,
    })
    .from(t.contacts)
    .innerJoin(t.customers, eq(t.customers.id, t.contacts.customerId))
    .leftJoin(t.portalAccounts, contactAccountJoin(t.portalAccounts, t.contacts))
    .leftJoin(t.invitations, eq(t.invitations.id, t.contacts.latestInvitationId))
    .where(scope.where(t.contacts, eq(t.contacts.id, person.contactId), eq(t.contacts.customerId, person.customerId)));
  return contact;
}

/**
 * Sends one reminder of a pending invite, inside the caller's transaction, when every rule allows it:
 * the invite is the person's latest, pending and not expired, its reminders not stopped, the person
 * not in the portal (their one portal status), the address not bounced or failed, the customer not
 * archived, the contact still allowed in and at the same email, no invite or reminder in the last
 * hour, and — on the schedule — the facility's wall clock inside daytime hours and the next reminder
 * day reached (staff asking now are not held to either: docs/decisions/0041-remind-all-waiting.md). The reminder is claimed by a
 * conditional UPDATE of reminder_count from k to k + 1 under the person's invite key, so any number
 * of servers asking at once send it once. It carries a new link for the same invitation, replacing
 * every older link of the person, expiring with the invitation.
 */
export async function remindInTransaction(
  tx: WriteDb,
  data: Pick<Database, "t" | "dialect">,
  args: { scope: FacilityScope; invitationId: number; now: Date; mode: Mode },
): Promise<ReminderResult> {
  const { t, dialect } = data;
  const { scope, invitationId, now, mode } = args;
  const skip = (reason: ReminderSkip): ReminderResult => ({ ok: false, invitationId, skip: reason });
  const first = await loadInvitation(tx, t, scope, invitationId);
  if (!first) return skip("NOT_FOUND");
  // The same keys an invite takes: a resend, an email change or archiving never crosses a reminder.
  const person = { customerId: first.customerId, contactId: first.contactId };
  if (person.contactId === null) await dialect.lockKey(`invite:${person.customerId}:0`);
  else await dialect.lockKeys([`invite:${person.customerId}:0`, `invite:${person.customerId}:${person.contactId}`]);
  // Read again under the key: what another server committed before it took the key counts.
  const invitation = await loadInvitation(tx, t, scope, invitationId);
  if (!invitation) return skip("NOT_FOUND");
  if (invitation.state !== "PENDING") return skip("NOT_PENDING");
  const settled = reminderSkipOfRow(invitation, now);
  if (settled) return skip(settled);
  const target = await loadPerson(tx, t, scope, person);
  if (!target) return skip("NOT_FOUND");
  if (target.archivedAt) return skip("ARCHIVED");
  if (target.latestInvitation?.id !== invitation.id) return skip("NOT_PENDING");
  const facility = await facilityInTransaction(tx, t, scope.facilityId);
  const status = computePortalStatus(target, target.latestInvitation, facility, now);
  switch (status.state) {
    case "IN_PORTAL":
      return skip("IN_PORTAL");
    case "ACCESS_DISABLED":
      return skip("NO_ACCESS");
    case "NO_EMAIL":
      // No valid email and no number that may be texted (no consent for it, or a STOP).
      return skip("UNREACHABLE");
    case "NOT_INVITED":
      return skip("EMAIL_CHANGED");
    case "BOUNCED":
      return skip("UNDELIVERABLE");
    default:
      // INVITE_EXPIRED with the invite itself still valid: its link was replaced by a sign-in link
      // that ran out; the reminder's new link for the invite is the way back in.
      break;
  }
  // An invite by text alone carries no address (""): any change of the email since voided it.
  if (invitation.email !== "" && target.email !== invitation.email) return skip("EMAIL_CHANGED");
  // The reminder takes the person's channel as the invite does, now: the other channel when the
  // chosen one cannot reach them; none at all when neither can (docs/decisions/0043).
  const via = channelsFor(target);
  const phone = via.text ? target.phone : null;
  const email = via.email ? (target.email ?? "") : "";
  if (!email && !phone) return skip("UNREACHABLE");
  const k = invitation.reminderCount;
  if (mode.kind === "schedule") {
    if (!facility.inviteRemindersEnabled) return skip("NOT_DUE");
    const day = reminderDaysOf(facility.inviteReminderDays)[k];
    if (day === undefined || k >= MAX_INVITE_REMINDERS) return skip("NOT_DUE");
    if (reminderDueAt(invitation.createdAt, invitation.expiresAt, day).getTime() > now.getTime())
      return skip("NOT_DUE");
  }
  // The schedule waits for daytime; staff asking now have chosen the moment themselves.
  if (mode.kind === "schedule" && !isDaytime(now, facility.timeZone)) return skip("OUTSIDE_DAYTIME");

  const claimed = await tx
    .update(t.invitations)
    .set({ reminderCount: k + 1, lastReminderAt: now })
    .where(
      and(
        eq(t.invitations.id, invitation.id),
        eq(t.invitations.reminderCount, k),
        eq(t.invitations.state, "PENDING"),
        isNull(t.invitations.remindersStoppedAt),
      ),
    )
    .returning({ id: t.invitations.id });
  if (claimed.length === 0) return skip("RECENTLY_REMINDED");
  const linkId = await createSignInLink(tx, t, {
    ...person,
    facilityId: scope.facilityId,
    invitationId: invitation.id,
    purpose: "INVITE",
    email,
    expiresAt: invitation.expiresAt,
    now,
  });
  if (email) {
    await enqueueEmail(tx, t, {
      facilityId: scope.facilityId,
      kind: "INVITE_REMINDER",
      toEmail: email,
      signInLinkId: linkId,
      invitationId: invitation.id,
      now,
    });
  }
  if (phone) {
    // Its token is minted by the text worker when it sends, as one more token of the same link.
    await enqueueText(tx, t, {
      facilityId: scope.facilityId,
      kind: "INVITE_REMINDER",
      toPhone: phone,
      signInLinkId: linkId,
      invitationId: invitation.id,
      now,
    });
  }
  await recordInvitationEvent(tx, t, invitation.id, "REMINDER_SENT", now, reminderDetail(k + 1, email, phone));
  if (mode.kind === "now") {
    await recordAudit(tx, t, scope, now, {
      action: "INVITE_REMINDER_SENT",
      customerId: person.customerId,
      subject: target.name,
      details: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    });
  }
  return { ok: true, invitationId: invitation.id };
}

/**
 * The REMINDER_SENT step's detail: "Reminder 2 to sam@example.com", "Reminder 1 by text to
 * +12075550100", "Reminder 1 by email and text to sam@example.com and +12075550100". Staff's
 * timeline reads the channel from the words after the number.
 */
export function reminderDetail(n: number, email: string, phone: string | null): string {
  if (email && phone) return `Reminder ${n} by email and text to ${email} and ${phone}`;
  if (phone) return `Reminder ${n} by text to ${phone}`;
  return `Reminder ${n} to ${email}`;
}

/** Facilities whose reminders are on and whose wall clock is inside daytime hours now. */
async function facilitiesRemindingNow(data: Database, now: Date) {
  const f = data.t.facilities;
  const rows = await data.read
    .select({ id: f.id, timeZone: f.timeZone, days: f.inviteReminderDays })
    .from(f)
    .where(eq(f.inviteRemindersEnabled, true))
    .orderBy(asc(f.id));
  return rows
    .filter((row) => isDaytime(now, row.timeZone))
    .map((row) => ({ id: row.id, days: reminderDaysOf(row.days) }))
    .filter((row) => row.days.length > 0);
}

/**
 * The facility's invites whose next reminder is due, by id after `afterId`: pending, made in the last
 * 30 days (no invite link lives longer), not expired, not stopped, not bounced or failed, and past
 * reminder k + 1's due time when k went out (reminderDueAt). One statement on the
 * invitations_facility_pending index (facility, state, created_at); what needs the person is checked
 * per invite when claiming.
 */
export function dueReminders(
  data: Database,
  args: { facilityId: number; days: readonly number[]; now: Date; afterId: number; limit: number },
): Promise<Array<{ id: number }>> {
  const i: Invitations = data.t.invitations;
  const { facilityId, days, now } = args;
  const lastDay = new Date(now.getTime() + DAY);
  const due = days
    .slice(0, MAX_INVITE_REMINDERS)
    .map((day, k) =>
      and(eq(i.reminderCount, k), or(lte(i.createdAt, new Date(now.getTime() - day * DAY)), lte(i.expiresAt, lastDay))),
    );
  return data.read
    .select({ id: i.id })
    .from(i)
    .where(
      and(
        eq(i.facilityId, facilityId),
        eq(i.state, "PENDING"),
        gt(i.createdAt, new Date(now.getTime() - LONGEST_INVITE_MS)),
        gt(i.expiresAt, now),
        isNull(i.remindersStoppedAt),
        notInArray(i.deliveryState, ["BOUNCED", "FAILED"]),
        or(...due),
        // `+id` here and in the order: the id is never offered as an index term, so the planner
        // reads the recent pending invites (invitations_facility_pending) rather than walking every
        // invite of the facility along invitations_facility_newest.
        sql`+${i.id} > ${args.afterId}`,
      ),
    )
    .orderBy(sql`+${i.id}`)
    .limit(args.limit);
}

export type ReminderPass = { reminded: number; skipped: number };

/**
 * One pass of the reminder job: every facility reminding now, its due invites in short chunks, each
 * reminder claimed in a transaction of its own. Safe to run on any number of servers at once.
 */
export async function remindDueInvites(
  deps: Pick<ServiceDeps, "data">,
  now: Date,
  options: { chunk?: number } = {},
): Promise<ReminderPass> {
  const { data } = deps;
  const limit = options.chunk ?? 100;
  const pass = { reminded: 0, skipped: 0 };
  for (const facility of await facilitiesRemindingNow(data, now)) {
    const scope = new FacilityScope(facility.id);
    let afterId = 0;
    for (;;) {
      const rows = await dueReminders(data, { facilityId: facility.id, days: facility.days, now, afterId, limit });
      for (const { id } of rows) {
        const result = await data.transaction((tx) =>
          remindInTransaction(tx, data, { scope, invitationId: id, now, mode: { kind: "schedule" } }),
        );
        if (result.ok) pass.reminded++;
        else pass.skipped++;
      }
      await yieldToEventLoop();
      const last = rows.at(-1);
      if (!last || rows.length < limit) break;
      afterId = last.id;
    }
  }
  return pass;
}

/**
 * "Send a reminder now" to invites staff picked (by invitation id), on every rule but the reminder
 * days and daytime hours: one result per id, in the order given. A reminder sent less than an hour ago is not sent
 * again, so a burst of parallel calls sends one per person.
 */
export async function sendInviteReminders(
  deps: Pick<ServiceDeps, "data" | "clock" | "nudgeOutbox">,
  staff: { scope: FacilityScope; userId: number },
  invitationIds: readonly number[],
): Promise<ReminderResult[]> {
  const { data } = deps;
  if (invitationIds.length > MAX_REMINDERS_AT_ONCE) {
    throw badInput(`At most ${MAX_REMINDERS_AT_ONCE} people at a time`);
  }
  const results: ReminderResult[] = [];
  const seen = new Map<number, ReminderResult>();
  let reminded = 0;
  for (const invitationId of invitationIds) {
    const known = seen.get(invitationId);
    if (known) {
      results.push(known);
      continue;
    }
    const result = await data.transaction((tx) =>
      remindInTransaction(tx, data, {
        scope: staff.scope,
        invitationId,
        now: deps.clock.now(),
        mode: { kind: "now", staffUserId: staff.userId },
      }),
    );
    if (result.ok) reminded++;
    seen.set(invitationId, result);
    results.push(result);
    await yieldToEventLoop();
  }
  if (reminded > 0) deps.nudgeOutbox();
  return results;
}

/**
 * Staff stop the automatic reminders of one pending invite: recorded on the invite's timeline and in
 * the audit log. Stopping twice changes nothing.
 */
export async function stopInviteReminders(
  deps: Pick<ServiceDeps, "data" | "clock">,
  staff: { scope: FacilityScope; userId: number },
  invitationId: number,
): Promise<InvitationRow> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  const { scope } = staff;
  await data.transaction(async (tx) => {
    const i = t.invitations;
    const [row] = await data.dialect.forUpdate(
      tx
        .select({
          id: i.id,
          customerId: i.customerId,
          contactId: i.contactId,
          state: i.state,
          remindersStoppedAt: i.remindersStoppedAt,
        })
        .from(i)
        .where(scope.where(i, eq(i.id, invitationId))),
    );
    if (!row) throw notFound("Invitation");
    if (row.remindersStoppedAt) return;
    if (row.state !== "PENDING") {
      throw conflict("This invite is no longer pending: there are no reminders to stop.", { state: row.state });
    }
    const [staffUser] = await tx
      .select({ name: t.staffUsers.name })
      .from(t.staffUsers)
      .where(eq(t.staffUsers.id, staff.userId));
    const person = await loadPerson(tx, t, scope, row);
    returnedRow(
      await tx
        .update(i)
        .set({ remindersStoppedAt: now, remindersStoppedByStaffId: staff.userId })
        .where(eq(i.id, row.id))
        .returning({ id: i.id }),
    );
    await recordInvitationEvent(tx, t, row.id, "REMINDERS_STOPPED", now, staffUser?.name ?? null);
    await recordAudit(tx, t, scope, now, {
      action: "INVITE_REMINDERS_STOPPED",
      customerId: row.customerId,
      subject: person?.name ?? null,
    });
  });
  return invitationById(data, invitationId);
}
