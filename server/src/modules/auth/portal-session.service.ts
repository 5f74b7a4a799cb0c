import { and, eq, isNotNull, isNull, or, type Placeholder } from "drizzle-orm";
import type { Database, ReadDb, Tables, WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { deviceLabel, deviceOf, type SessionClient } from "../../lib/client-device.js";
import { sha256 } from "../../lib/tokens.js";
import { recordAudit } from "../audit/audit.service.js";
import {
  createSession,
  deleteSession,
  endOtherSessionsOfPortalAccount,
  type NewSession,
  type PortalViewer,
} from "./sessions.service.js";

export type PortalPerson = { facilityId: number; customerId: number; contactId: number | null };

/** Statements that read: autocommit reads, or a transaction's own. */
type Reader = Pick<ReadDb, "select">;

/** Customers with this email who are in the portal or were invited to it; optionally within one facility. */
export function eligibleCustomers(
  db: Reader,
  t: Tables,
  email: string | Placeholder,
  facilityId?: number | Placeholder,
) {
  const { customers: c, portalAccounts: pa, invitations: i } = t;
  return db
    .select({ facilityId: c.facilityId, customerId: c.id })
    .from(c)
    .leftJoin(pa, and(eq(pa.customerId, c.id), eq(pa.personKey, 0)))
    .leftJoin(i, eq(i.id, c.latestInvitationId))
    .where(
      and(
        eq(c.email, email),
        // An archived customer's address answers like an unknown one.
        isNull(c.archivedAt),
        facilityId === undefined ? undefined : eq(c.facilityId, facilityId),
        or(isNotNull(pa.id), and(isNotNull(i.id), eq(i.email, email))),
      ),
    )
    .orderBy(c.id)
    .limit(20);
}

/** Portal-enabled contacts with this email who are in the portal or were invited to it; optionally within one facility. */
export function eligibleContacts(
  db: Reader,
  t: Tables,
  email: string | Placeholder,
  facilityId?: number | Placeholder,
) {
  const { contacts: k, customers: c, portalAccounts: pa, invitations: i } = t;
  return db
    .select({ facilityId: k.facilityId, customerId: k.customerId, contactId: k.id })
    .from(k)
    .innerJoin(c, and(eq(c.id, k.customerId), isNull(c.archivedAt)))
    .leftJoin(pa, eq(pa.contactId, k.id))
    .leftJoin(i, eq(i.id, k.latestInvitationId))
    .where(
      and(
        eq(k.email, email),
        eq(k.canAccessPortal, true),
        facilityId === undefined ? undefined : eq(k.facilityId, facilityId),
        or(isNotNull(pa.id), and(isNotNull(i.id), eq(i.email, email))),
      ),
    )
    .orderBy(k.id)
    .limit(20);
}

/**
 * Customers and portal-enabled contacts with this email who are in the portal or were invited
 * to it: the people an address may sign in as. Optionally within one facility.
 */
export async function eligiblePeople(
  db: Reader,
  t: Tables,
  email: string,
  facilityId?: number,
): Promise<PortalPerson[]> {
  const asCustomer = await eligibleCustomers(db, t, email, facilityId);
  const asContact = await eligibleContacts(db, t, email, facilityId);
  return [...asCustomer.map((p) => ({ ...p, contactId: null })), ...asContact];
}

/** The email on record of a customer or contact (normalised), or null. */
export async function emailOfPerson(
  db: Reader,
  t: Tables,
  person: { customerId: number; contactId: number | null },
): Promise<string | null> {
  if (person.contactId !== null) {
    const [row] = await db
      .select({ email: t.contacts.email })
      .from(t.contacts)
      .where(eq(t.contacts.id, person.contactId));
    return row?.email ?? null;
  }
  const [row] = await db
    .select({ email: t.customers.email })
    .from(t.customers)
    .where(eq(t.customers.id, person.customerId));
  return row?.email ?? null;
}

/** A signed-in portal person and the session whose cookie the edge sets. */
export type PortalSignIn = { viewer: PortalViewer; session: NewSession };

/** How a person got in, as their account's sign-ins list tells it. */
export const portalSignInMethods = ["INVITE", "LINK", "CODE", "PASSWORD", "PASSKEY", "ACCOUNT_SWITCH"] as const;
export type PortalSignInMethod = (typeof portalSignInMethods)[number];

/**
 * Activates (or updates) the person's portal account and starts a session for the browser: a new
 * session id at every sign-in, the browser's previous one (`previousToken`) deleted. Setting a
 * password ends every other session of the account. Every sign-in writes a PORTAL_SIGNED_IN line
 * to the customer's trail, with the person as its actor: the account's sign-ins list reads those.
 * Runs inside the caller's transaction.
 */
export async function startPortalSession(
  tx: WriteDb,
  t: Tables,
  person: PortalPerson,
  now: Date,
  options: { previousToken?: string; passwordHash?: string; client: SessionClient; method: PortalSignInMethod },
): Promise<PortalSignIn> {
  const { passwordHash, previousToken, client, method } = options;
  const { portalAccounts } = t;
  const account = returnedRow(
    await tx
      .insert(portalAccounts)
      .values({
        facilityId: person.facilityId,
        customerId: person.customerId,
        contactId: person.contactId,
        personKey: person.contactId ?? 0,
        passwordHash: passwordHash ?? null,
        activatedAt: now,
        lastSignInAt: now,
        createdAt: now,
      })
      .onConflictDoUpdate({
        target: [portalAccounts.customerId, portalAccounts.personKey],
        set: { lastSignInAt: now, ...(passwordHash ? { passwordHash } : {}) },
      })
      .returning(),
  );
  if (previousToken) await deleteSession(tx, t, previousToken);
  const session = await createSession(
    tx,
    t,
    now,
    { kind: "PORTAL", facilityId: account.facilityId, portalAccountId: account.id },
    client,
  );
  const name = await personNameIn(tx, t, account);
  const actor = { kind: "PORTAL" as const, portalAccountId: account.id, name };
  await recordAudit(tx, t, new FacilityScope(account.facilityId, actor), now, {
    action: "PORTAL_SIGNED_IN",
    customerId: account.customerId,
    subject: deviceLabel(deviceOf(client.userAgent)),
    details: { method },
  });
  // A password set or changed (a forgotten one reset by link) signs out every other browser.
  if (passwordHash) await endOtherSessionsOfPortalAccount(tx, t, account.id, sha256(session.token));
  const viewer: PortalViewer = {
    kind: "portal",
    sessionIdHash: sha256(session.token),
    accountId: account.id,
    facilityId: account.facilityId,
    customerId: account.customerId,
    contactId: account.contactId,
  };
  return { viewer, session };
}

async function personNameIn(
  tx: Pick<WriteDb, "select">,
  t: Tables,
  person: { customerId: number; contactId: number | null },
): Promise<string> {
  const { contacts: k, customers: c } = t;
  const [row] =
    person.contactId !== null
      ? await tx.select({ name: k.name }).from(k).where(eq(k.id, person.contactId))
      : await tx.select({ name: c.name }).from(c).where(eq(c.id, person.customerId));
  return row?.name ?? "Customer";
}

/** The signed-in person's own name: the contact's for a sub-contact, else the customer's. */
export async function nameOfPortalPerson(
  data: Database,
  viewer: { customerId: number; contactId: number | null },
): Promise<string> {
  const { contacts: k, customers: c } = data.t;
  const [row] =
    viewer.contactId !== null
      ? await data.read.select({ name: k.name }).from(k).where(eq(k.id, viewer.contactId))
      : await data.read.select({ name: c.name }).from(c).where(eq(c.id, viewer.customerId));
  return row?.name ?? "Customer";
}
