import { and, eq, inArray, isNotNull, ne } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { contacts, portalAccounts, sessions, staffUsers } from "../../db/schema.js";
import { DAY, HOUR, MINUTE } from "../../lib/clock.js";
import { newToken, sha256 } from "../../lib/tokens.js";

export const STAFF_COOKIE = "portico_staff";
export const PORTAL_COOKIE = "portico_portal";
export const STAFF_SESSION_TTL = 12 * HOUR;
export const PORTAL_SESSION_IDLE_TTL = 30 * DAY;
/** last_seen_at is written at most this often, so reads do not turn into writes. */
const TOUCH_EVERY = 5 * MINUTE;

export type StaffViewer = {
  kind: "staff";
  sessionIdHash: string;
  userId: number;
  facilityId: number;
  role: "ADMIN" | "STAFF";
  name: string;
  email: string;
};

export type PortalViewer = {
  kind: "portal";
  sessionIdHash: string;
  /** 0 in a staff preview, which belongs to no portal account. */
  accountId: number;
  facilityId: number;
  customerId: number;
  contactId: number | null;
  /** A staff "preview as customer" session: it may read, never change anything. */
  preview?: boolean;
};

export const PREVIEW_TTL = HOUR;

export function createSession(
  db: Db,
  now: Date,
  owner:
    | { kind: "STAFF"; facilityId: number; staffUserId: number }
    | { kind: "PORTAL"; facilityId: number; portalAccountId: number },
): { token: string; expiresAt: Date } {
  const token = newToken();
  const ttl = owner.kind === "STAFF" ? STAFF_SESSION_TTL : PORTAL_SESSION_IDLE_TTL;
  const expiresAt = new Date(now.getTime() + ttl);
  db.insert(sessions)
    .values({
      idHash: sha256(token),
      kind: owner.kind,
      facilityId: owner.facilityId,
      staffUserId: owner.kind === "STAFF" ? owner.staffUserId : null,
      portalAccountId: owner.kind === "PORTAL" ? owner.portalAccountId : null,
      expiresAt,
      lastSeenAt: now,
      createdAt: now,
    })
    .run();
  return { token, expiresAt };
}

export function deleteSession(db: Db, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.idHash, sha256(token)))
    .run();
}

export function resolveStaffSession(db: Db, token: string | undefined, now: Date): StaffViewer | null {
  if (!token) return null;
  const idHash = sha256(token);
  const row = db
    .select({
      expiresAt: sessions.expiresAt,
      userId: staffUsers.id,
      facilityId: staffUsers.facilityId,
      role: staffUsers.role,
      name: staffUsers.name,
      email: staffUsers.email,
    })
    .from(sessions)
    .innerJoin(staffUsers, eq(staffUsers.id, sessions.staffUserId))
    .where(and(eq(sessions.idHash, idHash), eq(sessions.kind, "STAFF")))
    .get();
  if (!row || row.expiresAt <= now) return null;
  return { kind: "staff", sessionIdHash: idHash, ...row };
}

/** Why a portal session just ended on this request, for the portal to tell the person. */
export type PortalSessionEnd = "ACCESS_REMOVED";

/**
 * A portal session is alive while used within 30 days, and only while the person may still use
 * the portal: a contact whose "Can access portal" was turned off is signed out on their next request
 * (`onEnded` hears why).
 */
export function resolvePortalSession(
  db: Db,
  token: string | undefined,
  now: Date,
  onEnded?: (reason: PortalSessionEnd) => void,
): PortalViewer | null {
  if (!token) return null;
  const idHash = sha256(token);
  const preview = db
    .select({
      expiresAt: sessions.expiresAt,
      facilityId: sessions.facilityId,
      customerId: sessions.previewCustomerId,
      contactId: sessions.previewContactId,
    })
    .from(sessions)
    .where(and(eq(sessions.idHash, idHash), eq(sessions.kind, "PORTAL"), isNotNull(sessions.previewByStaffId)))
    .get();
  if (preview) {
    if (preview.expiresAt <= now || preview.customerId === null) return null;
    return {
      kind: "portal",
      sessionIdHash: idHash,
      accountId: 0,
      ...preview,
      customerId: preview.customerId,
      preview: true,
    };
  }
  const row = db
    .select({
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      accountId: portalAccounts.id,
      facilityId: portalAccounts.facilityId,
      customerId: portalAccounts.customerId,
      contactId: portalAccounts.contactId,
      contactCanAccess: contacts.canAccessPortal,
      endedBecause: sessions.endedBecause,
    })
    .from(sessions)
    .innerJoin(portalAccounts, eq(portalAccounts.id, sessions.portalAccountId))
    .leftJoin(contacts, eq(contacts.id, portalAccounts.contactId))
    .where(and(eq(sessions.idHash, idHash), eq(sessions.kind, "PORTAL")))
    .get();
  if (!row || row.expiresAt <= now) return null;
  if (row.endedBecause || (row.contactId !== null && row.contactCanAccess !== true)) {
    db.delete(sessions).where(eq(sessions.idHash, idHash)).run();
    onEnded?.(row.endedBecause ?? "ACCESS_REMOVED");
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY) {
    db.update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + PORTAL_SESSION_IDLE_TTL) })
      .where(eq(sessions.idHash, idHash))
      .run();
  }
  const { expiresAt: _e, lastSeenAt: _l, contactCanAccess: _c, endedBecause: _b, ...viewer } = row;
  return { kind: "portal", sessionIdHash: idHash, ...viewer };
}

/** A read-only portal session showing staff exactly what this customer (or contact) will see. */
export function createPreviewSession(
  db: Db,
  now: Date,
  preview: { facilityId: number; customerId: number; contactId: number | null; staffUserId: number },
): { token: string; expiresAt: Date } {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + PREVIEW_TTL);
  db.insert(sessions)
    .values({
      idHash: sha256(token),
      kind: "PORTAL",
      facilityId: preview.facilityId,
      previewCustomerId: preview.customerId,
      previewContactId: preview.contactId,
      previewByStaffId: preview.staffUserId,
      expiresAt,
      lastSeenAt: now,
      createdAt: now,
    })
    .run();
  return { token, expiresAt };
}

/**
 * Staff sign-out ends the read-only portal preview they opened in this browser too: on a shared
 * computer it would otherwise show the customer's portal to the next person for up to an hour.
 */
export function endPreviewOpenedBy(db: Db, portalToken: string, staffUserId: number): void {
  db.delete(sessions)
    .where(and(eq(sessions.idHash, sha256(portalToken)), eq(sessions.previewByStaffId, staffUserId)))
    .run();
}

/** After a password is set or changed: every session of the account ends but the one just started. */
export function endOtherSessionsOfPortalAccount(db: Db, portalAccountId: number, keepIdHash: string): void {
  db.delete(sessions)
    .where(and(eq(sessions.portalAccountId, portalAccountId), ne(sessions.idHash, keepIdHash)))
    .run();
}

/**
 * Ends the portal sessions of a customer (contactId null) or of one of their contacts. With a
 * reason, each session is kept, marked, until its browser next asks: that request is refused with
 * the reason (and removes it), so the person learns why.
 */
export function endSessionsOfPortalPerson(
  db: Db,
  person: { customerId: number; contactId: number | null },
  because?: PortalSessionEnd,
): void {
  const ofPerson = inArray(
    sessions.portalAccountId,
    db
      .select({ id: portalAccounts.id })
      .from(portalAccounts)
      .where(
        and(eq(portalAccounts.customerId, person.customerId), eq(portalAccounts.personKey, person.contactId ?? 0)),
      ),
  );
  if (because) db.update(sessions).set({ endedBecause: because }).where(ofPerson).run();
  else db.delete(sessions).where(ofPerson).run();
}

/**
 * After an email change: the password goes with the old address. Whoever held that address may know
 * it, so the person at the new one proves it by a link ("email me a sign-in link" leads to choosing
 * a password), like at the first invite.
 */
export function forgetPasswordOfPortalPerson(db: Db, person: { customerId: number; contactId: number | null }): void {
  db.update(portalAccounts)
    .set({ passwordHash: null })
    .where(and(eq(portalAccounts.customerId, person.customerId), eq(portalAccounts.personKey, person.contactId ?? 0)))
    .run();
}

/** Deletes up to `chunk` sessions past their expiry, staff, portal and preview alike; answers how many. */
export function purgeExpiredSessions(db: Db, now: Date, chunk = 500): number {
  return db.$client
    .prepare("DELETE FROM sessions WHERE rowid IN (SELECT rowid FROM sessions WHERE expires_at <= ? LIMIT ?)")
    .run(now.getTime(), chunk).changes;
}
