import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { type Database, preparedRead, type ReadDb, type Tables, type WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { notFound } from "../../lib/domain-error.js";
import { emptyToNull, normalizeEmail } from "../../lib/text.js";
import { changedFields, recordAudit } from "../audit/audit.service.js";
import { endPortalSessionsOf, forgetPortalPasswordOf } from "../auth/sessions.service.js";
import {
  customerProfile,
  type EmailHolder,
  lockEmailAtFacility,
  phoneInput,
  refuseDuplicateEmail,
  saveCustomerProfile,
} from "../customers/customer.service.js";
import { facilityById } from "../facilities/facility.service.js";
import { lockPersonInvites, voidLinksTextedTo, voidPendingInvites } from "../invitations/invitation.service.js";
import {
  contactAccountJoin,
  type LatestInvitation,
  latestInvitationFields,
} from "../invitations/portal-status.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { canTextSql } from "../texts/texts.service.js";

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
  /** A number with consent to texts and no STOP: invitable by text (texts.service canTextSql). */
  canText: boolean;
  latestInvitation: LatestInvitation | null;
};

/** The preference columns a person (customer or contact) has, as stored. */
export type PreferenceColumns = {
  prefInvoices: boolean;
  prefEstimates: boolean;
  prefScheduling: boolean;
  prefCarUpdates: boolean;
  prefContracts: boolean;
  prefSocialEvents: boolean;
  prefMarketing: boolean;
};

export function preferencesOf(r: PreferenceColumns): Preferences {
  return {
    invoices: r.prefInvoices,
    estimates: r.prefEstimates,
    scheduling: r.prefScheduling,
    carUpdates: r.prefCarUpdates,
    contracts: r.prefContracts,
    socialEvents: r.prefSocialEvents,
    marketing: r.prefMarketing,
  };
}

export function preferenceColumns(p: Preferences): PreferenceColumns {
  return {
    prefInvoices: p.invoices,
    prefEstimates: p.estimates,
    prefScheduling: p.scheduling,
    prefCarUpdates: p.carUpdates,
    prefContracts: p.contracts,
    prefSocialEvents: p.socialEvents,
    prefMarketing: p.marketing,
  };
}

/** Contacts with their portal account and latest invitation, what their statuses need, in one statement. */
function contactQuery(db: ReadDb, t: Tables) {
  const k = t.contacts;
  const pa = t.portalAccounts;
  return db
    .select({
      id: k.id,
      facilityId: k.facilityId,
      customerId: k.customerId,
      name: k.name,
      email: k.email,
      phone: k.phone,
      role: k.role,
      canAccessPortal: k.canAccessPortal,
      prefInvoices: k.prefInvoices,
      prefEstimates: k.prefEstimates,
      prefScheduling: k.prefScheduling,
      prefCarUpdates: k.prefCarUpdates,
      prefContracts: k.prefContracts,
      prefSocialEvents: k.prefSocialEvents,
      prefMarketing: k.prefMarketing,
      activatedAt: pa.activatedAt,
      canText: canTextSql(t, k),
      latestInvitation: latestInvitationFields(t.invitations, t.signInLinks),
    })
    .from(k)
    .leftJoin(pa, contactAccountJoin(pa, k))
    .leftJoin(t.invitations, eq(t.invitations.id, k.latestInvitationId));
}

type SelectedContact = Awaited<ReturnType<typeof contactQuery>>[number];

function toContact(r: SelectedContact): ContactRow {
  return {
    id: r.id,
    facilityId: r.facilityId,
    customerId: r.customerId,
    name: r.name,
    email: r.email,
    phone: r.phone,
    role: r.role,
    canAccessPortal: r.canAccessPortal,
    preferences: preferencesOf(r),
    activatedAt: r.activatedAt,
    canText: r.canText,
    latestInvitation: r.latestInvitation,
  };
}

// The customer page lists an account's contacts: prepared once.
const contactsOfCustomerRead = preparedRead(
  "contacts_of_customer",
  (db, t) =>
    contactQuery(db, t)
      .where(FacilityScope.preparedWhere(t.contacts, eq(t.contacts.customerId, sql.placeholder("customerId"))))
      .orderBy(asc(sql`lower(${t.contacts.name})`), asc(t.contacts.id)),
  { keyed: true },
);

const contactRead = preparedRead(
  "contact_of_facility",
  (db, t) =>
    contactQuery(db, t).where(FacilityScope.preparedWhere(t.contacts, eq(t.contacts.id, sql.placeholder("contactId")))),
  { keyed: true },
);

/** A customer's contacts with what their statuses need, in one statement. */
export async function contactsOfCustomer(
  data: Database,
  scope: FacilityScope,
  customerId: number,
): Promise<ContactRow[]> {
  const rows = await contactsOfCustomerRead(data).execute(scope.values({ customerId }));
  return rows.map(toContact);
}

/** A facility's contact, or NOT_FOUND: a foreign id answers exactly like a missing one. */
export async function contactOfFacility(data: Database, scope: FacilityScope, contactId: number): Promise<ContactRow> {
  const [row] = await contactRead(data).execute(scope.values({ contactId }));
  if (!row) throw notFound("Contact");
  return toContact(row);
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
  return {
    name: input.name.trim().replace(/\s+/g, " "),
    email: normalizeEmail(input.email),
    phone: phoneInput(input.phone, facilityCountry),
    role: input.role,
    canAccessPortal: input.canAccessPortal,
    ...preferenceColumns(input.preferences),
  };
}

/** The account holder or another contact of the same account with the address. */
async function holderOnAccount(
  tx: WriteDb,
  t: Tables,
  customerId: number,
  email: string,
  contactId: number | null,
): Promise<EmailHolder | undefined> {
  const [holder] = await tx
    .select({ id: t.customers.id, name: t.customers.name })
    .from(t.customers)
    .where(and(eq(t.customers.id, customerId), eq(t.customers.email, email)));
  if (holder) return { kind: "CUSTOMER", id: holder.id, customerId, name: holder.name };
  const [contact] = await tx
    .select({ id: t.contacts.id, name: t.contacts.name })
    .from(t.contacts)
    .where(
      and(
        eq(t.contacts.customerId, customerId),
        eq(t.contacts.email, email),
        contactId === null ? undefined : ne(t.contacts.id, contactId),
      ),
    )
    .orderBy(asc(t.contacts.id))
    .limit(1);
  return contact && { kind: "CONTACT", id: contact.id, customerId, name: contact.name };
}

type ContactDeps = Pick<ServiceDeps, "data" | "clock">;

export async function addContact(
  deps: ContactDeps,
  scope: FacilityScope,
  customerId: number,
  input: ContactFields,
  opts: { allowDuplicateEmail?: boolean } = {},
): Promise<ContactRow> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  const values = columns(input, (await facilityById(data, scope.facilityId)).country);
  const added = await data.transaction(async (tx) => {
    const [customer] = await tx
      .select({ id: t.customers.id })
      .from(t.customers)
      .where(scope.where(t.customers, eq(t.customers.id, customerId)));
    if (!customer) throw notFound("Customer");
    if (values.email) {
      await lockEmailAtFacility(data, scope.facilityId, values.email);
      const holder = await holderOnAccount(tx, t, customerId, values.email, null);
      refuseDuplicateEmail(holder, values.email, !!opts.allowDuplicateEmail);
    }
    const row = returnedRow(
      await tx
        .insert(t.contacts)
        .values({ ...values, facilityId: scope.facilityId, customerId, createdAt: now })
        .returning({ id: t.contacts.id }),
    );
    await recordAudit(tx, t, scope, now, {
      action: "CONTACT_ADDED",
      customerId,
      subject: values.name,
      details: { role: values.role, canAccessPortal: values.canAccessPortal },
    });
    return row;
  });
  return contactOfFacility(data, scope, added.id);
}

/**
 * Saves a contact. A new email, or turning "Can access portal" off, voids their pending invite and
 * links and ends their portal sessions now, in the same transaction (after access is turned off, each
 * browser is told why on its next request); a new email also drops their portal password, which
 * whoever held the old address may know.
 */
export async function updateContact(
  deps: ContactDeps,
  scope: FacilityScope,
  contactId: number,
  input: ContactFields,
  opts: { allowDuplicateEmail?: boolean } = {},
): Promise<ContactRow> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  const next = columns(input, (await facilityById(data, scope.facilityId)).country);
  await data.transaction(async (tx) => {
    const [current] = await tx
      .select({
        customerId: t.contacts.customerId,
        name: t.contacts.name,
        email: t.contacts.email,
        phone: t.contacts.phone,
        role: t.contacts.role,
        canAccessPortal: t.contacts.canAccessPortal,
      })
      .from(t.contacts)
      .where(scope.where(t.contacts, eq(t.contacts.id, contactId)));
    if (!current) throw notFound("Contact");
    const person = { customerId: current.customerId, contactId };
    if (next.email && next.email !== current.email) {
      await lockEmailAtFacility(data, scope.facilityId, next.email);
      const holder = await holderOnAccount(tx, t, current.customerId, next.email, contactId);
      refuseDuplicateEmail(holder, next.email, !!opts.allowDuplicateEmail);
    }
    const phoneChanged = current.phone !== null && current.phone !== next.phone;
    // An invite being decided now reads the person before or after this change, never between.
    if (phoneChanged) await lockPersonInvites(data, person);
    await tx.update(t.contacts).set(next).where(eq(t.contacts.id, contactId)).returning({ id: t.contacts.id });
    if (current.canAccessPortal && !next.canAccessPortal) {
      await voidPendingInvites(tx, t, person, "ACCESS_REMOVED", now);
      await endPortalSessionsOf(tx, data, person, "ACCESS_REMOVED");
    } else if (current.email !== next.email) {
      await voidPendingInvites(tx, t, person, "EMAIL_CHANGED", now);
      await endPortalSessionsOf(tx, data, person);
    }
    if (phoneChanged && current.phone) await voidLinksTextedTo(tx, t, person, current.phone, now);
    if (current.email !== next.email) await forgetPortalPasswordOf(tx, t, person);
    const audit = { customerId: current.customerId, subject: next.name };
    const fields = changedFields(current, next, ["name", "email", "phone", "role"]);
    if (fields) await recordAudit(tx, t, scope, now, { ...audit, action: "CONTACT_CHANGED", details: { fields } });
    if (current.canAccessPortal !== next.canAccessPortal) {
      await recordAudit(tx, t, scope, now, {
        ...audit,
        action: next.canAccessPortal ? "PORTAL_ACCESS_ON" : "PORTAL_ACCESS_OFF",
      });
    }
  });
  return contactOfFacility(data, scope, contactId);
}

/** Removes a contact; their portal account, sessions, links and invitations go with them (cascade). */
export async function removeContact(
  deps: Pick<ServiceDeps, "data" | "clock">,
  scope: FacilityScope,
  contactId: number,
): Promise<void> {
  const { data } = deps;
  const { t } = data;
  await data.transaction(async (tx) => {
    const [removed] = await tx
      .delete(t.contacts)
      .where(scope.where(t.contacts, eq(t.contacts.id, contactId)))
      .returning({ customerId: t.contacts.customerId, name: t.contacts.name });
    if (!removed) throw notFound("Contact");
    await recordAudit(tx, t, scope, deps.clock.now(), {
      action: "CONTACT_REMOVED",
      customerId: removed.customerId,
      subject: removed.name,
    });
  });
}

/** The person signed in to the portal: the account holder (contactId null) or one of its contacts. */
export type PortalPerson = { facilityId: number; customerId: number; contactId: number | null; accountId: number };

export type PortalPersonProfile = {
  name: string;
  email: string | null;
  phone: string | null;
  /** The account holder's; null for a contact, who has none of their own. */
  address: string | null;
  preferences: Preferences;
};

// The portal's signed-in frame asks for the profile on every page: its reads are prepared once.
const onboardedAtRead = preparedRead(
  "portal_account_onboarded_at",
  (db, t) =>
    db
      .select({ onboardedAt: t.portalAccounts.onboardedAt })
      .from(t.portalAccounts)
      .where(FacilityScope.preparedWhere(t.portalAccounts, eq(t.portalAccounts.id, sql.placeholder("accountId")))),
  { keyed: true },
);

const contactProfileRead = preparedRead(
  "contact_profile",
  (db, t) =>
    db
      .select({
        name: t.contacts.name,
        email: t.contacts.email,
        phone: t.contacts.phone,
        prefInvoices: t.contacts.prefInvoices,
        prefEstimates: t.contacts.prefEstimates,
        prefScheduling: t.contacts.prefScheduling,
        prefCarUpdates: t.contacts.prefCarUpdates,
        prefContracts: t.contacts.prefContracts,
        prefSocialEvents: t.contacts.prefSocialEvents,
        prefMarketing: t.contacts.prefMarketing,
      })
      .from(t.contacts)
      .where(
        FacilityScope.preparedWhere(
          t.contacts,
          eq(t.contacts.customerId, sql.placeholder("customerId")),
          eq(t.contacts.id, sql.placeholder("contactId")),
        ),
      ),
  { keyed: true },
);

/** What the portal's Profile page shows of the person signed in. */
export async function profileOfPortalPerson(data: Database, person: PortalPerson): Promise<PortalPersonProfile> {
  const scope = new FacilityScope(person.facilityId);
  const details =
    person.contactId === null
      ? await customerProfile(data, scope, person.customerId)
      : { ...(await contactProfile(data, scope, person.customerId, person.contactId)), address: null };
  return {
    name: details.name,
    email: details.email,
    phone: details.phone,
    address: details.address,
    preferences: preferencesOf(details),
  };
}

/**
 * Whether the person has a portal account (a preview has none) that has not yet finished (or skipped) onboarding: one small read,
 * apart from the profile, since the portal's home asks for this alone on every visit.
 */
export async function onboardingOpenOf(data: Database, person: PortalPerson): Promise<boolean> {
  const scope = new FacilityScope(person.facilityId);
  const [account] = await onboardedAtRead(data).execute(scope.values({ accountId: person.accountId }));
  return account !== undefined && account.onboardedAt === null;
}

async function contactProfile(data: Database, scope: FacilityScope, customerId: number, contactId: number) {
  const [row] = await contactProfileRead(data).execute(scope.values({ customerId, contactId }));
  if (!row) throw notFound("Contact");
  return row;
}

/**
 * The person's own changes from the portal: phone, email preferences and (the account holder only)
 * the address. Name and email go through the facility.
 */
export async function updateProfileOfPortalPerson(
  deps: Pick<ServiceDeps, "data" | "clock">,
  person: PortalPerson,
  input: { phone?: string | null; address?: string | null; preferences: Preferences },
): Promise<void> {
  const { data } = deps;
  const { t } = data;
  const scope = new FacilityScope(person.facilityId);
  const phone = phoneInput(input.phone, (await facilityById(data, person.facilityId)).country);
  const changes = { phone, ...preferenceColumns(input.preferences) };
  const holder = { customerId: person.customerId, contactId: person.contactId };
  await data.transaction(async (tx) => {
    const table = person.contactId === null ? t.customers : t.contacts;
    const [current] = await tx
      .select({ phone: table.phone })
      .from(table)
      .where(
        person.contactId === null
          ? scope.where(t.customers, eq(t.customers.id, person.customerId))
          : scope.where(t.contacts, eq(t.contacts.customerId, person.customerId), eq(t.contacts.id, person.contactId)),
      );
    if (!current) throw notFound(person.contactId === null ? "Customer" : "Contact");
    // A link texted to the number the person leaves must not sign in whoever has that number next.
    const oldPhone = current.phone !== null && current.phone !== phone ? current.phone : null;
    if (oldPhone) await lockPersonInvites(data, holder);
    if (person.contactId === null) {
      await saveCustomerProfile(tx, t, scope, person.customerId, { ...changes, address: emptyToNull(input.address) });
    } else {
      const saved = await tx
        .update(t.contacts)
        .set(changes)
        .where(
          scope.where(t.contacts, eq(t.contacts.customerId, person.customerId), eq(t.contacts.id, person.contactId)),
        )
        .returning({ id: t.contacts.id });
      if (saved.length === 0) throw notFound("Contact");
    }
    if (oldPhone) await voidLinksTextedTo(tx, t, holder, oldPhone, deps.clock.now());
  });
}

/** Marks the person's onboarding steps done (or skipped for now); the first time counts. */
export async function finishOnboarding(data: Database, person: PortalPerson, now: Date): Promise<void> {
  const { t } = data;
  const scope = new FacilityScope(person.facilityId);
  await data.transaction(async (tx) => {
    await tx
      .update(t.portalAccounts)
      .set({ onboardedAt: now })
      .where(
        scope.where(t.portalAccounts, eq(t.portalAccounts.id, person.accountId), isNull(t.portalAccounts.onboardedAt)),
      )
      .returning({ id: t.portalAccounts.id });
  });
}
