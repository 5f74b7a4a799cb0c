import type { Config } from "../config.js";
import { absoluteLogoUrl } from "../lib/file-urls.js";
import { escapeHtml } from "../lib/html.js";
import type { Minted } from "./outbox-store.js";
import { renderInviteEmail } from "./templates/invite.js";
import type { FacilityBranding, RenderedEmail } from "./templates/layout.js";
import { firstName, oneLine } from "./templates/layout.js";
import { renderSignInLinkEmail } from "./templates/sign-in-link.js";
import { renderSignUpEmail } from "./templates/sign-up.js";
import { renderStaffEmail } from "./templates/staff.js";
import type { OutgoingEmail } from "./transport.js";

/** The facility's name as the sender, on the configured address (the one Postmark has verified). */
export function senderFor(facilityName: string, configuredFrom: string): string {
  const address = /<([^>]+)>/.exec(configuredFrom)?.[1]?.trim() ?? configuredFrom.trim();
  const display = oneLine(facilityName).replace(/["\\]/g, "");
  return display ? `"${display}" <${address}>` : configuredFrom;
}

type ComposeConfig = Pick<Config, "publicUrl" | "emailFrom">;

/** A sign-in email's template input, but for what is the recipient's own: their name, token and code. */
type SignInTemplateInput = {
  kind: "INVITE" | "SIGN_IN_LINK";
  facility: FacilityBranding;
  codeUrl: string;
  expiresAt: Date;
  now: Date;
  onboardingSteps: string[];
  choosePassword: boolean;
  accountHolderName: string | null;
  reminder: boolean;
};

/** One recipient's part of a sign-in email. */
type Personal = { recipientName: string | null; token: string; code: string };

function render(input: SignInTemplateInput, personal: Personal, publicUrl: string): RenderedEmail {
  const common = {
    facility: input.facility,
    recipientName: personal.recipientName,
    signInUrl: `${publicUrl}/portal/link/${personal.token}`,
    code: personal.code,
    codeUrl: input.codeUrl,
    expiresAt: input.expiresAt,
    now: input.now,
  };
  return input.kind === "INVITE"
    ? renderInviteEmail({
        ...common,
        onboardingSteps: input.onboardingSteps,
        choosePassword: input.choosePassword,
        accountHolderName: input.accountHolderName,
        reminder: input.reminder,
      })
    : renderSignInLinkEmail(common);
}

// What marks the recipient's own parts in a stencil: characters of Unicode's private use area, which
// no template writes and escapeHtml keeps as they are.
const MARK = "\uE000";
const MARKS = { name: `${MARK}N${MARK}`, token: `${MARK}T${MARK}`, code: `${MARK}C${MARK}` } as const;
type Slot = keyof typeof MARKS;
const SLOT_OF: Record<string, Slot> = { N: "name", T: "token", C: "code" };

/** A body cut at the recipient's parts: text, then each slot followed by the text after it. */
type Cut = { head: string; tail: Array<[Slot, string]> };

/**
 * The piece as a string of one byte per character when it has no character past U+00FF. Cut from a
 * text that held the marks, every piece is stored two bytes per character; joined, the emails of a
 * batch would be too, and their JSON twice the size to build, measure and write.
 */
function compact(piece: string): string {
  return /[\u0100-\uffff]/.test(piece) ? piece : Buffer.from(piece, "latin1").toString("latin1");
}

function cut(body: string): Cut {
  const pieces = body.split(new RegExp(`${MARK}([NTC])${MARK}`)).map(compact);
  const tail: Array<[Slot, string]> = [];
  for (let i = 1; i < pieces.length; i += 2) tail.push([SLOT_OF[pieces[i] as string] as Slot, pieces[i + 1] ?? ""]);
  return { head: pieces[0] ?? "", tail };
}

function fill(body: Cut, values: Record<Slot, string>): string {
  // Joined, not added up: one flat string, which the JSON of the batch then copies in one go.
  const parts = [body.head];
  for (const [slot, after] of body.tail) parts.push(values[slot], after);
  return parts.join("");
}

type Stencil = { subject: string; html: Cut; text: Cut };

/**
 * A template rendered once with marks where the recipient's first name, token and code go, for the
 * emails of a batch that share everything else (a bulk invite's 500 share their facility, lifetime
 * and wording): each email is then its parts joined, instead of a page of markup built and escaped
 * again. The templates treat these three only by joining and escaping them, which commutes with
 * the cut; to be sure of it for every input, a stencil is used only once it has given the same email
 * as the template for its first recipient, and the template renders everything else.
 */
function stencilFor(
  input: SignInTemplateInput,
  named: boolean,
  run: (input: SignInTemplateInput, personal: Personal) => RenderedEmail,
  check: Personal,
): Stencil | null {
  const marked = run(input, { recipientName: named ? MARKS.name : null, token: MARKS.token, code: MARKS.code });
  if (marked.subject.includes(MARK)) return null;
  const stencil = { subject: marked.subject, html: cut(marked.htmlBody), text: cut(marked.textBody) };
  const direct = run(input, check);
  const filled = fromStencil(stencil, check);
  return filled.htmlBody === direct.htmlBody && filled.textBody === direct.textBody && filled.subject === direct.subject
    ? stencil
    : null;
}

function fromStencil(stencil: Stencil, personal: Personal): RenderedEmail {
  const name = firstName(personal.recipientName);
  return {
    subject: stencil.subject,
    htmlBody: fill(stencil.html, {
      name: escapeHtml(name),
      token: escapeHtml(personal.token),
      code: escapeHtml(personal.code),
    }),
    textBody: fill(stencil.text, { name, token: personal.token, code: personal.code }),
  };
}

/**
 * Composes the messages of one batch (pure: no I/O): a notification as it was rendered when queued,
 * an invite or a sign-in email rendered now around the token and code just minted for it. Emails
 * that differ only by recipient are filled into one stencil of their template.
 */
export type Composer = {
  compose(item: Minted): OutgoingEmail;
  /** How many times a template was run (stencils included): what the stencils save, for tests. */
  readonly templateRuns: number;
};

export function createComposer(
  now: Date,
  config: ComposeConfig,
  onboardingSteps: ReadonlyMap<number, string[]>,
): Composer {
  const stencils = new Map<string, Stencil | null>();
  const senders = new Map<string, string>();
  const publicUrl = config.publicUrl;
  let templateRuns = 0;
  const run = (input: SignInTemplateInput, personal: Personal) => {
    templateRuns++;
    return render(input, personal, publicUrl);
  };

  const compose = (item: Minted): OutgoingEmail => {
    const { row, context } = item;
    const facility: FacilityBranding = {
      name: context.facilityName,
      brandColor: context.brandColor,
      logoUrl: absoluteLogoUrl(context, publicUrl),
      replyToEmail: context.replyToEmail,
      welcomeMessage: context.welcomeMessage,
      timeZone: context.timeZone,
    };
    let rendered: RenderedEmail;
    if (row.subject !== null) {
      rendered = { subject: row.subject, htmlBody: row.htmlBody ?? "", textBody: row.textBody ?? "" };
    } else if (row.kind === "FACILITY_SIGN_UP") {
      if (!context.signUpExpiresAt) throw new Error("A sign-up email was claimed without its sign-up.");
      templateRuns++;
      rendered = renderSignUpEmail({
        facility,
        recipientName: context.signUpAdminName,
        url: `${publicUrl}/staff/confirm-sign-up/${item.token}`,
        expiresAt: context.signUpExpiresAt,
        now,
      });
    } else if (row.kind === "STAFF_INVITE" || row.kind === "STAFF_PASSWORD_RESET") {
      if (!context.staffLinkExpiresAt) throw new Error("A staff email was claimed without its link.");
      const page = row.kind === "STAFF_INVITE" ? "accept-invite" : "reset-password";
      templateRuns++;
      rendered = renderStaffEmail({
        kind: row.kind,
        facility,
        recipientName: context.staffName,
        url: `${publicUrl}/staff/${page}/${item.token}`,
        expiresAt: context.staffLinkExpiresAt,
        now,
      });
    } else {
      if (!context.linkExpiresAt) throw new Error("A sign-in email was claimed without its link.");
      const reminder = row.kind === "INVITE_REMINDER";
      const kind = row.kind === "INVITE" || reminder ? "INVITE" : "SIGN_IN_LINK";
      const input: SignInTemplateInput = {
        kind,
        facility,
        codeUrl: `${publicUrl}/portal/sign-in/code?facility=${encodeURIComponent(context.facilitySlug)}`,
        expiresAt: context.linkExpiresAt,
        now,
        onboardingSteps: kind === "INVITE" ? (onboardingSteps.get(row.facilityId ?? 0) ?? []) : [],
        choosePassword: kind === "INVITE" && context.signInMethod === "PASSWORD",
        accountHolderName: kind === "INVITE" && context.contactId != null ? context.customerName : null,
        reminder,
      };
      const personal: Personal = {
        recipientName: context.contactId != null ? context.contactName : context.customerName,
        token: item.token,
        code: item.code,
      };
      const named = firstName(personal.recipientName) !== "";
      // Everything the template reads but the recipient's own parts (`now` is the composer's).
      const key = [
        row.facilityId,
        kind,
        input.expiresAt.getTime(),
        input.accountHolderName,
        input.choosePassword,
        input.reminder,
        named,
        input.codeUrl,
        facility.name,
        facility.brandColor,
        facility.logoUrl,
        facility.replyToEmail,
        facility.welcomeMessage,
        facility.timeZone,
      ].join("\u0001");
      let stencil = stencils.get(key);
      if (stencil === undefined) {
        stencil = JSON.stringify(input).includes(MARK) ? null : stencilFor(input, named, run, personal);
        stencils.set(key, stencil);
      }
      rendered = stencil ? fromStencil(stencil, personal) : run(input, personal);
    }
    let from = senders.get(facility.name);
    if (from === undefined) {
      from = senderFor(facility.name, config.emailFrom);
      senders.set(facility.name, from);
    }
    return {
      outboxId: row.id,
      from,
      to: row.toEmail,
      replyTo: facility.replyToEmail?.trim() || undefined,
      subject: rendered.subject,
      htmlBody: rendered.htmlBody,
      textBody: rendered.textBody,
      tag:
        row.kind === "INVITE"
          ? "invite"
          : row.kind === "INVITE_REMINDER"
            ? "invite-reminder"
            : row.kind === "SIGN_IN_LINK"
              ? "sign-in-link"
              : row.kind.toLowerCase(),
    };
  };
  return {
    compose,
    get templateRuns() {
      return templateRuns;
    },
  };
}

/** One message, composed alone (createComposer for a batch). */
export function composeEmail(
  item: Minted,
  now: Date,
  config: ComposeConfig,
  onboardingSteps: ReadonlyMap<number, string[]>,
): OutgoingEmail {
  return createComposer(now, config, onboardingSteps).compose(item);
}
