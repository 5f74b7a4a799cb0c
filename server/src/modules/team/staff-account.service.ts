import { and, eq } from "drizzle-orm";
import type { Database, WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { enqueueEmail } from "../../email/outbox.js";
import type { SessionClient } from "../../lib/client-device.js";
import { MINUTE } from "../../lib/clock.js";
import { badInput, tooManyRequests } from "../../lib/domain-error.js";
import { passwordProblem } from "../../lib/password-policy.js";
import { hashPassword, verifyPassword } from "../../lib/passwords.js";
import { isValidEmail, isValidTypedEmail, normalizeEmail } from "../../lib/text.js";
import { sha256 } from "../../lib/tokens.js";
import { recordAudit } from "../audit/audit.service.js";
import { hitRateLimit, throttledCheck } from "../auth/rate-limit.service.js";
import {
  createSession,
  deleteSession,
  endStaffSessions,
  type NewSession,
  type StaffViewer,
} from "../auth/sessions.service.js";
import { facilityById } from "../facilities/facility.service.js";
import type { ServiceDeps } from "../service-deps.js";
import {
  consumeStaffLink,
  createStaffLink,
  findStaffLinkByToken,
  type StaffLinkPurpose,
  type StaffLinkState,
  staffLinkState,
} from "./staff-link.service.js";
import { STAFF_NAME_MAX_LENGTH } from "./team.service.js";

/**
 * A password-reset link works for 30 minutes: long enough to switch to the mailbox and back on a
 * slow day, short enough that a forgotten email in an inbox is soon useless (decision 0029).
 */
export const STAFF_RESET_TTL = 30 * MINUTE;
const RESETS_PER_ADDRESS_WINDOW = MINUTE;
const RESET_REQUESTS_PER_IP = 20;
const RESET_REQUESTS_PER_IP_WINDOW = 15 * MINUTE;
/** Wrong current passwords allowed per window when changing one's own. */
const CHANGE_ATTEMPTS = 10;
const CHANGE_WINDOW = 15 * MINUTE;

const DEAD_LINK: Record<StaffLinkPurpose, string> = {
  INVITE: "This invite link no longer works. Ask an admin of your team to send a new invite.",
  PASSWORD_RESET: "This reset link no longer works. Ask for a new one from the sign-in page.",
};

type StaffRow = Database["t"]["staffUsers"]["$inferSelect"];

/** What a link's page shows: whose link it is and whether it still works. Opening it changes nothing. */
export type StaffLinkPreview = {
  state: StaffLinkState;
  purpose: StaffLinkPurpose;
  name: string;
  email: string;
  facilityName: string;
};

/** The person a link is for may still use it: invited for an invite, active for a reset. */
const fitsLink = (staff: Pick<StaffRow, "status">, purpose: StaffLinkPurpose) =>
  staff.status === (purpose === "INVITE" ? "INVITED" : "ACTIVE");

export async function previewStaffLink(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  token: string,
): Promise<StaffLinkPreview | null> {
  const link = await findStaffLinkByToken(data.read, data.t, token);
  if (!link) return null;
  const { staffUsers: u } = data.t;
  const [staff] = await data.read.select().from(u).where(eq(u.id, link.staffUserId));
  if (!staff) return null;
  const facility = await facilityById(data, staff.facilityId);
  let state = staffLinkState(link, clock.now());
  // A deactivated person's link, or an invite of someone who has joined since, is over.
  if (state === "VALID" && !fitsLink(staff, link.purpose)) state = "REPLACED";
  return { state, purpose: link.purpose, name: staff.name, email: staff.email, facilityName: facility.name };
}

function refuseWeakPassword(password: string, email: string, field = "password"): void {
  const problem = passwordProblem(password, { email });
  if (problem) throw badInput(problem, { [field]: problem });
}

/**
 * Uses a staff link with a new password, once: the link is consumed by a conditional write, then
 * the person's row is locked and checked again (deactivated meanwhile → the link is dead). The
 * password is hashed before the transaction: scrypt must never hold the write lock.
 */
async function useLink(
  data: Database,
  token: string,
  password: string,
  purpose: StaffLinkPurpose,
  now: Date,
  then: (tx: WriteDb, staff: StaffRow, passwordHash: string) => Promise<void>,
): Promise<StaffRow> {
  const link = await findStaffLinkByToken(data.read, data.t, token);
  if (!link || link.purpose !== purpose) throw badInput(DEAD_LINK[purpose], { linkState: "INVALID" });
  const { staffUsers: u } = data.t;
  const [before] = await data.read.select().from(u).where(eq(u.id, link.staffUserId));
  if (!before) throw badInput(DEAD_LINK[purpose]);
  refuseWeakPassword(password, before.email);
  const passwordHash = await hashPassword(password);
  return data.transaction(async (tx) => {
    if (!(await consumeStaffLink(tx, data.t, link.id, now))) throw badInput(DEAD_LINK[purpose]);
    const [staff] = await data.dialect.forUpdate(tx.select().from(u).where(eq(u.id, link.staffUserId)));
    if (!staff || !fitsLink(staff, purpose)) throw badInput(DEAD_LINK[purpose]);
    const changed = returnedRow(
      await tx
        .update(u)
        .set({ passwordHash, status: "ACTIVE", ...(purpose === "INVITE" ? { lastActiveAt: now } : {}) })
        .where(eq(u.id, staff.id))
        .returning(),
    );
    // Every session of the person ends with a new password; an invited person has none yet.
    await endStaffSessions(tx, data.t, staff.id);
    await then(tx, changed, passwordHash);
    return changed;
  });
}

function viewerOf(staff: StaffRow, session: NewSession, facility: StaffViewer["facility"]): StaffViewer {
  return {
    kind: "staff",
    sessionIdHash: sha256(session.token),
    userId: staff.id,
    facilityId: staff.facilityId,
    role: staff.role,
    name: staff.name,
    email: staff.email,
    facility,
  };
}

/** The invitee chooses a password on the invite's page and is signed in. */
export async function acceptStaffInvite(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  request: { token: string; password: string; previousToken?: string; client: SessionClient },
): Promise<{ viewer: StaffViewer; session: NewSession }> {
  const now = clock.now();
  let session: NewSession | undefined;
  const staff = await useLink(data, request.token, request.password, "INVITE", now, async (tx, joined) => {
    if (request.previousToken) await deleteSession(tx, data.t, request.previousToken);
    const owner = { kind: "STAFF" as const, facilityId: joined.facilityId, staffUserId: joined.id };
    session = await createSession(tx, data.t, now, owner, request.client);
    const self = new FacilityScope(joined.facilityId, { kind: "STAFF", staffUserId: joined.id, name: joined.name });
    await recordAudit(tx, data.t, self, now, {
      action: "STAFF_JOINED",
      subject: joined.name,
      details: { email: joined.email, role: joined.role },
    });
  });
  if (!session) throw new Error("The invite was accepted without a session.");
  return { viewer: viewerOf(staff, session, await facilityById(data, staff.facilityId)), session };
}

/**
 * "Forgot password?": emails a 30-minute reset link to an active staff member with this address,
 * at most one per address a minute. Known, unknown, invited and deactivated addresses get the same
 * answer; only the per-network limit answers otherwise, and it says nothing about the address.
 */
export async function requestStaffPasswordReset(
  deps: Pick<ServiceDeps, "data" | "clock" | "nudgeOutbox">,
  request: { email: string; ip: string },
): Promise<void> {
  const { data, clock } = deps;
  const now = clock.now();
  const perIp = await hitRateLimit(
    data,
    `staff-reset:ip:${request.ip}`,
    RESET_REQUESTS_PER_IP,
    RESET_REQUESTS_PER_IP_WINDOW,
    now,
  );
  if (!perIp.allowed) {
    const minutes = Math.ceil(perIp.retryAfterMs / MINUTE);
    throw tooManyRequests(
      `Too many attempts from this network. Try again in ${minutes} min.`,
      Math.ceil(perIp.retryAfterMs / 1000),
    );
  }
  const email = normalizeEmail(request.email.slice(0, 320));
  if (!isValidTypedEmail(request.email) || !isValidEmail(email)) return;
  const perAddress = await hitRateLimit(data, `staff-reset:email:${sha256(email)}`, 1, RESETS_PER_ADDRESS_WINDOW, now);
  if (!perAddress.allowed) return;
  const queued = await data.transaction(async (tx) => {
    const { staffUsers: u } = data.t;
    const [staff] = await tx
      .select()
      .from(u)
      .where(and(eq(u.email, email), eq(u.status, "ACTIVE")));
    if (!staff) return false;
    const linkId = await createStaffLink(tx, data.t, {
      facilityId: staff.facilityId,
      staffUserId: staff.id,
      purpose: "PASSWORD_RESET",
      expiresAt: new Date(now.getTime() + STAFF_RESET_TTL),
      now,
    });
    await enqueueEmail(tx, data.t, {
      facilityId: staff.facilityId,
      kind: "STAFF_PASSWORD_RESET",
      toEmail: staff.email,
      staffLinkId: linkId,
      now,
    });
    return true;
  });
  if (queued) deps.nudgeOutbox();
}

/** Sets a new password from a reset link; every session of the person ends (they sign in again). */
export async function resetStaffPassword(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  request: { token: string; password: string },
): Promise<void> {
  await useLink(data, request.token, request.password, "PASSWORD_RESET", clock.now(), async () => {});
}

/**
 * A signed-in staff member changes their password, proving the current one (throttled like a
 * sign-in). Their other sessions end; the one they are using stays.
 */
export async function changeOwnPassword(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  viewer: StaffViewer,
  request: { currentPassword: string; newPassword: string },
): Promise<void> {
  const now = clock.now();
  refuseWeakPassword(request.newPassword, viewer.email, "newPassword");
  const { staffUsers: u } = data.t;
  const outcome = await throttledCheck(
    data,
    [{ key: `staff-password-change:user:${viewer.userId}`, limit: CHANGE_ATTEMPTS, windowMs: CHANGE_WINDOW }],
    now,
    async () => {
      const [row] = await data.read.select({ passwordHash: u.passwordHash }).from(u).where(eq(u.id, viewer.userId));
      return row && (await verifyPassword(request.currentPassword, row.passwordHash)) ? row.passwordHash : undefined;
    },
  );
  if (outcome.status === "LIMITED") {
    const minutes = Math.ceil(outcome.retryAfterMs / MINUTE);
    throw tooManyRequests(`Too many tries. Try again in ${minutes} min.`, Math.ceil(outcome.retryAfterMs / 1000));
  }
  const wrong = "Your current password is incorrect";
  if (outcome.status === "FAILED") throw badInput(wrong, { currentPassword: wrong });
  const passwordHash = await hashPassword(request.newPassword);
  await data.transaction(async (tx) => {
    const [row] = await data.dialect.forUpdate(
      tx.select({ passwordHash: u.passwordHash, status: u.status }).from(u).where(eq(u.id, viewer.userId)),
    );
    // Changed meanwhile (another tab, a reset link): the current password proven is no longer it.
    if (row?.status !== "ACTIVE" || row.passwordHash !== outcome.value) {
      throw badInput(wrong, { currentPassword: wrong });
    }
    await tx.update(u).set({ passwordHash }).where(eq(u.id, viewer.userId));
    await endStaffSessions(tx, data.t, viewer.userId, viewer.sessionIdHash);
  });
}

/** A staff member's own name, as the team, the audit log and their colleagues see it. */
export async function updateOwnName(
  { data }: Pick<ServiceDeps, "data">,
  viewer: StaffViewer,
  name: string,
): Promise<StaffViewer> {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > STAFF_NAME_MAX_LENGTH) {
    const message = `Enter your name (up to ${STAFF_NAME_MAX_LENGTH} characters)`;
    throw badInput(message, { name: message });
  }
  const { staffUsers: u } = data.t;
  await data.transaction((tx) => tx.update(u).set({ name: trimmed }).where(eq(u.id, viewer.userId)));
  return { ...viewer, name: trimmed };
}
