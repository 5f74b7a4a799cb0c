import type { ReminderItemKind } from "../../../gql/graphql";

/** One item of a reminder in staff's words: "Invoice overdue (reminder 2)". */
export function reminderItemLabel(item: { kind: ReminderItemKind; stage: number }): string {
  const again = item.stage > 1 ? ` (reminder ${item.stage})` : "";
  switch (item.kind) {
    case "INVOICE":
      return item.stage === 0 ? "Invoice due soon" : `Invoice overdue${again}`;
    case "CONTRACT":
      return `Contract to sign${again}`;
    case "ESTIMATE":
      return "Estimate waiting for an answer";
    case "EVENT":
      return "Event tomorrow";
  }
}

/**
 * How the day's reminder went: "By email to sam@example.com and by text to (207) 555-0100". One with
 * no address went by text; before the number was kept with it, it has none to show.
 */
export function reminderChannelLine(r: { toEmail: string | null; toPhoneDisplay: string | null }): string {
  if (r.toEmail && r.toPhoneDisplay) return `By email to ${r.toEmail} and by text to ${r.toPhoneDisplay}`;
  if (r.toEmail) return `By email to ${r.toEmail}`;
  return r.toPhoneDisplay ? `By text to ${r.toPhoneDisplay}` : "By text";
}

/** The badge of the day's reminder: Email, Text, or Email and text. */
export function reminderChannel(r: { toEmail: string | null; toPhoneDisplay: string | null }): string {
  if (!r.toEmail) return "Text";
  return r.toPhoneDisplay ? "Email and text" : "Email";
}
