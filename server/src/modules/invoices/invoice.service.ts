import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { invoices } from "../../db/schema.js";

export function invoicesOfCustomer(db: Db, facilityId: number, customerId: number) {
  return db
    .select()
    .from(invoices)
    .where(and(eq(invoices.facilityId, facilityId), eq(invoices.customerId, customerId)))
    .orderBy(desc(invoices.issuedOn), desc(invoices.id))
    .all();
}
