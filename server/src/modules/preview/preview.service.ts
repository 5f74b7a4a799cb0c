import type { FacilityScope } from "../../db/tenancy.js";
import { notFound } from "../../lib/domain-error.js";
import { createPreviewSession, type NewSession } from "../auth/sessions.service.js";
import { getContactRow } from "../contacts/contact.service.js";
import { assertCustomerInFacility } from "../customers/customer.service.js";
import type { ServiceDeps } from "../service-deps.js";

/**
 * Starts staff's one-hour, read-only portal session as a customer of their facility (or one of that
 * customer's contacts). Answers the session, whose cookie the edge sets in the staff's browser.
 */
export async function startPortalPreview(
  { data, db, clock }: Pick<ServiceDeps, "data" | "db" | "clock">,
  scope: FacilityScope,
  staffUserId: number,
  person: { customerId: number; contactId: number | null },
): Promise<NewSession> {
  // Customers and contacts are still read through the old client (decision 16's transition).
  assertCustomerInFacility(db, scope.facilityId, person.customerId);
  const contact = person.contactId === null ? null : getContactRow(db, scope.facilityId, person.contactId);
  if (contact && contact.customerId !== person.customerId) throw notFound("Contact");
  return data.transaction((tx) =>
    createPreviewSession(tx, data.t, clock.now(), {
      facilityId: scope.facilityId,
      customerId: person.customerId,
      contactId: contact?.id ?? null,
      staffUserId,
    }),
  );
}
