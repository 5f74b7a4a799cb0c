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
 * What the trigram index is asked for a term: an email address by its part before the @. The GIN
 * index reads the posting list of every trigram of a pattern, and a domain's trigrams ("bul", "exa",
 * ".co") are on every customer of a shared domain: at 100,000 customers a full address read 1.5
 * million entries (13 ms) where its local part reads a few thousand. The rule is still checked
 * on the whole term, so this only narrows less.
 */
function narrowedText(term: CustomerSearchTerm): string | null {
  const at = term.text.indexOf("@");
  return at >= TRIGRAM ? term.text.slice(0, at) : null;
}

/**
 * Term n on a row: its text as one LIKE pattern, its digit strings as one array of LIKE patterns (an
 * empty array matches no phone), so the statement's text depends only on how many terms there are.
 */
function termOnRow(row: CustomerSearchColumns, n: number, textName = "text"): SQL {
  const text = sql.placeholder(`${textName}${n}`);
  return sql`(${row.sortName} LIKE ${text} ESCAPE '\\' OR ${row.email} LIKE ${text} ESCAPE '\\' OR ${row.phoneDigits} LIKE ANY (${sql.placeholder(`digits${n}`)}::text[]))`;
}

/**
 * indexedMatches is the rule on the facility's customers, in a MATERIALIZED common table expression
 * (database.ts): planned for all its rows, the trigram index answers it; asked for the first rows in
 * the Contacts order, the planner would guess a match rate that makes walking that order and
 * filtering look cheap, and a rare name would then read every customer. A term shorter than three
 * characters is checked on the rows the index found: the planner leaves to the filter a pattern the
 * index cannot narrow. A search with an email address asks the index for its local part only
 * (narrowedText) and checks the rule on what that finds, behind OFFSET 0: without that fence the
 * planner would hand the whole address to the index too.
 */
export const pgCustomerSearch: CustomerSearchSql = {
  matchesCte: "MATERIALIZED",
  plan(terms) {
    const indexed = terms.filter(usesIndex);
    const values: Record<string, unknown> = {};
    const narrowed = terms.map(narrowedText);
    terms.forEach((term, n) => {
      values[`text${n}`] = likePattern(term.text.toLowerCase());
      values[`digits${n}`] = term.digits.map((digits) => `%${digits}%`);
      const narrow = narrowed[n];
      if (narrow) values[`narrow${n}`] = likePattern(narrow.toLowerCase());
    });
    const rowMatches = (row: CustomerSearchColumns) =>
      sql.join(
        terms.map((_, n) => termOnRow(row, n)),
        sql` AND `,
      );
    const matched = sql.raw("matched");
    const matchedColumns = {
      sortName: sql`${matched}.sort_name`,
      email: sql`${matched}.email`,
      phoneDigits: sql`${matched}.phone_digits`,
    };
    const narrows = narrowed.some((narrow) => narrow !== null);
    const indexedMatches = (facilityId: SQL) => {
      if (!narrows)
        return sql`SELECT ${matched}.id AS id, ${matched}.sort_name AS sort_name FROM customers ${matched} WHERE ${matched}.facility_id = ${facilityId} AND ${matched}.archived_at IS NULL AND ${rowMatches(matchedColumns)}`;
      const found = sql.raw("found");
      const asked = sql.join(
        terms.map((_, n) => termOnRow(matchedColumns, n, narrowed[n] ? "narrow" : "text")),
        sql` AND `,
      );
      return sql`SELECT ${found}.id AS id, ${found}.sort_name AS sort_name FROM (
        SELECT ${matched}.id, ${matched}.sort_name, ${matched}.email, ${matched}.phone_digits FROM customers ${matched}
        WHERE ${matched}.facility_id = ${facilityId} AND ${matched}.archived_at IS NULL AND ${asked} OFFSET 0
      ) AS ${found} WHERE ${rowMatches({ sortName: sql`${found}.sort_name`, email: sql`${found}.email`, phoneDigits: sql`${found}.phone_digits` })}`;
    };
    return {
      // Which terms the index is asked for by their local part is part of the statement's text.
      shape: `${indexed.length > 0 ? "indexed" : "scan"}_${terms.length}${narrows ? `_${narrowed.map((narrow) => (narrow ? "n" : "t")).join("")}` : ""}`,
      rowMatches,
      indexedMatches: indexed.length === 0 ? null : indexedMatches,
      values,
    };
  },
};
