import {
  brandColor,
  button,
  escapeHtml,
  expiryLine,
  type FacilityBranding,
  FONT,
  fallbackLink,
  greeting,
  INK,
  layout,
  MUTED,
  oneLine,
  paragraph,
  type RenderedEmail,
  textEmail,
} from "./layout.js";

/** A staff member's invite to the dashboard, or their password-reset link. */
export type StaffEmailInput = {
  kind: "STAFF_INVITE" | "STAFF_PASSWORD_RESET";
  facility: FacilityBranding;
  recipientName: string | null;
  url: string;
  expiresAt: Date;
  now: Date;
};

export function renderStaffEmail(input: StaffEmailInput): RenderedEmail {
  const { facility } = input;
  const name = oneLine(facility.name);
  const color = brandColor(facility.brandColor);
  const invite = input.kind === "STAFF_INVITE";
  const subject = invite ? `You're invited to the ${name} team on Portico` : `Reset your Portico password for ${name}`;
  const heading = invite ? `Join ${name} on Portico` : "Reset your password";
  const intro = invite
    ? `You've been invited to the ${name} team on Portico, the dashboard where the team looks after customers, their cars and their portal. Choose a password to get started.`
    : `Someone (hopefully you) asked to reset the password of your ${name} account on Portico. Choose a new password with the button below; every device signed in to your account will be signed out.`;
  const action = invite ? "Accept the invite" : "Choose a new password";
  const notYou = invite
    ? "If you weren't expecting this invite, you can ignore this email."
    : "If you didn't ask for this, you can ignore this email: your password stays as it is.";
  const expiry = expiryLine(input);

  const content = [
    `<h1 style="margin:0 0 24px 0;font-family:${FONT};font-size:24px;line-height:32px;font-weight:700;color:${INK};">${escapeHtml(heading)}</h1>`,
    paragraph(escapeHtml(greeting(input.recipientName))),
    paragraph(escapeHtml(intro)),
    button(input.url, action, color),
    expiry.html,
    paragraph(escapeHtml(notYou), `font-size:14px;line-height:20px;color:${MUTED};`),
    fallbackLink(input.url),
  ].join("\n");

  const htmlBody = layout({
    facility,
    title: subject,
    preheader: invite ? `Choose a password to join ${name} on Portico.` : "Your link works once and expires soon.",
    content,
  });
  const textBody = textEmail(
    [greeting(input.recipientName), intro, `${action}:\n${input.url}`, expiry.text, notYou],
    facility,
  );
  return { subject, htmlBody, textBody };
}
