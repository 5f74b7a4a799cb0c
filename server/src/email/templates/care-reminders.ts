import {
  brandColor,
  contactLine,
  escapeHtml,
  type FacilityBranding,
  FONT,
  greeting,
  INK,
  layout,
  MUTED,
  oneLine,
  paragraph,
  type RenderedEmail,
  textEmail,
  textOn,
} from "./layout.js";

export type CareReminderItem = {
  /** What needs the person ("Invoice T-12 · $125.00"). */
  what: string;
  /** When it is due or since when it waits ("Due Thursday, 5 March"). */
  when: string;
  /** A plain link to the item's page in the portal (no sign-in token: the portal asks to sign in). */
  action: { label: string; url: string };
};

export type CareRemindersInput = {
  facility: FacilityBranding;
  recipientName: string | null;
  items: CareReminderItem[];
};

/** "1 thing needs", "3 things need". */
export function attentionPhrase(count: number): string {
  return count === 1 ? "1 thing needs your attention" : `${count} things need your attention`;
}

function itemRow(item: CareReminderItem, color: string): string {
  const text = textOn(color);
  return `<tr><td style="padding:16px 0;border-top:1px solid #e4e7eb;">
<p style="margin:0 0 4px 0;font-family:${FONT};font-size:16px;line-height:24px;font-weight:600;color:${INK};">${escapeHtml(item.what)}</p>
<p style="margin:0 0 12px 0;font-family:${FONT};font-size:14px;line-height:20px;color:${MUTED};">${escapeHtml(item.when)}</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:separate;"><tr><td bgcolor="${color}" style="border-radius:6px;background-color:${color};">
<a href="${escapeHtml(item.action.url)}" target="_blank" rel="noopener" style="display:inline-block;padding:9px 18px;font-family:${FONT};font-size:14px;font-weight:600;line-height:18px;color:${text};text-decoration:none;border-radius:6px;border:1px solid ${color};">${escapeHtml(item.action.label)}</a>
</td></tr></table>
</td></tr>`;
}

/**
 * The day's one reminder email to a person: everything of their account that needs them that day,
 * each with what and when and a button to its page in the portal.
 */
export function renderCareReminders(input: CareRemindersInput): RenderedEmail {
  const { facility, items } = input;
  const color = brandColor(facility.brandColor);
  const contact = contactLine(facility);
  const title = `${attentionPhrase(items.length)} at ${oneLine(facility.name)}`;
  const content = [
    `<h1 style="margin:0 0 24px 0;font-family:${FONT};font-size:22px;line-height:30px;font-weight:700;color:${INK};">${escapeHtml(title)}</h1>`,
    paragraph(escapeHtml(greeting(input.recipientName))),
    paragraph(escapeHtml("Here is what is waiting for you in your portal:")),
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;">\n${items.map((item) => itemRow(item, color)).join("\n")}\n</table>`,
    contact?.html,
  ]
    .filter(Boolean)
    .join("\n");
  return {
    subject: `${attentionPhrase(items.length)} · ${oneLine(facility.name)}`,
    htmlBody: layout({ facility, title, preheader: items.map((i) => i.what).join(" · "), content }),
    textBody: textEmail(
      [
        greeting(input.recipientName),
        `${title}:`,
        ...items.map((item) => `- ${item.what}\n  ${item.when}\n  ${item.action.label}: ${item.action.url}`),
        contact?.text,
      ],
      facility,
    ),
  };
}
