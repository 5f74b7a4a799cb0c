import { eq, isNull, sql } from "drizzle-orm";
import type { ReadDb, Tables } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { isValidEmail } from "../../lib/text.js";
import type { PreferenceKind } from "../contacts/contact.service.js";

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
