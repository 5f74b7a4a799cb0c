import { desc, eq, inArray, lt } from "drizzle-orm";
import type { Database } from "../../db/database.js";
import type { FacilityScope } from "../../db/tenancy.js";
import type { InvoiceRow } from "./invoice.service.js";

export type InvoiceListFilter = {
  customerId: number | null;
  statuses: readonly InvoiceRow["status"][] | null;
};

/**
 * One page of the facility's invoices, newest first by id (the order they were created in), for API
 * clients walking every invoice. Keyset on (facility_id, id): the depth of the page costs nothing.
 */
export async function invoicePage(
  data: Database,
  scope: FacilityScope,
  filter: InvoiceListFilter,
  page: { first: number; afterId: number | null },
): Promise<{ rows: InvoiceRow[]; hasNextPage: boolean }> {
  const t = data.t;
  const rows = await data.read
    .select()
    .from(t.invoices)
    .where(
      // One customer's invoices are few: read through their index, not the facility's newest-first walk.
      (filter.customerId == null ? scope.where : scope.check).call(
        scope,
        t.invoices,
        filter.customerId == null ? undefined : eq(t.invoices.customerId, filter.customerId),
        filter.statuses?.length ? inArray(t.invoices.status, [...filter.statuses]) : undefined,
        page.afterId == null ? undefined : lt(t.invoices.id, page.afterId),
      ),
    )
    .orderBy(desc(t.invoices.id))
    .limit(page.first + 1);
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}
