import { desc, eq, inArray, lt } from "drizzle-orm";
import type { Database } from "../../db/database.js";
import type { FacilityScope } from "../../db/tenancy.js";
import { type InvitationRow, invitationFields } from "./invitation.service.js";

export type InvitationListFilter = {
  customerId: number | null;
  deliveryStates: readonly InvitationRow["deliveryState"][] | null;
};

/**
 * One page of the facility's invites, newest first by id, for API clients following invites'
 * delivery. Keyset on (facility_id, id).
 */
export async function invitationPage(
  data: Database,
  scope: FacilityScope,
  filter: InvitationListFilter,
  page: { first: number; afterId: number | null },
): Promise<{ rows: InvitationRow[]; hasNextPage: boolean }> {
  const { t } = data;
  const i = t.invitations;
  const rows = await data.read
    .select(invitationFields(t))
    .from(i)
    .leftJoin(t.staffUsers, eq(t.staffUsers.id, i.invitedByStaffId))
    .where(
      // One customer's invites are few: read through their index, not the facility's newest-first walk.
      (filter.customerId == null ? scope.where : scope.check).call(
        scope,
        i,
        filter.customerId == null ? undefined : eq(i.customerId, filter.customerId),
        filter.deliveryStates?.length ? inArray(i.deliveryState, [...filter.deliveryStates]) : undefined,
        page.afterId == null ? undefined : lt(i.id, page.afterId),
      ),
    )
    .orderBy(desc(i.id))
    .limit(page.first + 1);
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}
