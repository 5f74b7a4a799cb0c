import type { DeliveryState, InvitationFieldsFragment, InviteDelivery, PortalState } from "../../gql/graphql";

/** Badge words and colours for each server-decided state. */
export const PORTAL_STATE_BADGE: Record<PortalState, { label: string; color: string }> = {
  NOT_INVITED: { label: "Not invited", color: "gray" },
  INVITED: { label: "Invited", color: "blue" },
  INVITE_RESENDABLE: { label: "Invited", color: "blue" },
  INVITE_EXPIRED: { label: "Invite expired", color: "orange" },
  BOUNCED: { label: "Bounced", color: "red" },
  IN_PORTAL: { label: "In portal", color: "teal" },
  NO_EMAIL: { label: "No email", color: "gray" },
  ACCESS_DISABLED: { label: "Access off", color: "gray" },
};

export const DELIVERY_BADGE: Record<DeliveryState, { label: string; color: string }> = {
  QUEUED: { label: "Queued", color: "gray" },
  SENT: { label: "Sent", color: "blue" },
  DELIVERED: { label: "Delivered", color: "teal" },
  BOUNCED: { label: "Bounced", color: "red" },
  FAILED: { label: "Failed", color: "red" },
};

const IN_PERSON_BADGE: Partial<Record<InviteDelivery, { label: string; color: string }>> = {
  QR_CODE: { label: "QR code shown", color: "teal" },
  COPIED_LINK: { label: "Link copied", color: "teal" },
};

type DeliveryFields = Pick<InvitationFieldsFragment, "deliveryState" | "deliveryDetail"> & {
  deliveredVia?: InviteDelivery;
};

/** Whether the invite was handed over in person (a QR code or a copied link) rather than sent. */
export function handedInPerson(invitation: { deliveredVia?: InviteDelivery }): boolean {
  return invitation.deliveredVia === "QR_CODE" || invitation.deliveredVia === "COPIED_LINK";
}

/** The delivery badge: an in-person invite says how it was handed over, never that an email went out. */
export function deliveryBadge(invitation: DeliveryFields): { label: string; color: string } {
  const inPerson = invitation.deliveredVia && IN_PERSON_BADGE[invitation.deliveredVia];
  if (inPerson && invitation.deliveryState === "DELIVERED") return inPerson;
  return DELIVERY_BADGE[invitation.deliveryState];
}

/** "Delivered", "Bounced: The recipient's mailbox is full", "QR code shown"… */
export function deliveryText(invitation: DeliveryFields): string {
  const { label } = deliveryBadge(invitation);
  const failed = invitation.deliveryState === "BOUNCED" || invitation.deliveryState === "FAILED";
  return failed && invitation.deliveryDetail ? `${label}: ${invitation.deliveryDetail}` : label;
}

const VOID_REASONS: Record<string, string> = {
  RESENT: "replaced by a newer invite",
  EMAIL_CHANGED: "the email address changed",
  PHONE_CHANGED: "the mobile number it was texted to changed",
  ACCESS_REMOVED: "portal access was removed",
};

export function voidReasonText(reason: string | null): string {
  if (!reason) return "no longer valid";
  return VOID_REASONS[reason] ?? reason.toLowerCase().replaceAll("_", " ");
}
