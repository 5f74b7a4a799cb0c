import { writeTransaction } from "../../db/client.js";
import type { Context } from "../../graphql/context.js";
import { tooManyRequests, unauthenticated } from "../../graphql/errors.js";
import { MINUTE } from "../../lib/clock.js";
import { dummyPasswordHash, verifyPassword } from "../../lib/passwords.js";
import { clearRateLimit, hitRateLimit, isRateLimited } from "../../lib/rate-limit.js";
import { normalizeEmail } from "../../lib/text.js";
import { sha256 } from "../../lib/tokens.js";
import type { PortalViewer } from "../auth/sessions.js";
import { startPortalSession } from "./portal-session.js";

const FAILURES_PER_ADDRESS = 10;
const FAILURES_PER_IP = 50;
const FAILURE_WINDOW = 15 * MINUTE;
const WRONG = "Email or password is incorrect";

type Candidate = { facilityId: number; customerId: number; contactId: number | null; passwordHash: string };

/**
 * Email + password sign-in (facilities in password mode). Failures are counted per address and per
 * network; every failure, for a known or unknown address, gets the same answer after the same work.
 */
export async function signInWithPassword(ctx: Context, emailInput: string, password: string): Promise<PortalViewer> {
  const now = ctx.clock.now();
  const email = normalizeEmail(emailInput.slice(0, 320)) ?? "";
  const addressKey = `portal-password:email:${sha256(email)}`;
  const ipKey = `portal-password:ip:${ctx.ip}`;
  for (const [key, limit] of [
    [addressKey, FAILURES_PER_ADDRESS],
    [ipKey, FAILURES_PER_IP],
  ] as const) {
    const state = isRateLimited(ctx.db, key, limit, now);
    if (!state.allowed) {
      const minutes = Math.ceil(state.retryAfterMs / MINUTE);
      throw tooManyRequests(`Too many tries. Try again in ${minutes} min, or email yourself a sign-in link.`);
    }
  }
  const candidates = ctx.db.$client
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

  let match: Candidate | undefined;
  for (const candidate of candidates) {
    if (await verifyPassword(password.slice(0, 1024), candidate.passwordHash)) {
      match = candidate;
      break;
    }
  }
  if (!candidates.length) await verifyPassword(password.slice(0, 1024), await dummyPasswordHash);
  if (!match) {
    hitRateLimit(ctx.db, addressKey, FAILURES_PER_ADDRESS, FAILURE_WINDOW, now);
    hitRateLimit(ctx.db, ipKey, FAILURES_PER_IP, FAILURE_WINDOW, now);
    throw unauthenticated(WRONG);
  }
  clearRateLimit(ctx.db, addressKey);
  const person = match;
  return writeTransaction(ctx.db, (tx) => startPortalSession(ctx, tx, person, now));
}
