import { and, eq } from "drizzle-orm";
import { type Db, writeTransaction } from "../../db/client.js";
import { contacts } from "../../db/schema.js";
import { notFound } from "../../lib/domain-error.js";
import { normalizeEmail } from "../../lib/text.js";
import { endSessionsOfPortalPerson, forgetPasswordOfPortalPerson } from "../auth/sessions.service.js";
import {
  assertCustomerInFacility,
  type EmailHolder,
  phoneInput,
  refuseDuplicateEmail,
} from "../customers/customer.service.js";
import { getFacility } from "../facilities/facility.service.js";
import { voidPendingInvitesInSyncTransaction } from "../invitations/invitation.service.js";
import {
  type LatestInvitationColumns,
  type LatestInvitationForStatus,
  latestInvitationFrom,
  latestInvitationSelect,
} from "../invitations/portal-status.js";

export const contactRoles = ["SPOUSE", "ASSISTANT", "BOOKKEEPER", "VEHICLE_HANDLER", "OTHER"] as const;
export type ContactRoleValue = (typeof contactRoles)[number];

/** The seven kinds of email a person can opt in to or out of (DESIGN §2). */
export const preferenceKinds = [
  "invoices",
  "estimates",
  "scheduling",
  "carUpdates",
  "contracts",
  "socialEvents",
  "marketing",
] as const;
export type PreferenceKind = (typeof preferenceKinds)[number];
export type Preferences = Record<PreferenceKind, boolean>;

export type ContactRow = {
  id: number;
  facilityId: number;
  customerId: number;
  name: string;
  email: string | null;
  phone: string | null;
  role: ContactRoleValue;
  canAccessPortal: boolean;
  preferences: Preferences;
  activatedAt: Date | null;
  latestInvitation: (LatestInvitationForStatus & { id: number }) | null;
};

type RawContact = LatestInvitationColumns & {
  id: number;
  facility_id: number;
  customer_id: number;
  name: string;
  email: string | null;
  phone: string | null;
  role: ContactRoleValue;
  can_access_portal: number;
  pref_invoices: number;
  pref_estimates: number;
  pref_scheduling: number;
  pref_car_updates: number;
  pref_contracts: number;
  pref_social_events: number;
  pref_marketing: number;
  activated_at: number | null;
};

const selectContacts = `
  SELECT k.*, pa.activated_at,
         ${latestInvitationSelect}
  FROM contacts k
  LEFT JOIN portal_accounts pa ON pa.customer_id = k.customer_id AND pa.person_key = k.id
  LEFT JOIN invitations i ON i.id = k.latest_invitation_id`;

function toContact(r: RawContact): ContactRow {
  return {
    id: r.id,
    facilityId: r.facility_id,
    customerId: r.customer_id,
    name: r.name,
    email: r.email,
    phone: r.phone,
    role: r.role,
    canAccessPortal: r.can_access_portal === 1,
    preferences: {
      invoices: r.pref_invoices === 1,
      estimates: r.pref_estimates === 1,
      scheduling: r.pref_scheduling === 1,
      carUpdates: r.pref_car_updates === 1,
      contracts: r.pref_contracts === 1,
      socialEvents: r.pref_social_events === 1,
      marketing: r.pref_marketing === 1,
    },
    activatedAt: r.activated_at === null ? null : new Date(r.activated_at),
    latestInvitation: latestInvitationFrom(r),
  };
}

/** A customer's contacts with what their statuses need, in one statement. */
export function contactsOfCustomer(db: Db, facilityId: number, customerId: number): ContactRow[] {
  return (
    db.$client
      .prepare(`${selectContacts} WHERE k.customer_id = ? AND k.facility_id = ? ORDER BY k.name COLLATE NOCASE, k.id`)
      .all(customerId, facilityId) as RawContact[]
  ).map(toContact);
}

export function getContactRow(db: Db, facilityId: number, contactId: number): ContactRow {
  const raw = db.$client.prepare(`${selectContacts} WHERE k.id = ? AND k.facility_id = ?`).get(contactId, facilityId) as
    | RawContact
    | undefined;
  if (!raw) throw notFound("Contact");
  return toContact(raw);
}

export type ContactFields = {
  name: string;
  email?: string | null;
  phone?: string | null;
  role: ContactRoleValue;
  canAccessPortal: boolean;
  preferences: Preferences;
};

function columns(input: ContactFields, facilityCountry: string) {
  const p = input.preferences;
  return {
    name: input.name.trim().replace(/\s+/g, " "),
    email: normalizeEmail(input.email),
    phone: phoneInput(input.phone, facilityCountry),
    role: input.role,
    canAccessPortal: input.canAccessPortal,
    prefInvoices: p.invoices,
    prefEstimates: p.estimates,
    prefScheduling: p.scheduling,
    prefCarUpdates: p.carUpdates,
    prefContracts: p.contracts,
    prefSocialEvents: p.socialEvents,
    prefMarketing: p.marketing,
  };
}

/** The account holder or another contact of the same account with the address. */
function holderOnAccount(tx: Db, customerId: number, email: string, contactId: number | null): EmailHolder | undefined {
  const holder = tx.$client
    .prepare("SELECT id, name FROM customers WHERE id = ? AND email = ?")
    .get(customerId, email) as { id: number; name: string } | undefined;
  if (holder) return { kind: "CUSTOMER", id: holder.id, customerId, name: holder.name };
  const contact = tx.$client
    .prepare("SELECT id, name FROM contacts WHERE customer_id = ? AND email = ? AND id IS NOT ? ORDER BY id LIMIT 1")
    .get(customerId, email, contactId) as { id: number; name: string } | undefined;
  return contact && { kind: "CONTACT", id: contact.id, customerId, name: contact.name };
}

export function addContact(
  db: Db,
  facilityId: number,
  customerId: number,
  input: ContactFields,
  now: Date,
  opts: { allowDuplicateEmail?: boolean } = {},
): ContactRow {
  const id = writeTransaction(db, (tx) => {
    assertCustomerInFacility(tx, facilityId, customerId);
    const values = columns(input, getFacility(tx, facilityId).country);
    if (values.email) {
      refuseDuplicateEmail(
        holderOnAccount(tx, customerId, values.email, null),
        values.email,
        !!opts.allowDuplicateEmail,
      );
    }
    return tx
      .insert(contacts)
      .values({ ...values, facilityId, customerId, createdAt: now })
      .returning({ id: contacts.id })
      .get().id;
  });
  return getContactRow(db, facilityId, id);
}

/**
 * Saves a contact. A new email, or turning "Can access portal" off, voids their pending invite and
 * links and ends their portal sessions now, in the same transaction (after access is turned off, each
 * browser is told why on its next request); a new email also drops their portal password, which
 * whoever held the old address may know.
 */
export function updateContact(
  db: Db,
  facilityId: number,
  contactId: number,
  input: ContactFields,
  now: Date,
  opts: { allowDuplicateEmail?: boolean } = {},
): ContactRow {
  writeTransaction(db, (tx) => {
    const current = getContactRow(tx, facilityId, contactId);
    const next = columns(input, getFacility(tx, facilityId).country);
    if (next.email && next.email !== current.email) {
      const holder = holderOnAccount(tx, current.customerId, next.email, contactId);
      refuseDuplicateEmail(holder, next.email, !!opts.allowDuplicateEmail);
    }
    tx.update(contacts).set(next).where(eq(contacts.id, contactId)).run();
    if (current.canAccessPortal && !next.canAccessPortal) {
      voidPendingInvitesInSyncTransaction(tx, current.customerId, contactId, "ACCESS_REMOVED", now);
      endSessionsOfPortalPerson(tx, { customerId: current.customerId, contactId }, "ACCESS_REMOVED");
    } else if (current.email !== next.email) {
      voidPendingInvitesInSyncTransaction(tx, current.customerId, contactId, "EMAIL_CHANGED", now);
      endSessionsOfPortalPerson(tx, { customerId: current.customerId, contactId });
    }
    if (current.email !== next.email) forgetPasswordOfPortalPerson(tx, { customerId: current.customerId, contactId });
  });
  return getContactRow(db, facilityId, contactId);
}

/** Removes a contact; their portal account, sessions, links and invitations go with them (cascade). */
export function removeContact(db: Db, facilityId: number, contactId: number): void {
  writeTransaction(db, (tx) => {
    const result = tx
      .delete(contacts)
      .where(and(eq(contacts.id, contactId), eq(contacts.facilityId, facilityId)))
      .run();
    if (result.changes === 0) throw notFound("Contact");
  });
}
