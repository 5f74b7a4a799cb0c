import { eq } from "drizzle-orm";
import type { FacilityScope } from "../../db/tenancy.js";
import { notFound } from "../../lib/domain-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { createPreviewSession, type NewSession } from "../auth/sessions.service.js";
import type { ServiceDeps } from "../service-deps.js";

/**
 * Starts staff's one-hour, read-only portal session as a customer of their facility (or one of that
 * customer's contacts). Answers the session, whose cookie the edge sets in the staff's browser.
 */
export async function startPortalPreview(
  { data, clock }: Pick<ServiceDeps, "data" | "clock">,
  scope: FacilityScope,
  staffUserId: number,
  person: { customerId: number; contactId: number | null },
): Promise<NewSession> {
  const { t } = data;
  return data.transaction(async (tx) => {
    const [customer] = await tx
      .select({ id: t.customers.id, name: t.customers.name })
      .from(t.customers)
      .where(scope.where(t.customers, eq(t.customers.id, person.customerId)));
    if (!customer) throw notFound("Customer");
    let subject = customer.name;
    if (person.contactId !== null) {
      const [contact] = await tx
        .select({ id: t.contacts.id, name: t.contacts.name })
        .from(t.contacts)
        .where(
          scope.where(t.contacts, eq(t.contacts.id, person.contactId), eq(t.contacts.customerId, person.customerId)),
        );
      if (!contact) throw notFound("Contact");
      subject = contact.name;
    }
    await recordAudit(tx, t, scope, clock.now(), { action: "PORTAL_PREVIEWED", customerId: customer.id, subject });
    return createPreviewSession(tx, t, clock.now(), {
      facilityId: scope.facilityId,
      customerId: person.customerId,
      contactId: person.contactId,
      staffUserId,
    });
  });
}
