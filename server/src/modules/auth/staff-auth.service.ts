import { eq } from "drizzle-orm";
import { MINUTE } from "../../lib/clock.js";
import { tooManyRequests, unauthenticated } from "../../lib/domain-error.js";
import { dummyPasswordHash, verifyPassword } from "../../lib/passwords.js";
import { normalizeEmail } from "../../lib/text.js";
import { sha256 } from "../../lib/tokens.js";
import { facilityById } from "../facilities/facility.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { throttledCheck } from "./rate-limit.service.js";
import {
  createSession,
  deleteSession,
  endPreviewOpenedBy,
  type NewSession,
  resolveStaffSession,
  type StaffViewer,
} from "./sessions.service.js";

/** Failed attempts allowed per window; a successful sign-in gives its own attempt back. */
const ATTEMPTS_PER_ACCOUNT = 10;
const ATTEMPTS_PER_IP = 50;
const ATTEMPT_WINDOW = 15 * MINUTE;

export const DEMO_ADMIN = { email: "admin@portico.test", password: "portico-demo" } as const;

type AuthDeps = Pick<ServiceDeps, "data" | "clock">;

/**
 * Email + password sign-in for staff. Answers the viewer and the new session, whose cookie the edge
 * sets; the browser's previous staff session (`previousToken`) ends.
 */
export async function staffSignIn(
  { data, clock }: AuthDeps,
  attempt: { email: string; password: string; ip: string; userAgent: string; previousToken?: string },
): Promise<{ viewer: StaffViewer; session: NewSession }> {
  // Bounded and hashed, as in the portal: the address becomes a throttle key stored for the window.
  const email = normalizeEmail(attempt.email.slice(0, 320)) ?? "";
  const now = clock.now();
  const { staffUsers } = data.t;
  const outcome = await throttledCheck(
    data,
    [
      { key: `staff-signin:email:${sha256(email)}`, limit: ATTEMPTS_PER_ACCOUNT, windowMs: ATTEMPT_WINDOW },
      { key: `staff-signin:ip:${attempt.ip}`, limit: ATTEMPTS_PER_IP, windowMs: ATTEMPT_WINDOW },
    ],
    now,
    async () => {
      const [found] = await data.read.select().from(staffUsers).where(eq(staffUsers.email, email));
      // Invited and deactivated people get the answer, and the work, of an unknown address.
      const user = found?.status === "ACTIVE" ? found : undefined;
      const ok = await verifyPassword(attempt.password, user?.passwordHash ?? (await dummyPasswordHash));
      return user && ok ? user : undefined;
    },
  );
  if (outcome.status === "LIMITED") {
    const minutes = Math.ceil(outcome.retryAfterMs / MINUTE);
    throw tooManyRequests(
      `Too many failed sign-ins. Try again in ${minutes} min.`,
      Math.ceil(outcome.retryAfterMs / 1000),
    );
  }
  if (outcome.status === "FAILED") throw unauthenticated("Email or password is incorrect");
  const user = outcome.value;
  const session = await data.transaction(async (tx) => {
    // scrypt ran outside the transaction: a deactivation or a new password committed meanwhile
    // wins. The row is locked before the re-check, as those changes lock it before ending sessions.
    const [still] = await data.dialect.forUpdate(
      tx
        .select({ status: staffUsers.status, passwordHash: staffUsers.passwordHash })
        .from(staffUsers)
        .where(eq(staffUsers.id, user.id)),
    );
    if (still?.status !== "ACTIVE" || still.passwordHash !== user.passwordHash) {
      throw unauthenticated("Email or password is incorrect");
    }
    if (attempt.previousToken) await deleteSession(tx, data.t, attempt.previousToken);
    await tx.update(staffUsers).set({ lastActiveAt: now }).where(eq(staffUsers.id, user.id));
    const owner = { kind: "STAFF" as const, facilityId: user.facilityId, staffUserId: user.id };
    return createSession(tx, data.t, now, owner, { userAgent: attempt.userAgent, ip: attempt.ip });
  });
  const viewer: StaffViewer = {
    kind: "staff",
    sessionIdHash: sha256(session.token),
    userId: user.id,
    facilityId: user.facilityId,
    role: user.role,
    name: user.name,
    email: user.email,
    facility: await facilityById(data, user.facilityId),
  };
  return { viewer, session };
}

/** Ends the browser's staff session, and the portal preview that staff user opened in it. */
export async function staffSignOut(
  { data, clock }: AuthDeps,
  tokens: { staffToken?: string; portalToken?: string },
): Promise<void> {
  const { staffToken, portalToken } = tokens;
  if (!staffToken) return;
  const staff = await resolveStaffSession(data, staffToken, clock.now());
  await data.transaction(async (tx) => {
    if (staff && portalToken) await endPreviewOpenedBy(tx, data.t, portalToken, staff.userId);
    await deleteSession(tx, data.t, staffToken);
  });
}
