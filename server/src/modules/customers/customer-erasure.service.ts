import { and, eq, inArray, ne, or, type SQL } from "drizzle-orm";
import type { Database, Tables, WriteDb } from "../../db/database.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { badInput, notFound } from "../../lib/domain-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { lockCustomerInvites } from "../invitations/invitation.service.js";
import type { ServiceDeps } from "../service-deps.js";

// Deleting a customer for a privacy request (docs/decisions/0034-customer-deletion-and-export.md).
// One transaction removes the customer and every row of theirs, children before parents, so no
// row relies on a cascade; older audit lines lose their link to the customer and the personal
// facts they carried, and the deletion's own line keeps only the name.

type ErasureDeps = Pick<ServiceDeps, "data" | "clock">;

/** What an older audit line about the customer names them as once they are deleted. */
export const DELETED_CUSTOMER_LABEL = "a deleted customer";
/** What an audit line written by one of the customer's portal people names its actor as. */
export const DELETED_PERSON_LABEL = "Deleted portal user";

/** `column IN (ids)`, or nothing to match when there are no ids. */
function among(column: Parameters<typeof inArray>[0], ids: readonly number[]): SQL | undefined {
  return ids.length > 0 ? inArray(column, [...ids]) : undefined;
}

/** Runs write(condition) only when there is something to match. */
async function whenAny(condition: SQL | undefined, write: (condition: SQL) => Promise<unknown>): Promise<void> {
  if (condition) await write(condition);
}

/**
 * Locks the rows a query returns (FOR UPDATE on PostgreSQL) and answers their ids. Locking a parent
 * waits for any transaction that inserted a child of it and keeps new children out until this one
 * ends (an insert's foreign-key check needs a lock the parent's FOR UPDATE conflicts with), so the
 * deletes below see every child committed before and none can be added after.
 */
async function lockIds(
  data: Pick<Database, "dialect">,
  query: { for(strength: "update", config?: { skipLocked?: boolean }): unknown } & PromiseLike<Array<{ id: number }>>,
): Promise<number[]> {
  const rows = (await data.dialect.forUpdate(query)) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}

/**
 * Deletes a customer and everything of theirs. confirmName must be the customer's name exactly (the
 * typed confirmation of the dialog), checked after the lookup so that a foreign id answers NOT_FOUND
 * like a missing one.
 */
export async function deleteCustomer(
  deps: ErasureDeps,
  scope: FacilityScope,
  customerId: number,
  confirmName: string,
): Promise<{ name: string }> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  return data.transaction(async (tx) => {
    await lockCustomerInvites(data, customerId);
    const [customer] = await data.dialect.forUpdate(
      tx
        .select({ id: t.customers.id, name: t.customers.name, email: t.customers.email })
        .from(t.customers)
        .where(scope.where(t.customers, eq(t.customers.id, customerId))),
    );
    if (!customer) throw notFound("Customer");
    if (confirmName !== customer.name) {
      throw badInput("Type the customer's name exactly to delete them", {
        confirmName: "Does not match the customer's name",
      });
    }
    await eraseCustomerRows(tx, data, scope.facilityId, customer);
    await recordAudit(tx, t, scope, now, { action: "CUSTOMER_DELETED", customerId: null, subject: customer.name });
    return { name: customer.name };
  });
}

async function eraseCustomerRows(
  tx: WriteDb,
  data: Pick<Database, "t" | "dialect">,
  facilityId: number,
  customer: { id: number; name: string; email: string | null },
): Promise<void> {
  const { t } = data;
  const customerId = customer.id;
  const ofCustomer = <T extends { customerId: Parameters<typeof eq>[0] }>(table: T) => eq(table.customerId, customerId);

  // Parents before children, each level locked before the next is read (see lockIds).
  const contactRows = await data.dialect.forUpdate(
    tx
      .select({ id: t.contacts.id, name: t.contacts.name, email: t.contacts.email })
      .from(t.contacts)
      .where(ofCustomer(t.contacts)),
  );
  const contactIds = contactRows.map((c) => c.id);
  const accountIds = await lockIds(
    data,
    tx.select({ id: t.portalAccounts.id }).from(t.portalAccounts).where(ofCustomer(t.portalAccounts)),
  );
  const carIds = await lockIds(data, tx.select({ id: t.cars.id }).from(t.cars).where(ofCustomer(t.cars)));
  const invoiceIds = await lockIds(
    data,
    tx.select({ id: t.invoices.id }).from(t.invoices).where(ofCustomer(t.invoices)),
  );
  const documentIds = await lockIds(
    data,
    tx.select({ id: t.documents.id }).from(t.documents).where(ofCustomer(t.documents)),
  );
  const invitationIds = await lockIds(
    data,
    tx.select({ id: t.invitations.id }).from(t.invitations).where(ofCustomer(t.invitations)),
  );
  const linkIds = await lockIds(
    data,
    tx.select({ id: t.signInLinks.id }).from(t.signInLinks).where(ofCustomer(t.signInLinks)),
  );
  const estimateIds = await lockIds(
    data,
    tx.select({ id: t.estimates.id }).from(t.estimates).where(ofCustomer(t.estimates)),
  );
  const requestIds = await lockIds(
    data,
    tx.select({ id: t.serviceRequests.id }).from(t.serviceRequests).where(ofCustomer(t.serviceRequests)),
  );
  const eventIds = await lockIds(data, tx.select({ id: t.events.id }).from(t.events).where(ofCustomer(t.events)));
  const reportIds = await whenIds(carIds, (c) =>
    lockIds(data, tx.select({ id: t.conditionReports.id }).from(t.conditionReports).where(c(t.conditionReports.carId))),
  );

  // The stored bytes of the customer's documents and photos, removed once nothing points at them.
  const fileIds = new Set<number>();
  await whenAny(among(t.documents.id, documentIds), async (c) => {
    for (const row of await tx.select({ f: t.documents.fileId }).from(t.documents).where(c)) fileIds.add(row.f);
  });
  await whenAny(among(t.carPhotos.carId, carIds), async (c) => {
    for (const row of await tx
      .select({ f: t.carPhotos.fileId, th: t.carPhotos.thumbnailFileId })
      .from(t.carPhotos)
      .where(c)) {
      fileIds.add(row.f);
      fileIds.add(row.th);
    }
  });
  await whenAny(among(t.conditionReportPhotos.reportId, reportIds), async (c) => {
    for (const row of await tx
      .select({ f: t.conditionReportPhotos.fileId, th: t.conditionReportPhotos.thumbnailFileId })
      .from(t.conditionReportPhotos)
      .where(c)) {
      fileIds.add(row.f);
      fileIds.add(row.th);
    }
  });

  // The audit trail keeps who did what and when, without the person: no link, no name, no details.
  const personNames = [customer.name, ...contactRows.map((c) => c.name)];
  await tx
    .update(t.auditEvents)
    .set({ customerId: null, subject: DELETED_CUSTOMER_LABEL, details: null })
    .where(
      and(
        eq(t.auditEvents.facilityId, facilityId),
        ofCustomer(t.auditEvents),
        inArray(t.auditEvents.subject, personNames),
      ),
    );
  await tx
    .update(t.auditEvents)
    .set({ customerId: null, details: null })
    .where(and(eq(t.auditEvents.facilityId, facilityId), ofCustomer(t.auditEvents)));
  await whenAny(among(t.auditEvents.actorPortalAccountId, accountIds), (c) =>
    tx
      .update(t.auditEvents)
      .set({ actorPortalAccountId: null, actorName: DELETED_PERSON_LABEL, details: null })
      .where(c),
  );

  // Signed-in browsers and passkeys of the customer's people.
  await whenAny(
    or(
      among(t.sessions.portalAccountId, accountIds),
      eq(t.sessions.previewCustomerId, customerId),
      among(t.sessions.previewContactId, contactIds),
    ),
    (c) => tx.delete(t.sessions).where(c),
  );
  await whenAny(among(t.passkeyChallenges.portalAccountId, accountIds), (c) => tx.delete(t.passkeyChallenges).where(c));
  await whenAny(or(among(t.passkeys.portalAccountId, accountIds), ofCustomer(t.passkeys)), (c) =>
    tx.delete(t.passkeys).where(c),
  );
  await tx.delete(t.calendarFeeds).where(ofCustomer(t.calendarFeeds));

  // What the reminders recorded sending them (care-reminders: the stages and the day's emails).
  await tx.delete(t.careRemindersSent).where(ofCustomer(t.careRemindersSent));
  await tx.delete(t.careReminderDigests).where(ofCustomer(t.careReminderDigests));

  // The conversation, schedule, requests and estimates.
  await tx.delete(t.messageReads).where(ofCustomer(t.messageReads));
  await tx.delete(t.messages).where(ofCustomer(t.messages));
  await whenAny(or(ofCustomer(t.eventRsvps), among(t.eventRsvps.eventId, eventIds)), (c) =>
    tx.delete(t.eventRsvps).where(c),
  );
  await whenAny(among(t.events.id, eventIds), (c) => tx.delete(t.events).where(c));
  await whenAny(among(t.serviceRequestUpdates.requestId, requestIds), (c) =>
    tx.delete(t.serviceRequestUpdates).where(c),
  );
  await whenAny(among(t.serviceRequests.id, requestIds), (c) => tx.delete(t.serviceRequests).where(c));
  await whenAny(among(t.estimateLines.estimateId, estimateIds), (c) => tx.delete(t.estimateLines).where(c));
  await whenAny(among(t.estimates.id, estimateIds), (c) => tx.delete(t.estimates).where(c));

  // Billing.
  await whenAny(among(t.payments.invoiceId, invoiceIds), (c) => tx.delete(t.payments).where(c));
  await whenAny(among(t.invoiceLines.invoiceId, invoiceIds), (c) => tx.delete(t.invoiceLines).where(c));
  await whenAny(among(t.invoices.id, invoiceIds), (c) => tx.delete(t.invoices).where(c));

  // Documents and their signatures.
  await whenAny(or(among(t.documentSignatures.documentId, documentIds), ofCustomer(t.documentSignatures)), (c) =>
    tx.delete(t.documentSignatures).where(c),
  );
  await whenAny(among(t.documents.id, documentIds), (c) => tx.delete(t.documents).where(c));

  // Cars with their photos, history and condition reports; other rows only lose the link to them.
  await whenAny(among(t.conditionReportPhotos.reportId, reportIds), (c) => tx.delete(t.conditionReportPhotos).where(c));
  await whenAny(among(t.conditionReports.id, reportIds), (c) => tx.delete(t.conditionReports).where(c));
  await whenAny(among(t.carPhotos.carId, carIds), (c) => tx.delete(t.carPhotos).where(c));
  await whenAny(among(t.carEvents.carId, carIds), (c) => tx.delete(t.carEvents).where(c));
  await whenAny(among(t.events.carId, carIds), (c) => tx.update(t.events).set({ carId: null }).where(c));
  await whenAny(among(t.cars.id, carIds), (c) => tx.delete(t.cars).where(c));

  // Emails: the invites and links, and every email queued or sent to an address only they had.
  const invitedAddresses = await whenIds(invitationIds, (c) =>
    tx.select({ email: t.invitations.email }).from(t.invitations).where(c(t.invitations.id)),
  );
  const linkAddresses = await whenIds(linkIds, (c) =>
    tx.select({ email: t.signInLinks.email }).from(t.signInLinks).where(c(t.signInLinks.id)),
  );
  const addresses = [customer.email, ...contactRows.map((c) => c.email), ...invitedAddresses, ...linkAddresses].map(
    (a) => (typeof a === "string" || a === null ? a : a.email),
  );
  const outboxIds = await outboxOfPeople(tx, t, facilityId, customer.id, addresses, invitationIds, linkIds);
  await whenAny(among(t.devMailbox.outboxId, outboxIds), (c) => tx.delete(t.devMailbox).where(c));
  await whenAny(among(t.emailOutbox.id, outboxIds), (c) => tx.delete(t.emailOutbox).where(c));
  await whenAny(among(t.invitationEvents.invitationId, invitationIds), (c) => tx.delete(t.invitationEvents).where(c));
  await whenAny(among(t.signInLinkTokens.linkId, linkIds), (c) => tx.delete(t.signInLinkTokens).where(c));
  await whenAny(among(t.signInLinks.id, linkIds), (c) => tx.delete(t.signInLinks).where(c));
  await whenAny(among(t.invitations.id, invitationIds), (c) => tx.delete(t.invitations).where(c));

  // Reports of bulk invites and imports keep their counts, not the person.
  await tx
    .update(t.bulkInviteRows)
    .set({ customerId: null, name: DELETED_CUSTOMER_LABEL, email: null, detail: null })
    .where(ofCustomer(t.bulkInviteRows));
  await tx
    .update(t.customerImportRows)
    .set({
      customerId: null,
      matchedCustomerId: null,
      name: DELETED_CUSTOMER_LABEL,
      email: null,
      phone: null,
      address: null,
      notes: null,
      carMake: null,
      carModel: null,
      carYear: null,
      carPlate: null,
      carColor: null,
      carVin: null,
      detail: null,
    })
    .where(or(ofCustomer(t.customerImportRows), eq(t.customerImportRows.matchedCustomerId, customerId)));

  // The people themselves, then the customer (the facility's counter trigger counts the delete).
  await whenAny(among(t.portalAccounts.id, accountIds), (c) => tx.delete(t.portalAccounts).where(c));
  await whenAny(among(t.contacts.id, contactIds), (c) => tx.delete(t.contacts).where(c));
  await tx.delete(t.customers).where(eq(t.customers.id, customerId));

  await whenAny(among(t.files.id, [...fileIds]), (c) =>
    tx.delete(t.files).where(and(c, eq(t.files.facilityId, facilityId))),
  );
}

async function whenIds<T>(
  ids: readonly number[],
  read: (c: (column: Parameters<typeof inArray>[0]) => SQL) => Promise<T[]>,
): Promise<T[]> {
  if (ids.length === 0) return [];
  return read((column) => inArray(column, [...ids]));
}

/**
 * Outbox rows of the customer's invites and links, and those to an address of the customer, their
 * contacts or their invites and links that no other customer or contact of the facility has now (a
 * shared address keeps its mail).
 */
async function outboxOfPeople(
  tx: WriteDb,
  t: Tables,
  facilityId: number,
  customerId: number,
  addresses: Array<string | null>,
  invitationIds: number[],
  linkIds: number[],
): Promise<number[]> {
  const emails = [...new Set(addresses.filter((e): e is string => !!e))];
  const own: string[] = [];
  for (const email of emails) {
    const [otherCustomer] = await tx
      .select({ id: t.customers.id })
      .from(t.customers)
      .where(and(eq(t.customers.facilityId, facilityId), eq(t.customers.email, email), ne(t.customers.id, customerId)))
      .limit(1);
    const [otherContact] = await tx
      .select({ id: t.contacts.id })
      .from(t.contacts)
      .where(
        and(eq(t.contacts.facilityId, facilityId), eq(t.contacts.email, email), ne(t.contacts.customerId, customerId)),
      )
      .limit(1);
    if (!otherCustomer && !otherContact) own.push(email);
  }
  const condition = or(
    among(t.emailOutbox.invitationId, invitationIds),
    among(t.emailOutbox.signInLinkId, linkIds),
    own.length > 0 ? and(eq(t.emailOutbox.facilityId, facilityId), inArray(t.emailOutbox.toEmail, own)) : undefined,
  );
  if (!condition) return [];
  const rows = await tx.select({ id: t.emailOutbox.id }).from(t.emailOutbox).where(condition);
  return rows.map((r) => r.id);
}
