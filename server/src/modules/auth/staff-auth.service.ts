import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { staffUsers } from "../../db/schema.js";
import type { Context } from "../../graphql/context.js";
import { MINUTE } from "../../lib/clock.js";
import { tooManyRequests, unauthenticated } from "../../lib/domain-error.js";
import { dummyPasswordHash, verifyPassword } from "../../lib/passwords.js";
import { throttledCheck } from "../../lib/rate-limit.js";
import { normalizeEmail } from "../../lib/text.js";
import { sha256 } from "../../lib/tokens.js";
import {
  createSession,
  deleteSession,
  endPreviewOpenedBy,
  PORTAL_COOKIE,
  resolveStaffSession,
  STAFF_COOKIE,
  type StaffViewer,
} from "./sessions.js";

/** Failed attempts allowed per window; a successful sign-in gives its own attempt back. */
const ATTEMPTS_PER_ACCOUNT = 10;
const ATTEMPTS_PER_IP = 50;
const ATTEMPT_WINDOW = 15 * MINUTE;

export const DEMO_ADMIN = { email: "admin@portico.test", password: "portico-demo" } as const;

export async function staffSignIn(ctx: Context, emailInput: string, password: string): Promise<StaffViewer> {
  // Bounded and hashed, as in the portal: the address becomes a throttle key stored for the window.
  const email = normalizeEmail(emailInput.slice(0, 320)) ?? "";
  const now = ctx.clock.now();
  const outcome = await throttledCheck(
    ctx.db,
    [
      { key: `staff-signin:email:${sha256(email)}`, limit: ATTEMPTS_PER_ACCOUNT, windowMs: ATTEMPT_WINDOW },
      { key: `staff-signin:ip:${ctx.ip}`, limit: ATTEMPTS_PER_IP, windowMs: ATTEMPT_WINDOW },
    ],
    now,
    async () => {
      const user = ctx.db.select().from(staffUsers).where(eq(staffUsers.email, email)).get();
      const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash));
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
  const previous = ctx.cookie(STAFF_COOKIE);
  if (previous) deleteSession(ctx.db, previous);
  const session = createSession(ctx.db, now, { kind: "STAFF", facilityId: user.facilityId, staffUserId: user.id });
  ctx.setSessionCookie(STAFF_COOKIE, session.token, session.expiresAt);
  return {
    kind: "staff",
    sessionIdHash: "",
    userId: user.id,
    facilityId: user.facilityId,
    role: user.role,
    name: user.name,
    email: user.email,
  };
}

export function staffSignOut(ctx: Context): void {
  const token = ctx.cookie(STAFF_COOKIE);
  const portalToken = ctx.cookie(PORTAL_COOKIE);
  if (token) {
    const staff = resolveStaffSession(ctx.db, token, ctx.clock.now());
    if (staff && portalToken) endPreviewOpenedBy(ctx.db, portalToken, staff.userId);
    deleteSession(ctx.db, token);
  }
  ctx.clearSessionCookie(STAFF_COOKIE);
}

export function staffUserById(db: Db, id: number) {
  return db.select().from(staffUsers).where(eq(staffUsers.id, id)).get();
}
