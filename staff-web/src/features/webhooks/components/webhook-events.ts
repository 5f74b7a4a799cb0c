import type { WebhookDeliveryStatus, WebhookEventType } from "../../../gql/graphql";

type EventOption = { value: WebhookEventType; label: string; wire: string };

/** The events an endpoint can listen to, grouped as the dialog shows them, with the name payloads carry. */
export const EVENT_GROUPS: Array<{ label: string; events: EventOption[] }> = [
  {
    label: "Invites",
    events: [
      { value: "INVITATION_SENT", label: "Invite sent", wire: "invitation.sent" },
      { value: "INVITATION_DELIVERED", label: "Invite delivered", wire: "invitation.delivered" },
      { value: "INVITATION_BOUNCED", label: "Invite bounced", wire: "invitation.bounced" },
      { value: "INVITATION_ACCEPTED", label: "Invite accepted", wire: "invitation.accepted" },
    ],
  },
  {
    label: "Customers",
    events: [{ value: "CUSTOMER_CREATED", label: "Customer added", wire: "customer.created" }],
  },
  {
    label: "Billing",
    events: [
      { value: "INVOICE_ISSUED", label: "Invoice issued", wire: "invoice.issued" },
      { value: "INVOICE_PAID", label: "Invoice paid", wire: "invoice.paid" },
      { value: "ESTIMATE_ANSWERED", label: "Estimate answered", wire: "estimate.answered" },
    ],
  },
  {
    label: "Portal activity",
    events: [
      { value: "DOCUMENT_SIGNED", label: "Document signed", wire: "document.signed" },
      { value: "MESSAGE_RECEIVED", label: "Message received", wire: "message.received" },
      { value: "SERVICE_REQUEST_CREATED", label: "Service request made", wire: "service_request.created" },
    ],
  },
];

/** The test event an admin sends from the endpoint's page: in the log, never in the dialog's choices. */
const TEST_EVENT: EventOption = { value: "WEBHOOK_TEST", label: "Test event", wire: "webhook.test" };

const ALL = [...EVENT_GROUPS.flatMap((group) => group.events), TEST_EVENT];

/** The wire name of an event type ("invitation.sent"), as payloads and receivers know it. */
export function wireName(type: WebhookEventType): string {
  return ALL.find((option) => option.value === type)?.wire ?? type;
}

export function eventLabel(type: WebhookEventType): string {
  return ALL.find((option) => option.value === type)?.label ?? type;
}

export const DELIVERY_STATUS: Record<WebhookDeliveryStatus, { label: string; color: string }> = {
  PENDING: { label: "Pending", color: "yellow" },
  SUCCEEDED: { label: "Succeeded", color: "green" },
  FAILED: { label: "Failed", color: "red" },
};

/** An endpoint's state in a word: on, off by an admin, or turned off by Portico for failing. */
export function endpointState(endpoint: { enabled: boolean; disabledReason?: string | null }) {
  if (endpoint.enabled) return { label: "On", color: "green" };
  return endpoint.disabledReason ? { label: "Turned off", color: "red" } : { label: "Off", color: "gray" };
}
