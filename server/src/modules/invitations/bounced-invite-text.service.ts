import { and, eq } from "drizzle-orm";
import type { Database, WriteDb } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { enqueueText } from "../../email/outbox.js";
import { createSignInLink } from "../sign-in-links/sign-in-link.service.js";
import { channelsFor } from "../texts/texts.service.js";
import { loadTarget, lockPersonInvites } from "./invitation.service.js";
import { recordInvitationEvent } from "./invitation-events.service.js";

/** Why a bounced invite was not texted instead; "TEXTED" when it was. */
export type BouncedInviteText =
  | "TEXTED"
  | "TEXTS_OFF"
  | "NOT_PENDING"
  | "ALREADY_TEXTED"
  | "NOT_LATEST"
  | "IN_PORTAL"
  | "NO_ACCESS"
  | "EMAIL_CHANGED"
  | "CANNOT_TEXT";

/**
 * An invite whose email bounced for good goes out by text instead, once, inside the transaction that
 * records the bounce (docs/decisions/0054-bounced-invite-by-text.md). The bounced address counts as
 * unable to reach the person and their channel rule (channelsFor) decides: a text when they may be
 * texted (a number, consent for that number, no STOP), whatever channel they chose. The invite must
 * still be pending, unexpired and the person's latest, at the address on record, and no text of it may
 * have been queued before (by the invite, a reminder or this rule): the claim moves deliveredVia from
 * EMAIL to EMAIL_AND_TEXT under the person's invite keys, so two bounces (the invite's and a
 * reminder's) text once. The text carries a new link for the same invitation, as a reminder does; the
 * invite stays BOUNCED for staff, who should still fix the address.
 */
export async function textBouncedInvite(
  tx: WriteDb,
  data: Pick<Database, "t" | "dialect">,
  args: { invitationId: number; now: Date; textsConfigured: boolean },
): Promise<BouncedInviteText> {
  const { t } = data;
  const { invitationId, now } = args;
  if (!args.textsConfigured) return "TEXTS_OFF";
  const i = t.invitations;
  const read = () =>
    tx
      .select({
        facilityId: i.facilityId,
        customerId: i.customerId,
        contactId: i.contactId,
        state: i.state,
        email: i.email,
        deliveredVia: i.deliveredVia,
        expiresAt: i.expiresAt,
      })
      .from(i)
      .where(eq(i.id, invitationId))
      .then((rows) => rows[0]);
  const first = await read();
  if (!first) return "NOT_PENDING";
  const person = { customerId: first.customerId, contactId: first.contactId };
  await lockPersonInvites(data, person);
  // Read again under the keys: a resend or an email change committed meanwhile counts.
  const invitation = await read();
  if (invitation?.state !== "PENDING" || invitation.expiresAt.getTime() <= now.getTime()) return "NOT_PENDING";
  if (invitation.deliveredVia !== "EMAIL") return "ALREADY_TEXTED";
  const [queued] = await tx
    .select({ id: t.textOutbox.id })
    .from(t.textOutbox)
    .where(eq(t.textOutbox.invitationId, invitationId))
    .limit(1);
  if (queued) return "ALREADY_TEXTED";
  const scope = new FacilityScope(invitation.facilityId);
  const target = await loadTarget(tx, t, scope, person);
  if (target.latestInvitation?.id !== invitationId) return "NOT_LATEST";
  if (target.activatedAt) return "IN_PORTAL";
  if (!target.canAccessPortal) return "NO_ACCESS";
  if (!invitation.email || target.email !== invitation.email) return "EMAIL_CHANGED";
  const via = channelsFor({ email: null, channel: target.channel, canText: target.canText });
  const phone = target.phone;
  if (!via.text || !phone) return "CANNOT_TEXT";

  const claimed = await tx
    .update(i)
    .set({ deliveredVia: "EMAIL_AND_TEXT", phone })
    .where(and(eq(i.id, invitationId), eq(i.deliveredVia, "EMAIL"), eq(i.state, "PENDING")))
    .returning({ id: i.id });
  if (claimed.length === 0) return "ALREADY_TEXTED";
  // The link keeps the address on record: a link is the person's while that is their email.
  const linkId = await createSignInLink(tx, t, {
    ...person,
    facilityId: invitation.facilityId,
    invitationId,
    purpose: "INVITE",
    email: invitation.email,
    expiresAt: invitation.expiresAt,
    now,
  });
  await enqueueText(tx, t, {
    facilityId: invitation.facilityId,
    kind: "INVITE",
    toPhone: phone,
    signInLinkId: linkId,
    invitationId,
    now,
  });
  await recordInvitationEvent(tx, t, invitationId, "TEXT_INSTEAD", now, `To ${phone}`);
  return "TEXTED";
}
