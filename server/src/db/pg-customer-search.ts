import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import type { CustomerSearchSql, CustomerSearchTerm } from "./database.js";

// The same terms and results as sqlite-customer-search.ts (docs/decisions/0002-customer-search.md):
// a customer has a term when their name or email contains its text, case-insensitively, or their
// phone digits contain one of its digit strings. On PostgreSQL one pg_trgm GIN index over the three
// columns (migrations-pg 0001) serves ILIKE and LIKE alike, so there is no separate index path for
// terms of three characters and more: the planner uses the index when the patterns allow it.

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

type Customers = Record<"id" | "name" | "email" | "phoneDigits", AnyColumn>;

/**
 * Term n: its text as one ILIKE pattern, its digit strings as one array of LIKE patterns (an empty
 * array matches no phone), so the statement's text depends only on how many terms there are.
 */
function term(customers: Customers, n: number): SQL {
  const text = sql.placeholder(`text${n}`);
  return sql`(${customers.name} ILIKE ${text} ESCAPE '\\' OR ${customers.email} ILIKE ${text} ESCAPE '\\' OR ${customers.phoneDigits} LIKE ANY (${sql.placeholder(`digits${n}`)}::text[]))`;
}

function digitPatterns(search: CustomerSearchTerm): string[] {
  return search.digits.map((digits) => `%${digits}%`);
}

export const pgCustomerSearch: CustomerSearchSql = {
  plan(terms) {
    const values: Record<string, unknown> = {};
    terms.forEach((search, n) => {
      values[`text${n}`] = likePattern(search.text);
      values[`digits${n}`] = digitPatterns(search);
    });
    return {
      shape: `terms_${terms.length}`,
      where(customers) {
        return sql.join(
          terms.map((_, n) => term(customers, n)),
          sql` AND `,
        );
      },
      values,
    };
  },
};
