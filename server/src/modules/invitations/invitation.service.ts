import { and, desc, eq, isNull } from "drizzle-orm";
import { type Db, writeTransaction } from "../../db/client.js";
import { customers, invitations, signInLinks, staffUsers } from "../../db/schema.js";
import { enqueueEmail } from "../../email/outbox.js";
import type { Context } from "../../graphql/context.js";
import { badInput, conflict } from "../../graphql/errors.js";
import { DAY } from "../../lib/clock.js";
import { type CustomerRow, getCustomerRow, voidPendingInvites } from "../customers/customer.service.js";
import { getFacility } from "../facilities/facility.service.js";
import { DeliveryState, Invitation, InvitationState } from "./invitation.type.js";
import { computePortalStatus, type PortalStatusResult } from "./portal-status.js";

export type InvitationRow = typeof invitations.$inferSelect & { invitedByName: string | null };

export function toInvitation(row: InvitationRow): Invitation {
  return Object.assign(new Invitation(), {
    ...row,
    id: String(row.id),
    state: row.state as InvitationState,
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

/**
 * Send Invite / Resend Invite for a customer. The status is recomputed inside a BEGIN IMMEDIATE
 * transaction, so of two clicks at once the second sees the first invite and is refused by the
 * cooldown. The invitation, its link and the outbox row commit together; the worker sends.
 */
export function sendCustomerInvite(
  ctx: Context,
  staff: { facilityId: number; userId: number },
  customerId: number,
): { customer: CustomerRow; invitation: InvitationRow } {
  const now = ctx.clock.now();
  const invitationId = writeTransaction(ctx.db, (tx) => {
    const customer = getCustomerRow(tx, staff.facilityId, customerId);
    const facility = getFacility(tx, staff.facilityId);
    const status = computePortalStatus(
      { email: customer.email, canAccessPortal: true, activatedAt: customer.activatedAt },
      customer.latestInvitation,
      facility,
      now,
    );
    if (!status.action || !customer.email) throw refusal(status);

    voidPendingInvites(tx, customerId, null, "RESENT", now);
    const expiresAt = new Date(now.getTime() + facility.inviteExpiryDays * DAY);
    const invitation = tx
      .insert(invitations)
      .values({
        facilityId: staff.facilityId,
        customerId,
        contactId: null,
        email: customer.email,
        invitedByStaffId: staff.userId,
        expiresAt,
        createdAt: now,
      })
      .returning({ id: invitations.id })
      .get();
    const link = tx
      .insert(signInLinks)
      .values({
        facilityId: staff.facilityId,
        customerId,
        contactId: null,
        invitationId: invitation.id,
        purpose: "INVITE",
        email: customer.email,
        expiresAt,
        createdAt: now,
      })
      .returning({ id: signInLinks.id })
      .get();
    enqueueEmail(tx, {
      facilityId: staff.facilityId,
      kind: "INVITE",
      toEmail: customer.email,
      signInLinkId: link.id,
      invitationId: invitation.id,
      now,
    });
    tx.update(customers).set({ latestInvitationId: invitation.id }).where(eq(customers.id, customerId)).run();
    return invitation.id;
  });
  ctx.nudgeOutbox();
  return {
    customer: getCustomerRow(ctx.db, staff.facilityId, customerId),
    invitation: invitationById(ctx.db, invitationId),
  };
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

function invitationById(db: Db, id: number): InvitationRow {
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
