import { and, desc, eq, getTableColumns, gt, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import { type Database, preparedRead, type Tables, type WriteDb } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { boundedClient, type SessionClient } from "../../lib/client-device.js";
import { DAY, HOUR, MINUTE } from "../../lib/clock.js";
import { newToken, sha256 } from "../../lib/tokens.js";
import type { FacilityRow } from "../facilities/facility.service.js";
import { enabledSections, type PortalSection } from "../facilities/sections.service.js";

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
  /** The staff member's facility as the session read found it: a request reads it no second time. */
  facility: FacilityRow;
  /**
   * Set when the caller is an integrator's API key, not a person: userId is then the key's creator
   * (rows that name who made them name them), and the audit log names the key.
   */
  apiKey?: ApiKeyCaller;
};

/** An API key acting as staff of its facility (docs/decisions/0046). */
export type ApiKeyCaller = { id: number; name: string; scope: "READ_ONLY" | "READ_WRITE" };

/** How the audit log names an API key as the one who acted. */
export function apiKeyActorName(name: string): string {
  return `API key “${name}”`;
}

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

/**
 * The portal viewer of a request, with its facility and the sections it shows, read with the
 * session: a request reads the facility no second time.
 */
export type PortalSessionViewer = PortalViewer & { sections: PortalSection[]; facility: FacilityRow };

export const PREVIEW_TTL = HOUR;

/** A new session's cookie value and when it stops working; the caller sets the cookie. */
export type NewSession = { token: string; expiresAt: Date };

export type SessionOwner =
  | { kind: "STAFF"; facilityId: number; staffUserId: number }
  | { kind: "PORTAL"; facilityId: number; portalAccountId: number };

/** Starts a session for `owner` in the browser `client` describes (its User-Agent and address, kept bounded). */
export async function createSession(
  tx: WriteDb,
  t: Tables,
  now: Date,
  owner: SessionOwner,
  client: SessionClient,
): Promise<NewSession> {
  const token = newToken();
  const ttl = owner.kind === "STAFF" ? STAFF_SESSION_TTL : PORTAL_SESSION_IDLE_TTL;
  const expiresAt = new Date(now.getTime() + ttl);
  const { userAgent, ip } = boundedClient(client);
  await tx.insert(t.sessions).values({
    idHash: sha256(token),
    kind: owner.kind,
    facilityId: owner.facilityId,
    staffUserId: owner.kind === "STAFF" ? owner.staffUserId : null,
    portalAccountId: owner.kind === "PORTAL" ? owner.portalAccountId : null,
    expiresAt,
    lastSeenAt: now,
    userAgent: userAgent || null,
    ip: ip || null,
    createdAt: now,
  });
  return { token, expiresAt };
}

export async function deleteSession(tx: WriteDb, t: Tables, token: string): Promise<void> {
  await tx.delete(t.sessions).where(eq(t.sessions.idHash, sha256(token)));
}

// Every staff request runs this: one statement, prepared once, with the facility's row, which
// nearly every staff page needs (settings, time zone, country).
const staffSessionRead = preparedRead(
  "staff_session",
  (db, t) =>
    db
      .select({
        expiresAt: t.sessions.expiresAt,
        lastSeenAt: t.sessions.lastSeenAt,
        userId: t.staffUsers.id,
        facilityId: t.staffUsers.facilityId,
        role: t.staffUsers.role,
        name: t.staffUsers.name,
        email: t.staffUsers.email,
        facility: getTableColumns(t.facilities),
      })
      .from(t.sessions)
      // A deactivated person's sessions are deleted with the change; the status check holds even so.
      .innerJoin(t.staffUsers, and(eq(t.staffUsers.id, t.sessions.staffUserId), eq(t.staffUsers.status, "ACTIVE")))
      .innerJoin(t.facilities, eq(t.facilities.id, t.staffUsers.facilityId))
      .where(and(eq(t.sessions.idHash, sql.placeholder("idHash")), eq(t.sessions.kind, "STAFF"))),
  { keyed: true },
);

export async function resolveStaffSession(
  data: Database,
  token: string | undefined,
  now: Date,
): Promise<StaffViewer | null> {
  if (!token) return null;
  const idHash = sha256(token);
  const [row] = await staffSessionRead(data).execute({ idHash });
  if (!row || row.expiresAt <= now) return null;
  const { expiresAt: _e, lastSeenAt, ...viewer } = row;
  if (now.getTime() - lastSeenAt.getTime() > TOUCH_EVERY) {
    // "Last active" for the sessions list and the team page; written every few minutes at most.
    // A staff session still ends 12 hours after sign-in.
    const { sessions: s, staffUsers: u } = data.t;
    await data.transaction(async (tx) => {
      await tx.update(s).set({ lastSeenAt: now }).where(eq(s.idHash, idHash));
      await tx.update(u).set({ lastActiveAt: now }).where(eq(u.id, row.userId));
    });
  }
  return { kind: "staff", sessionIdHash: idHash, ...viewer };
}

/** Why a portal session just ended on this request, for the portal to tell the person. */
export type PortalSessionEnd = "ACCESS_REMOVED";

// Every portal request runs this: one statement, prepared once, for a preview and an account's
// session alike, with the facility's row, so a section check, today's date at the facility or its
// branding need no statement of their own.
const portalSessionRead = preparedRead(
  "portal_session",
  (db, t) =>
    db
      .select({
        expiresAt: t.sessions.expiresAt,
        lastSeenAt: t.sessions.lastSeenAt,
        endedBecause: t.sessions.endedBecause,
        previewByStaffId: t.sessions.previewByStaffId,
        previewCustomerId: t.sessions.previewCustomerId,
        previewContactId: t.sessions.previewContactId,
        sessionFacilityId: t.sessions.facilityId,
        accountId: t.portalAccounts.id,
        accountFacilityId: t.portalAccounts.facilityId,
        accountCustomerId: t.portalAccounts.customerId,
        accountContactId: t.portalAccounts.contactId,
        contactCanAccess: t.contacts.canAccessPortal,
        facility: getTableColumns(t.facilities),
      })
      .from(t.sessions)
      .innerJoin(t.facilities, eq(t.facilities.id, t.sessions.facilityId))
      .leftJoin(t.portalAccounts, eq(t.portalAccounts.id, t.sessions.portalAccountId))
      .leftJoin(t.contacts, eq(t.contacts.id, t.portalAccounts.contactId))
      .where(and(eq(t.sessions.idHash, sql.placeholder("idHash")), eq(t.sessions.kind, "PORTAL"))),
  { keyed: true },
);

/**
 * A portal session is alive while used within 30 days, and only while the person may still use
 * the portal: a contact whose "Can access portal" was turned off is signed out on their next request
 * (`ended` says why).
 */
export async function resolvePortalSession(
  data: Database,
  token: string | undefined,
  now: Date,
): Promise<{ viewer: PortalSessionViewer | null; ended: PortalSessionEnd | null }> {
  const none = { viewer: null, ended: null };
  if (!token) return none;
  const idHash = sha256(token);
  const [row] = await portalSessionRead(data).execute({ idHash });
  if (!row || row.expiresAt <= now) return none;
  const { facility } = row;
  const sections = enabledSections(facility);
  if (row.previewByStaffId !== null) {
    if (row.previewCustomerId === null) return none;
    const viewer: PortalSessionViewer = {
      kind: "portal",
      sessionIdHash: idHash,
      accountId: 0,
      facilityId: row.sessionFacilityId,
      customerId: row.previewCustomerId,
      contactId: row.previewContactId,
      preview: true,
      sections,
      facility,
    };
    return { viewer, ended: null };
  }
  if (row.accountId === null || row.accountFacilityId === null || row.accountCustomerId === null) return none;
  const { sessions: s } = data.t;
  if (row.endedBecause || (row.accountContactId !== null && row.contactCanAccess !== true)) {
    await data.transaction((tx) => tx.delete(s).where(eq(s.idHash, idHash)));
    return { viewer: null, ended: row.endedBecause ?? "ACCESS_REMOVED" };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY) {
    await data.transaction((tx) =>
      tx
        .update(s)
        .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + PORTAL_SESSION_IDLE_TTL) })
        .where(eq(s.idHash, idHash)),
    );
  }
  const viewer: PortalSessionViewer = {
    kind: "portal",
    sessionIdHash: idHash,
    accountId: row.accountId,
    facilityId: row.accountFacilityId,
    customerId: row.accountCustomerId,
    contactId: row.accountContactId,
    sections,
    facility,
  };
  return { viewer, ended: null };
}

/** A read-only portal session showing staff exactly what this customer (or contact) will see. */
export async function createPreviewSession(
  tx: WriteDb,
  t: Tables,
  now: Date,
  preview: { facilityId: number; customerId: number; contactId: number | null; staffUserId: number },
): Promise<NewSession> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + PREVIEW_TTL);
  await tx.insert(t.sessions).values({
    idHash: sha256(token),
    kind: "PORTAL",
    facilityId: preview.facilityId,
    previewCustomerId: preview.customerId,
    previewContactId: preview.contactId,
    previewByStaffId: preview.staffUserId,
    expiresAt,
    lastSeenAt: now,
    createdAt: now,
  });
  return { token, expiresAt };
}

/**
 * Staff sign-out ends the read-only portal preview they opened in this browser too: on a shared
 * computer it would otherwise show the customer's portal to the next person for up to an hour.
 */
export async function endPreviewOpenedBy(
  tx: WriteDb,
  t: Tables,
  portalToken: string,
  staffUserId: number,
): Promise<void> {
  await tx
    .delete(t.sessions)
    .where(and(eq(t.sessions.idHash, sha256(portalToken)), eq(t.sessions.previewByStaffId, staffUserId)));
}

/** After a password is set or changed: every session of the account ends but the one just started. */
export async function endOtherSessionsOfPortalAccount(
  tx: WriteDb,
  t: Tables,
  portalAccountId: number,
  keepIdHash: string,
): Promise<void> {
  await tx
    .delete(t.sessions)
    .where(and(eq(t.sessions.portalAccountId, portalAccountId), ne(t.sessions.idHash, keepIdHash)));
}

/**
 * Ends a staff member's sessions, and the portal previews they opened, but the one kept (the
 * session that changed its own password).
 */
export async function endStaffSessions(
  tx: WriteDb,
  t: Tables,
  staffUserId: number,
  keepIdHash?: string,
): Promise<void> {
  const { sessions: s } = t;
  await tx
    .delete(s)
    .where(
      and(
        or(eq(s.staffUserId, staffUserId), eq(s.previewByStaffId, staffUserId)),
        keepIdHash ? ne(s.idHash, keepIdHash) : undefined,
      ),
    );
}

/**
 * Locks the person's portal account row, if they have one, until the transaction ends. A password
 * sign-in and every change that ends a person's sessions take it before they read or delete: a
 * sign-in that re-checks after it sees the change, and a change that deletes after it sees the
 * sign-in's session. (On SQLite every transaction already runs alone.)
 */
export async function lockPortalAccountOf(
  tx: WriteDb,
  { t, dialect }: Pick<Database, "t" | "dialect">,
  person: { customerId: number; contactId: number | null },
): Promise<void> {
  await dialect.forUpdate(
    tx
      .select({ id: t.portalAccounts.id })
      .from(t.portalAccounts)
      .where(
        and(eq(t.portalAccounts.customerId, person.customerId), eq(t.portalAccounts.personKey, person.contactId ?? 0)),
      ),
  );
}

/**
 * Ends the portal sessions of a customer (contactId null) or of one of their contacts. With a
 * reason, each session is kept, marked, until its browser next asks: that request is refused with
 * the reason (and removes it), so the person learns why. The account is locked first, so a password
 * sign-in that read the person before this transaction's change has either committed its session,
 * which is ended here, or waits and reads the change.
 */
export async function endPortalSessionsOf(
  tx: WriteDb,
  data: Pick<Database, "t" | "dialect">,
  person: { customerId: number; contactId: number | null },
  because?: PortalSessionEnd,
): Promise<void> {
  const { t } = data;
  await lockPortalAccountOf(tx, data, person);
  const ofPerson = inArray(
    t.sessions.portalAccountId,
    tx
      .select({ id: t.portalAccounts.id })
      .from(t.portalAccounts)
      .where(
        and(eq(t.portalAccounts.customerId, person.customerId), eq(t.portalAccounts.personKey, person.contactId ?? 0)),
      ),
  );
  if (because) await tx.update(t.sessions).set({ endedBecause: because }).where(ofPerson);
  else await tx.delete(t.sessions).where(ofPerson);
}

/**
 * Ends every portal session of a customer's people, the customer's and each contact's, and the
 * staff previews of the account (archiving): deleted at once, so the next request of each is signed
 * out. The accounts are locked first, as endPortalSessionsOf locks one.
 */
export async function endAllPortalSessionsOfCustomer(
  tx: WriteDb,
  { t, dialect }: Pick<Database, "t" | "dialect">,
  customerId: number,
): Promise<void> {
  await dialect.forUpdate(
    tx.select({ id: t.portalAccounts.id }).from(t.portalAccounts).where(eq(t.portalAccounts.customerId, customerId)),
  );
  await tx
    .delete(t.sessions)
    .where(
      inArray(
        t.sessions.portalAccountId,
        tx
          .select({ id: t.portalAccounts.id })
          .from(t.portalAccounts)
          .where(eq(t.portalAccounts.customerId, customerId)),
      ),
    );
  await tx.delete(t.sessions).where(eq(t.sessions.previewCustomerId, customerId));
}

/**
 * After an email change: the password goes with the old address. Whoever held that address may know
 * it, so the person at the new one proves it by a link ("email me a sign-in link" leads to choosing
 * a password), like at the first invite.
 */
export async function forgetPortalPasswordOf(
  tx: WriteDb,
  t: Tables,
  person: { customerId: number; contactId: number | null },
): Promise<void> {
  await tx
    .update(t.portalAccounts)
    .set({ passwordHash: null })
    .where(
      and(eq(t.portalAccounts.customerId, person.customerId), eq(t.portalAccounts.personKey, person.contactId ?? 0)),
    );
}

/** Deletes up to `chunk` sessions past their expiry, staff, portal and preview alike; answers how many. */
export async function purgeExpiredSessions(data: Database, now: Date, chunk = 500): Promise<number> {
  const { sessions: s } = data.t;
  const ended = await data.transaction((tx) =>
    tx
      .delete(s)
      .where(
        and(
          inArray(s.idHash, tx.select({ idHash: s.idHash }).from(s).where(lte(s.expiresAt, now)).limit(chunk)),
          // Checked again on the row itself: on PostgreSQL a session a request extended while this
          // waited for its lock is no longer expired, and stays.
          lte(s.expiresAt, now),
        ),
      )
      .returning({ idHash: s.idHash }),
  );
  return ended.length;
}

/** The staff viewer's facility as a scope that names them in the audit log's lines. */
export function scopeOfStaff(viewer: StaffViewer): FacilityScope {
  if (viewer.apiKey) {
    return new FacilityScope(viewer.facilityId, { kind: "API_KEY", name: apiKeyActorName(viewer.apiKey.name) });
  }
  return new FacilityScope(viewer.facilityId, { kind: "STAFF", staffUserId: viewer.userId, name: viewer.name });
}

/** Whose sessions a list or an ending concerns: always the viewer's own. */
export type OwnSessions = { kind: "STAFF"; staffUserId: number } | { kind: "PORTAL"; portalAccountId: number };

/** Most sessions a list shows: a person rarely has more than a handful. */
const MAX_LISTED_SESSIONS = 100;

export type SessionRow = {
  idHash: string;
  userAgent: string | null;
  ip: string | null;
  lastSeenAt: Date;
  createdAt: Date;
};

function ownedBy(t: Tables, owner: OwnSessions) {
  const s = t.sessions;
  return owner.kind === "STAFF"
    ? and(eq(s.kind, "STAFF"), eq(s.staffUserId, owner.staffUserId))
    : and(eq(s.kind, "PORTAL"), eq(s.portalAccountId, owner.portalAccountId));
}

/**
 * The owner's live sessions, most recently active first. Staff previews of the portal belong to no
 * portal account and are never listed; sessions already ended (expired, or marked for ending) neither.
 */
export async function activeSessions(data: Database, owner: OwnSessions, now: Date): Promise<SessionRow[]> {
  const s = data.t.sessions;
  return data.read
    .select({ idHash: s.idHash, userAgent: s.userAgent, ip: s.ip, lastSeenAt: s.lastSeenAt, createdAt: s.createdAt })
    .from(s)
    .where(and(ownedBy(data.t, owner), gt(s.expiresAt, now), isNull(s.endedBecause)))
    .orderBy(desc(s.lastSeenAt), desc(s.createdAt))
    .limit(MAX_LISTED_SESSIONS);
}

/**
 * Ends one of the owner's sessions (its browser is signed out on its next request). Answers the
 * ended session, or null when the owner has no such session: another person's id reads as missing.
 */
export async function endOwnSession(
  tx: WriteDb,
  t: Tables,
  owner: OwnSessions,
  idHash: string,
): Promise<Pick<SessionRow, "idHash" | "userAgent"> | null> {
  const s = t.sessions;
  const [ended] = await tx
    .delete(s)
    .where(and(ownedBy(t, owner), eq(s.idHash, idHash)))
    .returning({ idHash: s.idHash, userAgent: s.userAgent });
  return ended ?? null;
}

/** Ends every session of the owner but `keepIdHash` (the browser asking); answers how many ended. */
export async function endOtherOwnSessions(
  tx: WriteDb,
  t: Tables,
  owner: OwnSessions,
  keepIdHash: string,
): Promise<number> {
  const s = t.sessions;
  const ended = await tx
    .delete(s)
    .where(and(ownedBy(t, owner), ne(s.idHash, keepIdHash)))
    .returning({ idHash: s.idHash });
  return ended.length;
}
