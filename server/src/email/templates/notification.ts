import {
  brandColor,
  button,
  contactLine,
  escapeHtml,
  type FacilityBranding,
  FONT,
  greeting,
  INK,
  layout,
  oneLine,
  paragraph,
  type RenderedEmail,
  textEmail,
} from "./layout.js";

export type NotificationInput = {
  facility: FacilityBranding;
  recipientName: string | null;
  subject: string;
  title: string;
  /** Plain-text paragraphs; escaped here. */
  lines: string[];
  action: { label: string; url: string };
};

/** The one shape of every notification email: greeting, a few lines, one button into the portal. */
export function renderNotification(input: NotificationInput): RenderedEmail {
  const { facility } = input;
  const color = brandColor(facility.brandColor);
  const contact = contactLine(facility);
  const content = [
    `<h1 style="margin:0 0 24px 0;font-family:${FONT};font-size:22px;line-height:30px;font-weight:700;color:${INK};">${escapeHtml(input.title)}</h1>`,
    paragraph(escapeHtml(greeting(input.recipientName))),
    ...input.lines.map((line) => paragraph(escapeHtml(line))),
    button(input.action.url, input.action.label, color),
    contact?.html,
  ]
    .filter(Boolean)
    .join("\n");
  return {
    subject: `${input.subject} · ${oneLine(facility.name)}`,
    htmlBody: layout({ facility, title: input.title, preheader: input.lines[0] ?? input.title, content }),
    textBody: textEmail(
      [greeting(input.recipientName), ...input.lines, `${input.action.label}: ${input.action.url}`, contact?.text],
      facility,
    ),
  };
}
