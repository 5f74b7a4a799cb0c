import type { InvitationEventKind } from "../../../gql/graphql";

/** Each timeline step in staff's words, with the colour of its bullet. */
export const INVITATION_EVENT: Record<InvitationEventKind, { label: string; color: string }> = {
  QUEUED: { label: "Queued", color: "gray" },
  SENT: { label: "Sent", color: "blue" },
  DELIVERED: { label: "Delivered", color: "teal" },
  BOUNCED: { label: "Bounced", color: "red" },
  SPAM_COMPLAINT: { label: "Marked as spam", color: "red" },
  FAILED: { label: "Failed", color: "red" },
  LINK_OPENED: { label: "Link opened", color: "indigo" },
  SIGNED_IN: { label: "Signed in", color: "teal" },
};
