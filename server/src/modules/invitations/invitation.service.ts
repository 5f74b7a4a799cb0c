import { and, desc, eq, isNull } from "drizzle-orm";
import { type Db, writeTransaction } from "../../db/client.js";
import { contacts, customers, invitations, staffUsers } from "../../db/schema.js";
import { enqueueEmail } from "../../email/outbox.js";
import type { Context } from "../../graphql/context.js";
import { DAY } from "../../lib/clock.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { getContactRow } from "../contacts/contact.service.js";
import { getCustomerRow, voidPendingInvites } from "../customers/customer.service.js";
import { getFacility } from "../facilities/facility.service.js";
import { createSignInLink } from "../sign-in-links/sign-in-link.service.js";
import { DeliveryState, Invitation, InvitationState, type VoidReason } from "./invitation.type.js";
import { recordInvitationEvent } from "./invitation-events.js";
import {
  computePortalStatus,
  type LatestInvitationForStatus,
  type PersonForStatus,
  type PortalStatusResult,
} from "./portal-status.js";

export type InvitationRow = typeof invitations.$inferSelect & { invitedByName: string | null };

export function toInvitation(row: InvitationRow): Invitation {
  return Object.assign(new Invitation(), {
    ...row,
    id: String(row.id),
    state: row.state as InvitationState,
    voidReason: row.voidReason as VoidReason | null,
    deliveryState: row.deliveryState as DeliveryState,
  });
}

/** Why an invite cannot go out now, as the error the API returns. */
function refusal(status: PortalStatusResult) {
  switch (status.state) {
    case "NO_EMAIL":
      return badInput(`${status.reason}.`, { email: status.reason });
    case "ACCESS_DISABLED":
      return badInput("Portal access is turned off for this person. Turn on “Can access portal” first.");
    case "IN_PORTAL":
      return conflict("Already in the portal: no invite needed.", { portalState: status.state });
    case "INVITED":
      return conflict("An invite was sent recently. Resend Invite becomes available when the cooldown ends.", {
        portalState: status.state,
        resendAvailableAt: status.resendAvailableAt?.toISOString(),
      });
    default:
      return conflict("This invite cannot be sent now.", { portalState: status.state });
  }
}

export type Person = { customerId: number; contactId: number | null };

type InviteTarget = PersonForStatus & { latestInvitation: LatestInvitationForStatus | null };

function loadTarget(tx: Db, facilityId: number, person: Person): InviteTarget {
  if (person.contactId === null) {
    const customer = getCustomerRow(tx, facilityId, person.customerId);
    return {
      email: customer.email,
      canAccessPortal: true,
      activatedAt: customer.activatedAt,
      latestInvitation: customer.latestInvitation,
    };
  }
  const contact = getContactRow(tx, facilityId, person.contactId);
  if (contact.customerId !== person.customerId) throw notFound("Contact");
  return contact;
}

/**
 * Send Invite / Resend Invite for a customer or one of their contacts. The status is recomputed
 * inside a BEGIN IMMEDIATE transaction, so of two clicks at once the second sees the first invite
 * and is refused by the cooldown. The invitation, its link and the outbox row commit together;
 * the worker sends.
 */
export function sendInvite(ctx: Context, staff: { facilityId: number; userId: number }, person: Person): InvitationRow {
  const now = ctx.clock.now();
  const invitationId = writeTransaction(ctx.db, (tx) =>
    queueInvite(tx, { facilityId: staff.facilityId, staffUserId: staff.userId, person, now }),
  );
  ctx.nudgeOutbox();
  return invitationById(ctx.db, invitationId);
}

type QueueArgs = { facilityId: number; staffUserId: number; person: Person; now: Date };

/** The invite itself, inside the caller's write transaction; throws when it may not go out. */
export function queueInvite(tx: Db, args: QueueArgs): number {
  const result = tryQueueInvite(tx, args);
  if (!result.ok) throw refusal(result.status);
  return result.invitationId;
}

/** Like queueInvite, but answers a refusal instead of throwing (bulk invites go on past one). */
export function tryQueueInvite(
  tx: Db,
  args: QueueArgs,
): { ok: true; invitationId: number } | { ok: false; status: PortalStatusResult } {
  const { facilityId, person, now } = args;
  const target = loadTarget(tx, facilityId, person);
  const facility = getFacility(tx, facilityId);
  const status = computePortalStatus(target, target.latestInvitation, facility, now);
  if (!status.action || !target.email) return { ok: false, status };

  voidPendingInvites(tx, person.customerId, person.contactId, "RESENT", now);
  const expiresAt = new Date(now.getTime() + facility.inviteExpiryDays * DAY);
  const invitation = tx
    .insert(invitations)
    .values({
      facilityId,
      customerId: person.customerId,
      contactId: person.contactId,
      email: target.email,
      invitedByStaffId: args.staffUserId,
      expiresAt,
      createdAt: now,
    })
    .returning({ id: invitations.id })
    .get();
  const linkId = createSignInLink(tx, {
    facilityId,
    customerId: person.customerId,
    contactId: person.contactId,
    invitationId: invitation.id,
    purpose: "INVITE",
    email: target.email,
    expiresAt,
    now,
  });
  enqueueEmail(tx, {
    facilityId,
    kind: "INVITE",
    toEmail: target.email,
    signInLinkId: linkId,
    invitationId: invitation.id,
    now,
  });
  recordInvitationEvent(tx, invitation.id, "QUEUED", now, `To ${target.email}`);
  if (person.contactId === null) {
    tx.update(customers).set({ latestInvitationId: invitation.id }).where(eq(customers.id, person.customerId)).run();
  } else {
    tx.update(contacts).set({ latestInvitationId: invitation.id }).where(eq(contacts.id, person.contactId)).run();
  }
  return { ok: true, invitationId: invitation.id };
}

function invitationSelect(db: Db) {
  return db
    .select({
      id: invitations.id,
      facilityId: invitations.facilityId,
      customerId: invitations.customerId,
      contactId: invitations.contactId,
      email: invitations.email,
      invitedByStaffId: invitations.invitedByStaffId,
      expiresAt: invitations.expiresAt,
      state: invitations.state,
      voidReason: invitations.voidReason,
      deliveryState: invitations.deliveryState,
      deliveryDetail: invitations.deliveryDetail,
      deliveryUpdatedAt: invitations.deliveryUpdatedAt,
      linkOpenedAt: invitations.linkOpenedAt,
      acceptedAt: invitations.acceptedAt,
      createdAt: invitations.createdAt,
      invitedByName: staffUsers.name,
    })
    .from(invitations)
    .leftJoin(staffUsers, eq(staffUsers.id, invitations.invitedByStaffId));
}

export function invitationById(db: Db, id: number): InvitationRow {
  const row = invitationSelect(db).where(eq(invitations.id, id)).get();
  if (!row) throw new Error(`invitation ${id} vanished`);
  return row;
}

/** Invite history of a customer (the customer themself when contactId is null), newest first. */
export function invitationsOf(
  db: Db,
  facilityId: number,
  customerId: number,
  contactId: number | null,
): InvitationRow[] {
  return invitationSelect(db)
    .where(
      and(
        eq(invitations.facilityId, facilityId),
        eq(invitations.customerId, customerId),
        contactId === null ? isNull(invitations.contactId) : eq(invitations.contactId, contactId),
      ),
    )
    .orderBy(desc(invitations.id))
    .all();
}
