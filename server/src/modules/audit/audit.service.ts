import { and, asc, desc, eq, lt, or } from "drizzle-orm";
import type { Database, Tables, WriteDb } from "../../db/database.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { decodeTimeCursor, encodeTimeCursor } from "../../lib/cursor.js";

/**
 * Everything the audit log records (DESIGN §11). Stored as text: a new kind needs no migration,
 * and the GraphQL enum AuditAction lists the same names.
 */
export const auditActions = [
  // Invites and portal access
  "INVITE_SENT",
  "INVITE_RESENT",
  "INVITE_SHOWN_IN_PERSON",
  "BULK_INVITE_RUN",
  "INVITE_REMINDER_SENT",
  "INVITE_REMINDERS_STOPPED",
  "INVITE_REMINDERS_SENT_TO_WAITING",
  "PORTAL_ACCESS_ON",
  "PORTAL_ACCESS_OFF",
  "PORTAL_PREVIEWED",
  "PORTAL_SIGNED_IN",
  // Customers and their people
  "CUSTOMER_ADDED",
  "CUSTOMER_CHANGED",
  "CUSTOMERS_IMPORTED",
  "CUSTOMER_ARCHIVED",
  "CUSTOMER_RESTORED",
  "CUSTOMER_EXPORTED",
  "CUSTOMER_DELETED",
  "CONTACT_ADDED",
  "CONTACT_CHANGED",
  "CONTACT_REMOVED",
  "TEXT_SETTINGS_CHANGED",
  // Records shared with customers
  "DOCUMENT_SHARED",
  "DOCUMENT_REMOVED",
  "INVOICE_ISSUED",
  "INVOICE_VOIDED",
  "PAYMENT_RECORDED",
  // The facility and its team
  "SETTINGS_CHANGED",
  "FACILITY_CREATED",
  "STAFF_INVITED",
  "STAFF_JOINED",
  "STAFF_ROLE_CHANGED",
  "STAFF_DEACTIVATED",
  "STAFF_REACTIVATED",
  // Sign-in and trust
  "SESSION_ENDED",
  "PASSKEY_ADDED",
  "PASSKEY_REMOVED",
  "CALENDAR_LINK_CREATED",
  "CALENDAR_LINK_REPLACED",
  "CALENDAR_LINK_TURNED_OFF",
  // API keys for integrators
  "API_KEY_CREATED",
  "API_KEY_REVOKED",
  "API_KEY_FIRST_USED",
  // Webhooks
  "WEBHOOK_ADDED",
  "WEBHOOK_CHANGED",
  "WEBHOOK_SECRET_ROTATED",
  "WEBHOOK_REMOVED",
  "WEBHOOK_TURNED_OFF",
] as const;
export type AuditActionValue = (typeof auditActions)[number];

/** Longest subject kept: a label, not a record. */
const MAX_SUBJECT = 200;

export type AuditLine = {
  action: AuditActionValue;
  /** The customer whose trail the line joins; cleared, with the details, when they are deleted. */
  customerId?: number | null;
  subject?: string | null;
  /** A few flat facts: never secrets, tokens or message bodies. */
  details?: Record<string, string | number | boolean | null>;
};

/**
 * Writes one audit line inside the caller's transaction, so the line exists exactly when what it
 * tells of does. The actor is the scope's (a staff user for requests, the system for jobs).
 */
export async function recordAudit(tx: WriteDb, t: Tables, scope: FacilityScope, at: Date, line: AuditLine) {
  const actor = scope.actor;
  await tx.insert(t.auditEvents).values({
    facilityId: scope.facilityId,
    at,
    actorKind: actor.kind,
    actorStaffUserId: actor.kind === "STAFF" ? actor.staffUserId : null,
    actorPortalAccountId: actor.kind === "PORTAL" ? actor.portalAccountId : null,
    actorName: actor.name.slice(0, MAX_SUBJECT),
    action: line.action,
    customerId: line.customerId ?? null,
    subject: line.subject ? line.subject.slice(0, MAX_SUBJECT) : null,
    details: line.details && Object.keys(line.details).length > 0 ? JSON.stringify(line.details) : null,
  });
}

export type AuditRow = {
  id: number;
  at: Date;
  actorKind: "STAFF" | "PORTAL" | "SYSTEM" | "API_KEY";
  actorStaffUserId: number | null;
  actorName: string;
  action: AuditActionValue;
  customerId: number | null;
  customerName: string | null;
  subject: string | null;
  details: string | null;
};

export type AuditFilter = {
  customerId?: number | null;
  staffUserId?: number | null;
  /** Only what this portal account's person did (with customerId and action: one index). */
  portalAccountId?: number | null;
  action?: AuditActionValue | null;
};

export type AuditPage = { rows: AuditRow[]; hasNextPage: boolean };

/** Where a page ends: its last line's time and id. */
export type AuditCursor = { at: Date; id: number };

/** A cursor is the last line's time and id: the log's own order. */
export function encodeAuditCursor(line: { at: Date; id: string | number }): string {
  return encodeTimeCursor(line.at, line.id);
}

export function decodeAuditCursor(after: string | null): AuditCursor | null {
  return decodeTimeCursor(after);
}

/**
 * A page of the facility's audit log, newest first, after the line at `after` (keyset on time then
 * id: each filter has its index, facility first and (at, id) last, so a page reads `first + 1`
 * entries of one index).
 */
export async function auditPage(
  data: Database,
  scope: FacilityScope,
  filter: AuditFilter,
  page: { first: number; after: AuditCursor | null },
): Promise<AuditPage> {
  const { t } = data;
  const a = t.auditEvents;
  const rows = await data.read
    .select({
      id: a.id,
      at: a.at,
      actorKind: a.actorKind,
      actorStaffUserId: a.actorStaffUserId,
      actorName: a.actorName,
      action: a.action,
      customerId: a.customerId,
      customerName: t.customers.name,
      subject: a.subject,
      details: a.details,
    })
    .from(a)
    .leftJoin(t.customers, eq(t.customers.id, a.customerId))
    .where(
      scope.where(
        a,
        filter.customerId ? eq(a.customerId, filter.customerId) : undefined,
        filter.staffUserId ? eq(a.actorStaffUserId, filter.staffUserId) : undefined,
        filter.portalAccountId ? eq(a.actorPortalAccountId, filter.portalAccountId) : undefined,
        filter.action ? eq(a.action, filter.action) : undefined,
        page.after ? or(lt(a.at, page.after.at), and(eq(a.at, page.after.at), lt(a.id, page.after.id))) : undefined,
      ),
    )
    .orderBy(desc(a.at), desc(a.id))
    .limit(page.first + 1);
  return {
    rows: rows.slice(0, page.first).map((r) => ({ ...r, action: r.action as AuditActionValue })),
    hasNextPage: rows.length > page.first,
  };
}

/** The facility's team, for the audit log's "person" filter: everyone who ever could act, by name. */
export async function auditPeople(data: Database, scope: FacilityScope) {
  const { t } = data;
  return data.read
    .select({ id: t.staffUsers.id, name: t.staffUsers.name })
    .from(t.staffUsers)
    .where(scope.where(t.staffUsers))
    .orderBy(asc(t.staffUsers.name), asc(t.staffUsers.id));
}

/** The names of the fields whose values differ, for a "changed" line's `fields` detail. */
export function changedFields<K extends string>(
  before: Record<K, unknown>,
  after: Record<K, unknown>,
  keys: readonly K[],
): string {
  return keys.filter((key) => before[key] !== after[key]).join(", ");
}
