import { and, desc, eq, exists, gt, isNull, lt } from "drizzle-orm";
import { type Db, writeTransaction } from "../../db/client.js";
import { contacts, customers, facilities, invitations, signInLinks, signInLinkTokens } from "../../db/schema.js";
import { enqueueEmailInSyncTransaction } from "../../email/outbox.js";
import type { Context } from "../../graphql/context.js";
import { DAY, MINUTE } from "../../lib/clock.js";
import { badInput, DomainError, tooManyRequests } from "../../lib/domain-error.js";
import { passwordProblem } from "../../lib/password-policy.js";
import { hashPassword } from "../../lib/passwords.js";
import { hitRateLimit, reserveAttempt } from "../../lib/rate-limit.js";
import { isValidEmail, isValidTypedEmail, normalizeEmail } from "../../lib/text.js";
import { hashCode, safeEqual, sha256 } from "../../lib/tokens.js";
import { deleteSession, PORTAL_COOKIE, type PortalViewer } from "../auth/sessions.js";
import { recordInvitationEventInSyncTransaction } from "../invitations/invitation-events.js";
import {
  codeHashesOfInSyncTransaction,
  createSignInLinkInSyncTransaction,
  findLinkByTokenInSyncTransaction,
  type LinkRow,
  voidOpenLinksInSyncTransaction,
} from "../sign-in-links/sign-in-link.service.js";
import { eligiblePeople, type PortalPerson, startPortalSession } from "./portal-session.js";

export const SIGN_IN_LINK_TTL = 15 * MINUTE;
const LINKS_PER_ADDRESS_WINDOW = MINUTE;
const REQUESTS_PER_IP = 20;
const REQUESTS_PER_IP_WINDOW = 15 * MINUTE;
export const MAX_CODE_ATTEMPTS = 5;
/**
 * Code tries per address a day, across all its links: anyone can get a new link (and five fresh
 * tries) for an address every minute, which without this would be 7,200 guesses a day.
 */
export const CODE_TRIES_PER_ADDRESS_PER_DAY = 20;

export type LinkState = "VALID" | "USED" | "REPLACED" | "EXPIRED" | "INVALID";

/** USED: someone signed in with it. REPLACED: a newer link, an email change or removed access ended it. */
function linkState(link: LinkRow | undefined, now: Date): LinkState {
  if (!link) return "INVALID";
  if (link.consumedAt) return "USED";
  if (link.voidedAt) return "REPLACED";
  if (link.expiresAt <= now) return "EXPIRED";
  return "VALID";
}

/**
 * What the link page shows before anyone presses Continue. Reading it never signs in (mail
 * scanners open links); it only notes, for the invite timeline, that the link was opened.
 */
/**
 * The name, colour and logo of the facility a sign-in page names by its slug (the public reference
 * sign-in emails put in the code page's address), or null. Shown to anyone: they are on every email
 * the facility sends, and a slug is no secret.
 */
export function portalBrandBySlug(ctx: Context, slug: string) {
  return ctx.db.select().from(facilities).where(eq(facilities.slug, slug.trim().toLowerCase())).get() ?? null;
}

export function previewSignInLink(ctx: Context, token: string) {
  const now = ctx.clock.now();
  const link = findLinkByTokenInSyncTransaction(ctx.db, token);
  const state = linkState(link, now);
  if (!link || state === "INVALID")
    return { state, facility: null, firstName: null, purpose: null, choosePassword: false };
  if (link.invitationId && state === "VALID") {
    const invitationId = link.invitationId;
    writeTransaction(ctx.db, (tx) => {
      const first = tx
        .update(invitations)
        .set({ linkOpenedAt: now })
        .where(and(eq(invitations.id, invitationId), isNull(invitations.linkOpenedAt)))
        .run();
      if (first.changes === 1) recordInvitationEventInSyncTransaction(tx, invitationId, "LINK_OPENED", now);
    });
  }
  const facility = ctx.db.select().from(facilities).where(eq(facilities.id, link.facilityId)).get();
  const firstName = state === "VALID" ? firstNameOf(personName(ctx.db, link.customerId, link.contactId)) : null;
  const choosePassword = state === "VALID" && needsPassword(ctx.db, link);
  return { state, facility: facility ?? null, firstName, purpose: link.purpose, choosePassword };
}

function personName(db: Db, customerId: number, contactId: number | null): string {
  if (contactId !== null) {
    return db.select({ name: contacts.name }).from(contacts).where(eq(contacts.id, contactId)).get()?.name ?? "";
  }
  return db.select({ name: customers.name }).from(customers).where(eq(customers.id, customerId)).get()?.name ?? "";
}

function firstNameOf(name: string): string | null {
  return name.trim().split(/\s+/)[0] || null;
}

/** The person a link or session stands for is still allowed in: same email, access on. */
function personStillEligible(tx: Db, link: LinkRow): boolean {
  if (link.contactId !== null) {
    const contact = tx.select().from(contacts).where(eq(contacts.id, link.contactId)).get();
    return !!contact && contact.canAccessPortal && normalizeEmail(contact.email) === link.email;
  }
  const customer = tx.select({ email: customers.email }).from(customers).where(eq(customers.id, link.customerId)).get();
  return !!customer && customer.email === link.email;
}

const linkError = (state: LinkState) =>
  new DomainError(
    "BAD_USER_INPUT",
    state === "EXPIRED"
      ? "This sign-in link has expired."
      : state === "USED"
        ? "This sign-in link has already been used."
        : state === "REPLACED"
          ? "This sign-in link was replaced by a newer one."
          : "This sign-in link is not valid.",
    { linkState: state },
  );

/**
 * Consumes a link and signs its person in. The UPDATE … WHERE consumed_at IS NULL inside a
 * BEGIN IMMEDIATE transaction is what makes a link single-use under concurrent POSTs.
 */
function consumeAndSignIn(ctx: Context, tx: Db, link: LinkRow, now: Date, passwordHash?: string): PortalViewer {
  const claimed = tx
    .update(signInLinks)
    .set({ consumedAt: now })
    .where(and(eq(signInLinks.id, link.id), isNull(signInLinks.consumedAt), isNull(signInLinks.voidedAt)))
    .run();
  if (claimed.changes !== 1) throw linkError("USED");
  if (!personStillEligible(tx, link)) throw linkError("USED");

  if (link.invitationId) {
    const accepted = tx
      .update(invitations)
      .set({ state: "ACCEPTED", acceptedAt: now })
      .where(and(eq(invitations.id, link.invitationId), eq(invitations.state, "PENDING")))
      .run();
    if (accepted.changes === 1) recordInvitationEventInSyncTransaction(tx, link.invitationId, "SIGNED_IN", now);
  }
  // Once one link is used, the person's other open links die with it.
  voidOpenLinksInSyncTransaction(tx, link, now);

  return startPortalSession(ctx, tx, link, now, passwordHash);
}

/**
 * In password mode every link leads to "choose a password": an invite sets the first one, and
 * "email me a sign-in link" is the way to reset a forgotten one. The password is set in the
 * same transaction that uses the link.
 */
function needsPassword(db: Db, link: LinkRow): boolean {
  const facility = db
    .select({ method: facilities.signInMethod })
    .from(facilities)
    .where(eq(facilities.id, link.facilityId))
    .get();
  return facility?.method === "PASSWORD";
}

export async function redeemSignInLink(ctx: Context, token: string, password?: string | null): Promise<PortalViewer> {
  const now = ctx.clock.now();
  const link = findLinkByTokenInSyncTransaction(ctx.db, token);
  const state = linkState(link, now);
  if (!link || state !== "VALID") throw linkError(state);
  // Hashing is asynchronous, so it happens before the (synchronous) transaction.
  let passwordHash: string | undefined;
  if (needsPassword(ctx.db, link)) {
    if (!password)
      throw badInput("Choose a password to finish setting up your account.", { password: "Choose a password" });
    const problem = passwordProblem(password, { email: link.email });
    if (problem) throw badInput(problem, { password: problem });
    passwordHash = await hashPassword(password);
  }
  return writeTransaction(ctx.db, (tx) => {
    const fresh = findLinkByTokenInSyncTransaction(tx, token);
    const freshState = linkState(fresh, now);
    if (!fresh || freshState !== "VALID") throw linkError(freshState);
    return consumeAndSignIn(ctx, tx, fresh, now, passwordHash);
  });
}

const codeError = () =>
  new DomainError(
    "BAD_USER_INPUT",
    "That code is not valid or has expired. Check the latest email, or ask for a new link.",
  );

/**
 * Signs in with the 8-digit code from the email. Every wrong try counts against the codes of the
 * address's open links; after five a code dies, but never its link: anyone may type codes for any
 * address, and must not be able to lock its owner out of the link in their inbox. Tries are
 * counted inside the same BEGIN IMMEDIATE transaction that compares them, so parallel guesses are
 * checked one after another and never more than five against a live code. Each try is first
 * reserved against the address's daily cap (refused tries are never compared); a spent cap answers
 * exactly like a wrong code and leaves the emailed links alone. The answer is the same whether or
 * not the address is known.
 */
export function signInWithCode(ctx: Context, emailInput: string, codeInput: string): PortalViewer {
  const now = ctx.clock.now();
  const email = normalizeEmail(emailInput.slice(0, 320)) ?? "";
  const code = codeInput.slice(0, 40).replace(/\D/g, "");
  limitPerIp(ctx, "portal-code", now);
  const reservation = reserveAttempt(
    ctx.db,
    [{ key: `portal-code:email:${sha256(email)}`, limit: CODE_TRIES_PER_ADDRESS_PER_DAY, windowMs: DAY }],
    now,
  );
  if (!reservation.allowed) throw codeError();
  // Wrong tries must be counted even though the answer is an error, so the transaction commits
  // and the error is thrown after it.
  const viewer = writeTransaction(ctx.db, (tx) => {
    const open = tx
      .select()
      .from(signInLinks)
      .where(
        and(
          eq(signInLinks.email, email),
          isNull(signInLinks.consumedAt),
          isNull(signInLinks.voidedAt),
          exists(tx.select().from(signInLinkTokens).where(eq(signInLinkTokens.linkId, signInLinks.id))),
          // Five wrong tries kill the code; the emailed link keeps working.
          lt(signInLinks.codeAttempts, MAX_CODE_ATTEMPTS),
          gt(signInLinks.expiresAt, now),
        ),
      )
      .orderBy(desc(signInLinks.id))
      .limit(20)
      .all();
    const codeHashes = codeHashesOfInSyncTransaction(
      tx,
      open.map((l) => l.id),
    );
    // Every email sent for a link printed its own code; any of them opens it.
    const match =
      code.length === 8
        ? open.find((l) => (codeHashes.get(l.id) ?? []).some((h) => safeEqual(h, hashCode(l.id, code))))
        : undefined;
    if (match && needsPassword(tx, match)) {
      throw badInput("Open the link in the email to choose your password; codes are not used in this portal.");
    }
    if (match) return consumeAndSignIn(ctx, tx, match, now);
    for (const link of open) {
      const attempts = link.codeAttempts + 1;
      tx.update(signInLinks).set({ codeAttempts: attempts }).where(eq(signInLinks.id, link.id)).run();
    }
    return null;
  });
  if (!viewer) throw codeError();
  // The owner signing in is not a guess (decision 0011); the wrong tries before stay counted.
  reservation.giveBack();
  return viewer;
}

function limitPerIp(ctx: Context, scope: string, now: Date): void {
  const ip = hitRateLimit(ctx.db, `${scope}:ip:${ctx.ip}`, REQUESTS_PER_IP, REQUESTS_PER_IP_WINDOW, now);
  if (!ip.allowed) {
    const minutes = Math.ceil(ip.retryAfterMs / MINUTE);
    throw tooManyRequests(
      `Too many attempts from this network. Try again in ${minutes} min.`,
      Math.ceil(ip.retryAfterMs / 1000),
    );
  }
}

/**
 * "Email me a sign-in link". Sends a 15-minute link to each person with this address who is in the
 * portal or has been invited, at most one email per address per minute. The caller always gets the
 * same answer, so the form reveals nothing about which addresses have accounts.
 */
export function requestSignInLink(ctx: Context, emailInput: string): void {
  const now = ctx.clock.now();
  limitPerIp(ctx, "portal-link", now);
  const email = normalizeEmail(emailInput.slice(0, 320));
  if (!isValidTypedEmail(emailInput) || !isValidEmail(email)) return;
  const perAddress = hitRateLimit(ctx.db, `portal-link:email:${sha256(email)}`, 1, LINKS_PER_ADDRESS_WINDOW, now);
  if (!perAddress.allowed) return;

  const queued = writeTransaction(ctx.db, (tx) => {
    const people = onePerFacility(eligiblePeople(tx, email));
    for (const person of people) {
      // A pending invite's link dies here too: the newest email is the one that works. The new
      // link carries the invite on, so signing in with it accepts the invite.
      const linkId = createSignInLinkInSyncTransaction(tx, {
        ...person,
        invitationId: openInvitationOf(tx, person, now),
        purpose: "SIGN_IN",
        email,
        expiresAt: new Date(now.getTime() + SIGN_IN_LINK_TTL),
        now,
      });
      enqueueEmailInSyncTransaction(tx, {
        facilityId: person.facilityId,
        kind: "SIGN_IN_LINK",
        toEmail: email,
        signInLinkId: linkId,
        now,
      });
    }
    return people.length;
  });
  if (queued > 0) ctx.nudgeOutbox();
}

function openInvitationOf(tx: Db, person: PortalPerson, now: Date): number | null {
  return (
    tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.customerId, person.customerId),
          person.contactId === null ? isNull(invitations.contactId) : eq(invitations.contactId, person.contactId),
          eq(invitations.state, "PENDING"),
          gt(invitations.expiresAt, now),
        ),
      )
      .orderBy(desc(invitations.id))
      .get()?.id ?? null
  );
}

/**
 * How long a used, replaced or expired link is kept: while it exists its page says why it no longer
 * works ("already used", "expired") instead of "not valid".
 */
export const ENDED_LINK_RETENTION = 30 * DAY;

/** Deletes up to `chunk` links that ended more than ENDED_LINK_RETENTION ago; answers how many. */
export function purgeEndedSignInLinks(db: Db, now: Date, chunk = 500): number {
  return db.$client
    .prepare(
      `DELETE FROM sign_in_links WHERE id IN (
         SELECT id FROM sign_in_links
         WHERE expires_at <= @cutoff OR consumed_at <= @cutoff OR voided_at <= @cutoff
         LIMIT @chunk)`,
    )
    .run({ cutoff: now.getTime() - ENDED_LINK_RETENTION, chunk }).changes;
}

export function portalSignOut(ctx: Context): void {
  const token = ctx.cookie(PORTAL_COOKIE);
  if (token) deleteSession(ctx.db, token);
  ctx.clearSessionCookie(PORTAL_COOKIE);
}

/** One sign-in email per facility: someone on several accounts picks one after signing in. */
function onePerFacility(people: PortalPerson[]): PortalPerson[] {
  const byFacility = new Map<number, PortalPerson>();
  for (const person of people) if (!byFacility.has(person.facilityId)) byFacility.set(person.facilityId, person);
  return [...byFacility.values()];
}
