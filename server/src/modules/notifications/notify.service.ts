import type { Config } from "../../config.js";
import type { Tables, WriteDb } from "../../db/database.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { enqueueEmail, type OutboxKind } from "../../email/outbox.js";
import type { FacilityBranding } from "../../email/templates/layout.js";
import { renderNotification } from "../../email/templates/notification.js";
import type { PreferenceKind } from "../contacts/contact.service.js";
import { facilityInTransaction } from "../facilities/facility.service.js";
import { absoluteLogoUrl } from "../files/file.service.js";
import { type Recipient, recipientsFor } from "./recipients.service.js";

export type Notification = {
  subject: string;
  title: string;
  lines: string[];
  action: { label: string; path: string };
};

export type NotifyArgs = {
  customerId: number;
  kind: PreferenceKind;
  outboxKind: OutboxKind;
  now: Date;
};

type FacilityForBranding = Parameters<typeof absoluteLogoUrl>[0] &
  Pick<FacilityBranding, "name" | "brandColor" | "replyToEmail" | "welcomeMessage" | "timeZone">;

/** How emails about a facility look: its name, colour, logo, reply-to and zone. */
export function branding(row: FacilityForBranding, publicUrl: string): FacilityBranding {
  return {
    name: row.name,
    brandColor: row.brandColor,
    logoUrl: absoluteLogoUrl(row, publicUrl),
    replyToEmail: row.replyToEmail,
    welcomeMessage: row.welcomeMessage,
    timeZone: row.timeZone,
  };
}

/** The email each recipient gets: rendered now, because a notification holds no secret. */
function emailsFor(
  facility: FacilityBranding,
  recipients: Recipient[],
  config: Pick<Config, "publicUrl">,
  message: Notification,
) {
  return recipients.map((recipient) => ({
    toEmail: recipient.email,
    rendered: renderNotification({
      facility,
      recipientName: recipient.name,
      subject: message.subject,
      title: message.title,
      lines: message.lines,
      action: { label: message.action.label, url: `${config.publicUrl}${message.action.path}` },
    }),
  }));
}

/**
 * Queues a notification about a customer's account to each of its people who opted in to `kind`,
 * inside the caller's transaction: it goes out only if the change it announces commits. Wake the
 * worker (nudgeOutbox) after the transaction returns. Answers how many emails were queued.
 */
export async function notify(
  tx: WriteDb,
  t: Tables,
  config: Pick<Config, "publicUrl">,
  args: NotifyArgs & { scope: FacilityScope },
  message: Notification,
): Promise<number> {
  const { scope } = args;
  const facility = branding(await facilityInTransaction(tx, t, scope.facilityId), config.publicUrl);
  const recipients = await recipientsFor(tx, t, scope, args.customerId, args.kind);
  const emails = emailsFor(facility, recipients, config, message);
  for (const email of emails) {
    await enqueueEmail(tx, t, { ...email, facilityId: scope.facilityId, kind: args.outboxKind, now: args.now });
  }
  return emails.length;
}
