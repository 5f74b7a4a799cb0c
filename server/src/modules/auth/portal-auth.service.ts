import { and, desc, eq, exists, gt, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import { textsConfigured } from "../../config.js";
import type { Tables, WriteDb } from "../../db/database.js";
import { enqueueEmail, enqueueText } from "../../email/outbox.js";
import type { SessionClient } from "../../lib/client-device.js";
import { DAY, MINUTE } from "../../lib/clock.js";
import { badInput, DomainError, tooManyRequests } from "../../lib/domain-error.js";
import { passwordProblem } from "../../lib/password-policy.js";
import { hashPassword } from "../../lib/passwords.js";
import { parsePhone } from "../../lib/phone.js";
import { isValidEmail, isValidTypedEmail, normalizeEmail } from "../../lib/text.js";
import { hashCode, safeEqual, sha256 } from "../../lib/tokens.js";
import { facilityById, facilityBySlug, facilityInTransaction } from "../facilities/facility.service.js";
import { recordInvitationEvent } from "../invitations/invitation-events.service.js";
import type { ServiceDeps } from "../service-deps.js";
import {
  codeHashesOf,
  createSignInLink,
  findLinkByToken,
  type LinkRow,
  voidOpenLinks,
} from "../sign-in-links/sign-in-link.service.js";
import { canTextSql } from "../texts/texts.service.js";
import { queueInvitationEvents } from "../webhooks/webhooks.service.js";
import {
  eligiblePeople,
  type PortalPerson,
  type PortalSignIn,
  type PortalSignInMethod,
  startPortalSession,
} from "./portal-session.service.js";
import { hitRateLimit, reserveAttempt } from "./rate-limit.service.js";
import { deleteSession } from "./sessions.service.js";

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

/**
 * What sign-in takes: the Database, and the old client for the invitations, sign-in links and
 * outbox writes that still run on it inside these transactions (decision 16's transition rule).
 */
type SignInDeps = Pick<ServiceDeps, "data" | "clock">;

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
export async function previewSignInLink({ data, clock }: SignInDeps, token: string) {
  const now = clock.now();
  const { t } = data;
  const link = await findLinkByToken(data.read, t, token);
  const state = linkState(link, now);
  if (!link || state === "INVALID")
    return { state, facility: null, firstName: null, purpose: null, choosePassword: false };
  if (link.invitationId && state === "VALID") {
    const invitationId = link.invitationId;
    await data.transaction(async (tx) => {
      const first = await tx
        .update(t.invitations)
        .set({ linkOpenedAt: now })
        .where(and(eq(t.invitations.id, invitationId), isNull(t.invitations.linkOpenedAt)))
        .returning({ id: t.invitations.id });
      if (first.length === 1) await recordInvitationEvent(tx, t, invitationId, "LINK_OPENED", now);
    });
  }
  const facility = await facilityById(data, link.facilityId);
  const firstName = state === "VALID" ? firstNameOf(await personName(data.read, t, link)) : null;
  const choosePassword = state === "VALID" && facility.signInMethod === "PASSWORD";
  return { state, facility, firstName, purpose: link.purpose, choosePassword };
}

async function personName(db: Pick<WriteDb, "select">, t: Tables, link: LinkRow): Promise<string> {
  const [row] =
    link.contactId !== null
      ? await db.select({ name: t.contacts.name }).from(t.contacts).where(eq(t.contacts.id, link.contactId))
      : await db.select({ name: t.customers.name }).from(t.customers).where(eq(t.customers.id, link.customerId));
  return row?.name ?? "";
}

function firstNameOf(name: string): string | null {
  return name.trim().split(/\s+/)[0] || null;
}

/** The person a link or session stands for is still allowed in: same email, access on, account not archived. */
async function personStillEligible(tx: WriteDb, t: Tables, link: LinkRow): Promise<boolean> {
  const [account] = await tx
    .select({ archivedAt: t.customers.archivedAt })
    .from(t.customers)
    .where(eq(t.customers.id, link.customerId));
  if (!account || account.archivedAt) return false;
  if (link.contactId !== null) {
    const [contact] = await tx.select().from(t.contacts).where(eq(t.contacts.id, link.contactId));
    // A link texted to someone with no email carries "" (docs/decisions/0038).
    return !!contact && contact.canAccessPortal && (normalizeEmail(contact.email) ?? "") === link.email;
  }
  const [customer] = await tx
    .select({ email: t.customers.email })
    .from(t.customers)
    .where(eq(t.customers.id, link.customerId));
  return !!customer && (customer.email ?? "") === link.email;
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
async function consumeAndSignIn(
  { data }: SignInDeps,
  tx: WriteDb,
  link: LinkRow,
  now: Date,
  options: { previousToken?: string; passwordHash?: string; client: SessionClient; method: PortalSignInMethod },
): Promise<PortalSignIn> {
  const { t } = data;
  const claimed = await tx
    .update(t.signInLinks)
    .set({ consumedAt: now })
    .where(and(eq(t.signInLinks.id, link.id), isNull(t.signInLinks.consumedAt), isNull(t.signInLinks.voidedAt)))
    .returning({ id: t.signInLinks.id });
  if (claimed.length !== 1) throw linkError("USED");
  if (!(await personStillEligible(tx, t, link))) throw linkError("USED");

  if (link.invitationId) {
    const accepted = await tx
      .update(t.invitations)
      .set({ state: "ACCEPTED", acceptedAt: now })
      .where(and(eq(t.invitations.id, link.invitationId), eq(t.invitations.state, "PENDING")))
      .returning({ id: t.invitations.id });
    if (accepted.length === 1) {
      await recordInvitationEvent(tx, t, link.invitationId, "SIGNED_IN", now);
      await queueInvitationEvents(tx, t, "invitation.accepted", [link.invitationId], now);
    }
  }
  // Once one link is used, the person's other open links die with it.
  await voidOpenLinks(tx, t, link, now);

  return startPortalSession(tx, t, link, now, options);
}

/**
 * Continue on the link page: uses the link once and signs its person in. In password mode the
 * person chooses a password here; it is hashed before the transaction (scrypt never holds the write
 * lock) and set in the same transaction that uses the link.
 */
export async function redeemSignInLink(
  deps: SignInDeps,
  request: { token: string; password?: string | null; previousToken?: string; client: SessionClient },
): Promise<PortalSignIn> {
  const { data, clock } = deps;
  const now = clock.now();
  const link = await findLinkByToken(data.read, data.t, request.token);
  const state = linkState(link, now);
  if (!link || state !== "VALID") throw linkError(state);
  let passwordHash: string | undefined;
  if ((await facilityById(data, link.facilityId)).signInMethod === "PASSWORD") {
    const { password } = request;
    if (!password)
      throw badInput("Choose a password to finish setting up your account.", { password: "Choose a password" });
    const problem = passwordProblem(password, { email: link.email });
    if (problem) throw badInput(problem, { password: problem });
    passwordHash = await hashPassword(password);
  }
  return data.transaction(async (tx) => {
    const fresh = await findLinkByToken(tx, data.t, request.token);
    const freshState = linkState(fresh, now);
    if (!fresh || freshState !== "VALID") throw linkError(freshState);
    // An invite's link (or a later one that stands in for it) accepts the invite: the first sign-in.
    const method = fresh.invitationId !== null || fresh.purpose === "INVITE" ? "INVITE" : "LINK";
    const { previousToken, client } = request;
    return consumeAndSignIn(deps, tx, fresh, now, { previousToken, passwordHash, client, method });
  });
}

const codeError = () =>
  new DomainError(
    "BAD_USER_INPUT",
    "That code is not valid or has expired. Check the latest email or text, or ask for a new link.",
  );

/**
 * Signs in with the 8-digit code from the email. Every wrong try counts against the codes of the
 * address's open links; after five a code dies, but never its link: anyone may type codes for any
 * address, and must not be able to lock its owner out of the link in their inbox. Tries are
 * counted inside the same transaction that compares them, with the open links locked (BEGIN IMMEDIATE
 * on SQLite, their rows on PostgreSQL), so parallel guesses are checked one after another and never
 * more than five against a live code. Each try is first
 * reserved against the address's daily cap (refused tries are never compared); a spent cap answers
 * exactly like a wrong code and leaves the emailed links alone. The answer is the same whether or
 * not the address is known.
 */
export async function signInWithCode(
  deps: SignInDeps,
  request: { email: string; code: string; ip: string; userAgent: string; previousToken?: string },
): Promise<PortalSignIn> {
  const { clock } = deps;
  const now = clock.now();
  const email = normalizeEmail(request.email.slice(0, 320)) ?? "";
  await limitPerIp(deps, "portal-code", request.ip, now);
  // A link texted to someone with no email carries "" (docs/decisions/0038): "" is no address to try codes for.
  if (!isValidEmail(email)) throw codeError();
  return signInWithOpenLinkCode(deps, request, now, {
    capKey: `portal-code:email:${sha256(email)}`,
    openLinks: (links) => eq(links.email, email),
  });
}

/**
 * Signs in with the 8-digit code from a text: the links texted to this number in this facility,
 * with the same rules as an emailed code (five wrong tries kill a code, never its link; a daily cap
 * per number). A number at one facility never opens another's links.
 */
export async function signInWithTextCode(
  deps: SignInDeps,
  request: { facility: string; phone: string; code: string; ip: string; userAgent: string; previousToken?: string },
): Promise<PortalSignIn> {
  const { data, clock } = deps;
  const { t } = data;
  const now = clock.now();
  await limitPerIp(deps, "portal-code", request.ip, now);
  const facility = await facilityBySlug(data, request.facility.slice(0, 64));
  if (!facility) throw codeError();
  const phone = typedPhone(request.phone, facility.country);
  const o = t.textOutbox;
  return signInWithOpenLinkCode(deps, request, now, {
    capKey: `portal-code:phone:${sha256(phone)}`,
    openLinks: (links, tx) =>
      and(
        eq(links.facilityId, facility.id),
        inArray(
          links.id,
          tx
            .select({ id: o.signInLinkId })
            .from(o)
            .where(and(eq(o.facilityId, facility.id), eq(o.toPhone, phone), isNotNull(o.signInLinkId))),
        ),
      ),
  });
}

/** A typed mobile number as E.164, read with the facility's country; a number that is not one is refused. */
function typedPhone(text: string, country: string): string {
  const parsed = parsePhone(text.slice(0, 40), country);
  if ("error" in parsed) throw badInput(parsed.error, { phone: parsed.error });
  return parsed.e164;
}

async function signInWithOpenLinkCode(
  deps: SignInDeps,
  request: { code: string; ip: string; userAgent: string; previousToken?: string },
  now: Date,
  whose: { capKey: string; openLinks: (links: Tables["signInLinks"], tx: WriteDb) => SQL | undefined },
): Promise<PortalSignIn> {
  const { data } = deps;
  const { t } = data;
  const code = request.code.slice(0, 40).replace(/\D/g, "");
  const reservation = await reserveAttempt(
    data,
    [{ key: whose.capKey, limit: CODE_TRIES_PER_ADDRESS_PER_DAY, windowMs: DAY }],
    now,
  );
  if (!reservation.allowed) throw codeError();
  // Wrong tries must be counted even though the answer is an error, so the transaction commits
  // and the error is thrown after it.
  const signedIn = await data.transaction(async (tx) => {
    const links = t.signInLinks;
    // Locked, so parallel guesses compare one after another: on PostgreSQL a guess waiting here
    // re-reads the rows when it gets them, and a code the guesses before it killed is no longer open.
    const open = await data.dialect.forUpdate(
      tx
        .select()
        .from(links)
        .where(
          and(
            whose.openLinks(links, tx),
            isNull(links.consumedAt),
            isNull(links.voidedAt),
            exists(tx.select().from(t.signInLinkTokens).where(eq(t.signInLinkTokens.linkId, links.id))),
            // Five wrong tries kill the code; the emailed link keeps working.
            lt(links.codeAttempts, MAX_CODE_ATTEMPTS),
            gt(links.expiresAt, now),
          ),
        )
        .orderBy(desc(links.id))
        .limit(20),
    );
    const codeHashes = await codeHashesOf(
      tx,
      data,
      open.map((l) => l.id),
    );
    // Every email or text sent for a link printed its own code; any of them opens it.
    const match =
      code.length === 8
        ? open.find((l) => (codeHashes.get(l.id) ?? []).some((h) => safeEqual(h, hashCode(l.id, code))))
        : undefined;
    // In password mode every link leads to "choose a password"; a code would skip it.
    if (match && (await facilityInTransaction(tx, t, match.facilityId)).signInMethod === "PASSWORD") {
      throw badInput("Open the link you were sent to choose your password; codes are not used in this portal.");
    }
    if (match) {
      const client = { userAgent: request.userAgent, ip: request.ip };
      return consumeAndSignIn(deps, tx, match, now, { previousToken: request.previousToken, client, method: "CODE" });
    }
    for (const link of open) {
      await tx
        .update(links)
        .set({ codeAttempts: sql`${links.codeAttempts} + 1` })
        .where(eq(links.id, link.id));
    }
    return null;
  });
  if (!signedIn) throw codeError();
  // The owner signing in is not a guess (decision 0011); the wrong tries before stay counted.
  await reservation.giveBack();
  return signedIn;
}

async function limitPerIp({ data }: SignInDeps, scope: string, ip: string, now: Date): Promise<void> {
  const limit = await hitRateLimit(data, `${scope}:ip:${ip}`, REQUESTS_PER_IP, REQUESTS_PER_IP_WINDOW, now);
  if (!limit.allowed) {
    const minutes = Math.ceil(limit.retryAfterMs / MINUTE);
    throw tooManyRequests(
      `Too many attempts from this network. Try again in ${minutes} min.`,
      Math.ceil(limit.retryAfterMs / 1000),
    );
  }
}

/**
 * "Email me a sign-in link". Sends a 15-minute link to each person with this address who is in the
 * portal or has been invited, at most one email per address per minute. The caller always gets the
 * same answer, so the form reveals nothing about which addresses have accounts.
 */
export async function requestSignInLink(
  deps: SignInDeps & Pick<ServiceDeps, "nudgeOutbox">,
  request: { email: string; ip: string },
): Promise<void> {
  const { data, clock } = deps;
  const now = clock.now();
  await limitPerIp(deps, "portal-link", request.ip, now);
  const email = normalizeEmail(request.email.slice(0, 320));
  if (!isValidTypedEmail(request.email) || !isValidEmail(email)) return;
  const perAddress = await hitRateLimit(data, `portal-link:email:${sha256(email)}`, 1, LINKS_PER_ADDRESS_WINDOW, now);
  if (!perAddress.allowed) return;

  const queued = await data.transaction(async (tx) => {
    const people = onePerFacility(await eligiblePeople(tx, data.t, email));
    for (const person of people) {
      // A pending invite's link dies here too: the newest email is the one that works. The new
      // link carries the invite on, so signing in with it accepts the invite.
      const linkId = await createSignInLink(tx, data.t, {
        ...person,
        invitationId: await openInvitationOf(tx, data.t, person, now),
        purpose: "SIGN_IN",
        email,
        expiresAt: new Date(now.getTime() + SIGN_IN_LINK_TTL),
        now,
      });
      await enqueueEmail(tx, data.t, {
        facilityId: person.facilityId,
        kind: "SIGN_IN_LINK",
        toEmail: email,
        signInLinkId: linkId,
        now,
      });
    }
    return people.length;
  });
  if (queued > 0) deps.nudgeOutbox();
}

/**
 * "Text me a link": a 15-minute link (and its code) by text to the person of this facility whose
 * mobile number this is, if they consented to texts at that number and it has not replied STOP. At
 * most one text per number a minute. The caller gets the same answer whoever the number belongs to
 * (or not), so the form reveals nothing about who has an account. A number on several accounts of
 * the facility gets one text, as an address does; its person picks an account after signing in.
 */
export async function requestSignInText(
  deps: SignInDeps & Pick<ServiceDeps, "nudgeOutbox" | "config">,
  request: { facility: string; phone: string; ip: string },
): Promise<void> {
  const { data, clock } = deps;
  const now = clock.now();
  await limitPerIp(deps, "portal-text", request.ip, now);
  if (!textsConfigured(deps.config)) throw badInput("This portal cannot send texts. Ask for a link by email instead.");
  const facility = await facilityBySlug(data, request.facility.slice(0, 64));
  if (!facility) return;
  const phone = typedPhone(request.phone, facility.country);
  // Per number, not per facility: every facility texts from the deployment's one sending number.
  const perNumber = await hitRateLimit(data, `portal-text:phone:${sha256(phone)}`, 1, LINKS_PER_ADDRESS_WINDOW, now);
  if (!perNumber.allowed) return;

  const queued = await data.transaction(async (tx) => {
    const [person] = await textablePeople(tx, data.t, facility.id, phone);
    if (!person) return false;
    const linkId = await createSignInLink(tx, data.t, {
      ...person,
      facilityId: facility.id,
      invitationId: await openInvitationOf(tx, data.t, person, now),
      purpose: "SIGN_IN",
      // The link names the person's address as it stands ("" for none), so an email change ends it.
      email: person.email,
      expiresAt: new Date(now.getTime() + SIGN_IN_LINK_TTL),
      now,
    });
    await enqueueText(tx, data.t, {
      facilityId: facility.id,
      kind: "SIGN_IN_LINK",
      toPhone: phone,
      signInLinkId: linkId,
      now,
    });
    return true;
  });
  if (queued) deps.nudgeOutbox();
}

/**
 * The facility's customers and portal-enabled contacts (on accounts not archived) whose mobile number
 * this is, who consented to texts at this very number, with no STOP from it, and who are in the portal
 * or were invited to it. Customers first, then contacts, each oldest first.
 */
async function textablePeople(
  tx: WriteDb,
  t: Tables,
  facilityId: number,
  phone: string,
): Promise<Array<PortalPerson & { email: string }>> {
  const { customers: c, contacts: k, portalAccounts: pa } = t;
  const asCustomer = await tx
    .select({ customerId: c.id, email: c.email })
    .from(c)
    .leftJoin(pa, and(eq(pa.customerId, c.id), eq(pa.personKey, 0)))
    .where(
      and(
        eq(c.facilityId, facilityId),
        eq(c.phone, phone),
        isNull(c.archivedAt),
        canTextSql(t, c),
        or(isNotNull(pa.id), isNotNull(c.latestInvitationId)),
      ),
    )
    .orderBy(c.id)
    .limit(20);
  const asContact = await tx
    .select({ customerId: k.customerId, contactId: k.id, email: k.email })
    .from(k)
    .innerJoin(c, and(eq(c.id, k.customerId), isNull(c.archivedAt)))
    .leftJoin(pa, eq(pa.contactId, k.id))
    .where(
      and(
        eq(k.facilityId, facilityId),
        eq(k.phone, phone),
        eq(k.canAccessPortal, true),
        canTextSql(t, k),
        or(isNotNull(pa.id), isNotNull(k.latestInvitationId)),
      ),
    )
    .orderBy(k.id)
    .limit(20);
  return [
    ...asCustomer.map((p) => ({ facilityId, customerId: p.customerId, contactId: null, email: p.email ?? "" })),
    ...asContact.map((p) => ({ facilityId, ...p, email: normalizeEmail(p.email) ?? "" })),
  ];
}

async function openInvitationOf(tx: WriteDb, t: Tables, person: PortalPerson, now: Date): Promise<number | null> {
  const { invitations: i } = t;
  const [row] = await tx
    .select({ id: i.id })
    .from(i)
    .where(
      and(
        eq(i.customerId, person.customerId),
        person.contactId === null ? isNull(i.contactId) : eq(i.contactId, person.contactId),
        eq(i.state, "PENDING"),
        gt(i.expiresAt, now),
      ),
    )
    .orderBy(desc(i.id))
    .limit(1);
  return row?.id ?? null;
}

/**
 * How long a used, replaced or expired link is kept: while it exists its page says why it no longer
 * works ("already used", "expired") instead of "not valid".
 */
export const ENDED_LINK_RETENTION = 30 * DAY;

/** Deletes up to `chunk` links that ended more than ENDED_LINK_RETENTION ago; answers how many. */
export async function purgeEndedSignInLinks(data: SignInDeps["data"], now: Date, chunk = 500): Promise<number> {
  const links = data.t.signInLinks;
  const cutoff = new Date(now.getTime() - ENDED_LINK_RETENTION);
  const ended = await data.transaction((tx) =>
    tx
      .delete(links)
      .where(
        inArray(
          links.id,
          tx
            .select({ id: links.id })
            .from(links)
            .where(or(lte(links.expiresAt, cutoff), lte(links.consumedAt, cutoff), lte(links.voidedAt, cutoff)))
            .limit(chunk),
        ),
      )
      .returning({ id: links.id }),
  );
  return ended.length;
}

/** Ends the browser's portal session; the edge clears its cookie. */
export async function portalSignOut(data: SignInDeps["data"], token: string | undefined): Promise<void> {
  if (!token) return;
  await data.transaction((tx) => deleteSession(tx, data.t, token));
}

/** One sign-in email per facility: someone on several accounts picks one after signing in. */
function onePerFacility(people: PortalPerson[]): PortalPerson[] {
  const byFacility = new Map<number, PortalPerson>();
  for (const person of people) if (!byFacility.has(person.facilityId)) byFacility.set(person.facilityId, person);
  return [...byFacility.values()];
}
