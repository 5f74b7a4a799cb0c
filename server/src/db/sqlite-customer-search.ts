import { type SQL, sql } from "drizzle-orm";
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

/**
 * Terms of three characters and more are looked up in the index, all in one MATCH; shorter ones are
 * checked with LIKE on the rows the index found, or on the facility's rows when no term can use the
 * index. The LIKE terms are one JSON parameter, so any number of them fits the same statement.
 */
export const sqliteCustomerSearch: CustomerSearchSql = {
  plan(terms) {
    const indexed = terms.filter(usesIndex);
    const scanned = terms
      .filter((term) => !usesIndex(term))
      .map((term) => ({ like: likePattern(term.text), digits: term.digits.map((d) => `%${d}%`) }));
    const searchScan = JSON.stringify(scanned);
    if (indexed.length === 0) return { shape: "scan", values: { searchScan } };
    return { shape: "indexed", values: { searchMatch: indexed.map(ftsQuery).join(" AND "), searchScan } };
  },

  where(customers, shape) {
    // coalesce: a missing email makes its LIKE null, which must count as "not found", not as unknown.
    const scanned: SQL = sql`NOT EXISTS (SELECT 1 FROM json_each(${sql.placeholder("searchScan")}) w WHERE NOT coalesce(
      ${customers.name} LIKE w.value ->> 'like' ESCAPE '\\' OR ${customers.email} LIKE w.value ->> 'like' ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM json_each(w.value, '$.digits') d WHERE ${customers.phoneDigits} LIKE d.value), 0))`;
    if (shape === "scan") return scanned;
    return sql`${customers.id} IN (SELECT rowid FROM customers_search WHERE customers_search MATCH ${sql.placeholder("searchMatch")}) AND ${scanned}`;
  },
};
