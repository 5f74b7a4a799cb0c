import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import { enqueueEmail, type OutboxKind } from "../../email/outbox.js";
import type { FacilityBranding } from "../../email/templates/layout.js";
import { renderNotification } from "../../email/templates/notification.js";
import type { PreferenceKind } from "../contacts/contact.service.js";
import { getFacility } from "../facilities/facility.service.js";
import { absoluteLogoUrl } from "../files/file.service.js";
import { recipientsFor } from "./recipients.js";

export type Notification = {
  subject: string;
  title: string;
  lines: string[];
  action: { label: string; path: string };
};

/**
 * Queues a notification about a customer's account to each of its people who opted in to `kind`,
 * inside the caller's transaction: it goes out only if the change it announces commits.
 */
export function notify(
  tx: Db,
  config: Pick<Config, "publicUrl">,
  args: { facilityId: number; customerId: number; kind: PreferenceKind; outboxKind: OutboxKind; now: Date },
  message: Notification,
): number {
  const row = getFacility(tx, args.facilityId);
  const facility: FacilityBranding = {
    name: row.name,
    brandColor: row.brandColor,
    logoUrl: absoluteLogoUrl(row, config.publicUrl),
    replyToEmail: row.replyToEmail,
    welcomeMessage: row.welcomeMessage,
    timeZone: row.timeZone,
  };
  const recipients = recipientsFor(tx, args.facilityId, args.customerId, args.kind);
  for (const recipient of recipients) {
    const rendered = renderNotification({
      facility,
      recipientName: recipient.name,
      subject: message.subject,
      title: message.title,
      lines: message.lines,
      action: { label: message.action.label, url: `${config.publicUrl}${message.action.path}` },
    });
    enqueueEmail(tx, {
      facilityId: args.facilityId,
      kind: args.outboxKind,
      toEmail: recipient.email,
      rendered,
      now: args.now,
    });
  }
  return recipients.length;
}
