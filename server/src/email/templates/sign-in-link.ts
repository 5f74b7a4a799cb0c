import {
  brandColor,
  button,
  codeBox,
  contactLine,
  escapeHtml,
  expiryLine,
  FONT,
  fallbackLink,
  greeting,
  INK,
  layout,
  MUTED,
  oneLine,
  paragraph,
  type RenderedEmail,
  type SignInEmailInput,
  textEmail,
} from "./layout.js";

export type SignInLinkEmailInput = SignInEmailInput;

export function renderSignInLinkEmail(input: SignInLinkEmailInput): RenderedEmail {
  const { facility } = input;
  const name = oneLine(facility.name);
  const color = brandColor(facility.brandColor);
  const subject = `Your sign-in link for ${name}`;
  const expiry = expiryLine(input);
  const contact = contactLine(facility);
  const intro = `Here is your link to sign in to the ${name} customer portal.`;
  const notYou = "If you didn't ask for this link, you can ignore this email: nobody can sign in without it.";

  const content = [
    `<h1 style="margin:0 0 24px 0;font-family:${FONT};font-size:24px;line-height:32px;font-weight:700;color:${INK};">Sign in to ${escapeHtml(name)}</h1>`,
    paragraph(escapeHtml(greeting(input.recipientName))),
    paragraph(escapeHtml(intro)),
    button(input.signInUrl, "Sign in to the portal", color),
    codeBox(input.code, input.codeUrl),
    expiry.html,
    paragraph(escapeHtml(notYou), `font-size:14px;line-height:20px;color:${MUTED};`),
    contact?.html ?? "",
    fallbackLink(input.signInUrl),
  ]
    .filter(Boolean)
    .join("\n");

  const htmlBody = layout({
    facility,
    title: subject,
    preheader: `Your link to sign in to ${name}. It works once and expires soon.`,
    content,
  });

  const textBody = textEmail(
    [
      greeting(input.recipientName),
      intro,
      `Sign in to the portal:\n${input.signInUrl}`,
      `Or enter this code on the sign-in page: ${input.code}\n${input.codeUrl}`,
      expiry.text,
      notYou,
      contact?.text,
    ],
    facility,
  );

  return { subject, htmlBody, textBody };
}
