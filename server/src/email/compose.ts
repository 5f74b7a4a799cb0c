import type { Config } from "../config.js";
import { absoluteLogoUrl } from "../lib/file-urls.js";
import type { Minted } from "./outbox-store.js";
import { renderInviteEmail } from "./templates/invite.js";
import type { FacilityBranding, RenderedEmail } from "./templates/layout.js";
import { oneLine } from "./templates/layout.js";
import { renderSignInLinkEmail } from "./templates/sign-in-link.js";
import type { OutgoingEmail } from "./transport.js";

/** The facility's name as the sender, on the configured address (the one Postmark has verified). */
export function senderFor(facilityName: string, configuredFrom: string): string {
  const address = /<([^>]+)>/.exec(configuredFrom)?.[1]?.trim() ?? configuredFrom.trim();
  const display = oneLine(facilityName).replace(/["\\]/g, "");
  return display ? `"${display}" <${address}>` : configuredFrom;
}

/**
 * The message for one claimed row: a notification as it was rendered when queued, an invite or a
 * sign-in email rendered now around the token and code just minted for it. Pure: no I/O.
 */
export function composeEmail(
  item: Minted,
  now: Date,
  config: Pick<Config, "publicUrl" | "emailFrom">,
  onboardingSteps: ReadonlyMap<number, string[]>,
): OutgoingEmail {
  const { row, context } = item;
  const facility: FacilityBranding = {
    name: context.facilityName,
    brandColor: context.brandColor,
    logoUrl: absoluteLogoUrl(context, config.publicUrl),
    replyToEmail: context.replyToEmail,
    welcomeMessage: context.welcomeMessage,
    timeZone: context.timeZone,
  };
  const rendered = (): RenderedEmail => {
    if (row.subject !== null) {
      return { subject: row.subject, htmlBody: row.htmlBody ?? "", textBody: row.textBody ?? "" };
    }
    if (!context.linkExpiresAt) throw new Error("A sign-in email was claimed without its link.");
    const input = {
      facility,
      recipientName: context.contactId != null ? context.contactName : context.customerName,
      signInUrl: `${config.publicUrl}/portal/link/${item.token}`,
      code: item.code,
      codeUrl: `${config.publicUrl}/portal/sign-in/code?facility=${encodeURIComponent(context.facilitySlug)}`,
      expiresAt: context.linkExpiresAt,
      now,
    };
    return row.kind === "INVITE"
      ? renderInviteEmail({
          ...input,
          onboardingSteps: onboardingSteps.get(row.facilityId) ?? [],
          choosePassword: context.signInMethod === "PASSWORD",
          accountHolderName: context.contactId != null ? context.customerName : null,
        })
      : renderSignInLinkEmail(input);
  };
  const { subject, htmlBody, textBody } = rendered();
  return {
    outboxId: row.id,
    from: senderFor(facility.name, config.emailFrom),
    to: row.toEmail,
    replyTo: facility.replyToEmail?.trim() || undefined,
    subject,
    htmlBody,
    textBody,
    tag: row.kind === "INVITE" ? "invite" : row.kind === "SIGN_IN_LINK" ? "sign-in-link" : row.kind.toLowerCase(),
  };
}
