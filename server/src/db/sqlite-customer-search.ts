import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import type { CustomerSearchSql, CustomerSearchTerm } from "./database.js";

// The customers_search table (migration 0001) is an FTS5 index with the trigram tokenizer over
// name, email and phone_digits, kept by triggers; its rowid is the customer's id.

/** The trigram tokenizer finds nothing shorter than three characters. */
const TRIGRAM = 3;

/** Quotes user text as one FTS5 string, so operators in it are searched for, not obeyed. */
function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

const usesIndex = (term: CustomerSearchTerm) =>
  term.text.length >= TRIGRAM && term.digits.every((d) => d.length >= TRIGRAM);

function ftsQuery(term: CustomerSearchTerm): string {
  const inNameOrEmail = `{name email}: ${ftsString(term.text)}`;
  if (term.digits.length === 0) return inNameOrEmail;
  return `(${[inNameOrEmail, ...term.digits.map((d) => `phone_digits: ${ftsString(d)}`)].join(" OR ")})`;
}

type Customers = Record<"id" | "name" | "email" | "phoneDigits", AnyColumn>;

/**
 * Slot n of the LIKE terms. A term shorter than the index can use has at most one digit string
 * (customer-search.ts), so one placeholder holds it; a term without digits binds null, which
 * matches no phone.
 */
function likeTerm(customers: Customers, n: number): SQL {
  const text = sql.placeholder(`like${n}`);
  return sql`(${customers.name} LIKE ${text} ESCAPE '\\' OR ${customers.email} LIKE ${text} ESCAPE '\\' OR ${customers.phoneDigits} LIKE ${sql.placeholder(`likeDigits${n}`)})`;
}

/**
 * Terms of three characters and more are looked up in the index, all in one MATCH; shorter ones are
 * checked with LIKE on the rows the index found, or on the facility's rows when no term can use the
 * index. A shape is whether the index is used and how many LIKE terms there are.
 */
export const sqliteCustomerSearch: CustomerSearchSql = {
  plan(terms) {
    const indexed = terms.filter(usesIndex);
    const scanned = terms.filter((term) => !usesIndex(term));
    const values: Record<string, unknown> = {};
    scanned.forEach((term, n) => {
      const [digits] = term.digits;
      values[`like${n}`] = likePattern(term.text);
      values[`likeDigits${n}`] = digits === undefined ? null : `%${digits}%`;
    });
    if (indexed.length > 0) values.searchMatch = indexed.map(ftsQuery).join(" AND ");
    return {
      shape: `${indexed.length > 0 ? "indexed" : "scan"}_${scanned.length}`,
      where(customers) {
        const conditions = scanned.map((_, n) => likeTerm(customers, n));
        if (indexed.length > 0) {
          conditions.unshift(
            sql`${customers.id} IN (SELECT rowid FROM customers_search WHERE customers_search MATCH ${sql.placeholder("searchMatch")})`,
          );
        }
        return sql.join(conditions, sql` AND `);
      },
      values,
    };
  },
};
