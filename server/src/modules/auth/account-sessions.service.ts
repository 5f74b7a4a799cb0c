import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { deviceLabel, deviceOf, placeOfIp } from "../../lib/client-device.js";
import { notFound } from "../../lib/domain-error.js";
import { type AuditCursor, type AuditPage, auditPage, recordAudit } from "../audit/audit.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { nameOfPortalPerson } from "./portal-session.service.js";
import {
  activeSessions,
  endOtherOwnSessions,
  endOwnSession,
  type OwnSessions,
  type PortalViewer,
  type StaffViewer,
  scopeOfStaff,
} from "./sessions.service.js";

/** One of a person's live sessions as "Where you're signed in" shows it. */
export type SessionView = {
  id: string;
  browser: string;
  system: string;
  /** The country of the address it started from, when the bundled table knows it. */
  place: string | null;
  ip: string | null;
  signedInAt: Date;
  lastActiveAt: Date;
  current: boolean;
};

/**
 * Whose sessions a viewer may list and end: only their own. The portal's staff preview belongs to
 * no account and has none.
 */
export type SessionHolder = { kind: "staff"; viewer: StaffViewer } | { kind: "portal"; viewer: PortalViewer };

function ownerOf(holder: SessionHolder): OwnSessions | null {
  if (holder.kind === "staff") return { kind: "STAFF", staffUserId: holder.viewer.userId };
  if (holder.viewer.preview || holder.viewer.accountId === 0) return null;
  return { kind: "PORTAL", portalAccountId: holder.viewer.accountId };
}

export async function sessionsOf(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  holder: SessionHolder,
): Promise<SessionView[]> {
  const owner = ownerOf(holder);
  if (!owner) return [];
  const rows = await activeSessions(data, owner, clock.now());
  return rows.map((row) => {
    const { browser, system } = deviceOf(row.userAgent);
    return {
      id: row.idHash,
      browser,
      system,
      place: placeOfIp(row.ip),
      ip: row.ip,
      signedInAt: row.createdAt,
      lastActiveAt: row.lastSeenAt,
      current: row.idHash === holder.viewer.sessionIdHash,
    };
  });
}

/** The scope an ending's audit line is written through, naming the person who ended it. */
async function scopeOfHolder(data: Database, holder: SessionHolder, owner: OwnSessions): Promise<FacilityScope> {
  if (holder.kind === "staff") return scopeOfStaff(holder.viewer);
  const name = await nameOfPortalPerson(data, holder.viewer);
  const portalAccountId = owner.kind === "PORTAL" ? owner.portalAccountId : 0;
  return new FacilityScope(holder.viewer.facilityId, { kind: "PORTAL", portalAccountId, name });
}

const customerOf = (holder: SessionHolder) => (holder.kind === "portal" ? holder.viewer.customerId : null);

/**
 * Ends one of the holder's own sessions: its browser is refused on its next request. Another
 * person's session, or one already ended, answers NOT_FOUND, as a missing one does. Answers whether
 * it was the asking browser's own.
 */
export async function endSession(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  holder: SessionHolder,
  sessionId: string,
): Promise<{ wasCurrent: boolean }> {
  const owner = ownerOf(holder);
  if (!owner || !/^[0-9a-f]{64}$/.test(sessionId)) throw notFound("Session");
  const scope = await scopeOfHolder(data, holder, owner);
  const now = clock.now();
  const ended = await data.transaction(async (tx) => {
    const row = await endOwnSession(tx, data.t, owner, sessionId);
    if (row) {
      await recordAudit(tx, data.t, scope, now, {
        action: "SESSION_ENDED",
        customerId: customerOf(holder),
        subject: deviceLabel(deviceOf(row.userAgent)),
      });
    }
    return row;
  });
  if (!ended) throw notFound("Session");
  return { wasCurrent: ended.idHash === holder.viewer.sessionIdHash };
}

/** Ends every session of the holder but the asking browser's; answers how many ended. */
export async function endOtherSessions(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  holder: SessionHolder,
): Promise<number> {
  const owner = ownerOf(holder);
  if (!owner) return 0;
  const scope = await scopeOfHolder(data, holder, owner);
  const now = clock.now();
  return data.transaction(async (tx) => {
    const count = await endOtherOwnSessions(tx, data.t, owner, holder.viewer.sessionIdHash);
    if (count > 0) {
      await recordAudit(tx, data.t, scope, now, {
        action: "SESSION_ENDED",
        customerId: customerOf(holder),
        subject: "All other sessions",
        details: { count },
      });
    }
    return count;
  });
}

/**
 * A customer account's sign-ins, newest first, by keyset. The account holder sees everyone's; a
 * sub-contact sees only their own (`portalAccountId`): the holder's people answer to the holder,
 * not to each other.
 */
export function signInsOfAccount(
  data: Database,
  scope: FacilityScope,
  account: { customerId: number; portalAccountId?: number | null },
  page: { first: number; after: AuditCursor | null },
): Promise<AuditPage> {
  return auditPage(
    data,
    scope,
    { customerId: account.customerId, portalAccountId: account.portalAccountId ?? null, action: "PORTAL_SIGNED_IN" },
    page,
  );
}

/**
 * Whose sign-ins a portal viewer sees: the holder (and a preview of them) the whole account's, a
 * sub-contact their own. In a preview of a sub-contact, that contact's account, if they have one.
 */
export async function signInsVisibleTo(
  data: Database,
  viewer: PortalViewer,
): Promise<{ portalAccountId: number | null }> {
  if (viewer.contactId === null) return { portalAccountId: null };
  if (!viewer.preview) return { portalAccountId: viewer.accountId };
  const pa = data.t.portalAccounts;
  const [row] = await data.read
    .select({ id: pa.id })
    .from(pa)
    .where(and(eq(pa.customerId, viewer.customerId), eq(pa.personKey, viewer.contactId)));
  // A contact who never signed in has no sign-ins: -1 matches no account.
  return { portalAccountId: row?.id ?? -1 };
}
