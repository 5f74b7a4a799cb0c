import { eq } from "drizzle-orm";
import type { Database, Tables, WriteDb } from "../../db/database.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { notFound } from "../../lib/domain-error.js";
import { recordAudit } from "../audit/audit.service.js";
import { endAllPortalSessionsOfCustomer } from "../auth/sessions.service.js";
import { lockCustomerInvites, voidAllPendingInvitesOfCustomer } from "../invitations/invitation.service.js";
import type { ServiceDeps } from "../service-deps.js";

// Archive and restore (docs/decisions/0032-archive-customers.md). An archived
// customer is out of every list, search and count staff see, and their people are out of the
// portal: sessions end, pending invites and links die, sign-in answers as for an unknown address.

type LifecycleDeps = Pick<ServiceDeps, "data" | "clock">;

/** The customer's row locked until the transaction ends, or NOT_FOUND outside the scope. */
export async function lockedCustomer(
  tx: WriteDb,
  data: Pick<Database, "t" | "dialect">,
  scope: FacilityScope,
  customerId: number,
): Promise<{ id: number; name: string; archivedAt: Date | null }> {
  const { t } = data;
  const [row] = await data.dialect.forUpdate(
    tx
      .select({ id: t.customers.id, name: t.customers.name, archivedAt: t.customers.archivedAt })
      .from(t.customers)
      .where(scope.where(t.customers, eq(t.customers.id, customerId))),
  );
  if (!row) throw notFound("Customer");
  return row;
}

/**
 * Archives a customer. Idempotent: archiving an archived customer changes nothing. Invites of the
 * customer's people take the customer's invite key first (invitation.service.ts), so one that
 * decided before this either committed (and its invite is voided here) or waits and sees the
 * customer archived; the portal accounts are locked before their sessions end, as a password
 * sign-in locks its account before it re-checks the person.
 */
export async function archiveCustomer(deps: LifecycleDeps, scope: FacilityScope, customerId: number): Promise<void> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  await data.transaction(async (tx) => {
    await lockCustomerInvites(data, customerId);
    const customer = await lockedCustomer(tx, data, scope, customerId);
    if (customer.archivedAt) return;
    await tx.update(t.customers).set({ archivedAt: now, updatedAt: now }).where(eq(t.customers.id, customerId));
    await voidAllPendingInvitesOfCustomer(tx, t, customerId, now);
    await endAllPortalSessionsOfCustomer(tx, data, customerId);
    await recordAudit(tx, t, scope, now, { action: "CUSTOMER_ARCHIVED", customerId, subject: customer.name });
  });
}

/** Brings an archived customer back into lists and search; their people can be invited or sign in again. */
export async function restoreCustomer(deps: LifecycleDeps, scope: FacilityScope, customerId: number): Promise<void> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  await data.transaction(async (tx) => {
    const customer = await lockedCustomer(tx, data, scope, customerId);
    if (!customer.archivedAt) return;
    await tx.update(t.customers).set({ archivedAt: null, updatedAt: now }).where(eq(t.customers.id, customerId));
    await recordAudit(tx, t, scope, now, { action: "CUSTOMER_RESTORED", customerId, subject: customer.name });
  });
}

/** Whether the customer is archived, read in the caller's transaction (false when missing). */
export async function isArchived(tx: Pick<WriteDb, "select">, t: Tables, customerId: number): Promise<boolean> {
  const [row] = await tx
    .select({ archivedAt: t.customers.archivedAt })
    .from(t.customers)
    .where(eq(t.customers.id, customerId));
  return !!row?.archivedAt;
}
