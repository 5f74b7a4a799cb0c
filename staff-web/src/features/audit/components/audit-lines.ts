import { money } from "@portico/web-core/time";
import type { AuditAction, AuditLineFieldsFragment } from "../../../gql/graphql";

/** Each kind of line as the kind filter names it, in the order the filter lists them. */
export const AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  INVITE_SENT: "Invite sent",
  INVITE_RESENT: "Invite resent",
  INVITE_SHOWN_IN_PERSON: "Invite shown in person",
  BULK_INVITE_RUN: "Bulk invite sent",
  INVITE_REMINDER_SENT: "Invite reminder sent",
  INVITE_REMINDERS_STOPPED: "Invite reminders stopped",
  INVITE_REMINDERS_SENT_TO_WAITING: "Reminded everyone waiting",
  PORTAL_ACCESS_ON: "Portal access turned on",
  PORTAL_ACCESS_OFF: "Portal access turned off",
  PORTAL_PREVIEWED: "Portal previewed as a customer",
  PORTAL_SIGNED_IN: "Signed in to the portal",
  CUSTOMER_ADDED: "Customer added",
  CUSTOMER_CHANGED: "Customer changed",
  CUSTOMERS_IMPORTED: "Customers imported",
  CUSTOMER_ARCHIVED: "Customer archived",
  CUSTOMER_RESTORED: "Customer restored",
  CUSTOMER_EXPORTED: "Customer data exported",
  CUSTOMER_DELETED: "Customer deleted",
  CONTACT_ADDED: "Contact added",
  CONTACT_CHANGED: "Contact changed",
  CONTACT_REMOVED: "Contact removed",
  TEXT_SETTINGS_CHANGED: "Text settings changed",
  DOCUMENT_SHARED: "Document shared",
  DOCUMENT_REMOVED: "Document removed",
  INVOICE_ISSUED: "Invoice issued",
  INVOICE_VOIDED: "Invoice voided",
  PAYMENT_RECORDED: "Payment recorded",
  SETTINGS_CHANGED: "Settings changed",
  FACILITY_CREATED: "Facility created",
  STAFF_INVITED: "Staff member invited",
  STAFF_JOINED: "Staff member joined",
  STAFF_ROLE_CHANGED: "Staff role changed",
  STAFF_DEACTIVATED: "Staff member deactivated",
  STAFF_REACTIVATED: "Staff member reactivated",
  SESSION_ENDED: "Session ended",
  PASSKEY_ADDED: "Passkey added",
  PASSKEY_REMOVED: "Passkey removed",
  CALENDAR_LINK_CREATED: "Calendar link made",
  CALENDAR_LINK_REPLACED: "Calendar link replaced",
  CALENDAR_LINK_TURNED_OFF: "Calendar link turned off",
  API_KEY_CREATED: "API key created",
  API_KEY_REVOKED: "API key revoked",
  API_KEY_FIRST_USED: "API key first used",
  WEBHOOK_ADDED: "Webhook endpoint added",
  WEBHOOK_CHANGED: "Webhook endpoint changed",
  WEBHOOK_SECRET_ROTATED: "Webhook secret rotated",
  WEBHOOK_REMOVED: "Webhook endpoint deleted",
  WEBHOOK_TURNED_OFF: "Webhook endpoint turned off",
};

type Line = Pick<AuditLineFieldsFragment, "action" | "subject" | "details">;

/** "inviteExpiryDays, phone" → "invite expiry days, phone": the server names fields as it stores them. */
function words(fields: string): string {
  return fields.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function detail(line: Line, key: string): string | undefined {
  const value = line.details.find((d) => d.key === key)?.value;
  return key === "fields" && value ? words(value) : value;
}

const cents = (value: string | undefined) => (value ? money(Number(value)) : "");

/** The words after the actor's name: "sent a portal invite to Eleanor Whitaker". */
export function auditSentence(line: Line): string {
  const subject = line.subject ?? "";
  switch (line.action) {
    case "INVITE_SENT":
      return `sent a portal invite to ${subject}`;
    case "INVITE_RESENT":
      return `resent the portal invite to ${subject}`;
    case "BULK_INVITE_RUN":
      return `sent a bulk invite to ${detail(line, "toInvite") ?? "several"} customers (${subject})`;
    case "INVITE_REMINDER_SENT":
      return `sent an invite reminder to ${subject}`;
    case "INVITE_REMINDERS_STOPPED":
      return `stopped the invite reminders to ${subject}`;
    case "INVITE_REMINDERS_SENT_TO_WAITING": {
      const days = detail(line, "olderThanDays");
      const reminded = detail(line, "reminded") ?? "0";
      const since = days && days !== "0" ? ` invited ${days}+ days ago` : "";
      return `sent an invite reminder to ${reminded} ${reminded === "1" ? "person" : "people"}${since} not yet signed in`;
    }
    case "PORTAL_ACCESS_ON":
      return `turned portal access on for ${subject}`;
    case "PORTAL_ACCESS_OFF":
      return `turned portal access off for ${subject}`;
    case "PORTAL_PREVIEWED":
      return `previewed the portal as ${subject}`;
    case "PORTAL_SIGNED_IN":
      return `signed in to the portal${subject ? ` (${subject})` : ""}`;
    case "SESSION_ENDED":
      return detail(line, "count")
        ? `ended ${detail(line, "count")} other ${detail(line, "count") === "1" ? "session" : "sessions"}`
        : `ended a session${subject ? ` (${subject})` : ""}`;
    case "CUSTOMER_ADDED":
      return `added ${subject} as a customer`;
    case "CUSTOMER_CHANGED":
      return `changed ${subject}'s ${detail(line, "fields") ?? "details"}`;
    case "CUSTOMERS_IMPORTED":
      return `imported ${detail(line, "customers") ?? "0"} customers and ${detail(line, "cars") ?? "0"} cars from ${subject} (${detail(line, "skipped") ?? "0"} lines skipped)`;
    case "CUSTOMER_ARCHIVED":
      return `archived ${subject}`;
    case "CUSTOMER_RESTORED":
      return `restored ${subject} from the archive`;
    case "CUSTOMER_EXPORTED":
      return `exported ${subject}'s data`;
    case "CUSTOMER_DELETED":
      return `deleted ${subject} and all of their data`;
    case "CONTACT_ADDED":
      return `added ${subject} as a contact`;
    case "CONTACT_CHANGED":
      return `changed contact ${subject}'s ${detail(line, "fields") ?? "details"}`;
    case "CONTACT_REMOVED":
      return `removed contact ${subject}`;
    case "TEXT_SETTINGS_CHANGED":
      return `changed text settings for ${subject || "a person"}`;
    case "DOCUMENT_SHARED":
      return `shared “${subject}” with the customer`;
    case "DOCUMENT_REMOVED":
      return `removed the document “${subject}”`;
    case "INVOICE_ISSUED":
      return `issued invoice ${subject} for ${cents(detail(line, "totalCents"))}`;
    case "INVOICE_VOIDED":
      return `voided invoice ${subject}`;
    case "PAYMENT_RECORDED":
      return `recorded a payment of ${cents(detail(line, "amountCents"))} on ${subject}`;
    case "STAFF_INVITED":
      return `${detail(line, "resent") ? "resent the team invite to" : "invited"} ${subject} to the team as ${detail(line, "role") === "ADMIN" ? "an admin" : "staff"}`;
    case "STAFF_JOINED":
      return "accepted the invite and joined the team";
    case "STAFF_ROLE_CHANGED":
      return `made ${subject} ${detail(line, "to") === "ADMIN" ? "an admin" : "staff"}`;
    case "STAFF_DEACTIVATED":
      return `deactivated ${subject}`;
    case "STAFF_REACTIVATED":
      return `reactivated ${subject}`;
    case "API_KEY_CREATED":
      return `created the ${detail(line, "scope") === "READ_WRITE" ? "read-write" : "read-only"} API key “${subject}”`;
    case "API_KEY_REVOKED":
      return `revoked the API key “${subject}”`;
    case "API_KEY_FIRST_USED":
      return `made its first request${detail(line, "address") ? ` from ${detail(line, "address")}` : ""}`;
    case "SETTINGS_CHANGED":
      return `changed ${subject}${detail(line, "fields") ? ` (${detail(line, "fields")})` : ""}`;
    case "WEBHOOK_ADDED":
      return `added the webhook endpoint ${subject}`;
    case "WEBHOOK_CHANGED": {
      const enabled = detail(line, "enabled");
      const fields = detail(line, "fields");
      if (enabled && !fields) return `turned ${enabled === "true" ? "on" : "off"} the webhook endpoint ${subject}`;
      return `changed the webhook endpoint ${subject}${fields ? ` (${fields})` : ""}`;
    }
    case "WEBHOOK_SECRET_ROTATED":
      return `rotated the signing secret of the webhook endpoint ${subject}`;
    case "WEBHOOK_REMOVED":
      return `deleted the webhook endpoint ${subject}`;
    case "WEBHOOK_TURNED_OFF":
      return `turned off the webhook endpoint ${subject}: ${detail(line, "reason") ?? "it kept failing"}`;
    default:
      return `${AUDIT_ACTION_LABEL[line.action]?.toLowerCase() ?? line.action}${subject ? `: ${subject}` : ""}`;
  }
}
