import { type SQL, sql } from "drizzle-orm";
import type { CustomerSearchColumns, CustomerSearchSql, CustomerSearchTerm } from "./database.js";

// The same terms and results as sqlite-customer-search.ts (docs/decisions/0002-customer-search.md,
// 0022-customer-search-plan.md): a customer has a term when their lower-cased name (sort_name) or
// their email contains its lower-cased text, or their phone digits contain one of its digit
// strings. One pg_trgm GIN index over the three columns (migrations-pg 0005) serves these LIKEs.
// LIKE on text lower-cased once, when it is written, rather than ILIKE on every row read: ILIKE
// costs about a microsecond a value, fifteen times LIKE, and a search checks thousands of rows.

/** A trigram index finds nothing shorter than three characters. */
const TRIGRAM = 3;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

const usesIndex = (term: CustomerSearchTerm) =>
  term.text.length >= TRIGRAM && term.digits.every((d) => d.length >= TRIGRAM);

/**
 * Term n on a row: its text as one LIKE pattern, its digit strings as one array of LIKE patterns (an
 * empty array matches no phone), so the statement's text depends only on how many terms there are.
 */
function termOnRow(row: CustomerSearchColumns, n: number): SQL {
  const text = sql.placeholder(`text${n}`);
  return sql`(${row.sortName} LIKE ${text} ESCAPE '\\' OR ${row.email} LIKE ${text} ESCAPE '\\' OR ${row.phoneDigits} LIKE ANY (${sql.placeholder(`digits${n}`)}::text[]))`;
}

/**
 * indexedMatches is the rule on the facility's customers, in a MATERIALIZED common table expression
 * (database.ts): planned for all its rows, the trigram index answers it; asked for the first rows in
 * the Contacts order, the planner would guess a match rate that makes walking that order and
 * filtering look cheap, and a rare name would then read every customer. A term shorter than three
 * characters is checked on the rows the index found: the planner leaves to the filter a pattern the
 * index cannot narrow.
 */
export const pgCustomerSearch: CustomerSearchSql = {
  matchesCte: "MATERIALIZED",
  plan(terms) {
    const indexed = terms.filter(usesIndex);
    const values: Record<string, unknown> = {};
    terms.forEach((term, n) => {
      values[`text${n}`] = likePattern(term.text.toLowerCase());
      values[`digits${n}`] = term.digits.map((digits) => `%${digits}%`);
    });
    const rowMatches = (row: CustomerSearchColumns) =>
      sql.join(
        terms.map((_, n) => termOnRow(row, n)),
        sql` AND `,
      );
    const matched = sql.raw("matched");
    return {
      shape: `${indexed.length > 0 ? "indexed" : "scan"}_${terms.length}`,
      rowMatches,
      indexedMatches:
        indexed.length === 0
          ? null
          : (facilityId) =>
              sql`SELECT ${matched}.id AS id, ${matched}.sort_name AS sort_name FROM customers ${matched} WHERE ${matched}.facility_id = ${facilityId} AND ${rowMatches(
                {
                  sortName: sql`${matched}.sort_name`,
                  email: sql`${matched}.email`,
                  phoneDigits: sql`${matched}.phone_digits`,
                },
              )}`,
      values,
    };
  },
};
