import { eq, sql } from "drizzle-orm";
import { type Database, preparedRead } from "../../db/database.js";
import type { SessionClient } from "../../lib/client-device.js";
import { notFound } from "../../lib/domain-error.js";
import type { ServiceDeps } from "../service-deps.js";
import {
  eligibleContacts,
  eligibleCustomers,
  eligiblePeople,
  emailOfPerson,
  type PortalSignIn,
  startPortalSession,
} from "./portal-session.service.js";
import type { PortalViewer } from "./sessions.service.js";

export type AccountChoice = { customerId: number; customerName: string; current: boolean };

// The portal asks who is signed in on every page load: these reads are prepared once.
const customerRead = preparedRead(
  "portal_customer",
  (db, t) =>
    db
      .select()
      .from(t.customers)
      .where(eq(t.customers.id, sql.placeholder("customerId"))),
  { keyed: true },
);
const contactRead = preparedRead(
  "portal_contact",
  (db, t) =>
    db
      .select()
      .from(t.contacts)
      .where(eq(t.contacts.id, sql.placeholder("contactId"))),
  { keyed: true },
);
const customerNamesRead = preparedRead("portal_customer_names", (db, t, dialect) =>
  db
    .select({ id: t.customers.id, name: t.customers.name })
    .from(t.customers)
    .where(dialect.inList(t.customers.id, sql.placeholder("ids"))),
);
const eligibleAsCustomerRead = preparedRead("portal_eligible_customers", (db, t) =>
  eligibleCustomers(db, t, sql.placeholder("email"), sql.placeholder("facilityId")),
);
const eligibleAsContactRead = preparedRead("portal_eligible_contacts", (db, t) =>
  eligibleContacts(db, t, sql.placeholder("email"), sql.placeholder("facilityId")),
);

/**
 * What the portal shows of the signed-in person: their customer and contact rows, and the accounts
 * their address may open at this facility (one email, several accounts; none in a staff preview).
 */
export async function portalPersonDetails(data: Database, viewer: PortalViewer) {
  const [customer] = await customerRead(data).execute({ customerId: viewer.customerId });
  if (!customer) throw new Error("portal session without its customer");
  const [contact] = viewer.contactId === null ? [] : await contactRead(data).execute({ contactId: viewer.contactId });
  const email = viewer.contactId === null ? customer.email : (contact?.email ?? null);
  const accounts = viewer.preview || !email ? [] : await accountChoices(data, viewer, email);
  return { customer, contact: contact ?? null, accounts };
}

async function accountChoices(data: Database, viewer: PortalViewer, email: string): Promise<AccountChoice[]> {
  const values = { email, facilityId: viewer.facilityId };
  const people = [
    ...(await eligibleAsCustomerRead(data).execute(values)),
    ...(await eligibleAsContactRead(data).execute(values)),
  ];
  const ids = [...new Set([viewer.customerId, ...people.map((p) => p.customerId)])];
  const rows = await customerNamesRead(data).execute({ ids: data.dialect.listParam(ids) });
  const names = new Map(rows.map((c) => [c.id, c.name]));
  return ids.map((id) => ({ customerId: id, customerName: names.get(id) ?? "", current: id === viewer.customerId }));
}

/**
 * Opens another account of the same address: allowed because that address proved itself at sign-in.
 * The target person's row (customer or contact) is locked before their eligibility is read again:
 * staff changing their address or turning their access off update that row, so either this waits
 * and reads the change, or the change waits and then ends the session made here. The person may
 * have no portal account row yet, so theirs is the row to lock.
 */
export async function switchAccount(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  viewer: PortalViewer,
  customerId: number,
  previousToken: string | undefined,
  client: SessionClient,
): Promise<PortalSignIn> {
  const now = clock.now();
  const { t, dialect } = data;
  return data.transaction(async (tx) => {
    const email = await emailOfPerson(tx, t, viewer);
    const eligible = async () =>
      email
        ? (await eligiblePeople(tx, t, email, viewer.facilityId)).find((p) => p.customerId === customerId)
        : undefined;
    const seen = await eligible();
    if (!seen) throw notFound("Account");
    await (seen.contactId === null
      ? dialect.forUpdate(
          tx.select({ id: t.customers.id }).from(t.customers).where(eq(t.customers.id, seen.customerId)),
        )
      : dialect.forUpdate(tx.select({ id: t.contacts.id }).from(t.contacts).where(eq(t.contacts.id, seen.contactId))));
    const target = await eligible();
    if (!target || target.contactId !== seen.contactId) throw notFound("Account");
    return startPortalSession(tx, t, target, now, { previousToken, client, method: "ACCOUNT_SWITCH" });
  });
}
