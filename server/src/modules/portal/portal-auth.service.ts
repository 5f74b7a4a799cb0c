import { and, desc, eq, gt, isNotNull, isNull } from "drizzle-orm";
import { type Db, writeTransaction } from "../../db/client.js";
import { contacts, customers, facilities, invitations, signInLinks } from "../../db/schema.js";
import { enqueueEmail } from "../../email/outbox.js";
import type { Context } from "../../graphql/context.js";
import { AppError, badInput, tooManyRequests } from "../../graphql/errors.js";
import { MINUTE } from "../../lib/clock.js";
import { passwordProblem } from "../../lib/password-policy.js";
import { hashPassword } from "../../lib/passwords.js";
import { hitRateLimit } from "../../lib/rate-limit.js";
import { isValidEmail, isValidTypedEmail, normalizeEmail } from "../../lib/text.js";
import { hashCode, safeEqual, sha256 } from "../../lib/tokens.js";
import { deleteSession, PORTAL_COOKIE, type PortalViewer } from "../auth/sessions.js";
import { recordInvitationEvent } from "../invitations/invitation-events.js";
import { eligiblePeople, type PortalPerson, startPortalSession } from "./portal-session.js";

export const SIGN_IN_LINK_TTL = 15 * MINUTE;
const LINKS_PER_ADDRESS_WINDOW = MINUTE;
const REQUESTS_PER_IP = 20;
const REQUESTS_PER_IP_WINDOW = 15 * MINUTE;
export const MAX_CODE_ATTEMPTS = 5;

export type LinkState = "VALID" | "USED" | "EXPIRED" | "INVALID";

type LinkRow = typeof signInLinks.$inferSelect;

function linkState(link: LinkRow | undefined, now: Date): LinkState {
  if (!link) return "INVALID";
  if (link.consumedAt || link.voidedAt) return "USED";
  if (link.expiresAt <= now) return "EXPIRED";
  return "VALID";
}

function findLink(db: Db, token: string): LinkRow | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  return db
    .select()
    .from(signInLinks)
    .where(eq(signInLinks.tokenHash, sha256(token)))
    .get();
}

/**
 * What the link page shows before anyone presses Continue. Reading it never signs in (mail
 * scanners open links); it only notes, for the invite timeline, that the link was opened.
 */
export function previewSignInLink(ctx: Context, token: string) {
  const now = ctx.clock.now();
  const link = findLink(ctx.db, token);
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
      if (first.changes === 1) recordInvitationEvent(tx, invitationId, "LINK_OPENED", now);
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
  new AppError(
    "BAD_USER_INPUT",
    state === "EXPIRED"
      ? "This sign-in link has expired."
      : state === "USED"
        ? "This sign-in link has already been used or replaced by a newer one."
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
    if (accepted.changes === 1) recordInvitationEvent(tx, link.invitationId, "SIGNED_IN", now);
  }
  // Only the latest link works: once one is used, the person's other open links die with it.
  tx.update(signInLinks)
    .set({ voidedAt: now })
    .where(
      and(
        eq(signInLinks.customerId, link.customerId),
        link.contactId === null ? isNull(signInLinks.contactId) : eq(signInLinks.contactId, link.contactId),
        isNull(signInLinks.consumedAt),
        isNull(signInLinks.voidedAt),
      ),
    )
    .run();

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
  const link = findLink(ctx.db, token);
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
    const fresh = findLink(tx, token);
    const freshState = linkState(fresh, now);
    if (!fresh || freshState !== "VALID") throw linkError(freshState);
    return consumeAndSignIn(ctx, tx, fresh, now, passwordHash);
  });
}

const codeError = () =>
  new AppError(
    "BAD_USER_INPUT",
    "That code is not valid or has expired. Check the latest email, or ask for a new link.",
  );

/**
 * Signs in with the 8-digit code from the email. Every wrong try counts against the address's open
 * links; after five, they die. The answer is the same whether or not the address is known.
 */
export function signInWithCode(ctx: Context, emailInput: string, codeInput: string): PortalViewer {
  const now = ctx.clock.now();
  const email = normalizeEmail(emailInput.slice(0, 320)) ?? "";
  const code = codeInput.slice(0, 40).replace(/\D/g, "");
  limitPerIp(ctx, "portal-code", now);
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
          isNotNull(signInLinks.codeHash),
          gt(signInLinks.expiresAt, now),
        ),
      )
      .orderBy(desc(signInLinks.id))
      .limit(20)
      .all();
    const match = code.length === 8 ? open.find((l) => safeEqual(l.codeHash ?? "", hashCode(l.id, code))) : undefined;
    if (match && needsPassword(tx, match)) {
      throw badInput("Open the link in the email to choose your password; codes are not used in this portal.");
    }
    if (match) return consumeAndSignIn(ctx, tx, match, now);
    for (const link of open) {
      const attempts = link.codeAttempts + 1;
      tx.update(signInLinks)
        .set({ codeAttempts: attempts, ...(attempts >= MAX_CODE_ATTEMPTS ? { voidedAt: now } : {}) })
        .where(eq(signInLinks.id, link.id))
        .run();
    }
    return null;
  });
  if (!viewer) throw codeError();
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
      tx.update(signInLinks)
        .set({ voidedAt: now })
        .where(
          and(
            eq(signInLinks.customerId, person.customerId),
            person.contactId === null ? isNull(signInLinks.contactId) : eq(signInLinks.contactId, person.contactId),
            eq(signInLinks.purpose, "SIGN_IN"),
            isNull(signInLinks.consumedAt),
            isNull(signInLinks.voidedAt),
          ),
        )
        .run();
      const link = tx
        .insert(signInLinks)
        .values({
          facilityId: person.facilityId,
          customerId: person.customerId,
          contactId: person.contactId,
          purpose: "SIGN_IN",
          email,
          expiresAt: new Date(now.getTime() + SIGN_IN_LINK_TTL),
          createdAt: now,
        })
        .returning({ id: signInLinks.id })
        .get();
      enqueueEmail(tx, {
        facilityId: person.facilityId,
        kind: "SIGN_IN_LINK",
        toEmail: email,
        signInLinkId: link.id,
        now,
      });
    }
    return people.length;
  });
  if (queued > 0) ctx.nudgeOutbox();
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
