import { and, type Column, eq, type SQL, sql } from "drizzle-orm";

/** A table whose rows belong to one facility. */
type FacilityOwned = { facilityId: Column<{ data: number } & Column["_"]> };

/** Who an audit line names: a staff user, a portal person, an API key or Portico itself. */
export type AuditActor =
  | { kind: "STAFF"; staffUserId: number; name: string }
  | { kind: "PORTAL"; portalAccountId: number; name: string }
  | { kind: "API_KEY"; name: string }
  | { kind: "SYSTEM"; name: string };

export const SYSTEM_ACTOR: AuditActor = { kind: "SYSTEM", name: "Portico" };

/**
 * The one place that writes `facility_id = ?`. Staff reads and writes go through a scope, so a
 * foreign id answers exactly like a missing one (DESIGN §3). Tables without facility_id do not
 * type-check here: they are reached through a scoped parent.
 */
export class FacilityScope {
  /**
   * actor: who acts through this scope, for the audit log's lines; a scope made without one (a job,
   * the seed, a command) writes its lines as the system.
   */
  constructor(
    readonly facilityId: number,
    readonly actor: AuditActor = SYSTEM_ACTOR,
  ) {}

  /** The scope's condition on table, and-ed with the others. */
  where(table: FacilityOwned, ...conditions: (SQL | undefined)[]): SQL {
    return and(eq(table.facilityId, this.facilityId), ...conditions) as SQL;
  }

  /**
   * where(), with the facility checked on each row found but never offered as an index term: for a
   * read that must walk a narrower index (one customer's rows) even though a facility index would
   * give the order asked for.
   */
  check(table: FacilityOwned, ...conditions: (SQL | undefined)[]): SQL {
    return and(sql`+${table.facilityId} = ${this.facilityId}`, ...conditions) as SQL;
  }

  /** The same condition for a prepared read: its value is the placeholder facilityId, filled by values(). */
  static preparedWhere(table: FacilityOwned, ...conditions: (SQL | undefined)[]): SQL {
    return and(eq(table.facilityId, sql.placeholder("facilityId")), ...conditions) as SQL;
  }

  /**
   * preparedWhere for rows found by their keys (`id IN list`) or by one customer: the facility is
   * checked on each row found, never offered as an index term (`+facility_id = ?`). Offered one,
   * SQLite, which cannot tell how long a JSON list is, walks the facility's index testing every
   * customer against the list: 10,000 rows read for a chunk of 500 ids; and a customer's invites
   * ordered by id would walk the facility's newest-first index through every invite it has.
   */
  static preparedCheck(table: FacilityOwned, ...conditions: (SQL | undefined)[]): SQL {
    return and(sql`+${table.facilityId} = ${sql.placeholder("facilityId")}`, ...conditions) as SQL;
  }

  /** A prepared read's values with the scope's facility filled in. */
  values<V extends Record<string, unknown>>(values: V): V & { facilityId: number } {
    return { ...values, facilityId: this.facilityId };
  }
}
