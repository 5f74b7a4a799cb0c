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

/** The confirmation of a facility sign-up: its link creates the facility and signs its first admin in. */
export type SignUpEmailInput = {
  facility: FacilityBranding;
  recipientName: string | null;
  url: string;
  expiresAt: Date;
  now: Date;
};

export function renderSignUpEmail(input: SignUpEmailInput): RenderedEmail {
  const { facility } = input;
  const name = oneLine(facility.name);
  const color = brandColor(facility.brandColor);
  const subject = `Confirm your email to create ${name} on Portico`;
  const heading = "Confirm your email";
  const intro = `Thanks for signing up ${name} for Portico. Confirm that this is your email address and your facility is ready: you will be signed in as its admin.`;
  const action = "Confirm and create my facility";
  const notYou = "If you didn't sign up for Portico, you can ignore this email: nothing is created without it.";
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
    preheader: "One click and your facility is ready.",
    content,
  });
  const textBody = textEmail(
    [greeting(input.recipientName), intro, `${action}:\n${input.url}`, expiry.text, notYou],
    facility,
  );
  return { subject, htmlBody, textBody };
}
