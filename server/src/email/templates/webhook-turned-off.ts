import type { FacilityBranding, RenderedEmail } from "./layout.js";
import { renderNotification } from "./notification.js";

export type WebhookTurnedOffInput = {
  facility: FacilityBranding;
  recipientName: string | null;
  endpointUrl: string;
  /** Why, as a sentence: "its last 3 events could not be delivered". */
  reason: string;
  settingsUrl: string;
};

/** To a facility's admins: Portico stopped posting events to one of their webhook endpoints. */
export function renderWebhookTurnedOff(input: WebhookTurnedOffInput): RenderedEmail {
  return renderNotification({
    facility: input.facility,
    recipientName: input.recipientName,
    subject: "A webhook endpoint was turned off",
    title: "Webhook endpoint turned off",
    lines: [
      `Portico stopped sending events to ${input.endpointUrl}: ${input.reason}.`,
      "Each failed delivery and the answer it got are in the endpoint's delivery log. Once the receiver works again, turn the endpoint back on in Settings → Webhooks and resend the events you need.",
    ],
    action: { label: "Open webhook settings", url: input.settingsUrl },
  });
}
