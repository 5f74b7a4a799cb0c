import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import type { CustomerSearchSql, CustomerSearchTerm } from "./database.js";

// The same terms and results as sqlite-customer-search.ts (docs/decisions/0002-customer-search.md):
// a customer has a term when their name or email contains its text, case-insensitively, or their
// phone digits contain one of its digit strings. One pg_trgm GIN index over the three columns
// (migrations-pg 0001) serves ILIKE and LIKE alike.

/** A trigram index finds nothing shorter than three characters. */
const TRIGRAM = 3;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

const usesIndex = (term: CustomerSearchTerm) =>
  term.text.length >= TRIGRAM && term.digits.every((d) => d.length >= TRIGRAM);

type Customers = Record<"name" | "email" | "phoneDigits", AnyColumn | SQL>;

/**
 * Term n: its text as one ILIKE pattern, its digit strings as one array of LIKE patterns (an empty
 * array matches no phone), so the statement's text depends only on how many terms there are.
 */
function term(customers: Customers, n: number): SQL {
  const text = sql.placeholder(`text${n}`);
  return sql`(${customers.name} ILIKE ${text} ESCAPE '\\' OR ${customers.email} ILIKE ${text} ESCAPE '\\' OR ${customers.phoneDigits} LIKE ANY (${sql.placeholder(`digits${n}`)}::text[]))`;
}

/** The customers table itself, aliased, for the lookup inside the list's statement. */
const matched = sql.raw('"customers_matched"');

/**
 * Terms of three characters and more are looked up first, through the trigram index, into an array
 * of ids the list then reads by key; shorter ones are checked on the rows the list reads. Asked
 * directly, the planner guesses a match rate for ILIKE that makes walking the Contacts order and
 * filtering look cheap: a rare name then reads every customer (458 ms at 100,000, against 10 ms this
 * way). ARRAY(…) is computed once, before the list, whatever the guess. The price is paid by terms
 * most customers have: every match is read before the first page ("555" in generated phones: 576 ms
 * at 100,000; docs/performance.md). The lookup is not scoped to the facility (its columns are not
 * the list's): the list's own facility condition drops another facility's matches. A shape is how
 * many terms are looked up and how many checked.
 */
export const pgCustomerSearch: CustomerSearchSql = {
  plan(terms) {
    const indexed = terms.filter(usesIndex);
    const scanned = terms.filter((search) => !usesIndex(search));
    const values: Record<string, unknown> = {};
    [...indexed, ...scanned].forEach((search, n) => {
      values[`text${n}`] = likePattern(search.text);
      values[`digits${n}`] = search.digits.map((digits) => `%${digits}%`);
    });
    return {
      shape: `indexed_${indexed.length}_scan_${scanned.length}`,
      where(customers) {
        const conditions: SQL[] = [];
        if (indexed.length > 0) {
          const inMatched = {
            id: customers.id,
            name: sql`${matched}.name`,
            email: sql`${matched}.email`,
            phoneDigits: sql`${matched}.phone_digits`,
          };
          const lookups = indexed.map((_, n) => term(inMatched as unknown as Customers, n));
          conditions.push(
            sql`${customers.id} = ANY (ARRAY(SELECT ${matched}.id FROM customers ${matched} WHERE ${sql.join(lookups, sql` AND `)}))`,
          );
        }
        for (const k of scanned.keys()) conditions.push(term(customers, indexed.length + k));
        return sql.join(conditions, sql` AND `);
      },
      values,
    };
  },
};
