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
  multiline,
  oneLine,
  paragraph,
  type RenderedEmail,
  type SignInEmailInput,
  textEmail,
  textOn,
} from "./layout.js";

export type InviteEmailInput = SignInEmailInput & {
  /** What the facility asks of new customers after the first sign-in; may be empty. */
  onboardingSteps: string[];
  /** Password mode: the link leads to "choose a password", and there is no code to type. */
  choosePassword?: boolean;
  /**
   * For a sub-contact: the customer whose account the invite opens. A spouse or bookkeeper has to
   * know whose account this is before they trust the link.
   */
  accountHolderName?: string | null;
  /** A reminder of an invite not accepted yet: the same invite, with a new link, said to be a reminder. */
  reminder?: boolean;
};

export function renderInviteEmail(input: InviteEmailInput): RenderedEmail {
  const { facility } = input;
  const name = oneLine(facility.name);
  const color = brandColor(facility.brandColor);
  const holder = input.accountHolderName ? oneLine(input.accountHolderName) : "";
  const invited = holder
    ? `You're invited to ${holder}'s account at ${name}`
    : `You're invited to the ${name} customer portal`;
  const subject = input.reminder
    ? holder
      ? `Reminder: ${name} invited you to ${holder}'s account`
      : `Reminder: ${name} invited you to its portal`
    : invited;
  const welcome = facility.welcomeMessage?.trim() || null;
  const steps = input.onboardingSteps.map((s) => oneLine(s)).filter((s) => s.length > 0);
  const expiry = expiryLine(input);
  const contact = contactLine(facility);
  const intro = holder
    ? `${name} has invited you to ${holder}'s account in its customer portal: one private place to keep up with the account and reach the team.`
    : `${name} has invited you to its customer portal: one private place to keep up with your account and reach the team.`;
  const reminderNote = input.reminder
    ? "A friendly reminder: your invite is still waiting. This email carries a new link; the one sent before no longer works."
    : null;

  const welcomeHtml = welcome
    ? `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:4px 0 8px 0;">
<tr><td style="padding:14px 18px;border-left:3px solid ${color};background-color:#f8f9fa;font-family:${FONT};font-size:15px;line-height:23px;color:#323f4b;">${multiline(welcome)}</td></tr></table>`
    : "";

  const stepsHtml = steps.length
    ? `${paragraph(`When you first sign in, ${escapeHtml(name)} will ask you to:`, "margin-bottom:10px;")}
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px 0;">
${steps
  .map(
    (step, i) => `<tr>
<td valign="top" style="padding:0 12px 10px 0;"><div style="width:24px;height:24px;border-radius:12px;background-color:${color};color:${textOn(color)};font-family:${FONT};font-size:13px;line-height:24px;font-weight:700;text-align:center;">${i + 1}</div></td>
<td valign="top" style="padding:2px 0 10px 0;font-family:${FONT};font-size:15px;line-height:20px;color:${INK};">${escapeHtml(step)}</td>
</tr>`,
  )
  .join("\n")}
</table>`
    : "";

  const content = [
    `<h1 style="margin:0 0 24px 0;font-family:${FONT};font-size:24px;line-height:32px;font-weight:700;color:${INK};">${escapeHtml(subject)}</h1>`,
    paragraph(escapeHtml(greeting(input.recipientName))),
    paragraph(escapeHtml(intro)),
    reminderNote ? paragraph(escapeHtml(reminderNote)) : "",
    welcomeHtml,
    input.choosePassword ? paragraph(escapeHtml("Open the link and pick a password to activate your account.")) : "",
    button(input.signInUrl, input.choosePassword ? "Choose your password" : "Sign in to the portal", color),
    input.choosePassword ? "" : codeBox(input.code, input.codeUrl),
    stepsHtml,
    expiry.html,
    contact?.html ?? "",
    fallbackLink(input.signInUrl),
  ]
    .filter(Boolean)
    .join("\n");

  const htmlBody = layout({
    facility,
    title: subject,
    preheader: `${holder ? `${name} invited you to ${holder}'s account.` : `${name} invited you to its customer portal.`} ${
      input.choosePassword ? "Pick a password to activate your account." : "Sign in with one click, no password needed."
    }`,
    content,
  });

  const textBody = textEmail(
    [
      greeting(input.recipientName),
      intro,
      reminderNote,
      welcome && `A message from ${name}:\n\n${welcome.replace(/\r?\n/g, "\n")}`,
      input.choosePassword
        ? `Choose your password to activate your account:\n${input.signInUrl}`
        : `Sign in to the portal:\n${input.signInUrl}`,
      !input.choosePassword && `Or enter this code on the sign-in page: ${input.code}\n${input.codeUrl}`,
      steps.length > 0 &&
        `When you first sign in, ${name} will ask you to:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join("\n")}`,
      expiry.text,
      contact?.text,
    ],
    facility,
  );

  return { subject, htmlBody, textBody };
}
