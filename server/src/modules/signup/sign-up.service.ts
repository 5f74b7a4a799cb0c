import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database, Tables } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { enqueueEmail } from "../../email/outbox.js";
import type { SessionClient } from "../../lib/client-device.js";
import { DAY, HOUR, MINUTE } from "../../lib/clock.js";
import { badInput, conflict, forbidden, tooManyRequests } from "../../lib/domain-error.js";
import { passwordProblem } from "../../lib/password-policy.js";
import { hashPassword } from "../../lib/passwords.js";
import { isValidEmail, isValidTypedEmail, normalizeEmail } from "../../lib/text.js";
import { newToken, sha256 } from "../../lib/tokens.js";
import { recordAudit } from "../audit/audit.service.js";
import { hitRateLimit } from "../auth/rate-limit.service.js";
import { createSession, deleteSession, type NewSession, type StaffViewer } from "../auth/sessions.service.js";
import { createFacility, facilityPlace } from "../facilities/facility.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { createStaffLink } from "../team/staff-link.service.js";
import { STAFF_INVITE_TTL } from "../team/team.service.js";

/** A sign-up's confirmation link works for 24 hours (decision 0033). */
export const SIGN_UP_TTL = DAY;
export const FACILITY_NAME_MAX_LENGTH = 120;
export const ADMIN_NAME_MAX_LENGTH = 120;
const SIGN_UPS_PER_IP = 10;
const SIGN_UPS_PER_IP_WINDOW = HOUR;
const SIGN_UPS_PER_ADDRESS_WINDOW = MINUTE;

/** Tokens are 32 random bytes in base64url: anything else matches no sign-up without a lookup. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const DEAD_LINK = "This confirmation link no longer works. Sign up again to get a new one.";
const CLOSED = "Sign-up is closed on this Portico. Ask its operator to create your facility.";

type SignUpRow = Tables["facilitySignUps"]["$inferSelect"];

export type SignUpRequest = {
  facilityName: string;
  timeZone: string;
  country: string;
  adminName: string;
  adminEmail: string;
  password: string;
};

/** The input checked and made canonical; BAD_USER_INPUT naming the fields otherwise. */
function checkedRequest(input: SignUpRequest) {
  const fields: Record<string, string> = {};
  const facilityName = input.facilityName.trim();
  if (!facilityName || facilityName.length > FACILITY_NAME_MAX_LENGTH) {
    fields.facilityName = `Enter your facility's name (up to ${FACILITY_NAME_MAX_LENGTH} characters)`;
  }
  const adminName = input.adminName.trim();
  if (!adminName || adminName.length > ADMIN_NAME_MAX_LENGTH) {
    fields.adminName = `Enter your name (up to ${ADMIN_NAME_MAX_LENGTH} characters)`;
  }
  const adminEmail = normalizeEmail(input.adminEmail);
  if (!isValidTypedEmail(input.adminEmail) || !isValidEmail(adminEmail)) {
    fields.adminEmail = "Enter a valid email address";
  }
  const password = passwordProblem(input.password, { email: adminEmail });
  if (password) fields.password = password;
  const [first] = Object.values(fields);
  if (first) throw badInput(first, fields);
  const place = facilityPlace(input);
  return { facilityName, adminName, adminEmail: adminEmail as string, ...place };
}

/**
 * "Create your facility": keeps the sign-up, creating nothing usable, and queues the email whose
 * link confirms it. An address that already has a staff account gets the same answer and no email;
 * only the per-network limit answers otherwise, and it says nothing about the address. An address
 * gets at most one email a minute; a newer sign-up voids the older ones.
 */
export async function signUpFacility(
  deps: Pick<ServiceDeps, "data" | "clock" | "config" | "nudgeOutbox">,
  input: SignUpRequest,
  ip: string,
): Promise<void> {
  const { data, clock } = deps;
  if (!deps.config.openSignUp) throw forbidden(CLOSED);
  const now = clock.now();
  const request = checkedRequest(input);
  const perIp = await hitRateLimit(data, `sign-up:ip:${ip}`, SIGN_UPS_PER_IP, SIGN_UPS_PER_IP_WINDOW, now);
  if (!perIp.allowed) {
    const minutes = Math.ceil(perIp.retryAfterMs / MINUTE);
    throw tooManyRequests(
      `Too many sign-ups from this network. Try again in ${minutes} min.`,
      Math.ceil(perIp.retryAfterMs / 1000),
    );
  }
  // Hashed whatever happens next, so a known address takes as long as an unknown one.
  const passwordHash = await hashPassword(input.password);
  const perAddress = await hitRateLimit(
    data,
    `sign-up:email:${sha256(request.adminEmail)}`,
    1,
    SIGN_UPS_PER_ADDRESS_WINDOW,
    now,
  );
  if (!perAddress.allowed) return;
  const queued = await data.transaction(async (tx) => {
    const { staffUsers: u, facilitySignUps: s } = data.t;
    const [known] = await tx.select({ id: u.id }).from(u).where(eq(u.email, request.adminEmail));
    if (known) return false;
    await tx
      .update(s)
      .set({ voidedAt: now })
      .where(and(eq(s.adminEmail, request.adminEmail), isNull(s.consumedAt), isNull(s.voidedAt)));
    const signUp = returnedRow(
      await tx
        .insert(s)
        .values({ ...request, passwordHash, expiresAt: new Date(now.getTime() + SIGN_UP_TTL), createdAt: now })
        .returning({ id: s.id }),
    );
    await enqueueEmail(tx, data.t, {
      facilityId: null,
      kind: "FACILITY_SIGN_UP",
      toEmail: request.adminEmail,
      facilitySignUpId: signUp.id,
      now,
    });
    return true;
  });
  if (queued) deps.nudgeOutbox();
}

async function signUpByToken(data: Database, token: string): Promise<SignUpRow | undefined> {
  if (!TOKEN_SHAPE.test(token)) return undefined;
  const { facilitySignUps: s, facilitySignUpTokens: k } = data.t;
  const [row] = await data.read
    .select({ signUp: s })
    .from(k)
    .innerJoin(s, eq(s.id, k.signUpId))
    .where(eq(k.tokenHash, sha256(token)));
  return row?.signUp;
}

export type SignUpLinkState = "VALID" | "USED" | "REPLACED" | "EXPIRED";

/** What the confirmation page shows before anything is done: opening a link changes nothing. */
export async function previewSignUpLink(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  token: string,
): Promise<{ state: SignUpLinkState; facilityName: string; adminEmail: string } | null> {
  const signUp = await signUpByToken(data, token);
  if (!signUp) return null;
  const state: SignUpLinkState = signUp.consumedAt
    ? "USED"
    : signUp.voidedAt
      ? "REPLACED"
      : signUp.expiresAt <= clock.now()
        ? "EXPIRED"
        : "VALID";
  return { state, facilityName: signUp.facilityName, adminEmail: signUp.adminEmail };
}

/**
 * Confirms a sign-up, once: in one transaction the sign-up is used by a conditional write (of any
 * number of simultaneous confirmations exactly one gets it), the facility and its first admin are
 * created with the password chosen at sign-up, the audit log tells of both, and the admin is signed
 * in. An address that became a staff account meanwhile is refused and nothing is written.
 */
export async function confirmFacilitySignUp(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  request: { token: string; previousToken?: string; client: SessionClient },
): Promise<{ viewer: StaffViewer; session: NewSession }> {
  const now = clock.now();
  const found = await signUpByToken(data, request.token);
  if (!found) throw badInput(DEAD_LINK, { linkState: "INVALID" });
  const { facilitySignUps: s, staffUsers: u } = data.t;
  return data.transaction(async (tx) => {
    const used = await tx
      .update(s)
      .set({ consumedAt: now })
      .where(and(eq(s.id, found.id), isNull(s.consumedAt), isNull(s.voidedAt), gt(s.expiresAt, now)))
      .returning();
    const signUp = used[0];
    if (!signUp) throw badInput(DEAD_LINK);
    await data.dialect.lockKey(`staff-email:${signUp.adminEmail}`);
    const [known] = await tx.select({ id: u.id }).from(u).where(eq(u.email, signUp.adminEmail));
    if (known) {
      throw conflict("This email address already has a Portico account. Sign in instead.", { accountExists: true });
    }
    const facility = await createFacility(
      data,
      tx,
      { name: signUp.facilityName, timeZone: signUp.timeZone, country: signUp.country },
      now,
    );
    await tx.update(s).set({ facilityId: facility.id }).where(eq(s.id, signUp.id));
    const admin = returnedRow(
      await tx
        .insert(u)
        .values({
          facilityId: facility.id,
          email: signUp.adminEmail,
          name: signUp.adminName,
          role: "ADMIN",
          status: "ACTIVE",
          passwordHash: signUp.passwordHash,
          lastActiveAt: now,
          createdAt: now,
        })
        .returning(),
    );
    const self = new FacilityScope(facility.id, { kind: "STAFF", staffUserId: admin.id, name: admin.name });
    await recordAudit(tx, data.t, self, now, {
      action: "FACILITY_CREATED",
      subject: facility.name,
      details: { timeZone: facility.timeZone, country: facility.country, via: "sign-up" },
    });
    await recordAudit(tx, data.t, self, now, {
      action: "STAFF_JOINED",
      subject: admin.name,
      details: { email: admin.email, role: admin.role },
    });
    if (request.previousToken) await deleteSession(tx, data.t, request.previousToken);
    const session = await createSession(
      tx,
      data.t,
      now,
      { kind: "STAFF", facilityId: facility.id, staffUserId: admin.id },
      request.client,
    );
    const viewer: StaffViewer = {
      kind: "staff",
      sessionIdHash: sha256(session.token),
      userId: admin.id,
      facilityId: facility.id,
      role: admin.role,
      name: admin.name,
      email: admin.email,
      facility,
    };
    return { viewer, session };
  });
}

/**
 * The operator's way in when sign-up is closed: creates a facility and its first admin, invited,
 * and answers a one-time link to choose a password (the team's invite link, 7 days). No email is
 * sent: the operator hands the link over.
 */
export async function createFacilityWithAdmin(
  { data, clock, config }: Pick<ServiceDeps, "data" | "clock" | "config">,
  input: { facilityName: string; adminEmail: string; adminName?: string; timeZone?: string; country?: string },
): Promise<{ facilityId: number; link: string; expiresAt: Date }> {
  const now = clock.now();
  const facilityName = input.facilityName.trim();
  if (!facilityName || facilityName.length > FACILITY_NAME_MAX_LENGTH) {
    throw badInput(`The facility's name is 1 to ${FACILITY_NAME_MAX_LENGTH} characters`);
  }
  const adminEmail = normalizeEmail(input.adminEmail);
  if (!isValidTypedEmail(input.adminEmail) || !isValidEmail(adminEmail)) throw badInput("Enter a valid email address");
  const adminName = (input.adminName ?? "").trim() || adminEmail.split("@")[0] || adminEmail;
  if (adminName.length > ADMIN_NAME_MAX_LENGTH)
    throw badInput(`The admin's name is at most ${ADMIN_NAME_MAX_LENGTH} characters`);
  const place = facilityPlace({ timeZone: input.timeZone ?? "America/New_York", country: input.country ?? "US" });
  const token = newToken();
  const { staffUsers: u } = data.t;
  const { facilityId, expiresAt } = await data.transaction(async (tx) => {
    await data.dialect.lockKey(`staff-email:${adminEmail}`);
    const [known] = await tx.select({ id: u.id }).from(u).where(eq(u.email, adminEmail));
    if (known) throw conflict(`${adminEmail} already has a Portico account.`);
    const facility = await createFacility(data, tx, { name: facilityName, ...place }, now);
    const admin = returnedRow(
      await tx
        .insert(u)
        .values({
          facilityId: facility.id,
          email: adminEmail,
          name: adminName,
          role: "ADMIN",
          status: "INVITED",
          passwordHash: "",
          createdAt: now,
        })
        .returning(),
    );
    const expiresAt = new Date(now.getTime() + STAFF_INVITE_TTL);
    const linkId = await createStaffLink(tx, data.t, {
      facilityId: facility.id,
      staffUserId: admin.id,
      purpose: "INVITE",
      expiresAt,
      now,
    });
    await tx.insert(data.t.staffLinkTokens).values({ linkId, tokenHash: sha256(token), createdAt: now });
    const system = new FacilityScope(facility.id);
    await recordAudit(tx, data.t, system, now, {
      action: "FACILITY_CREATED",
      subject: facility.name,
      details: { timeZone: facility.timeZone, country: facility.country, via: "command" },
    });
    await recordAudit(tx, data.t, system, now, {
      action: "STAFF_INVITED",
      subject: admin.name,
      details: { email: admin.email, role: admin.role },
    });
    return { facilityId: facility.id, expiresAt };
  });
  return { facilityId, link: `${config.publicUrl}/staff/accept-invite/${token}`, expiresAt };
}
