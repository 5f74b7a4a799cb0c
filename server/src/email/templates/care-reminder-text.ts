/*
 * The day's care reminders as one SMS (docs/decisions/0043). Kept to GSM-7 characters and to two
 * segments (2 × 153 characters): a UCS-2 character (a curly quote, an emoji in a title) would cut a
 * segment to 67 characters, so titles are written in plain ASCII here.
 */

/** Two concatenated GSM-7 segments. */
export const CARE_TEXT_LIMIT = 306;

export type CareReminderTextItem = {
  /** A few words, lower case, such as `invoice T-12 ($125.00) due tomorrow` or `sign "Boat lease"`. */
  short: string;
  /** The item's page in the portal ("/portal/billing/12"). */
  path: string;
};

/** GSM-7's extension table: each of these takes two characters of a segment. */
const GSM_EXTENDED = new Set(["^", "{", "}", "\\", "[", "]", "~", "|"]);

/** Characters a text counts against its segments, in GSM-7. */
export function gsmLength(text: string): number {
  let n = 0;
  for (const ch of text) n += GSM_EXTENDED.has(ch) ? 2 : 1;
  return n;
}

/** Plain printable ASCII: curly quotes and dashes straightened, accents dropped, the rest removed. */
export function plainText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/[\u00B7\u2022]/g, ",")
    .normalize("NFKD")
    .replace(/[^\x20-\x7E]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 3)).trimEnd()}...`;
}

/**
 * "Harbor Marina: sign "Boat lease". http://…/portal/documents/4 Reply STOP to opt out." for one
 * item; for several, "Harbor Marina: 3 things need you: a; b; c. http://…/portal Reply STOP to opt
 * out.", naming as many as fit in two segments and counting the rest ("and 2 more").
 */
export function renderCareReminderText(input: {
  facilityName: string;
  publicUrl: string;
  items: CareReminderTextItem[];
}): string {
  const name = clip(plainText(input.facilityName), 40);
  const stop = " Reply STOP to opt out.";
  const [first] = input.items;
  if (!first) throw new Error("a care reminder text needs an item");
  if (input.items.length === 1) {
    const url = `${input.publicUrl}${first.path}`;
    const room = CARE_TEXT_LIMIT - gsmLength(`${name}: . ${url}${stop}`);
    return `${name}: ${clip(plainText(first.short), room)}. ${url}${stop}`;
  }
  const url = `${input.publicUrl}/portal`;
  const head = `${name}: ${input.items.length} things need you: `;
  const shorts = input.items.map((i) => clip(plainText(i.short), 80));
  const fits = (list: string[], rest: number) => {
    const more = rest > 0 ? `; and ${rest} more` : "";
    return `${head}${list.join("; ")}${more}. ${url}${stop}`;
  };
  let named = shorts.length;
  while (named > 1 && gsmLength(fits(shorts.slice(0, named), shorts.length - named)) > CARE_TEXT_LIMIT) named--;
  const text = fits(shorts.slice(0, named), shorts.length - named);
  if (gsmLength(text) <= CARE_TEXT_LIMIT) return text;
  // One item still too long (a very long address): shorten it to what is left.
  const over = gsmLength(text) - CARE_TEXT_LIMIT;
  return fits([clip(shorts[0] ?? "", (shorts[0]?.length ?? 0) - over)], shorts.length - 1);
}
