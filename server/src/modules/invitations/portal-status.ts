import { isValidEmail } from "../../lib/text.js";

/** DESIGN §3: the one place that decides a person's portal status. The dashboard only shows it. */
export type PortalState =
  | "NO_EMAIL"
  | "ACCESS_DISABLED"
  | "NOT_INVITED"
  | "INVITED"
  | "INVITE_RESENDABLE"
  | "INVITE_EXPIRED"
  | "BOUNCED"
  | "IN_PORTAL";

export type InviteAction = "SEND" | "RESEND";

export type PersonForStatus = {
  email: string | null;
  /** Customers always may; contacts only with "Can access portal" on. */
  canAccessPortal: boolean;
  activatedAt: Date | null;
};

export type LatestInvitationForStatus = {
  email: string;
  createdAt: Date;
  expiresAt: Date;
  state: "PENDING" | "ACCEPTED" | "VOID";
  voidReason: "RESENT" | "EMAIL_CHANGED" | "ACCESS_REMOVED" | null;
  deliveryState: "QUEUED" | "SENT" | "DELIVERED" | "BOUNCED" | "FAILED";
  deliveryDetail: string | null;
  /**
   * When the last open link carrying this invitation expires (null: none is open). A customer's
   * "email me a sign-in link" voids the invite link and carries the invite on a 15-minute link; once
   * that one expires or is replaced in turn, no link leads to the invite any more.
   */
  openLinkExpiresAt: Date | null;
};

export type PortalSettingsForStatus = { resendCooldownHours: number };

export type PortalStatusResult = {
  state: PortalState;
  /** What staff read next to the badge: why, and what to do. */
  reason: string;
  /** SEND, RESEND, or null when no invite may go out now. */
  action: InviteAction | null;
  /** When a pending invite can be resent (cooldown end). */
  resendAvailableAt: Date | null;
  /** When the state changes by itself: cooldown end, then link expiry. */
  changesAt: Date | null;
};

export function computePortalStatus(
  person: PersonForStatus,
  latest: LatestInvitationForStatus | null,
  settings: PortalSettingsForStatus,
  now: Date,
): PortalStatusResult {
  // A contact whose access was turned off is out of the portal, even though they signed in before.
  if (person.activatedAt && !person.canAccessPortal) {
    return {
      state: "ACCESS_DISABLED",
      reason: "Portal access turned off",
      action: null,
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  if (person.activatedAt) {
    return {
      state: "IN_PORTAL",
      reason: "Has signed in to the portal",
      action: null,
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  if (!isValidEmail(person.email)) {
    return {
      state: "NO_EMAIL",
      reason: person.email ? "The email on record is not valid: fix it to invite" : "Add an email address to invite",
      action: null,
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  if (!person.canAccessPortal) {
    return {
      state: "ACCESS_DISABLED",
      reason: "Turn on “Can access portal” to invite",
      action: null,
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  const live = latest && latest.state !== "VOID" && latest.email === person.email ? latest : null;
  if (!live) {
    return {
      state: "NOT_INVITED",
      reason: "Not invited yet",
      action: "SEND",
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  if (live.deliveryState === "BOUNCED" || live.deliveryState === "FAILED") {
    const detail = live.deliveryDetail ? `: ${live.deliveryDetail}` : "";
    return {
      state: "BOUNCED",
      reason: `The last invite could not be delivered${detail}`,
      action: "RESEND",
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  if (live.expiresAt.getTime() <= now.getTime()) {
    return {
      state: "INVITE_EXPIRED",
      reason: "The invite link has expired",
      action: "RESEND",
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  // The invite's own expiry is still ahead, but its link was replaced and the replacement is gone
  // too: waiting out the cooldown would leave the person with no way in (DESIGN §3).
  const linkEnds = live.openLinkExpiresAt;
  if (!linkEnds || linkEnds.getTime() <= now.getTime()) {
    return {
      state: "INVITE_EXPIRED",
      reason: "The invite link was replaced by a sign-in link that has since expired",
      action: "RESEND",
      resendAvailableAt: null,
      changesAt: null,
    };
  }
  const cooldownEnds = new Date(live.createdAt.getTime() + settings.resendCooldownHours * 3_600_000);
  if (cooldownEnds.getTime() > now.getTime()) {
    return {
      state: "INVITED",
      reason: "Invite sent; it can be resent once the cooldown is over",
      action: null,
      resendAvailableAt: cooldownEnds,
      changesAt: cooldownEnds < linkEnds ? cooldownEnds : linkEnds,
    };
  }
  return {
    state: "INVITE_RESENDABLE",
    reason: "Invited, not signed in yet",
    action: "RESEND",
    resendAvailableAt: null,
    changesAt: linkEnds,
  };
}

/** The unused, unvoided links that carry invitation `i`, found by the sign_in_links_invitation index. */
const OPEN_LINKS_OF_INVITATION = `FROM sign_in_links l
  WHERE l.invitation_id = i.id AND l.consumed_at IS NULL AND l.voided_at IS NULL`;

/**
 * The same rule as computePortalStatus, as a SQL expression over a customer row (`c`), its portal
 * account (`pa`) and its latest invitation (`i`), so the Contacts list can filter by status in its
 * one statement. Emails are validated on write, so a stored email counts as valid here.
 * customers.test.ts ("filtering by portal status") checks both versions agree in every state.
 */
export function customerPortalStateSql(
  now: Date,
  settings: PortalSettingsForStatus,
): { sql: string; params: number[] } {
  const t = now.getTime();
  return {
    sql: `CASE
      WHEN pa.activated_at IS NOT NULL THEN 'IN_PORTAL'
      WHEN c.email IS NULL OR c.email = '' THEN 'NO_EMAIL'
      WHEN i.id IS NULL OR i.state = 'VOID' OR i.email IS NOT c.email THEN 'NOT_INVITED'
      WHEN i.delivery_state IN ('BOUNCED', 'FAILED') THEN 'BOUNCED'
      WHEN i.expires_at <= ? THEN 'INVITE_EXPIRED'
      WHEN NOT EXISTS (SELECT 1 ${OPEN_LINKS_OF_INVITATION} AND l.expires_at > ?) THEN 'INVITE_EXPIRED'
      WHEN i.created_at + ? > ? THEN 'INVITED'
      ELSE 'INVITE_RESENDABLE'
    END`,
    params: [t, t, settings.resendCooldownHours * 3_600_000, t],
  };
}

/** Columns a list query selects for a person's latest invitation (aliased inv_*). */
export type LatestInvitationColumns = {
  inv_id: number | null;
  inv_email: string | null;
  inv_created_at: number | null;
  inv_expires_at: number | null;
  inv_state: LatestInvitationForStatus["state"] | null;
  inv_void_reason: LatestInvitationForStatus["voidReason"];
  inv_delivery_state: LatestInvitationForStatus["deliveryState"] | null;
  inv_delivery_detail: string | null;
  inv_open_link_expires_at: number | null;
};

export const latestInvitationSelect = `i.id AS inv_id, i.email AS inv_email, i.created_at AS inv_created_at,
  i.expires_at AS inv_expires_at, i.state AS inv_state, i.void_reason AS inv_void_reason,
  i.delivery_state AS inv_delivery_state, i.delivery_detail AS inv_delivery_detail,
  (SELECT max(l.expires_at) ${OPEN_LINKS_OF_INVITATION}) AS inv_open_link_expires_at`;

export function latestInvitationFrom(r: LatestInvitationColumns): (LatestInvitationForStatus & { id: number }) | null {
  if (r.inv_id === null) return null;
  return {
    id: r.inv_id,
    email: r.inv_email as string,
    createdAt: new Date(r.inv_created_at as number),
    expiresAt: new Date(r.inv_expires_at as number),
    state: r.inv_state as LatestInvitationForStatus["state"],
    voidReason: r.inv_void_reason,
    deliveryState: r.inv_delivery_state as LatestInvitationForStatus["deliveryState"],
    deliveryDetail: r.inv_delivery_detail,
    openLinkExpiresAt: r.inv_open_link_expires_at === null ? null : new Date(r.inv_open_link_expires_at),
  };
}
