import { type Db, writeTransaction } from "../../db/client.js";
import type { Context } from "../../graphql/context.js";
import { MINUTE } from "../../lib/clock.js";
import { tooManyRequests, unauthenticated } from "../../lib/domain-error.js";
import { dummyPasswordHash, verifyPassword } from "../../lib/passwords.js";
import { throttledCheck } from "../../lib/rate-limit.js";
import { normalizeEmail } from "../../lib/text.js";
import { sha256 } from "../../lib/tokens.js";
import type { PortalViewer } from "../auth/sessions.js";
import { startPortalSession } from "./portal-session.js";

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
export async function signInWithPassword(ctx: Context, emailInput: string, password: string): Promise<PortalViewer> {
  const now = ctx.clock.now();
  const email = normalizeEmail(emailInput.slice(0, 320)) ?? "";
  const outcome = await throttledCheck(
    ctx.db,
    [
      { key: `portal-password:email:${sha256(email)}`, limit: ATTEMPTS_PER_ADDRESS, windowMs: ATTEMPT_WINDOW },
      { key: `portal-password:ip:${ctx.ip}`, limit: ATTEMPTS_PER_IP, windowMs: ATTEMPT_WINDOW },
    ],
    now,
    () => matchingPerson(ctx, email, password.slice(0, 1024)),
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
  return writeTransaction(ctx.db, (tx) => {
    // scrypt ran outside the transaction: an email change, access turned off or a new password
    // committed meanwhile must win, or the session would outlive the change that should end it.
    const still = candidatesFor(tx, email).some(
      (c) =>
        c.customerId === person.customerId &&
        c.contactId === person.contactId &&
        c.passwordHash === person.passwordHash,
    );
    if (!still) throw unauthenticated(WRONG);
    return startPortalSession(ctx, tx, person, now);
  });
}

/** The password-mode portal accounts of this address that have a password, most recently used first. */
function candidatesFor(db: Db, email: string): Candidate[] {
  return db.$client
    .prepare(
      `SELECT pa.facility_id AS facilityId, pa.customer_id AS customerId, pa.contact_id AS contactId,
              pa.password_hash AS passwordHash
       FROM portal_accounts pa
       LEFT JOIN customers c ON pa.contact_id IS NULL AND c.id = pa.customer_id
       LEFT JOIN contacts k ON k.id = pa.contact_id
       JOIN facilities f ON f.id = pa.facility_id AND f.sign_in_method = 'PASSWORD'
       WHERE pa.password_hash IS NOT NULL
         AND ((pa.contact_id IS NULL AND c.email = ?) OR (k.email = ? AND k.can_access_portal = 1))
       ORDER BY pa.last_sign_in_at DESC
       LIMIT 5`,
    )
    .all(email, email) as Candidate[];
}

/** The person whose password this is, among the few accounts of the address; the same work for unknown ones. */
async function matchingPerson(ctx: Context, email: string, password: string): Promise<Candidate | undefined> {
  const candidates = candidatesFor(ctx.db, email);

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
