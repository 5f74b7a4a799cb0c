import { eq, isNull, sql } from "drizzle-orm";
import type { ReadDb, Tables } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { isValidEmail } from "../../lib/text.js";
import type { PreferenceKind } from "../contacts/contact.service.js";
import { type Channel, canTextSql } from "../texts/texts.service.js";

/** Every kind of email Portico sends to a customer's people. */
export type EmailKind = "INVITE" | PreferenceKind;

export type Recipient = { customerId: number; contactId: number | null; name: string; email: string };

type Person = { customerId: number; contactId: number | null; name: string; email: string | null };

/** The column, on customers and contacts alike, that holds a person's choice for each kind. */
const preferenceColumn = {
  invoices: "prefInvoices",
  estimates: "prefEstimates",
  scheduling: "prefScheduling",
  carUpdates: "prefCarUpdates",
  contracts: "prefContracts",
  socialEvents: "prefSocialEvents",
  marketing: "prefMarketing",
} as const satisfies Record<PreferenceKind, keyof Tables["customers"]["$inferSelect"]>;

function withValidEmail(people: Person[]): Recipient[] {
  return people.filter((p): p is Recipient => isValidEmail(p.email));
}

/** The customer first, then their contacts oldest first; one email per address, the first holder's. */
function onePerAddress(people: Person[]): Recipient[] {
  const ordered = [...people].sort((a, b) => (a.contactId ?? 0) - (b.contactId ?? 0));
  const seen = new Set<string>();
  return withValidEmail(ordered).filter((r) => {
    if (seen.has(r.email)) return false;
    seen.add(r.email);
    return true;
  });
}

/**
 * Decides who of a customer's people receives an email of `kind`: the one place that reads
 * communication preferences. An invite goes to the invited person whatever their preferences;
 * every other kind goes only to the customer and contacts with a valid email who opted in to it,
 * and to nobody while the customer is archived. `portalPeople` keeps only contacts with portal
 * access (an email that links into the portal).
 */
export async function recipientsFor(
  db: ReadDb,
  t: Tables,
  scope: FacilityScope,
  customerId: number,
  kind: EmailKind,
  invited?: { contactId: number | null },
  options: { portalPeople?: boolean } = {},
): Promise<Recipient[]> {
  const customer = { customerId: t.customers.id, contactId: sql<number | null>`null`, name: t.customers.name };
  const contact = { customerId: t.contacts.customerId, contactId: t.contacts.id, name: t.contacts.name };
  if (kind === "INVITE") {
    if (!invited) throw new Error("an invite needs the invited person");
    const people =
      invited.contactId === null
        ? await db
            .select({ ...customer, email: t.customers.email })
            .from(t.customers)
            .where(scope.where(t.customers, eq(t.customers.id, customerId)))
        : await db
            .select({ ...contact, email: t.contacts.email })
            .from(t.contacts)
            .where(
              scope.where(
                t.contacts,
                eq(t.contacts.customerId, customerId),
                eq(t.contacts.id, invited.contactId),
                eq(t.contacts.canAccessPortal, true),
              ),
            );
    return withValidEmail(people);
  }
  const column = preferenceColumn[kind];
  const people = await db
    .select({ ...customer, email: t.customers.email })
    .from(t.customers)
    .where(
      scope.where(
        t.customers,
        eq(t.customers.id, customerId),
        eq(t.customers[column], true),
        isNull(t.customers.archivedAt),
      ),
    )
    .unionAll(
      db
        .select({ ...contact, email: t.contacts.email })
        .from(t.contacts)
        .innerJoin(t.customers, eq(t.customers.id, t.contacts.customerId))
        .where(
          scope.where(
            t.contacts,
            eq(t.contacts.customerId, customerId),
            eq(t.contacts[column], true),
            isNull(t.customers.archivedAt),
            options.portalPeople ? eq(t.contacts.canAccessPortal, true) : undefined,
          ),
        ),
    );
  return onePerAddress(people);
}

/** A person a message may reach by email, by text or both: their channel decides (texts.service channelsFor). */
export type ReachableRecipient = {
  customerId: number;
  contactId: number | null;
  name: string;
  /** A valid address not already another person's on the account, or null. */
  email: string | null;
  /** A number with consent for it and no STOP, not already another person's on the account, or null. */
  phone: string | null;
  channel: Channel;
};

/**
 * recipientsFor for a message that may go by text as well: the same people for `kind` (opted in, the
 * customer not archived, with `portalPeople` only contacts with portal access), with both ways to
 * reach them. A person stays when their email is valid or they may be texted; one email per address
 * and one text per number, the first holder's (the customer first, then contacts oldest first).
 */
export async function reachableFor(
  db: ReadDb,
  t: Tables,
  scope: FacilityScope,
  customerId: number,
  kind: PreferenceKind,
  options: { portalPeople?: boolean } = {},
): Promise<ReachableRecipient[]> {
  const column = preferenceColumn[kind];
  const customer = {
    customerId: t.customers.id,
    contactId: sql<number | null>`null`,
    name: t.customers.name,
    email: t.customers.email,
    phone: t.customers.phone,
    channel: t.customers.channel,
    canText: canTextSql(t, t.customers),
  };
  const contact = {
    customerId: t.contacts.customerId,
    contactId: t.contacts.id,
    name: t.contacts.name,
    email: t.contacts.email,
    phone: t.contacts.phone,
    channel: t.contacts.channel,
    canText: canTextSql(t, t.contacts),
  };
  const people = await db
    .select(customer)
    .from(t.customers)
    .where(
      scope.where(
        t.customers,
        eq(t.customers.id, customerId),
        eq(t.customers[column], true),
        isNull(t.customers.archivedAt),
      ),
    )
    .unionAll(
      db
        .select(contact)
        .from(t.contacts)
        .innerJoin(t.customers, eq(t.customers.id, t.contacts.customerId))
        .where(
          scope.where(
            t.contacts,
            eq(t.contacts.customerId, customerId),
            eq(t.contacts[column], true),
            isNull(t.customers.archivedAt),
            options.portalPeople ? eq(t.contacts.canAccessPortal, true) : undefined,
          ),
        ),
    );
  const ordered = [...people].sort((a, b) => (a.contactId ?? 0) - (b.contactId ?? 0));
  const emails = new Set<string>();
  const phones = new Set<string>();
  const reachable: ReachableRecipient[] = [];
  for (const p of ordered) {
    // A union's column decodes as the first select's: read the flag both engines may answer.
    const canText = (p.canText as unknown) === true || (p.canText as unknown) === 1 || (p.canText as unknown) === "1";
    // An address another person of the account already gets it at: that email is theirs too.
    if (p.email && emails.has(p.email) && p.channel === "EMAIL") continue;
    const email = isValidEmail(p.email) && !emails.has(p.email) ? p.email : null;
    const phone = canText && p.phone && !phones.has(p.phone) ? p.phone : null;
    if (!email && !phone) continue;
    if (email) emails.add(email);
    if (phone) phones.add(phone);
    reachable.push({ ...p, email, phone, channel: p.channel as Channel });
  }
  return reachable;
}
