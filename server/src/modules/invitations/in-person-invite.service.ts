import { eq } from "drizzle-orm";
import type { WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { DAY, HOUR } from "../../lib/clock.js";
import { tooManyRequests } from "../../lib/domain-error.js";
import { newToken, sha256 } from "../../lib/tokens.js";
import { recordAudit } from "../audit/audit.service.js";
import { reserveAttempt } from "../auth/rate-limit.service.js";
import { facilityInTransaction } from "../facilities/facility.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { createSignInLink } from "../sign-in-links/sign-in-link.service.js";
import {
  IN_PERSON_LINK_TTL,
  type InvitationRow,
  invitationById,
  loadTarget,
  lockPersonInvites,
  type Person,
  refusal,
  voidPendingInvites,
} from "./invitation.service.js";
import { recordInvitationEvent } from "./invitation-events.service.js";
import { computePortalStatus } from "./portal-status.service.js";

let qrCodeModule: Promise<typeof import("qrcode")> | undefined;

/** The QR code library (with its PNG encoder), loaded with the first QR invite rather than at every start. */
function qrCodes(): Promise<typeof import("qrcode")> {
  qrCodeModule ??= import("qrcode").then((module) => module.default);
  return qrCodeModule;
}

/** How staff hand an invite over in person: a QR code on their screen, or a link they paste themselves. */
export type InPersonDelivery = "QR_CODE" | "COPIED_LINK";

/**
 * Abuse limits (DESIGN §8): links shown for one person, and by one staff user, per hour. Counted
 * before the invite is decided, in the database, so they hold across servers and restarts.
 */
export const IN_PERSON_LINKS_PER_PERSON_PER_HOUR = 10;
export const IN_PERSON_LINKS_PER_STAFF_PER_HOUR = 120;

/** The code column of a link's token row; no typed code hashes to it, so the link has no code. */
const NO_CODE = "none";

export type InPersonInvite = {
  invitation: InvitationRow;
  /** The one-time link, answered once to the staff member who asked; only its SHA-256 is kept. */
  url: string;
  /** The link as a QR code (an SVG document), for QR_CODE. */
  qrCodeSvg: string | null;
  linkExpiresAt: Date;
};

/**
 * An invite handed over in person: a one-time link to the same scanner-safe Continue page as an
 * emailed invite, minted in this request and answered to the staff member only (never stored in
 * clear, never in the outbox, never logged). It lives 15 minutes; the invitation itself lives the
 * facility's invite lifetime, so reminders can still follow by email. Like a resend, it voids the
 * person's pending invite and every open link; unlike one it sends nothing, so the resend cooldown
 * does not hold it back.
 */
export async function inviteInPerson(
  deps: Pick<ServiceDeps, "data" | "clock" | "config">,
  staff: { scope: FacilityScope; userId: number },
  person: Person,
  via: InPersonDelivery,
): Promise<InPersonInvite> {
  const { data } = deps;
  const now = deps.clock.now();
  const { facilityId } = staff.scope;
  const reserved = await reserveAttempt(
    data,
    [
      {
        key: `in-person-invite:${facilityId}:${person.customerId}:${person.contactId ?? 0}`,
        limit: IN_PERSON_LINKS_PER_PERSON_PER_HOUR,
        windowMs: HOUR,
      },
      { key: `in-person-invite:staff:${staff.userId}`, limit: IN_PERSON_LINKS_PER_STAFF_PER_HOUR, windowMs: HOUR },
    ],
    now,
  );
  if (!reserved.allowed) {
    const seconds = Math.ceil(reserved.retryAfterMs / 1000);
    throw tooManyRequests("Too many in-person links for now. Try again later, or send the invite by email.", seconds);
  }
  const token = newToken();
  const linkExpiresAt = new Date(now.getTime() + IN_PERSON_LINK_TTL);
  const invitationId = await data.transaction((tx) =>
    writeInPersonInvite(tx, deps, { ...staff, person, via, now, tokenHash: sha256(token), linkExpiresAt }),
  );
  const url = `${deps.config.publicUrl}/portal/link/${token}`;
  return {
    invitation: await invitationById(data, invitationId),
    url,
    qrCodeSvg:
      via === "QR_CODE"
        ? await (await qrCodes()).toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 })
        : null,
    linkExpiresAt,
  };
}

async function writeInPersonInvite(
  tx: WriteDb,
  deps: Pick<ServiceDeps, "data">,
  args: {
    scope: FacilityScope;
    userId: number;
    person: Person;
    via: InPersonDelivery;
    now: Date;
    tokenHash: string;
    linkExpiresAt: Date;
  },
): Promise<number> {
  const { data } = deps;
  const { t } = data;
  const { scope, person, via, now } = args;
  await lockPersonInvites(data, person);
  const target = await loadTarget(tx, t, scope, person);
  const facility = await facilityInTransaction(tx, t, scope.facilityId);
  const status = computePortalStatus(target, target.latestInvitation, facility, now);
  // Whoever may be invited at all may be invited in person, cooldown or not: nothing is sent.
  if (
    status.state === "NO_EMAIL" ||
    status.state === "ACCESS_DISABLED" ||
    status.state === "IN_PORTAL" ||
    !target.email
  )
    throw refusal(status);
  const email = target.email;

  await voidPendingInvites(tx, t, person, "RESENT", now);
  const invitation = returnedRow(
    await tx
      .insert(t.invitations)
      .values({
        ...person,
        facilityId: scope.facilityId,
        email,
        invitedByStaffId: args.userId,
        expiresAt: new Date(now.getTime() + facility.inviteExpiryDays * DAY),
        // Handed over, not emailed: nothing for the outbox to report on.
        deliveryState: "DELIVERED",
        deliveryUpdatedAt: now,
        deliveredVia: via,
        createdAt: now,
      })
      .returning({ id: t.invitations.id }),
  );
  const linkId = await createSignInLink(tx, t, {
    ...person,
    facilityId: scope.facilityId,
    invitationId: invitation.id,
    purpose: "INVITE",
    email,
    expiresAt: args.linkExpiresAt,
    now,
  });
  await tx.insert(t.signInLinkTokens).values({ linkId, tokenHash: args.tokenHash, codeHash: NO_CODE, createdAt: now });
  const [staffUser] = await tx
    .select({ name: t.staffUsers.name })
    .from(t.staffUsers)
    .where(eq(t.staffUsers.id, args.userId));
  await recordInvitationEvent(
    tx,
    t,
    invitation.id,
    via === "QR_CODE" ? "QR_CODE_SHOWN" : "LINK_COPIED",
    now,
    staffUser?.name ?? null,
  );
  await recordAudit(tx, t, scope, now, {
    action: "INVITE_SHOWN_IN_PERSON",
    customerId: person.customerId,
    subject: target.name,
    details: { email, via },
  });
  // The person's latest invitation is now this one: the invitations trigger wrote it (decision 58).
  return invitation.id;
}
