import { type SQL, sql } from "drizzle-orm";
import type { CustomerSearchColumns, CustomerSearchSql, CustomerSearchTerm } from "./database.js";

// The customers_search table (migration 0001) is an FTS5 index with the trigram tokenizer over
// name, email and phone_digits, kept by triggers; its rowid is the customer's id. It only narrows:
// every match it finds is checked against the rule on the row itself (rowMatches), the same check a
// walk along the Contacts order makes, so the two ways of searching cannot disagree.

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

/**
 * The term in the index: its text in the name or email, or a digit string in the phone digits. When
 * the text is one of its digit strings ("2075551"), one phrase over every column says the same at
 * half the cost: FTS5 reads a phrase's token lists once whichever columns it asks for, and digit
 * trigrams have long lists (every generated phone has "555").
 */
function ftsQuery(term: CustomerSearchTerm): string {
  const textIsDigits = term.digits.includes(term.text);
  const phrases = [
    textIsDigits ? ftsString(term.text) : `{name email}: ${ftsString(term.text)}`,
    ...term.digits.filter((d) => d !== term.text).map((d) => `phone_digits: ${ftsString(d)}`),
  ];
  return phrases.length === 1 ? (phrases[0] as string) : `(${phrases.join(" OR ")})`;
}

/** A term has at most two digit strings (customer-search.ts): the typed digits and the international ones. */
const DIGIT_SLOTS = 2;

/**
 * Term n on a row: its lower-cased text in the lower-cased name (sort_name) or the email, or one
 * of its digit strings in the phone digits. An absent digit string binds null, which matches no phone.
 */
function termOnRow(row: CustomerSearchColumns, n: number): SQL {
  const text = sql.placeholder(`text${n}`);
  const phones = Array.from(
    { length: DIGIT_SLOTS },
    (_, k) => sql`${row.phoneDigits} LIKE ${sql.placeholder(`digits${n}_${k}`)}`,
  );
  return sql`(${row.sortName} LIKE ${text} ESCAPE '\\' OR ${row.email} LIKE ${text} ESCAPE '\\' OR ${sql.join(phones, sql` OR `)})`;
}

/**
 * The rule on the row for every term (SQLite's LIKE ignores ASCII case; the text is lower-cased like
 * sort_name, so other letters compare lower-cased too). Terms of three characters and more are also
 * looked up in the index, all in one MATCH, for indexedMatches: the index is read first (CROSS JOIN
 * keeps that order) and each customer it names is read by key.
 */
export const sqliteCustomerSearch: CustomerSearchSql = {
  matchesCte: "NOT MATERIALIZED",
  plan(terms) {
    const indexed = terms.filter(usesIndex);
    const values: Record<string, unknown> = {};
    terms.forEach((term, n) => {
      values[`text${n}`] = likePattern(term.text.toLowerCase());
      for (let k = 0; k < DIGIT_SLOTS; k++) {
        const digits = term.digits[k];
        values[`digits${n}_${k}`] = digits === undefined ? null : `%${digits}%`;
      }
    });
    if (indexed.length > 0) values.searchMatch = indexed.map(ftsQuery).join(" AND ");
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
              sql`SELECT ${matched}.id AS id, ${matched}.sort_name AS sort_name FROM customers_search CROSS JOIN customers ${matched} ON ${matched}.id = customers_search.rowid WHERE customers_search MATCH ${sql.placeholder("searchMatch")} AND ${matched}.facility_id = ${facilityId} AND ${matched}.archived_at IS NULL AND ${rowMatches(
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
