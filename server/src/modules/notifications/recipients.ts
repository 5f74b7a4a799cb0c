import type { Db } from "../../db/client.js";
import { isValidEmail } from "../../lib/text.js";
import type { PreferenceKind } from "../contacts/contact.service.js";

/** Every kind of email Portico sends to a customer's people. */
export type EmailKind = "INVITE" | PreferenceKind;

export type Recipient = { customerId: number; contactId: number | null; name: string; email: string };

const preferenceColumn: Record<PreferenceKind, string> = {
  invoices: "pref_invoices",
  estimates: "pref_estimates",
  scheduling: "pref_scheduling",
  carUpdates: "pref_car_updates",
  contracts: "pref_contracts",
  socialEvents: "pref_social_events",
  marketing: "pref_marketing",
};

/**
 * Decides who of a customer's people receives an email of `kind`: the one place that reads
 * communication preferences. An invite goes to the invited person whatever their preferences;
 * every other kind goes only to the customer and contacts with a valid email who opted in to it.
 */
export function recipientsFor(
  db: Db,
  facilityId: number,
  customerId: number,
  kind: EmailKind,
  invited?: { contactId: number | null },
): Recipient[] {
  if (kind === "INVITE") {
    if (!invited) throw new Error("an invite needs the invited person");
    const sql =
      invited.contactId === null
        ? "SELECT id AS customerId, NULL AS contactId, name, email FROM customers WHERE id = ? AND facility_id = ?"
        : "SELECT customer_id AS customerId, id AS contactId, name, email FROM contacts WHERE customer_id = ? AND facility_id = ? AND id = ? AND can_access_portal = 1";
    const params = invited.contactId === null ? [customerId, facilityId] : [customerId, facilityId, invited.contactId];
    return (db.$client.prepare(sql).all(...params) as Recipient[]).filter((r) => isValidEmail(r.email));
  }
  const column = preferenceColumn[kind];
  const rows = db.$client
    .prepare(
      `SELECT id AS customerId, NULL AS contactId, name, email FROM customers
         WHERE id = ? AND facility_id = ? AND ${column} = 1
       UNION ALL
       SELECT customer_id, id, name, email FROM contacts
         WHERE customer_id = ? AND facility_id = ? AND ${column} = 1
       ORDER BY contactId NULLS FIRST`,
    )
    .all(customerId, facilityId, customerId, facilityId) as Recipient[];
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (!isValidEmail(r.email) || seen.has(r.email)) return false;
    seen.add(r.email);
    return true;
  });
}
