import { and, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { ReadDb, Tables } from "../../db/database.js";
import { MINUTE } from "../../lib/clock.js";
import { tooManyRequests, unauthenticated } from "../../lib/domain-error.js";
import { dummyPasswordHash, verifyPassword } from "../../lib/passwords.js";
import { normalizeEmail } from "../../lib/text.js";
import { sha256 } from "../../lib/tokens.js";
import type { ServiceDeps } from "../service-deps.js";
import { type PortalSignIn, startPortalSession } from "./portal-session.service.js";
import { throttledCheck } from "./rate-limit.service.js";
import { lockPortalAccountOf } from "./sessions.service.js";

/** Failed attempts allowed per window; a successful sign-in gives its own attempt back. */
const ATTEMPTS_PER_ADDRESS = 10;
const ATTEMPTS_PER_IP = 50;
const ATTEMPT_WINDOW = 15 * MINUTE;
const WRONG = "Email or password is incorrect";

type Candidate = { facilityId: number; customerId: number; contactId: number | null; passwordHash: string };

/**
 * Email + password sign-in (facilities in password mode). Failures are counted per address and per
 * network; every failure, for a known or unknown address, gets the same answer after the same work.
 */
export async function signInWithPassword(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  attempt: { email: string; password: string; ip: string; userAgent: string; previousToken?: string },
): Promise<PortalSignIn> {
  const now = clock.now();
  const email = normalizeEmail(attempt.email.slice(0, 320)) ?? "";
  const outcome = await throttledCheck(
    data,
    [
      { key: `portal-password:email:${sha256(email)}`, limit: ATTEMPTS_PER_ADDRESS, windowMs: ATTEMPT_WINDOW },
      { key: `portal-password:ip:${attempt.ip}`, limit: ATTEMPTS_PER_IP, windowMs: ATTEMPT_WINDOW },
    ],
    now,
    async () => matchingPerson(await candidatesFor(data.read, data.t, email), attempt.password.slice(0, 1024)),
  );
  if (outcome.status === "LIMITED") {
    const minutes = Math.ceil(outcome.retryAfterMs / MINUTE);
    throw tooManyRequests(
      `Too many tries. Try again in ${minutes} min, or email yourself a sign-in link.`,
      Math.ceil(outcome.retryAfterMs / 1000),
    );
  }
  if (outcome.status === "FAILED") throw unauthenticated(WRONG);
  const person = outcome.value;
  return data.transaction(async (tx) => {
    // scrypt ran outside the transaction: an email change, access turned off or a new password
    // committed meanwhile must win, or the session would outlive the change that should end it.
    // The account is locked before the re-check, as those changes lock it before ending sessions:
    // either this reads their change, or they see the session made here and end it.
    await lockPortalAccountOf(tx, data, person);
    const still = (await candidatesFor(tx, data.t, email)).some(
      (c) =>
        c.customerId === person.customerId &&
        c.contactId === person.contactId &&
        c.passwordHash === person.passwordHash,
    );
    if (!still) throw unauthenticated(WRONG);
    return startPortalSession(tx, data.t, person, now, {
      previousToken: attempt.previousToken,
      client: { userAgent: attempt.userAgent, ip: attempt.ip },
      method: "PASSWORD",
    });
  });
}

/** The password-mode portal accounts of this address that have a password, most recently used first. */
async function candidatesFor(db: Pick<ReadDb, "select">, t: Tables, email: string): Promise<Candidate[]> {
  const { portalAccounts: pa, customers: c, contacts: k, facilities: f } = t;
  const rows = await db
    .select({
      facilityId: pa.facilityId,
      customerId: pa.customerId,
      contactId: pa.contactId,
      passwordHash: pa.passwordHash,
    })
    .from(pa)
    .leftJoin(c, and(isNull(pa.contactId), eq(c.id, pa.customerId)))
    .leftJoin(k, eq(k.id, pa.contactId))
    .innerJoin(f, and(eq(f.id, pa.facilityId), eq(f.signInMethod, "PASSWORD")))
    .where(
      and(
        isNotNull(pa.passwordHash),
        // An archived customer's people answer like unknown addresses.
        sql`NOT EXISTS (SELECT 1 FROM customers owner WHERE owner.id = ${pa.customerId} AND owner.archived_at IS NOT NULL)`,
        or(and(isNull(pa.contactId), eq(c.email, email)), and(eq(k.email, email), eq(k.canAccessPortal, true))),
      ),
    )
    // Spelled out so both engines agree: never signed in sorts last.
    .orderBy(sql`${pa.lastSignInAt} desc nulls last`)
    .limit(5);
  return rows.flatMap(({ passwordHash, ...person }) => (passwordHash === null ? [] : [{ ...person, passwordHash }]));
}

/** The person whose password this is, among the few accounts of the address; the same work for unknown ones. */
async function matchingPerson(candidates: Candidate[], password: string): Promise<Candidate | undefined> {
  let match: Candidate | undefined;
  for (const candidate of candidates) {
    if (await verifyPassword(password, candidate.passwordHash)) {
      match = candidate;
      break;
    }
  }
  if (!candidates.length) await verifyPassword(password, await dummyPasswordHash);
  return match;
}
