import { sql } from "drizzle-orm";
import { type Database, preparedRead } from "../../db/database.js";
import { FacilityScope } from "../../db/tenancy.js";
import { billingTotalsColumns } from "../invoices/invoice.service.js";
import { portalReader, portalUnreadCount } from "../messages/message.service.js";
import { openRequestsCount } from "../service-requests/service-request.service.js";

/**
 * The home page's counts in one statement, each a subquery its own module defines: what the
 * customer owes and how many invoices are overdue, the team's unread messages, the open service
 * requests.
 */
const homeCountsRead = preparedRead(
  "portal_home_counts",
  (db, t) =>
    db
      .select({
        ...billingTotalsColumns(db, t),
        unread: sql<number>`${portalUnreadCount(db, t)}`.mapWith(Number),
        openRequests: sql<number>`${openRequestsCount(db, t)}`.mapWith(Number),
      })
      // One row of subqueries; each is scoped to the facility and the customer by itself.
      .from(sql`(select 1) as "home"`),
  { keyed: true },
);

export type HomeCounts = { outstandingCents: number; overdue: number; unread: number; openRequests: number };

/** `today` is the facility's local day; `readerAccountId` whose reads count (portalReaderAccount). */
export async function homeCounts(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  opts: { today: string; readerAccountId: number },
): Promise<HomeCounts> {
  const [row] = await homeCountsRead(data).execute(
    scope.values({
      customerId,
      today: opts.today,
      accountId: opts.readerAccountId,
      reader: portalReader(opts.readerAccountId),
    }),
  );
  if (!row) throw new Error("the home's counts gave no row");
  return row;
}
