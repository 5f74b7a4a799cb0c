import { asc, count, eq, isNull, ne } from "drizzle-orm";
import type { Database, Tables, WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { enqueueEmail } from "../../email/outbox.js";
import { DAY } from "../../lib/clock.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { isValidEmail, isValidTypedEmail, normalizeEmail } from "../../lib/text.js";
import { recordAudit } from "../audit/audit.service.js";
import { endStaffSessions } from "../auth/sessions.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { createStaffLink, voidOpenStaffLinks } from "./staff-link.service.js";

/** A staff invite link works for 7 days (DESIGN §8). */
export const STAFF_INVITE_TTL = 7 * DAY;
export const STAFF_NAME_MAX_LENGTH = 120;

type StaffRow = Tables["staffUsers"]["$inferSelect"];
export type StaffRoleValue = StaffRow["role"];
export type StaffStatusValue = StaffRow["status"];

/** One person of the team as admins see them. */
export type TeamMemberView = {
  id: number;
  name: string;
  email: string;
  role: StaffRoleValue;
  status: StaffStatusValue;
  lastActiveAt: Date | null;
  invitedAt: Date;
  /** When the open invite link stops working; null when there is none. */
  inviteExpiresAt: Date | null;
};

type TeamDeps = Pick<ServiceDeps, "data" | "clock" | "nudgeOutbox">;

const member = (row: StaffRow, inviteExpiresAt: Date | null = null): TeamMemberView => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  status: row.status,
  lastActiveAt: row.lastActiveAt,
  invitedAt: row.createdAt,
  inviteExpiresAt,
});

/** The facility's team, by name, each invited person with their open invite's expiry. */
export async function listTeam(data: Database, scope: FacilityScope): Promise<TeamMemberView[]> {
  const { staffUsers: u, staffLinks: l } = data.t;
  const [people, invites] = await Promise.all([
    data.read.select().from(u).where(scope.where(u)).orderBy(asc(u.name), asc(u.id)),
    data.read
      .select({ staffUserId: l.staffUserId, expiresAt: l.expiresAt })
      .from(l)
      .where(scope.where(l, eq(l.purpose, "INVITE"), isNull(l.consumedAt), isNull(l.voidedAt))),
  ]);
  const expiry = new Map(invites.map((i) => [i.staffUserId, i.expiresAt]));
  return people.map((p) => member(p, p.status === "INVITED" ? (expiry.get(p.id) ?? null) : null));
}

/** The staff member of the scope's facility, its row locked; NOT_FOUND for anyone else's. */
async function lockedMember(tx: WriteDb, data: Database, scope: FacilityScope, id: number): Promise<StaffRow> {
  const { staffUsers: u } = data.t;
  const [row] = await data.dialect.forUpdate(
    tx
      .select()
      .from(u)
      .where(scope.where(u, eq(u.id, id))),
  );
  if (!row) throw notFound("Staff member");
  return row;
}

/**
 * Taken by every change that could leave the facility without an active admin, before it counts
 * them: two admins demoting each other at once run one after the other, and the second sees the
 * first's change (decision 0018: an advisory key, as the rule is about a set of rows).
 */
async function lockAdmins(data: Database, facilityId: number): Promise<void> {
  await data.dialect.lockKey(`staff-admins:${facilityId}`);
}

async function otherActiveAdmins(tx: WriteDb, data: Database, scope: FacilityScope, id: number): Promise<number> {
  const { staffUsers: u } = data.t;
  const [row] = await tx
    .select({ n: count() })
    .from(u)
    .where(scope.where(u, eq(u.role, "ADMIN"), eq(u.status, "ACTIVE"), ne(u.id, id)));
  return Number(row?.n ?? 0);
}

async function refuseIfLastAdmin(
  tx: WriteDb,
  data: Database,
  scope: FacilityScope,
  target: StaffRow,
  doing: string,
): Promise<void> {
  if (target.role !== "ADMIN" || target.status !== "ACTIVE") return;
  if ((await otherActiveAdmins(tx, data, scope, target.id)) === 0) {
    throw conflict(
      `${target.name} is the facility's last admin and cannot be ${doing}. Make someone else an admin first.`,
      {
        lastAdmin: true,
      },
    );
  }
}

async function queueInvite(tx: WriteDb, t: Tables, staff: StaffRow, now: Date): Promise<Date> {
  const expiresAt = new Date(now.getTime() + STAFF_INVITE_TTL);
  const linkId = await createStaffLink(tx, t, {
    facilityId: staff.facilityId,
    staffUserId: staff.id,
    purpose: "INVITE",
    expiresAt,
    now,
  });
  await enqueueEmail(tx, t, {
    facilityId: staff.facilityId,
    kind: "STAFF_INVITE",
    toEmail: staff.email,
    staffLinkId: linkId,
    now,
  });
  return expiresAt;
}

/**
 * Invites a person to the team by email. A staff email is unique across Portico: an address that
 * is already someone's account is refused (CONFLICT), but for a person still invited to this
 * facility, who gets a fresh link (the old one dies) with the name and role given now.
 */
export async function inviteStaff(
  deps: TeamDeps,
  scope: FacilityScope,
  input: { email: string; name: string; role: StaffRoleValue },
): Promise<TeamMemberView> {
  const { data, clock } = deps;
  const { t } = data;
  const now = clock.now();
  const email = normalizeEmail(input.email);
  if (!isValidTypedEmail(input.email) || !isValidEmail(email)) {
    throw badInput("Enter a valid email address, like name@example.com", {
      email: "Enter a valid email address, like name@example.com",
    });
  }
  const name = input.name.trim();
  if (!name) throw badInput("Enter their name", { name: "Enter their name" });
  const view = await data.transaction(async (tx) => {
    // Two invites of one address at once: the second waits and finds the first's person.
    await data.dialect.lockKey(`staff-email:${email}`);
    const { staffUsers: u } = t;
    const [existing] = await data.dialect.forUpdate(tx.select().from(u).where(eq(u.email, email)));
    let staff: StaffRow;
    if (existing) {
      if (existing.facilityId !== scope.facilityId) {
        throw conflict("That email address already has a Portico account.", { fields: { email: "Already in use" } });
      }
      if (existing.status === "ACTIVE") {
        throw conflict(`${existing.name} is already on the team.`, { fields: { email: "Already on the team" } });
      }
      if (existing.status === "DEACTIVATED") {
        throw conflict(`${existing.name} was deactivated. Reactivate them instead of inviting them again.`, {
          fields: { email: "Deactivated: reactivate them instead" },
        });
      }
      staff = returnedRow(await tx.update(u).set({ name, role: input.role }).where(eq(u.id, existing.id)).returning());
    } else {
      staff = returnedRow(
        await tx
          .insert(u)
          .values({ facilityId: scope.facilityId, email, name, role: input.role, passwordHash: "", status: "INVITED" })
          .returning(),
      );
    }
    const expiresAt = await queueInvite(tx, t, staff, now);
    await recordAudit(tx, t, scope, now, {
      action: "STAFF_INVITED",
      subject: staff.name,
      details: { email: staff.email, role: staff.role, ...(existing ? { resent: true } : {}) },
    });
    return member(staff, expiresAt);
  });
  deps.nudgeOutbox();
  return view;
}

/** A new invite link for a person still invited; the previous one stops working. */
export async function resendStaffInvite(deps: TeamDeps, scope: FacilityScope, id: number): Promise<TeamMemberView> {
  const { data, clock } = deps;
  const now = clock.now();
  const view = await data.transaction(async (tx) => {
    const staff = await lockedMember(tx, data, scope, id);
    if (staff.status !== "INVITED") throw conflict(`${staff.name} has already joined: there is no invite to resend.`);
    const expiresAt = await queueInvite(tx, data.t, staff, now);
    await recordAudit(tx, data.t, scope, now, {
      action: "STAFF_INVITED",
      subject: staff.name,
      details: { email: staff.email, role: staff.role, resent: true },
    });
    return member(staff, expiresAt);
  });
  deps.nudgeOutbox();
  return view;
}

/** Admin or Staff. The facility's last active admin cannot be demoted. */
export async function changeStaffRole(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  scope: FacilityScope,
  id: number,
  role: StaffRoleValue,
): Promise<TeamMemberView> {
  const now = clock.now();
  return data.transaction(async (tx) => {
    await lockAdmins(data, scope.facilityId);
    const staff = await lockedMember(tx, data, scope, id);
    if (staff.role === role) return member(staff);
    if (role !== "ADMIN") await refuseIfLastAdmin(tx, data, scope, staff, "made staff");
    const { staffUsers: u } = data.t;
    const changed = returnedRow(await tx.update(u).set({ role }).where(eq(u.id, staff.id)).returning());
    await recordAudit(tx, data.t, scope, now, {
      action: "STAFF_ROLE_CHANGED",
      subject: staff.name,
      details: { from: staff.role, to: role },
    });
    return member(changed);
  });
}

/**
 * Deactivates a person: they cannot sign in, their sessions (and portal previews) end at once and
 * their open links die. The facility's last active admin cannot be deactivated.
 */
export async function deactivateStaff(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  scope: FacilityScope,
  id: number,
): Promise<TeamMemberView> {
  const now = clock.now();
  return data.transaction(async (tx) => {
    await lockAdmins(data, scope.facilityId);
    const staff = await lockedMember(tx, data, scope, id);
    if (staff.status === "DEACTIVATED") return member(staff);
    await refuseIfLastAdmin(tx, data, scope, staff, "deactivated");
    const { staffUsers: u } = data.t;
    const changed = returnedRow(
      await tx.update(u).set({ status: "DEACTIVATED" }).where(eq(u.id, staff.id)).returning(),
    );
    await voidOpenStaffLinks(tx, data.t, staff.id, now);
    await endStaffSessions(tx, data.t, staff.id);
    await recordAudit(tx, data.t, scope, now, {
      action: "STAFF_DEACTIVATED",
      subject: staff.name,
      details: { email: staff.email },
    });
    return member(changed);
  });
}

/** Lets a deactivated person back in: active again, or invited if they never chose a password. */
export async function reactivateStaff(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  scope: FacilityScope,
  id: number,
): Promise<TeamMemberView> {
  const now = clock.now();
  return data.transaction(async (tx) => {
    const staff = await lockedMember(tx, data, scope, id);
    if (staff.status !== "DEACTIVATED") return member(staff);
    const { staffUsers: u } = data.t;
    const status = staff.passwordHash === "" ? "INVITED" : "ACTIVE";
    const changed = returnedRow(await tx.update(u).set({ status }).where(eq(u.id, staff.id)).returning());
    await recordAudit(tx, data.t, scope, now, {
      action: "STAFF_REACTIVATED",
      subject: staff.name,
      details: { email: staff.email },
    });
    return member(changed);
  });
}
