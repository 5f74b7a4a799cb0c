// The function's own module: the package's index loads some three hundred modules.
import { formatDistanceStrict } from "date-fns/formatDistanceStrict";
import { escapeHtml } from "../../lib/html.js";
import { formatDateTimeInZone } from "../../lib/time-zone.js";

export { escapeHtml };

/** What an email needs to know about the facility sending it. */
export type FacilityBranding = {
  name: string;
  brandColor: string | null;
  logoUrl: string | null;
  replyToEmail: string | null;
  welcomeMessage: string | null;
  /** IANA zone the email's times are written in; UTC when not given. */
  timeZone?: string | null;
};

export type RenderedEmail = { subject: string; htmlBody: string; textBody: string };

/** Shared by both sign-in emails: the link, its fallback code and when they stop working. */
export type SignInEmailInput = {
  facility: FacilityBranding;
  recipientName: string | null;
  signInUrl: string;
  code: string;
  /** The portal's code page for this facility, where the code is typed (branded on any device). */
  codeUrl: string;
  expiresAt: Date;
  /** When the email is rendered: "(in 7 days)" is counted from here. */
  now: Date;
};

const DEFAULT_BRAND = "#1c7ed6";
export const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const MONO = "'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', 'Courier New', monospace";
export const INK = "#1f2933";
export const MUTED = "#52606d";
const FAINT = "#7b8794";
const LINE = "#e4e7eb";
const PAGE = "#f3f4f6";

/** Subjects and display names are single-line header values. */
export function oneLine(value: string): string {
  return value
    .replace(/[\r\n\t]+/g, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** Only a plain hex colour reaches a style attribute; anything else could smuggle CSS. */
export function brandColor(value: string | null | undefined): string {
  return value && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value.trim()) ? value.trim() : DEFAULT_BRAND;
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join("")}` : hex;
  const channel = (i: number) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Button text: white as brands expect, unless the colour is too pale for white to read (contrast < 3). */
export function textOn(hex: string): string {
  return 1.05 / (luminance(hex) + 0.05) >= 3 ? "#ffffff" : "#111827";
}

function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

function safeEmail(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v && /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/.test(v) ? v : null;
}

/** "Saturday, 28 November 2026 at 04:00 EST" (in the facility's zone) and "7 days". */
// The emails of one batch were mostly queued at one instant with one lifetime: they expire alike, and
// formatting a date in a zone (Intl, once per email) was a tenth of rendering a bulk invite's batch.
let lastExpiry: { key: string; value: { at: string; within: string } } | undefined;

export function describeExpiry(expiresAt: Date, now: Date, timeZone = "UTC"): { at: string; within: string } {
  const key = `${expiresAt.getTime()}|${now.getTime()}|${timeZone}`;
  if (lastExpiry?.key === key) return lastExpiry.value;
  const value = { at: formatDateTimeInZone(expiresAt, timeZone), within: formatDistanceStrict(expiresAt, now) };
  lastExpiry = { key, value };
  return value;
}

/** The first name a greeting uses: "Eleanor" of "Eleanor Vance"; empty when there is none. */
export function firstName(name: string | null): string {
  return name ? (oneLine(name).split(" ")[0] ?? "") : "";
}

/** "Hi Eleanor," — the first name, as the portal's link page says it. */
export function greeting(name: string | null): string {
  const first = firstName(name);
  return first ? `Hi ${first},` : "Hello,";
}

export function paragraph(html: string, extraStyle = ""): string {
  return `<p style="margin:0 0 16px 0;font-family:${FONT};font-size:16px;line-height:24px;color:${INK};${extraStyle}">${html}</p>`;
}

export function button(url: string, label: string, color: string): string {
  const text = textOn(color);
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:28px 0 28px 0;border-collapse:separate;">
<tr><td align="center" bgcolor="${color}" style="border-radius:8px;background-color:${color};">
<a href="${escapeHtml(url)}" target="_blank" rel="noopener" style="display:inline-block;padding:14px 30px;font-family:${FONT};font-size:16px;font-weight:600;line-height:20px;color:${text};text-decoration:none;border-radius:8px;border:1px solid ${color};">${escapeHtml(label)}</a>
</td></tr></table>`;
}

export function codeBox(code: string, codeUrl: string): string {
  return `<p style="margin:0 0 10px 0;font-family:${FONT};font-size:14px;line-height:20px;color:${MUTED};">Or enter this code on the <a href="${escapeHtml(codeUrl)}" style="color:${MUTED};text-decoration:underline;">sign-in page</a>:</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 28px 0;border-collapse:separate;">
<tr><td style="padding:14px 26px;background-color:${PAGE};border:1px solid ${LINE};border-radius:8px;font-family:${MONO};font-size:30px;line-height:36px;font-weight:700;letter-spacing:6px;color:${INK};">${escapeHtml(code)}</td></tr></table>`;
}

export function expiryLine(input: { expiresAt: Date; now: Date; facility: FacilityBranding }): {
  html: string;
  text: string;
} {
  const { at, within } = describeExpiry(input.expiresAt, input.now, input.facility.timeZone ?? "UTC");
  const text = `This link expires on ${at} (in ${within}).`;
  return { html: paragraph(escapeHtml(text), `font-size:14px;line-height:20px;color:${MUTED};`), text };
}

export function fallbackLink(url: string): string {
  const safe = escapeHtml(url);
  return `<p style="margin:0 0 0 0;padding-top:20px;border-top:1px solid ${LINE};font-family:${FONT};font-size:13px;line-height:20px;color:${FAINT};">If the button doesn't work, copy this link into your browser:<br><a href="${safe}" target="_blank" rel="noopener" style="color:${MUTED};text-decoration:underline;word-break:break-all;">${safe}</a></p>`;
}

/** Staff write the welcome message as plain text: keep their line breaks, never their markup. */
export function multiline(value: string): string {
  return escapeHtml(value.trim()).replace(/\r?\n/g, "<br>");
}

export function contactLine(facility: FacilityBranding): { html: string; text: string } | null {
  const email = safeEmail(facility.replyToEmail);
  if (!email) return null;
  const safe = escapeHtml(email);
  return {
    html: paragraph(
      `Questions? Reply to this email or write to <a href="mailto:${safe}" style="color:${INK};text-decoration:underline;">${safe}</a>.`,
      `font-size:14px;line-height:20px;color:${MUTED};`,
    ),
    text: `Questions? Reply to this email or write to ${email}.`,
  };
}

export function footerText(facility: FacilityBranding): string {
  return `Sent by ${oneLine(facility.name)} via Portico. If you weren't expecting this, you can ignore this email.`;
}

/**
 * The frame every Portico email shares: a table layout that survives Outlook and Gmail, inline
 * styles only, the facility's logo (or name) on top and its colour as the accent.
 */
export function layout(input: {
  facility: FacilityBranding;
  title: string;
  preheader: string;
  content: string;
}): string {
  const { facility } = input;
  const color = brandColor(facility.brandColor);
  const name = escapeHtml(oneLine(facility.name));
  const logo = safeHttpUrl(facility.logoUrl);
  const header = logo
    ? `<img src="${escapeHtml(logo)}" alt="${name}" height="44" style="display:block;height:44px;width:auto;max-width:240px;border:0;outline:none;text-decoration:none;">`
    : `<span style="font-family:${FONT};font-size:20px;line-height:28px;font-weight:700;color:${INK};">${name}</span>`;
  return `<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${escapeHtml(oneLine(input.title))}</title>
</head>
<body style="margin:0;padding:0;width:100%;background-color:${PAGE};-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;color:${PAGE};">${escapeHtml(input.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${PAGE};">
<tr><td align="center" style="padding:36px 16px 36px 16px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;">
<tr><td style="padding:0 4px 20px 4px;">${header}</td></tr>
<tr><td style="background-color:#ffffff;border:1px solid ${LINE};border-top:4px solid ${color};border-radius:12px;padding:36px 36px 32px 36px;">
${input.content}
</td></tr>
<tr><td style="padding:24px 12px 0 12px;text-align:center;font-family:${FONT};font-size:12px;line-height:18px;color:${FAINT};">${escapeHtml(footerText(facility))}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;
}

/** Plain-text part: same content, hard facts first, no decoration that reads badly in a terminal. */
export function textEmail(sections: Array<string | null | undefined | false>, facility: FacilityBranding): string {
  const body = sections.filter((s): s is string => typeof s === "string" && s.length > 0).join("\n\n");
  return `${body}\n\n--\n${footerText(facility)}\n`;
}
