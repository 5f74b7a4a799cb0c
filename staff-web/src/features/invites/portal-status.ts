import type { DeliveryState, InvitationFieldsFragment, PortalState } from "../../gql/graphql";

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

/** "Delivered", "Bounced: The recipient's mailbox is full"… */
export function deliveryText(invitation: Pick<InvitationFieldsFragment, "deliveryState" | "deliveryDetail">): string {
  const { label } = DELIVERY_BADGE[invitation.deliveryState];
  const failed = invitation.deliveryState === "BOUNCED" || invitation.deliveryState === "FAILED";
  return failed && invitation.deliveryDetail ? `${label}: ${invitation.deliveryDetail}` : label;
}

const VOID_REASONS: Record<string, string> = {
  RESENT: "replaced by a newer invite",
  EMAIL_CHANGED: "the email address changed",
  ACCESS_REMOVED: "portal access was removed",
};

export function voidReasonText(reason: string | null): string {
  if (!reason) return "no longer valid";
  return VOID_REASONS[reason] ?? reason.toLowerCase().replaceAll("_", " ");
}
