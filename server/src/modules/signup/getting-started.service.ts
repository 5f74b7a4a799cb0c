import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/database.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { facilityById } from "../facilities/facility.service.js";

export type GettingStartedView = {
  importedCustomers: boolean;
  reviewedPortalSettings: boolean;
  invitedFirstCustomer: boolean;
  dismissed: boolean;
};

/** The audit line's subject for a save of Settings → Portal (facility.service.ts). */
const PORTAL_SETTINGS = "Settings → Portal";

/**
 * Each step ticked from the facility's own records: any customer, a saved change to Settings →
 * Portal (its audit line), any invitation sent. Each is one indexed read of at most one row.
 */
export async function gettingStarted(data: Database, scope: FacilityScope): Promise<GettingStartedView> {
  const { customers: c, auditEvents: a, invitations: i } = data.t;
  const [customer, settings, invitation, facility] = await Promise.all([
    data.read.select({ id: c.id }).from(c).where(scope.where(c)).limit(1),
    data.read
      .select({ id: a.id })
      .from(a)
      .where(scope.where(a, and(eq(a.action, "SETTINGS_CHANGED"), eq(a.subject, PORTAL_SETTINGS))))
      .limit(1),
    data.read.select({ id: i.id }).from(i).where(scope.where(i)).limit(1),
    facilityById(data, scope.facilityId),
  ]);
  return {
    importedCustomers: customer.length > 0,
    reviewedPortalSettings: settings.length > 0,
    invitedFirstCustomer: invitation.length > 0,
    dismissed: facility.gettingStartedDismissedAt != null,
  };
}
