import { type Placeholder, type SQL, sql } from "drizzle-orm";
import {
  type CustomerSearchPlan,
  type CustomerSearchTerm,
  type Database,
  preparedRead,
  type ReadDb,
} from "../../db/database.js";

// Which customers are on a page of a search the index serves, and what its count needs
// (docs/decisions/0022-customer-search-plan.md, 0027-search-in-small-statements.md). Each way is its
// own small statement, chosen in code by what the one before it found: a search runs one to four of
// them (usually one or two), then reads the page's customers with the count (customer.service.ts).
// One statement holding every way and choosing inside cost more than the ways it ran: PostgreSQL
// plans every statement for its values (db/pg.ts), and planned that one for 1–8 ms on each run;
// SQLite ran it 0.5–0.8 ms slower than the page and count statements it was to replace.

/**
 * Customers of the Contacts order a search reads from the page's cursor, checking each against the
 * rule, before it turns to the search index. A term that many customers have fills its page within
 * it; one that fills less than a page in it has fewer than one match in SEARCH_WALK / 26 here, and
 * the index then finds its matches for sorting. A facility of at most this many customers is
 * searched along its own order alone.
 */
export const SEARCH_WALK = 4000;

/**
 * At a facility larger than a walk, a term with at most this many matches there is read from the
 * search index alone and sorted, without walking the Contacts order first: reading a match from the
 * index costs about as much as walking a customer or two, and a term this rare would have to be
 * walked for about 26 · customers / SEARCH_FEW customers per page.
 */
export const SEARCH_FEW = 2000;

/**
 * Customers of the Contacts order checked first, before the search index is asked for SEARCH_FEW
 * matches: a term found there as often as a walk of SEARCH_WALK needs to fill a page (9 times in
 * 1,300) is walked on, without reading its matches from the index. Long enough for a term at that
 * rate to be told from a rare one (9 expected, against 4 in 520: surnames were misjudged there); it
 * only chooses the cheaper way, both give the same page.
 */
export const SEARCH_PROBE = 1300;

/** Counting every match of a broad search costs more than the page; past this, "1,000+" is enough. */
export const SEARCH_COUNT_CAP = 1000;

/** A search as the statements are prepared for it: their text depends on its shape, never on its values. */
export type SearchShape = { shape: string; terms: readonly CustomerSearchTerm[] };

/** How a search's count is read when the page's statements did not find it: see customer.service.ts. */
export type SearchCount = "index" | "along";

/** Tunings tests shrink to reach every way with a few customers. */
export type SearchTuning = { walk: number; few: number; probe: number };

function planOf(dialect: Database["dialect"], search: SearchShape): CustomerSearchPlan {
  return dialect.customerSearch.plan(search.terms);
}

/** Columns of a row read under an alias in raw SQL. */
function searchColumnsOf(alias: SQL) {
  return { sortName: sql`${alias}.sort_name`, email: sql`${alias}.email`, phoneDigits: sql`${alias}.phone_digits` };
}

const facilityId = sql.placeholder("facilityId");
const limit = sql.placeholder("limit");
const afterKey = sql.placeholder("afterKey");
const afterId = sql.placeholder("afterId");

/** ` AND alias's (sort_name, id) after the cursor`: a range of customers_facility_sort. */
function afterCursor(alias: SQL | null, after: boolean): SQL {
  if (!after) return sql``;
  const key = alias ? sql`(${alias}.sort_name, ${alias}.id)` : sql`(sort_name, id)`;
  return sql` AND ${key} > (${afterKey}, ${afterId})`;
}

/** The search index's matches at the facility, as the common table expression `matches`. */
function matchesCte(plan: CustomerSearchPlan, dialect: Database["dialect"]): SQL {
  const indexed = plan.indexedMatches?.(sql`${facilityId}`);
  if (!indexed) throw new Error("a search page needs a term the search index can find");
  return sql`matches AS ${sql.raw(dialect.customerSearch.matchesCte)} (${indexed})`;
}

/**
 * The first `walk` customers of the Contacts order from a key (`fromKey`, `fromId`: the cursor, a
 * match already found, or '' and 0 for the order's start), checked against the rule: an index-only
 * read of customers_facility_sort, which holds the searched columns.
 */
function walkFrom(plan: CustomerSearchPlan, alias: string, window: SQL | Placeholder, from: SQL): SQL {
  const a = sql.raw(alias);
  return sql`SELECT id, sort_name FROM (
    SELECT ${a}.id, ${a}.sort_name, ${a}.email, ${a}.phone_digits FROM customers ${a}
    WHERE ${a}.facility_id = ${facilityId} AND ${a}.archived_at IS NULL${from}
    ORDER BY ${a}.sort_name, ${a}.id LIMIT ${window}
  ) AS ${sql.raw(`${alias}_window`)} WHERE ${plan.rowMatches(searchColumnsOf(sql.raw(`${alias}_window`)))}`;
}

/**
 * The probe: the facility's size (its counter row, by key) on every row, and the first `limit`
 * matches of the Contacts order's first customers from the cursor, in order: the first `probe`
 * of them at a facility larger than `walk`, else the whole facility. One row with no match when
 * none is there.
 */
export function probeQuery(db: ReadDb, dialect: Database["dialect"], search: SearchShape, after: boolean) {
  const plan = planOf(dialect, search);
  // "+ 0" types the values as numbers for PostgreSQL, which reads a LIMIT of unknown type as text.
  const window = sql`(SELECT CASE WHEN whole.customers <= ${sql.placeholder("walk")} THEN ${sql.placeholder("walk")} + 0 ELSE ${sql.placeholder("probe")} + 0 END
    FROM facility_customer_counts whole WHERE whole.facility_id = ${facilityId})`;
  return db
    .select({
      size: sql<number>`sized.customers`.mapWith(Number),
      id: sql<number | null>`probe.id`,
      sortName: sql<string | null>`probe.sort_name`,
    })
    .from(
      sql`facility_customer_counts sized LEFT JOIN (
        ${walkFrom(plan, "probed", window, afterCursor(sql.raw("probed"), after))} ORDER BY sort_name, id LIMIT ${limit}
      ) AS probe ON true`,
    )
    .where(sql`sized.facility_id = ${facilityId}`)
    .orderBy(sql`probe.sort_name`, sql`probe.id`);
}

/** The walk on: at most `need` matches among the `walk` customers after (`fromKey`, `fromId`), in order. */
export function walkOnQuery(db: ReadDb, dialect: Database["dialect"], search: SearchShape) {
  const plan = planOf(dialect, search);
  const from = sql` AND (walked.sort_name, walked.id) > (${sql.placeholder("fromKey")}, ${sql.placeholder("fromId")})`;
  return db
    .select({ id: sql<number>`walked_on.id`, sortName: sql<string>`walked_on.sort_name` })
    .from(
      sql`(${walkFrom(plan, "walked", sql.placeholder("walk"), from)} ORDER BY sort_name, id LIMIT ${sql.placeholder("need")}) AS walked_on`,
    )
    .orderBy(sql`walked_on.sort_name`, sql`walked_on.id`);
}

/**
 * Whether a walk from (`fromKey`, `fromId`) reached the facility's last customer: how many customers
 * follow that key, counted up to `walkAndOne` along customers_facility_sort.
 */
export function walkedToQuery(db: ReadDb) {
  return db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(
    sql`(SELECT 1 FROM customers counts WHERE counts.facility_id = ${facilityId} AND counts.archived_at IS NULL AND (counts.sort_name, counts.id) > (${sql.placeholder("fromKey")}, ${sql.placeholder("fromId")})
        ORDER BY counts.sort_name, counts.id LIMIT ${sql.placeholder("walkAndOne")}) AS walked_to`,
  );
}

const walkedToRead = preparedRead("customers_search_walked_to", (db) => walkedToQuery(db));

/**
 * The search index's matches, at most `fewCap` (`few`): how many there are on every row, and the
 * first `limit` of them after the cursor, sorted. Fewer than `fewCap` are every match at the
 * facility, so the page and its count are these. One row with no match when the page is empty.
 */
export function fewQuery(db: ReadDb, dialect: Database["dialect"], search: SearchShape, after: boolean) {
  const plan = planOf(dialect, search);
  return db
    .select({
      n: sql<number>`found.n`.mapWith(Number),
      id: sql<number | null>`found.id`,
      sortName: sql<string | null>`found.sort_name`,
    })
    .from(
      sql`(WITH ${matchesCte(plan, dialect)},
        few AS MATERIALIZED (SELECT id, sort_name FROM matches LIMIT ${sql.placeholder("fewCap")})
        SELECT held.n, page.id, page.sort_name FROM (SELECT count(*) AS n FROM few) AS held LEFT JOIN (
          SELECT id, sort_name FROM few WHERE true${afterCursor(null, after)} ORDER BY sort_name, id LIMIT ${limit}
        ) AS page ON true
      ) AS found`,
    )
    .orderBy(sql`found.sort_name`, sql`found.id`);
}

/** Every match from the search index after the cursor, sorted, the first `limit`: a term rare where the walk went. */
export function sparseQuery(db: ReadDb, dialect: Database["dialect"], search: SearchShape, after: boolean) {
  const plan = planOf(dialect, search);
  return db
    .select({ id: sql<number>`sparse.id`, sortName: sql<string>`sparse.sort_name` })
    .from(
      sql`(WITH ${matchesCte(plan, dialect)}
        SELECT id, sort_name FROM matches WHERE true${afterCursor(null, after)} ORDER BY sort_name, id LIMIT ${limit}
      ) AS sparse`,
    )
    .orderBy(sql`sparse.sort_name`, sql`sparse.id`);
}

/**
 * The facility's matches counted up to `cap`: along the Contacts order (`along`, a facility of at
 * most `walk` customers: the search index holds every facility, and beside a large one a small
 * one's count would read the other's matches too), or through the search index (`index`), which
 * stops at the cap. A scalar subquery, for the statement reading the page's customers.
 */
export function searchCountSql(dialect: Database["dialect"], search: SearchShape, kind: SearchCount): SQL {
  const plan = planOf(dialect, search);
  const cap = sql.placeholder("cap");
  if (kind === "along")
    return sql`(SELECT count(*) FROM (${walkFrom(plan, "along", sql.placeholder("walk"), sql``)} LIMIT ${cap}) AS along_matches)`;
  return sql`(SELECT count(*) FROM (WITH ${matchesCte(plan, dialect)} SELECT 1 FROM matches LIMIT ${cap}) AS capped)`;
}

function declareReads(search: SearchShape, after: boolean) {
  const key = `${search.shape}${after ? "_after" : ""}`;
  return {
    probe: preparedRead(`customers_search_probe_${key}`, (db, _t, dialect) => probeQuery(db, dialect, search, after)),
    walkOn: preparedRead(`customers_search_walk_${search.shape}`, (db, _t, dialect) =>
      walkOnQuery(db, dialect, search),
    ),
    few: preparedRead(`customers_search_few_${key}`, (db, _t, dialect) => fewQuery(db, dialect, search, after)),
    sparse: preparedRead(`customers_search_sparse_${key}`, (db, _t, dialect) =>
      sparseQuery(db, dialect, search, after),
    ),
  };
}

const reads = new Map<string, ReturnType<typeof declareReads>>();

/** The statements of one search shape, prepared once per Database each. */
function readsOf(search: SearchShape, after: boolean) {
  const key = `${search.shape}${after ? "_after" : ""}`;
  let found = reads.get(key);
  if (!found) {
    found = declareReads(search, after);
    reads.set(key, found);
  }
  return found;
}

export type SearchPageIds = {
  /** The page's customers, at most `limit`, in the Contacts order. */
  ids: number[];
  /** The facility's matches up to the cap when a way read them already; null otherwise. */
  count: number | null;
  /** How the count is read otherwise. */
  countBy: SearchCount;
};

/**
 * The ids of a page of a search the index serves: the first `limit` matches after the cursor in
 * the Contacts order, by the ways of decision 22 (0027 for how they are read):
 * - the probe (the cursor's next `probe` customers, or a small facility whole): a full page ends here;
 * - a term found there at least as often as a walk needs (`probeEnough`), or any term at a facility
 *   of at most `walk` customers: the walk on, from the probe's last match, for `walk` more;
 * - otherwise the search index's matches, at most SEARCH_FEW + 1: fewer are all of them, sorted;
 *   more go to the walk on as well;
 * - a walk that ends before a page and before the facility's last customer: every match from the
 *   index after the cursor, sorted (sparse).
 */
export async function searchPageIds(
  data: Database,
  search: SearchShape,
  values: Record<string, unknown>,
  cursor: { sortKey: string; id: number } | null,
  limit: number,
  tuning: SearchTuning,
): Promise<SearchPageIds> {
  const after = cursor !== null;
  const statements = readsOf(search, after);
  const at = { ...values, ...(cursor && { afterKey: cursor.sortKey, afterId: cursor.id }), limit };
  const probed = await statements.probe(data).execute({ ...at, walk: tuning.walk, probe: tuning.probe });
  const size = probed[0]?.size ?? 0;
  const small = size <= tuning.walk;
  const countBy: SearchCount = small ? "along" : "index";
  const found = probed.flatMap((row) =>
    row.id === null || row.sortName === null ? [] : [{ id: row.id, sortName: row.sortName }],
  );
  // A small facility's probe read it whole from the cursor: its page is complete.
  if (found.length >= limit || small) return { ids: found.map((m) => m.id), count: null, countBy };

  const cap = SEARCH_COUNT_CAP + 1;
  let count: number | null = null;
  const probeEnough = Math.min(limit, Math.ceil((limit * tuning.probe) / Math.max(tuning.walk, 1)));
  if (found.length < probeEnough) {
    const indexCap = tuning.few + 1;
    const few = await statements.few(data).execute({ ...at, fewCap: Math.max(indexCap, cap) });
    const n = few[0]?.n ?? 0;
    if (n < indexCap)
      return {
        ids: few.flatMap((row) => (row.id === null ? [] : [row.id])),
        count: Math.min(n, cap),
        countBy,
      };
    if (n >= cap) count = cap;
  }

  // The walk on, from the probe's last match (or the cursor, or the order's start).
  const last = found.at(-1);
  const from = last
    ? { fromKey: last.sortName, fromId: last.id }
    : cursor
      ? { fromKey: cursor.sortKey, fromId: cursor.id }
      : { fromKey: "", fromId: 0 };
  const need = limit - found.length;
  const walked = await statements.walkOn(data).execute({ ...values, ...from, walk: tuning.walk, need });
  const ids = [...found.map((m) => m.id), ...walked.map((m) => m.id)];
  if (walked.length >= need) return { ids, count, countBy };
  const [rest] = await walkedToRead(data).execute({ ...values, ...from, walkAndOne: tuning.walk + 1 });
  if ((rest?.n ?? 0) <= tuning.walk) return { ids, count, countBy };
  const sparse = await statements.sparse(data).execute(at);
  return { ids: sparse.map((m) => m.id), count, countBy };
}
