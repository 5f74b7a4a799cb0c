import { describe, expect, it } from "vitest";
import { createComposer } from "./compose.js";
import type { ClaimedRow, EmailContext, Minted } from "./outbox-store.js";
import { renderInviteEmail } from "./templates/invite.js";
import { renderSignInLinkEmail } from "./templates/sign-in-link.js";

const now = new Date("2026-11-21T09:00:00.000Z");
const expiresAt = new Date("2026-11-28T09:00:00.000Z");
const config = { publicUrl: "https://portal.example.com", emailFrom: "Portico <no-reply@portico.test>" };

type Person = { name: string | null; contact?: { name: string | null; holder: string } };

function item(
  id: number,
  kind: "INVITE" | "SIGN_IN_LINK",
  person: Person,
  facility: Partial<EmailContext> = {},
  linkExpiresAt = expiresAt,
): Minted {
  const row = {
    id,
    facilityId: facility.facilityName === "Other & Sons" ? 2 : 1,
    kind,
    toEmail: `p${id}@example.com`,
    subject: null,
    htmlBody: null,
    textBody: null,
    signInLinkId: id,
    invitationId: kind === "INVITE" ? id : null,
    attempts: 1,
  } as ClaimedRow;
  const context = {
    outboxId: id,
    facilityName: "Harbor <Storage> & \"Co\" 'x'",
    facilitySlug: "harbor & co",
    brandColor: "#0b7285",
    logoUrl: "https://cdn.example.com/harbor.png?a=1&b=2",
    logoFileId: null,
    timeZone: "America/New_York",
    replyToEmail: "desk@harbor.test",
    welcomeMessage: "Welcome <b>aboard</b>!\nWe look after your cars & boats.",
    signInMethod: "MAGIC_LINK",
    linkId: id,
    linkExpiresAt,
    linkConsumedAt: null,
    linkVoidedAt: null,
    invitationState: kind === "INVITE" ? "PENDING" : null,
    customerName: person.contact ? person.contact.holder : person.name,
    contactName: person.contact ? person.contact.name : null,
    contactId: person.contact ? 100 + id : null,
    ...facility,
  } as EmailContext;
  // Tokens are base64url and codes 8 digits; a few carry what escaping would change, to be sure.
  return { row, context, token: `tok_${id}-AbC${id % 3 === 0 ? "&<>" : ""}`, code: String(10_000_000 + id) };
}

/** The message as the templates alone render it, the way the worker composed before stencils. */
function direct(m: Minted, onboarding: string[]) {
  const { context: c } = m;
  const input = {
    facility: {
      name: c.facilityName,
      brandColor: c.brandColor,
      logoUrl: c.logoUrl,
      replyToEmail: c.replyToEmail,
      welcomeMessage: c.welcomeMessage,
      timeZone: c.timeZone,
    },
    recipientName: c.contactId != null ? c.contactName : c.customerName,
    signInUrl: `${config.publicUrl}/portal/link/${m.token}`,
    code: m.code,
    codeUrl: `${config.publicUrl}/portal/sign-in/code?facility=${encodeURIComponent(c.facilitySlug)}`,
    expiresAt: c.linkExpiresAt as Date,
    now,
  };
  return m.row.kind === "INVITE"
    ? renderInviteEmail({
        ...input,
        onboardingSteps: onboarding,
        choosePassword: c.signInMethod === "PASSWORD",
        accountHolderName: c.contactId != null ? c.customerName : null,
      })
    : renderSignInLinkEmail(input);
}

const names: Person[] = [
  { name: "Jane Doe" },
  { name: "  O'Brien   <Pat> & co  " },
  { name: null },
  { name: "" },
  { name: "Ann\tMarie\nSmith" },
  { name: "Zoë" },
  { name: "Tom Whitaker", contact: { name: "Eleanor Whitaker", holder: "Tom Whitaker" } },
  { name: null, contact: { name: null, holder: "Tom & Sons" } },
  { name: "Bo", contact: { name: "Li <script>", holder: "Bo" } },
];

describe("composing a batch", () => {
  it("gives every email exactly what the template renders for it", () => {
    const onboarding = new Map([[1, ["Sign your <agreement>", "Add a card & plate"]]]);
    const items: Minted[] = [];
    let id = 1;
    for (const kind of ["INVITE", "SIGN_IN_LINK"] as const) {
      for (const facility of [
        {},
        { signInMethod: "PASSWORD" },
        { facilityName: "Other & Sons", welcomeMessage: null },
      ]) {
        for (const person of names) items.push(item(id++, kind, person, facility as Partial<EmailContext>));
      }
    }
    items.push(item(id++, "INVITE", { name: "Late Expiry" }, {}, new Date("2026-12-01T00:00:00.000Z")));
    const composer = createComposer(now, config, onboarding);
    for (const m of items) {
      const composed = composer.compose(m);
      const expected = direct(m, m.row.kind === "INVITE" ? (onboarding.get(m.row.facilityId ?? 0) ?? []) : []);
      expect({ subject: composed.subject, html: composed.htmlBody, text: composed.textBody }).toEqual({
        subject: expected.subject,
        html: expected.htmlBody,
        text: expected.textBody,
      });
    }
  });

  it("runs a template twice for a batch of 500 alike, not once per email", () => {
    const composer = createComposer(now, config, new Map());
    for (let i = 1; i <= 500; i++) composer.compose(item(i, "INVITE", { name: `Person ${i}` }));
    // The marked render and the first email's, to check the stencil against.
    expect(composer.templateRuns).toBe(2);
  });

  it("renders directly what it cannot mark safely", () => {
    const composer = createComposer(now, config, new Map());
    const marked = item(1, "INVITE", { name: "Jane Doe" }, { welcomeMessage: "\uE000T\uE000 in a welcome" });
    const composed = composer.compose(marked);
    expect(composed.htmlBody).toBe(direct(marked, []).htmlBody);
    composer.compose(item(2, "INVITE", { name: "John Doe" }, { welcomeMessage: "\uE000T\uE000 in a welcome" }));
    expect(composer.templateRuns).toBe(2);
  });
});
