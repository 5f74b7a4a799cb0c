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
  REMINDER_SENT: { label: "Reminder sent", color: "blue" },
  REMINDERS_STOPPED: { label: "Reminders stopped", color: "gray" },
  QR_CODE_SHOWN: { label: "QR code shown at the counter", color: "blue" },
  LINK_COPIED: { label: "Link copied", color: "blue" },
  TEXT_SENT: { label: "Text sent", color: "blue" },
  TEXT_DELIVERED: { label: "Text delivered", color: "teal" },
  TEXT_FAILED: { label: "Text failed", color: "red" },
  TEXT_INSTEAD: { label: "Sent by text instead", color: "blue" },
};

/**
 * A step's title: a stop names who stopped the reminders ("Reminders stopped by Dana Reyes"), a
 * copied link who copied it ("Link copied by Dana Reyes"), a reminder how it went ("Reminder sent by
 * text": the server writes "Reminder 2 by text to …").
 */
export function stepLabel(kind: InvitationEventKind, detail: string | null): string {
  if (kind === "REMINDER_SENT" && detail) {
    if (/^Reminder \d+ by email and text /.test(detail)) return "Reminder sent by email and text";
    if (/^Reminder \d+ by text /.test(detail)) return "Reminder sent by text";
  }
  if (kind === "REMINDERS_STOPPED" && detail) return `Reminders stopped by ${detail}`;
  if (kind === "LINK_COPIED" && detail) return `Link copied by ${detail}`;
  return INVITATION_EVENT[kind].label;
}
