import type {
  AuthenticationResponseJSON,
  AuthenticatorTransport,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { and, asc, count, eq, gt, inArray, isNull, lt, lte } from "drizzle-orm";
import type { Database, Tables, WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { MINUTE } from "../../lib/clock.js";
import { badInput, conflict, notFound, tooManyRequests, unauthenticated } from "../../lib/domain-error.js";
import { sha256 } from "../../lib/tokens.js";
import { recordAudit } from "../audit/audit.service.js";
import { facilityById } from "../facilities/facility.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { nameOfPortalPerson, type PortalSignIn, startPortalSession } from "./portal-session.service.js";
import { hitRateLimit, throttledCheck } from "./rate-limit.service.js";
import {
  createSession,
  deleteSession,
  lockPortalAccountOf,
  type NewSession,
  type PortalViewer,
  type StaffViewer,
  scopeOfStaff,
} from "./sessions.service.js";

type WebAuthn = typeof import("@simplewebauthn/server");
let webAuthnModule: Promise<WebAuthn> | undefined;

/**
 * SimpleWebAuthn, loaded with the first passkey ceremony rather than at every start: with the
 * certificate and ASN.1 libraries behind it, it was a fifth of the server's code to compile.
 */
function webAuthn(): Promise<WebAuthn> {
  webAuthnModule ??= import("@simplewebauthn/server");
  return webAuthnModule;
}

/** Longest name a person may give a passkey. */
export const PASSKEY_NAME_MAX = 60;
/** Longest JSON a browser's WebAuthn answer may take: a few hundred bytes in practice. */
export const PASSKEY_RESPONSE_MAX = 16_384;
/** How long a challenge handed to a browser can be answered. */
export const PASSKEY_CHALLENGE_TTL = 5 * MINUTE;
/** Passkeys one person may keep: a bound, far above a phone, a laptop and a key or two. */
export const PASSKEYS_PER_PERSON = 20;
const CHALLENGES_PER_IP = 100;
const SIGN_INS_PER_IP = 50;
const WINDOW = 15 * MINUTE;

const SIGN_IN_FAILED = "That passkey could not sign you in. Try again, or sign in another way.";
const REGISTRATION_FAILED = "The passkey could not be added. Try again.";

type PasskeyDeps = Pick<ServiceDeps, "data" | "clock" | "config" | "logger">;
export type PasskeyApp = "STAFF" | "PORTAL";

/** Whose passkeys: the signed-in staff user, or the signed-in portal person's account. */
export type PasskeyOwner =
  | { app: "STAFF"; viewer: StaffViewer }
  | { app: "PORTAL"; viewer: PortalViewer & { preview?: boolean } };

export type PasskeyRow = Tables["passkeys"]["$inferSelect"];

/**
 * The relying party both apps share. WebAuthn ties a passkey to a host (the RP id) and checks the
 * scheme, host and port it was used on (the origin), never the path: the dashboard at /staff/ and
 * the portal at /portal/ of one public URL are one origin, so one RP id and one expected origin
 * serve both, and each app's passkeys are told apart by their owner, not by where they were made.
 */
export function relyingParty(publicUrl: string): { rpID: string; origin: string; rpName: string } {
  const url = new URL(publicUrl);
  return { rpID: url.hostname, origin: url.origin, rpName: "Portico" };
}

/**
 * The WebAuthn user handle of an owner: opaque (a hash, not an id or an address) and different for
 * a person's staff and portal passkeys, so one authenticator keeps both side by side.
 */
function userHandle(owner: PasskeyOwner): Uint8Array<ArrayBuffer> {
  const key = owner.app === "STAFF" ? `staff:${owner.viewer.userId}` : `portal:${owner.viewer.accountId}`;
  return new Uint8Array(Buffer.from(sha256(`portico-passkey-user:${key}`), "base64url").subarray(0, 16));
}

function ownerCondition(t: Tables, owner: PasskeyOwner) {
  return owner.app === "STAFF"
    ? eq(t.passkeys.staffUserId, owner.viewer.userId)
    : eq(t.passkeys.portalAccountId, owner.viewer.accountId);
}

/** The owner's passkeys, oldest first. A staff preview of the portal belongs to no account: none. */
export async function passkeysOf(data: Database, owner: PasskeyOwner): Promise<PasskeyRow[]> {
  if (owner.app === "PORTAL" && owner.viewer.accountId === 0) return [];
  const { passkeys: p } = data.t;
  return data.read.select().from(p).where(ownerCondition(data.t, owner)).orderBy(asc(p.createdAt), asc(p.id));
}

async function limitChallenges({ data }: Pick<ServiceDeps, "data">, ip: string, now: Date): Promise<void> {
  const limit = await hitRateLimit(data, `passkey-challenge:ip:${ip}`, CHALLENGES_PER_IP, WINDOW, now);
  if (!limit.allowed) {
    throw tooManyRequests(
      `Too many attempts from this network. Try again in ${Math.ceil(limit.retryAfterMs / MINUTE)} min.`,
      Math.ceil(limit.retryAfterMs / 1000),
    );
  }
}

/**
 * Options for the browser to create a passkey for the signed-in person (a JSON object for
 * `startRegistration`). The challenge is stored for a few minutes, bound to the person.
 */
export async function startPasskeyRegistration(
  deps: PasskeyDeps,
  owner: PasskeyOwner,
  request: { ip: string },
): Promise<string> {
  const { data, clock, config } = deps;
  const now = clock.now();
  await limitChallenges(deps, request.ip, now);
  const rp = relyingParty(config.publicUrl);
  const existing = await passkeysOf(data, owner);
  const who = await displayNameOf(data, owner);
  const options = await (await webAuthn()).generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpID,
    userID: userHandle(owner),
    userName: who.userName,
    userDisplayName: who.displayName,
    timeout: 2 * MINUTE,
    attestationType: "none",
    // Already on this authenticator: the browser says so rather than making a second one.
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: transportsOf(p) })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await saveChallenge(data, now, {
    challenge: options.challenge,
    purpose: "REGISTER",
    app: owner.app,
    staffUserId: owner.app === "STAFF" ? owner.viewer.userId : null,
    portalAccountId: owner.app === "PORTAL" ? owner.viewer.accountId : null,
  });
  return JSON.stringify(options);
}

/** The name shown in the browser's passkey list: the person and which app it opens. */
async function displayNameOf(data: Database, owner: PasskeyOwner): Promise<{ userName: string; displayName: string }> {
  if (owner.app === "STAFF") {
    const facility = owner.viewer.facility.name;
    return { userName: owner.viewer.email, displayName: `${owner.viewer.name} (${facility} dashboard)` };
  }
  const [name, facility] = await Promise.all([
    nameOfPortalPerson(data, owner.viewer),
    facilityById(data, owner.viewer.facilityId),
  ]);
  const email = await portalEmailOf(data, owner.viewer);
  return { userName: email || name, displayName: `${name} (${facility.name} portal)` };
}

async function portalEmailOf(data: Database, viewer: { customerId: number; contactId: number | null }) {
  const { contacts: k, customers: c } = data.t;
  const [row] =
    viewer.contactId !== null
      ? await data.read.select({ email: k.email }).from(k).where(eq(k.id, viewer.contactId))
      : await data.read.select({ email: c.email }).from(c).where(eq(c.id, viewer.customerId));
  return row?.email ?? "";
}

type ChallengeRow = Tables["passkeyChallenges"]["$inferInsert"];

async function saveChallenge(data: Database, now: Date, row: Omit<ChallengeRow, "expiresAt" | "createdAt">) {
  await data.transaction((tx) =>
    tx
      .insert(data.t.passkeyChallenges)
      .values({ ...row, expiresAt: new Date(now.getTime() + PASSKEY_CHALLENGE_TTL), createdAt: now }),
  );
}

/**
 * Takes a challenge for one use: the row is deleted, and only the request whose DELETE removed it
 * goes on. Several servers or parallel requests presenting one challenge: exactly one gets it (on
 * SQLite writers run one at a time; on PostgreSQL a second DELETE waits on the first's row lock and
 * then finds it gone).
 */
async function takeChallenge(
  tx: WriteDb,
  t: Tables,
  now: Date,
  challenge: string,
  expected: { purpose: "REGISTER" | "SIGN_IN"; app: PasskeyApp; staffUserId?: number; portalAccountId?: number },
): Promise<boolean> {
  const c = t.passkeyChallenges;
  const taken = await tx
    .delete(c)
    .where(
      and(
        eq(c.challenge, challenge),
        eq(c.purpose, expected.purpose),
        eq(c.app, expected.app),
        expected.staffUserId === undefined ? undefined : eq(c.staffUserId, expected.staffUserId),
        expected.portalAccountId === undefined ? undefined : eq(c.portalAccountId, expected.portalAccountId),
        gt(c.expiresAt, now),
      ),
    )
    .returning({ challenge: c.challenge });
  return taken.length === 1;
}

/** The challenge a browser's answer signed, read from its clientDataJSON; null when it is not readable. */
function challengeOf(response: { response?: { clientDataJSON?: unknown } }): string | null {
  const encoded = response.response?.clientDataJSON;
  if (typeof encoded !== "string" || encoded.length > PASSKEY_RESPONSE_MAX) return null;
  try {
    const clientData = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as { challenge?: unknown };
    return typeof clientData.challenge === "string" && clientData.challenge.length <= 512 ? clientData.challenge : null;
  } catch {
    return null;
  }
}

function parseResponse<T>(json: string, invalid: () => Error): T & { response: { clientDataJSON: string } } {
  try {
    const parsed = JSON.parse(json) as unknown;
    if (parsed && typeof parsed === "object" && "id" in parsed && "response" in parsed)
      return parsed as T & { response: { clientDataJSON: string } };
  } catch {
    // answered below
  }
  throw invalid();
}

const TRANSPORTS = new Set(["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"]);

function transportsOf(row: Pick<PasskeyRow, "transports">): AuthenticatorTransport[] {
  return row.transports.split(",").filter((t): t is AuthenticatorTransport => TRANSPORTS.has(t));
}

/** A name as given, trimmed; an empty one refused. */
function cleanName(name: string): string {
  const trimmed = name.replace(/\s+/g, " ").trim();
  if (!trimmed) throw badInput("Give the passkey a name.", { name: "Give the passkey a name" });
  if (trimmed.length > PASSKEY_NAME_MAX) {
    const text = `At most ${PASSKEY_NAME_MAX} characters`;
    throw badInput(text, { name: text });
  }
  return trimmed;
}

async function auditScope(data: Database, owner: PasskeyOwner): Promise<FacilityScope> {
  if (owner.app === "STAFF") return scopeOfStaff(owner.viewer);
  const name = await nameOfPortalPerson(data, owner.viewer);
  return new FacilityScope(owner.viewer.facilityId, {
    kind: "PORTAL",
    portalAccountId: owner.viewer.accountId,
    name,
  });
}

/**
 * Verifies the browser's answer to a registration challenge and keeps the new passkey. The
 * challenge must be the person's own, unexpired and unused; it is used up whatever the outcome.
 */
export async function finishPasskeyRegistration(
  deps: PasskeyDeps,
  owner: PasskeyOwner,
  request: { response: string; name?: string | null },
): Promise<PasskeyRow> {
  const { data, clock, config } = deps;
  const now = clock.now();
  const invalid = () => badInput(REGISTRATION_FAILED);
  const response = parseResponse<RegistrationResponseJSON>(request.response, invalid);
  const name = cleanName(request.name ?? "Passkey");
  const challenge = challengeOf(response);
  if (!challenge) throw invalid();
  const taken = await data.transaction((tx) =>
    takeChallenge(tx, data.t, now, challenge, {
      purpose: "REGISTER",
      app: owner.app,
      ...(owner.app === "STAFF" ? { staffUserId: owner.viewer.userId } : { portalAccountId: owner.viewer.accountId }),
    }),
  );
  if (!taken) throw badInput("This passkey request has expired or was already used. Try again.");
  const rp = relyingParty(config.publicUrl);
  let verified: Awaited<ReturnType<WebAuthn["verifyRegistrationResponse"]>>;
  try {
    verified = await (await webAuthn()).verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    });
  } catch (error) {
    deps.logger.info("passkey registration refused", { reason: (error as Error).message });
    throw invalid();
  }
  if (!verified.verified || !verified.registrationInfo) throw invalid();
  const { credential, credentialBackedUp } = verified.registrationInfo;
  const t = data.t;
  return data.transaction(async (tx) => {
    // The owner's row is locked, so two registrations at once count each other.
    if (owner.app === "PORTAL") {
      await lockPortalAccountOf(tx, data, owner.viewer);
    } else {
      await data.dialect.forUpdate(
        tx.select({ id: t.staffUsers.id }).from(t.staffUsers).where(eq(t.staffUsers.id, owner.viewer.userId)),
      );
    }
    const [kept] = await tx.select({ n: count() }).from(t.passkeys).where(ownerCondition(t, owner));
    if ((kept?.n ?? 0) >= PASSKEYS_PER_PERSON)
      throw conflict(`You have ${PASSKEYS_PER_PERSON} passkeys already. Remove one before adding another.`);
    const [taken] = await tx
      .select({ id: t.passkeys.id })
      .from(t.passkeys)
      .where(eq(t.passkeys.credentialId, credential.id));
    if (taken) throw conflict("This passkey is already registered.");
    const row = returnedRow(
      await tx
        .insert(t.passkeys)
        .values({
          facilityId: owner.viewer.facilityId,
          staffUserId: owner.app === "STAFF" ? owner.viewer.userId : null,
          portalAccountId: owner.app === "PORTAL" ? owner.viewer.accountId : null,
          customerId: owner.app === "PORTAL" ? owner.viewer.customerId : null,
          credentialId: credential.id,
          publicKey: Buffer.from(credential.publicKey),
          counter: credential.counter,
          transports: (credential.transports ?? []).filter((x) => TRANSPORTS.has(x)).join(","),
          backedUp: credentialBackedUp,
          name,
          createdAt: now,
        })
        .returning(),
    );
    await recordAudit(tx, t, await auditScope(data, owner), now, {
      action: "PASSKEY_ADDED",
      customerId: owner.app === "PORTAL" ? owner.viewer.customerId : null,
      subject: name,
    });
    return row;
  });
}

/** Renames one of the owner's passkeys; another's answers exactly like a missing one. */
export async function renamePasskey(
  { data }: Pick<ServiceDeps, "data">,
  owner: PasskeyOwner,
  id: number,
  name: string,
): Promise<PasskeyRow> {
  const clean = cleanName(name);
  const { passkeys: p } = data.t;
  const [row] = await data.transaction((tx) =>
    tx
      .update(p)
      .set({ name: clean })
      .where(and(eq(p.id, id), ownerCondition(data.t, owner)))
      .returning(),
  );
  if (!row) throw notFound("Passkey");
  return row;
}

/** Removes one of the owner's passkeys; another's answers exactly like a missing one. */
export async function removePasskey(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  owner: PasskeyOwner,
  id: number,
): Promise<void> {
  const now = clock.now();
  const t = data.t;
  const scope = await auditScope(data, owner);
  await data.transaction(async (tx) => {
    const [row] = await tx
      .delete(t.passkeys)
      .where(and(eq(t.passkeys.id, id), ownerCondition(t, owner)))
      .returning({ name: t.passkeys.name });
    if (!row) throw notFound("Passkey");
    await recordAudit(tx, t, scope, now, {
      action: "PASSKEY_REMOVED",
      customerId: owner.app === "PORTAL" ? owner.viewer.customerId : null,
      subject: row.name,
    });
  });
}

/**
 * Options for a passkey sign-in (a JSON object for `startAuthentication`): no list of credentials,
 * so the browser offers the passkeys it holds for Portico and no email needs typing.
 */
export async function startPasskeySignIn(deps: PasskeyDeps, app: PasskeyApp, request: { ip: string }): Promise<string> {
  const { data, clock, config } = deps;
  const now = clock.now();
  await limitChallenges(deps, request.ip, now);
  const options = await (await webAuthn()).generateAuthenticationOptions({
    rpID: relyingParty(config.publicUrl).rpID,
    timeout: 2 * MINUTE,
    userVerification: "required",
  });
  await saveChallenge(data, now, { challenge: options.challenge, purpose: "SIGN_IN", app });
  return JSON.stringify(options);
}

type VerifiedPasskey = { passkey: PasskeyRow; newCounter: number; backedUp: boolean };

/**
 * Takes the challenge, finds the passkey and checks the signature. Every failure answers the same
 * (undefined): an unknown passkey, one of the other app, a used or expired challenge, a bad
 * signature or a counter that went back.
 */
async function verifySignIn(
  deps: PasskeyDeps,
  app: PasskeyApp,
  response: AuthenticationResponseJSON,
  now: Date,
): Promise<VerifiedPasskey | undefined> {
  const { data, config, logger } = deps;
  const t = data.t;
  const challenge = challengeOf(response);
  if (!challenge || typeof response.id !== "string" || response.id.length > 1024) return undefined;
  const taken = await data.transaction((tx) => takeChallenge(tx, t, now, challenge, { purpose: "SIGN_IN", app }));
  if (!taken) return undefined;
  const [passkey] = await data.read
    .select()
    .from(t.passkeys)
    .where(
      and(
        eq(t.passkeys.credentialId, response.id),
        app === "STAFF" ? isNull(t.passkeys.portalAccountId) : isNull(t.passkeys.staffUserId),
      ),
    );
  if (!passkey) return undefined;
  const rp = relyingParty(config.publicUrl);
  try {
    const result = await (await webAuthn()).verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: passkey.counter,
        transports: transportsOf(passkey),
      },
      requireUserVerification: true,
    });
    if (!result.verified) return undefined;
    const handle = response.response.userHandle;
    const expected = Buffer.from(
      userHandle(
        passkey.staffUserId !== null
          ? { app: "STAFF", viewer: { userId: passkey.staffUserId } as StaffViewer }
          : { app: "PORTAL", viewer: { accountId: passkey.portalAccountId ?? 0 } as PortalViewer },
      ),
    ).toString("base64url");
    if (handle && handle !== expected) {
      logger.info("passkey sign-in refused: the user handle is another owner's", { passkeyId: passkey.id });
      return undefined;
    }
    return {
      passkey,
      newCounter: result.authenticationInfo.newCounter,
      backedUp: result.authenticationInfo.credentialBackedUp,
    };
  } catch (error) {
    // A counter that did not go up is what the library reports for a cloned authenticator: the
    // sign-in is refused and the passkey stays, for its owner to remove if they see this again.
    logger.info("passkey sign-in refused", { passkeyId: passkey.id, reason: (error as Error).message });
    return undefined;
  }
}

/**
 * Records the use: the counter moves forward only, checked on the row itself, so of two sign-ins
 * racing with one counter value only one passes (authenticators that keep no counter send 0).
 */
async function recordUse(tx: WriteDb, t: Tables, used: VerifiedPasskey, now: Date): Promise<boolean> {
  const p = t.passkeys;
  const moved = await tx
    .update(p)
    .set({ counter: used.newCounter, lastUsedAt: now, backedUp: used.backedUp })
    .where(and(eq(p.id, used.passkey.id), used.newCounter === 0 ? eq(p.counter, 0) : lt(p.counter, used.newCounter)))
    .returning({ id: p.id });
  return moved.length === 1;
}

async function throttled<T>(
  deps: PasskeyDeps,
  ip: string,
  now: Date,
  verify: () => Promise<T | undefined>,
): Promise<T> {
  const outcome = await throttledCheck(
    deps.data,
    [{ key: `passkey-signin:ip:${ip}`, limit: SIGN_INS_PER_IP, windowMs: WINDOW }],
    now,
    verify,
  );
  if (outcome.status === "LIMITED") {
    throw tooManyRequests(
      `Too many failed sign-ins. Try again in ${Math.ceil(outcome.retryAfterMs / MINUTE)} min.`,
      Math.ceil(outcome.retryAfterMs / 1000),
    );
  }
  if (outcome.status === "FAILED") throw unauthenticated(SIGN_IN_FAILED);
  return outcome.value;
}

function parseSignIn(json: string): AuthenticationResponseJSON {
  return parseResponse<AuthenticationResponseJSON>(json, () => unauthenticated(SIGN_IN_FAILED));
}

/**
 * Signs a staff member in with a passkey: a new session, the browser's previous staff session
 * ended, as with a password.
 */
export async function staffSignInWithPasskey(
  deps: PasskeyDeps,
  attempt: { response: string; ip: string; userAgent: string; previousToken?: string },
): Promise<{ userId: number; session: NewSession }> {
  const { data, clock } = deps;
  const now = clock.now();
  const response = parseSignIn(attempt.response);
  const t = data.t;
  return throttled(deps, attempt.ip, now, async () => {
    const used = await verifySignIn(deps, "STAFF", response, now);
    if (!used || used.passkey.staffUserId === null) return undefined;
    const staffUserId = used.passkey.staffUserId;
    return data.transaction(async (tx) => {
      const [user] = await data.dialect.forUpdate(
        tx.select().from(t.staffUsers).where(eq(t.staffUsers.id, staffUserId)),
      );
      // A deactivated member is refused with the answer of any failed sign-in.
      if (user?.status !== "ACTIVE" || !(await recordUse(tx, t, used, now))) return undefined;
      if (attempt.previousToken) await deleteSession(tx, t, attempt.previousToken);
      await tx.update(t.staffUsers).set({ lastActiveAt: now }).where(eq(t.staffUsers.id, staffUserId));
      const owner = { kind: "STAFF" as const, facilityId: user.facilityId, staffUserId };
      const session = await createSession(tx, t, now, owner, { userAgent: attempt.userAgent, ip: attempt.ip });
      return { userId: user.id, session };
    });
  });
}

/**
 * Signs a portal person in with a passkey: the account's person must still be let in (a contact
 * whose access was turned off is refused, with the same answer as any failure).
 */
export async function portalSignInWithPasskey(
  deps: PasskeyDeps,
  attempt: { response: string; ip: string; userAgent: string; previousToken?: string },
): Promise<PortalSignIn> {
  const { data, clock } = deps;
  const now = clock.now();
  const response = parseSignIn(attempt.response);
  const t = data.t;
  return throttled(deps, attempt.ip, now, async () => {
    const used = await verifySignIn(deps, "PORTAL", response, now);
    const accountId = used?.passkey.portalAccountId;
    if (!used || accountId == null) return undefined;
    return data.transaction(async (tx) => {
      const [account] = await tx.select().from(t.portalAccounts).where(eq(t.portalAccounts.id, accountId));
      if (!account) return undefined;
      const person = { facilityId: account.facilityId, customerId: account.customerId, contactId: account.contactId };
      // Locked before the check, as the changes that end a person's sessions lock it before ending them.
      await lockPortalAccountOf(tx, data, person);
      if (!(await mayEnterPortal(tx, t, person))) return undefined;
      if (!(await recordUse(tx, t, used, now))) return undefined;
      return startPortalSession(tx, t, person, now, {
        previousToken: attempt.previousToken,
        client: { userAgent: attempt.userAgent, ip: attempt.ip },
        method: "PASSKEY",
      });
    });
  });
}

/** The person of a portal account may still sign in: a customer not archived, or their contact whose access is on. */
async function mayEnterPortal(
  tx: WriteDb,
  t: Tables,
  person: { customerId: number; contactId: number | null },
): Promise<boolean> {
  // An archived customer's people are out until the customer is restored.
  const [customer] = await tx
    .select({ id: t.customers.id })
    .from(t.customers)
    .where(and(eq(t.customers.id, person.customerId), isNull(t.customers.archivedAt)));
  if (!customer) return false;
  if (person.contactId === null) return true;
  const [contact] = await tx
    .select({ on: t.contacts.canAccessPortal })
    .from(t.contacts)
    .where(and(eq(t.contacts.id, person.contactId), eq(t.contacts.customerId, person.customerId)));
  return contact?.on === true;
}

/** Deletes up to `chunk` challenges past their lifetime; answers how many. */
export async function purgeExpiredPasskeyChallenges(data: Database, now: Date, chunk = 500): Promise<number> {
  const c = data.t.passkeyChallenges;
  const gone = await data.transaction((tx) =>
    tx
      .delete(c)
      .where(
        and(
          inArray(c.challenge, tx.select({ challenge: c.challenge }).from(c).where(lte(c.expiresAt, now)).limit(chunk)),
          lte(c.expiresAt, now),
        ),
      )
      .returning({ challenge: c.challenge }),
  );
  return gone.length;
}
