import { and, eq, isNotNull, or } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { contacts, customers, invitations, portalAccounts } from "../../db/schema.js";
import type { Context } from "../../graphql/context.js";
import { sha256 } from "../../lib/tokens.js";
import {
  createSession,
  deleteSession,
  endOtherSessionsOfPortalAccount,
  PORTAL_COOKIE,
  type PortalViewer,
} from "../auth/sessions.js";

export type PortalPerson = { facilityId: number; customerId: number; contactId: number | null };

/**
 * Customers and portal-enabled contacts with this email who are in the portal or were invited
 * to it: the people an address may sign in as. Optionally within one facility.
 */
export function eligiblePeople(tx: Db, email: string, facilityId?: number): PortalPerson[] {
  const asCustomer = tx
    .select({ facilityId: customers.facilityId, customerId: customers.id })
    .from(customers)
    .leftJoin(portalAccounts, and(eq(portalAccounts.customerId, customers.id), eq(portalAccounts.personKey, 0)))
    .leftJoin(invitations, eq(invitations.id, customers.latestInvitationId))
    .where(
      and(
        eq(customers.email, email),
        facilityId === undefined ? undefined : eq(customers.facilityId, facilityId),
        or(isNotNull(portalAccounts.id), and(isNotNull(invitations.id), eq(invitations.email, email))),
      ),
    )
    .orderBy(customers.id)
    .limit(20)
    .all()
    .map((p) => ({ ...p, contactId: null }));
  const asContact = tx
    .select({ facilityId: contacts.facilityId, customerId: contacts.customerId, contactId: contacts.id })
    .from(contacts)
    .leftJoin(portalAccounts, eq(portalAccounts.contactId, contacts.id))
    .leftJoin(invitations, eq(invitations.id, contacts.latestInvitationId))
    .where(
      and(
        eq(contacts.email, email),
        eq(contacts.canAccessPortal, true),
        facilityId === undefined ? undefined : eq(contacts.facilityId, facilityId),
        or(isNotNull(portalAccounts.id), and(isNotNull(invitations.id), eq(invitations.email, email))),
      ),
    )
    .orderBy(contacts.id)
    .limit(20)
    .all();
  return [...asCustomer, ...asContact];
}

/** The email on record of a customer or contact (normalised), or null. */
export function emailOfPerson(tx: Db, person: { customerId: number; contactId: number | null }): string | null {
  if (person.contactId !== null) {
    return (
      tx.select({ email: contacts.email }).from(contacts).where(eq(contacts.id, person.contactId)).get()?.email ?? null
    );
  }
  return (
    tx.select({ email: customers.email }).from(customers).where(eq(customers.id, person.customerId)).get()?.email ??
    null
  );
}

/**
 * Activates (or updates) the person's portal account and gives the browser a fresh session:
 * a new session id at every sign-in, the previous one deleted. Setting a password ends every other
 * session of the account. Runs inside a write transaction.
 */
export function startPortalSession(
  ctx: Context,
  tx: Db,
  person: PortalPerson,
  now: Date,
  passwordHash?: string,
): PortalViewer {
  const account = tx
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
    .returning()
    .get();
  const previous = ctx.cookie(PORTAL_COOKIE);
  if (previous) deleteSession(tx, previous);
  const session = createSession(tx, now, {
    kind: "PORTAL",
    facilityId: account.facilityId,
    portalAccountId: account.id,
  });
  // A password set or changed (a forgotten one reset by link) signs out every other browser.
  if (passwordHash) endOtherSessionsOfPortalAccount(tx, account.id, sha256(session.token));
  ctx.setSessionCookie(PORTAL_COOKIE, session.token, session.expiresAt);
  return {
    kind: "portal",
    sessionIdHash: sha256(session.token),
    accountId: account.id,
    facilityId: account.facilityId,
    customerId: account.customerId,
    contactId: account.contactId,
  };
}

/** The signed-in person's own name: the contact's for a sub-contact, else the customer's. */
export function portalPersonName(db: Db, viewer: { customerId: number; contactId: number | null }): string {
  const name =
    viewer.contactId !== null
      ? db.select({ name: contacts.name }).from(contacts).where(eq(contacts.id, viewer.contactId)).get()?.name
      : db.select({ name: customers.name }).from(customers).where(eq(customers.id, viewer.customerId)).get()?.name;
  return name ?? "Customer";
}
