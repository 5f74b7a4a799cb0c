import { and, asc, count, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/pg-core";
import {
  type CustomerSearchPlan,
  type CustomerSearchTerm,
  type Database,
  preparedRead,
  type ReadDb,
  type Tables,
  type WriteDb,
} from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { decodeCursor, encodeCursor } from "../../lib/cursor.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { parsePhone, phoneSearchDigits } from "../../lib/phone.js";
import { emptyToNull, normalizeEmail } from "../../lib/text.js";
import { changedFields, recordAudit } from "../audit/audit.service.js";
import { endPortalSessionsOf, forgetPortalPasswordOf } from "../auth/sessions.service.js";
import { facilityById } from "../facilities/facility.service.js";
import { lockPersonInvites, voidLinksTextedTo, voidPendingInvites } from "../invitations/invitation.service.js";
import {
  customerAccountJoin,
  customerPortalState,
  type LatestInvitation,
  latestInvitationFields,
  type PortalSettingsForStatus,
  type PortalState,
  portalStateValues,
} from "../invitations/portal-status.service.js";
import type { ServiceDeps } from "../service-deps.js";
import { canTextSql } from "../texts/texts.service.js";
import { queueWebhookEvent } from "../webhooks/webhooks.service.js";
import { customerSearchTerms } from "./customer-search.js";
import {
  SEARCH_COUNT_CAP,
  SEARCH_FEW,
  SEARCH_PROBE,
  SEARCH_WALK,
  type SearchCount,
  type SearchShape,
  searchCountSql,
  searchPageIds,
} from "./customer-search-page.js";

export { SEARCH_COUNT_CAP, SEARCH_FEW, SEARCH_PROBE, SEARCH_WALK };

/** One row of the Contacts list: the customer with what its status needs, from one statement. */
export type CustomerRow = {
  id: number;
  facilityId: number;
  name: string;
  sortName: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
  paymentMethodConnected: boolean;
  stripeCustomerId: string | null;
  carCount: number;
  createdAt: Date;
  /** Set while archived: hidden from lists and search, portal access ended. */
  archivedAt: Date | null;
  activatedAt: Date | null;
  /** A number with consent to texts and no STOP: invitable by text (texts.service canTextSql). */
  canText: boolean;
  latestInvitation: LatestInvitation | null;
  /** The saved card's columns, read with one customer (customerOfFacility), not with a list's rows. */
  card?: { brand: string | null; last4: string | null; expires: string | null };
};

/** What a row of the Contacts list selects: the customer with what its status needs. */
function customerFields(db: ReadDb, t: Tables) {
  const c = t.customers;
  return {
    id: c.id,
    facilityId: c.facilityId,
    name: c.name,
    sortName: c.sortName,
    email: c.email,
    phone: c.phone,
    address: c.address,
    notes: c.notes,
    paymentMethodConnected: c.paymentMethodConnected,
    stripeCustomerId: c.stripeCustomerId,
    createdAt: c.createdAt,
    archivedAt: c.archivedAt,
    carCount: db.$count(t.cars, eq(t.cars.customerId, c.id)),
    activatedAt: t.portalAccounts.activatedAt,
    canText: canTextSql(t, c),
    latestInvitation: latestInvitationFields(t.invitations, t.signInLinks),
  };
}

/**
 * Customers with their own portal account and latest invitation: what their statuses need, in one
 * statement; `extra`, what a page needs besides of the same rows.
 */
function customerQuery<E extends SelectedFields>(db: ReadDb, t: Tables, extra: E = {} as E) {
  const c = t.customers;
  return db
    .select({ ...customerFields(db, t), ...extra })
    .from(c)
    .leftJoin(t.portalAccounts, customerAccountJoin(t.portalAccounts, c))
    .leftJoin(t.invitations, eq(t.invitations.id, c.latestInvitationId));
}

/**
 * Which prepared statement a page of the list runs: the text depends on these, never on the values.
 * A search is its shape and terms: the statement's builder plans them on the Database it is prepared
 * for (the plan's SQL is the engine's), whatever plan gave the shape.
 */
type ListShape = {
  search: { shape: string; terms: readonly CustomerSearchTerm[] } | null;
  states: boolean;
  /** The archived customers instead of the others (docs/decisions/0029). */
  archived: boolean;
  after: boolean;
  /** Rows the statement reads, written into its text (pageRows); without it, the placeholder `limit`. */
  rows?: number;
};

/**
 * The unsearched, unfiltered Contacts order (the first page, any later one, the archived list) is
 * a keyed read: its best plan is the facility's sort index read from the cursor whatever the values,
 * and PostgreSQL planned it for each page in as long as it took to run (0.7–0.95 ms at 100,000
 * customers). A generic plan is priced for `LIMIT $n` as a tenth of the facility's rows, so
 * PostgreSQL would never choose it: the row count is written into the statement, one of these sizes
 * (a page of 25, 50 or 100 and one more row to tell whether a next page exists), and rows past the
 * page are dropped. A search or a filter stays planned for its values (docs/decisions/0055).
 */
const PAGE_ROWS = [26, 51, 101];

function pageRows(first: number): number {
  return PAGE_ROWS.find((rows) => rows > first) ?? first + 1;
}

function planOf(dialect: Database["dialect"], shape: Pick<ListShape, "search">): CustomerSearchPlan | null {
  return shape.search ? dialect.customerSearch.plan(shape.search.terms) : null;
}

/** The search and filter conditions of a list read row by row (a filtered list, or a search no term of which the index can find). */
function listConditions(t: Tables, dialect: Database["dialect"], shape: Omit<ListShape, "after">) {
  const c = t.customers;
  const search = planOf(dialect, shape);
  const indexedMatches = search?.indexedMatches?.(sql`${sql.placeholder("facilityId")}`);
  return [
    search?.rowMatches(c),
    indexedMatches ? sql`${c.id} IN (SELECT id FROM (${indexedMatches}) AS indexed)` : undefined,
    shape.states ? dialect.inList(customerPortalState(t), sql.placeholder("states")) : undefined,
    shape.archived ? isNotNull(c.archivedAt) : isNull(c.archivedAt),
  ];
}

/**
 * The Contacts list's statement for one shape, as listCustomers prepares it for the whole list, a
 * filter by portal state, or a search with no term the index can find (a search it can find alone
 * reads searchPageIds and searchRowsQuery): its values are the placeholders of the scope, the
 * search, the portal states with portalStateValues, the cursor and `limit`.
 */
export function customerListQuery(db: ReadDb, t: Tables, dialect: Database["dialect"], shape: ListShape) {
  const c = t.customers;
  // One row comparison rather than `key > a OR (key = a AND id > b)`: both engines read it as a
  // range of the (facility, sort_name, id) index, where PostgreSQL would filter the OR row by row.
  const cursor = shape.after
    ? sql`(${c.sortName}, ${c.id}) > (${sql.placeholder("afterKey")}, ${sql.placeholder("afterId")})`
    : undefined;
  const list = customerQuery(db, t);
  return list
    .where(FacilityScope.preparedWhere(c, ...listConditions(t, dialect, shape), cursor))
    .orderBy(asc(c.sortName), asc(c.id))
    .limit(
      shape.rows === undefined
        ? sql.placeholder("limit")
        : // drizzle writes a number as a parameter and any SQL object as it is; the typing knows only the first.
          (sql.raw(String(Math.trunc(shape.rows))) as unknown as number),
    );
}

const listReads = new Map<string, ReturnType<typeof declareListRead>>();
const countReads = new Map<string, ReturnType<typeof declareCountRead>>();

function declareListRead(name: string, shape: ListShape) {
  return preparedRead(name, (db, t, dialect) => customerListQuery(db, t, dialect, shape), {
    keyed: shape.rows !== undefined,
  });
}

/**
 * The statement counting the customers a search or filter matches, up to the placeholder `cap`. A
 * search alone counts the index's matches and stops at the cap (without the list's portal-status
 * joins, which change no count), or at a facility of at most `walk` customers checks them along
 * the Contacts order; a filter counts the list's own rows.
 */
export function customerCountQuery(
  db: ReadDb,
  t: Tables,
  dialect: Database["dialect"],
  shape: Omit<ListShape, "after">,
) {
  const cap = sql.placeholder("cap");
  const search = planOf(dialect, shape);
  const indexedMatches = search?.indexedMatches?.(sql`${sql.placeholder("facilityId")}`);
  if (search && indexedMatches && !shape.states && !shape.archived) {
    // A facility no larger than a search's walk is counted along its own index instead: the search
    // index holds every facility's customers, and beside a large facility a small one's count
    // would read the large one's matches too. The facility's counter row decides, read by key.
    const counts = t.facilityCustomerCounts;
    const searched = { shape: search.shape, terms: shape.search?.terms ?? [] };
    return db
      .select({
        n: sql<number>`CASE WHEN ${counts.customers} <= ${sql.placeholder("walk")} THEN ${searchCountSql(dialect, searched, "along")} ELSE ${searchCountSql(dialect, searched, "index")} END`.mapWith(
          Number,
        ),
      })
      .from(counts)
      .where(FacilityScope.preparedWhere(counts));
  }
  const matches = db
    .select({ one: sql<number>`1`.as("one") })
    .from(t.customers)
    .leftJoin(t.portalAccounts, customerAccountJoin(t.portalAccounts, t.customers))
    .leftJoin(t.invitations, eq(t.invitations.id, t.customers.latestInvitationId))
    .where(FacilityScope.preparedWhere(t.customers, ...listConditions(t, dialect, shape)))
    .limit(cap)
    .as("matches");
  return db.select({ n: count() }).from(matches);
}

function declareCountRead(name: string, shape: Omit<ListShape, "after">) {
  return preparedRead(name, (db, t, dialect) => customerCountQuery(db, t, dialect, shape));
}

/** The facility's customers, from the counter its triggers keep exact: one key read, however many. */
const countAllRead = preparedRead("customers_count", (db, t) =>
  db
    .select({ n: t.facilityCustomerCounts.customers })
    .from(t.facilityCustomerCounts)
    .where(FacilityScope.preparedWhere(t.facilityCustomerCounts)),
);

// The customer's own page shows the saved card: its columns come with the row.
const customerRead = preparedRead(
  "customer_of_facility",
  (db, t) =>
    customerQuery(db, t, {
      card: { brand: t.customers.cardBrand, last4: t.customers.cardLast4, expires: t.customers.cardExpires },
    }).where(FacilityScope.preparedWhere(t.customers, eq(t.customers.id, sql.placeholder("customerId")))),
  { keyed: true },
);

/**
 * A search's page: its customers by id (found by searchPageIds) in the Contacts order, with the
 * capped count as matchCount when `count` says how to read it (null: no count, or it is known).
 * The facility is checked again on each, with a unary + that keeps it from being an index term:
 * offered (facility_id = ?), SQLite walks the whole Contacts order to skip a sort of 26 rows.
 */
export function searchRowsQuery(
  db: ReadDb,
  t: Tables,
  dialect: Database["dialect"],
  search: SearchShape,
  count: SearchCount | null,
) {
  const c = t.customers;
  const counted = count ? searchCountSql(dialect, search, count) : sql`NULL`;
  return db
    .select({ ...customerFields(db, t), matchCount: sql<number | null>`${counted}`.mapWith(Number) })
    .from(c)
    .leftJoin(t.portalAccounts, customerAccountJoin(t.portalAccounts, c))
    .leftJoin(t.invitations, eq(t.invitations.id, c.latestInvitationId))
    .where(and(sql`+${c.facilityId} = ${sql.placeholder("facilityId")}`, dialect.inList(c.id, sql.placeholder("ids"))))
    .orderBy(asc(c.sortName), asc(c.id));
}

const rowsReads = new Map<string, ReturnType<typeof declareRowsRead>>();

function declareRowsRead(name: string, search: SearchShape, count: SearchCount | null) {
  return preparedRead(name, (db, t, dialect) => searchRowsQuery(db, t, dialect, search, count));
}

function rowsRead(search: SearchShape, count: SearchCount | null) {
  const name = `customers_search_rows_${search.shape}${count ? `_${count}` : ""}`;
  let read = rowsReads.get(name);
  if (!read) {
    read = declareRowsRead(name, search, count);
    rowsReads.set(name, read);
  }
  return read;
}

function listRead(shape: ListShape) {
  const name = `customers_${shape.search?.shape ?? "all"}${shape.states ? "_by_state" : ""}${shape.archived ? "_archived" : ""}${shape.after ? "_after" : ""}${shape.rows === undefined ? "" : `_${shape.rows}`}`;
  let read = listReads.get(name);
  if (!read) {
    read = declareListRead(name, shape);
    listReads.set(name, read);
  }
  return read;
}

function countRead(shape: Omit<ListShape, "after">) {
  const name = `customers_count_${shape.search?.shape ?? "all"}${shape.states ? "_by_state" : ""}${shape.archived ? "_archived" : ""}`;
  let read = countReads.get(name);
  if (!read) {
    read = declareCountRead(name, shape);
    countReads.set(name, read);
  }
  return read;
}

export type CustomerPage = {
  rows: CustomerRow[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Counted only when asked for: exact for the whole list, capped at SEARCH_COUNT_CAP for a search. */
  count: () => Promise<{ total: number; isLowerBound: boolean }>;
};

/**
 * The Contacts list: one statement for the page, and one for the count when it is asked for. Every
 * shape of it (searched or not, filtered or not, first page or later) is prepared once.
 */
export async function listCustomers(
  data: Database,
  scope: FacilityScope,
  opts: {
    search?: string | null;
    /** The facility's country: how a complete phone number typed without + is read. */
    country?: string;
    first: number;
    after?: string | null;
    /** Only customers in these portal states (computed in SQL, see customerPortalState). */
    states?: { values: PortalState[]; now: Date; settings: PortalSettingsForStatus } | null;
    /**
     * The count will be asked for: a search the index serves then reads it with the page's
     * customers (or has it already). count() works either way.
     */
    withCount?: boolean;
    /** The archived customers instead (a list read row by row: there are few of them). */
    archived?: boolean;
    /** SEARCH_WALK unless given: tests reach each way a search reads its page with a few customers. */
    searchWalk?: number;
    /** SEARCH_FEW unless given, for the same reason. */
    searchFew?: number;
    /** SEARCH_PROBE unless given, for the same reason. */
    searchProbe?: number;
  },
): Promise<CustomerPage> {
  const terms = customerSearchTerms(opts.search ?? "", opts.country ?? "US");
  const search = terms ? data.dialect.customerSearch.plan(terms) : null;
  const states = opts.states?.values.length ? opts.states : null;
  const archived = opts.archived === true;
  const filter = { search: terms && search && { shape: search.shape, terms }, states: states !== null, archived };
  const filterValues = scope.values({
    ...search?.values,
    ...(states && {
      ...portalStateValues(states.now, states.settings),
      states: data.dialect.listParam(states.values),
    }),
  });
  const cursor = opts.after ? decodeCursor(opts.after) : null;
  const walk = opts.searchWalk ?? SEARCH_WALK;
  const capped = (n: number) =>
    n > SEARCH_COUNT_CAP ? { total: SEARCH_COUNT_CAP, isLowerBound: true } : { total: n, isLowerBound: false };
  const countApart = async () => {
    if (!search && !states && !archived) {
      const [all] = await countAllRead(data).execute(scope.values({}));
      return { total: all?.n ?? 0, isLowerBound: false };
    }
    const [counted] = await countRead(filter)(data).execute({ ...filterValues, cap: SEARCH_COUNT_CAP + 1, walk });
    return capped(counted?.n ?? 0);
  };

  let raw: Array<CustomerRow & { matchCount?: number | null }>;
  let count = countApart;
  if (filter.search && search?.indexedMatches && !states && !archived) {
    // A search the index serves: its page's ids by the ways of decision 22, then those customers,
    // with the count when it is asked for and no way read it already.
    const searched = filter.search;
    const page = await searchPageIds(data, searched, filterValues, cursor, opts.first + 1, {
      walk,
      few: opts.searchFew ?? SEARCH_FEW,
      probe: opts.searchProbe ?? SEARCH_PROBE,
    });
    const countBy = opts.withCount && page.count === null ? page.countBy : null;
    raw =
      page.ids.length === 0
        ? []
        : await rowsRead(
            searched,
            countBy,
          )(data).execute({
            ...filterValues,
            ids: data.dialect.listParam(page.ids),
            cap: SEARCH_COUNT_CAP + 1,
            walk,
          });
    count = async () => {
      if (page.count !== null) return capped(page.count);
      const withRows = raw[0]?.matchCount;
      if (withRows !== null && withRows !== undefined) return capped(withRows);
      // No match on a first page is no match at all; a later page past the last match is counted apart.
      if (page.ids.length === 0 && cursor === null) return capped(0);
      return countApart();
    };
  } else {
    const plain = !filter.search && !filter.states;
    raw = await listRead({ ...filter, after: cursor !== null, ...(plain && { rows: pageRows(opts.first) }) })(
      data,
    ).execute({
      ...filterValues,
      ...(cursor && { afterKey: cursor.sortKey, afterId: cursor.id }),
      ...(!plain && { limit: opts.first + 1 }),
    });
  }
  const rows: CustomerRow[] = raw.slice(0, opts.first);
  const last = rows.at(-1);
  return {
    rows,
    hasNextPage: raw.length > opts.first,
    endCursor: last ? encodeCursor(last.sortName, last.id) : null,
    count,
  };
}

/** A facility's customer, or NOT_FOUND: a foreign id answers exactly like a missing one. */
export async function customerOfFacility(
  data: Database,
  scope: FacilityScope,
  customerId: number,
): Promise<CustomerRow> {
  const [row] = await customerRead(data).execute(scope.values({ customerId }));
  if (!row) throw notFound("Customer");
  return row;
}

export type CustomerFields = {
  name: string;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  notes?: string | null;
};

/**
 * A typed phone number as stored: E.164, or null when left empty. A number that is not valid for
 * its country is refused with the message for the form's phone field.
 */
export function phoneInput(text: string | null | undefined, facilityCountry: string): string | null {
  const typed = emptyToNull(text);
  if (typed === null) return null;
  const parsed = parsePhone(typed, facilityCountry);
  if ("error" in parsed) throw badInput(parsed.error, { phone: parsed.error });
  return parsed.e164;
}

function normalizeFields(input: CustomerFields, facilityCountry: string) {
  const name = input.name.trim().replace(/\s+/g, " ");
  if (!name) throw badInput("Enter the customer's name", { name: "Enter the customer's name" });
  const phone = phoneInput(input.phone, facilityCountry);
  return {
    name,
    sortName: name.toLowerCase(),
    email: normalizeEmail(input.email),
    phone,
    phoneDigits: phoneSearchDigits(phone),
    address: emptyToNull(input.address),
    notes: emptyToNull(input.notes),
  };
}

/** Someone already on record with an address: who staff are warned about before saving it again. */
export type EmailHolder = { kind: "CUSTOMER" | "CONTACT"; id: number; customerId: number; name: string };

/**
 * Refuses an address someone else already has, naming them, unless staff confirmed they mean it
 * (allowDuplicateEmail): two records for one person is the usual mistake, a shared family or
 * office address the usual reason to go on.
 */
export function refuseDuplicateEmail(holder: EmailHolder | undefined, email: string, allow: boolean): void {
  if (!holder || allow) return;
  const who = holder.kind === "CUSTOMER" ? "customer" : "contact";
  throw conflict(`${holder.name} (${who}) already has ${email}. Save anyway if both should keep it.`, {
    duplicateEmail: {
      kind: holder.kind,
      id: String(holder.id),
      customerId: String(holder.customerId),
      name: holder.name,
      email,
    },
  });
}

/**
 * Serialises, until the transaction ends, every check-then-save of `email` at the facility, for
 * customers and contacts alike (a customer's check looks at its contacts, a contact's at its account
 * holder). No unique index can hold the rule, since staff may keep a duplicate on purpose; without
 * this, two saves of one new address on PostgreSQL would both find no holder. Take it before the read.
 */
export function lockEmailAtFacility(data: Pick<Database, "dialect">, facilityId: number, email: string): Promise<void> {
  return data.dialect.lockKey(`email:${facilityId}:${email}`);
}

/** lockEmailAtFacility for many addresses at once (an import's chunk), taken in the order given. */
export function lockEmailKeysAtFacility(
  data: Pick<Database, "dialect">,
  facilityId: number,
  emails: readonly string[],
): Promise<void> {
  return data.dialect.lockKeys(emails.map((email) => `email:${facilityId}:${email}`));
}

/** Another customer of the facility, or a contact on this customer's own account, with the address. */
async function holderOfCustomerEmail(
  tx: WriteDb,
  t: Tables,
  scope: FacilityScope,
  email: string,
  customerId: number | null,
): Promise<EmailHolder | undefined> {
  const [customer] = await tx
    .select({ id: t.customers.id, name: t.customers.name })
    .from(t.customers)
    .where(
      scope.where(
        t.customers,
        eq(t.customers.email, email),
        customerId === null ? undefined : ne(t.customers.id, customerId),
      ),
    )
    .orderBy(asc(t.customers.id))
    .limit(1);
  if (customer) return { kind: "CUSTOMER", id: customer.id, customerId: customer.id, name: customer.name };
  if (customerId === null) return undefined;
  const [contact] = await tx
    .select({ id: t.contacts.id, name: t.contacts.name })
    .from(t.contacts)
    .where(and(eq(t.contacts.customerId, customerId), eq(t.contacts.email, email)))
    .orderBy(asc(t.contacts.id))
    .limit(1);
  return contact && { kind: "CONTACT", id: contact.id, customerId, name: contact.name };
}

type CustomerDeps = Pick<ServiceDeps, "data" | "clock">;

export async function createCustomer(
  deps: CustomerDeps,
  scope: FacilityScope,
  input: CustomerFields,
  opts: { allowDuplicateEmail?: boolean } = {},
): Promise<CustomerRow> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  const values = normalizeFields(input, (await facilityById(data, scope.facilityId)).country);
  const created = await data.transaction(async (tx) => {
    if (values.email) {
      await lockEmailAtFacility(data, scope.facilityId, values.email);
      const holder = await holderOfCustomerEmail(tx, t, scope, values.email, null);
      refuseDuplicateEmail(holder, values.email, !!opts.allowDuplicateEmail);
    }
    const row = returnedRow(
      await tx
        .insert(t.customers)
        .values({ ...values, facilityId: scope.facilityId, createdAt: now, updatedAt: now })
        .returning({ id: t.customers.id }),
    );
    await recordAudit(tx, t, scope, now, { action: "CUSTOMER_ADDED", customerId: row.id, subject: values.name });
    await queueWebhookEvent(tx, t, {
      facilityId: scope.facilityId,
      customerId: row.id,
      type: "customer.created",
      now,
      data: { customerId: String(row.id), name: values.name, email: values.email ?? null, phone: values.phone ?? null },
    });
    return row;
  });
  return customerOfFacility(data, scope, created.id);
}

/**
 * Saves the profile. A changed email voids the pending invite and its links, ends the customer's
 * portal sessions and drops their portal password in the same transaction: access must only ever
 * come from the address now on record.
 */
export async function updateCustomer(
  deps: CustomerDeps,
  scope: FacilityScope,
  customerId: number,
  input: CustomerFields,
  opts: { allowDuplicateEmail?: boolean } = {},
): Promise<CustomerRow> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  const values = normalizeFields(input, (await facilityById(data, scope.facilityId)).country);
  await data.transaction(async (tx) => {
    const [current] = await tx
      .select({
        name: t.customers.name,
        email: t.customers.email,
        phone: t.customers.phone,
        address: t.customers.address,
        notes: t.customers.notes,
      })
      .from(t.customers)
      .where(scope.where(t.customers, eq(t.customers.id, customerId)));
    if (!current) throw notFound("Customer");
    // Only a new address is checked: a duplicate staff already accepted does not block other edits.
    if (values.email && values.email !== current.email) {
      await lockEmailAtFacility(data, scope.facilityId, values.email);
      const holder = await holderOfCustomerEmail(tx, t, scope, values.email, customerId);
      refuseDuplicateEmail(holder, values.email, !!opts.allowDuplicateEmail);
    }
    // An invite being decided now reads the person before or after this change, never between.
    if (current.phone && current.phone !== values.phone) await lockPersonInvites(data, { customerId, contactId: null });
    await tx
      .update(t.customers)
      .set({ ...values, updatedAt: now })
      .where(eq(t.customers.id, customerId))
      .returning({ id: t.customers.id });
    if (current.email !== values.email) {
      await voidPendingInvites(tx, t, { customerId, contactId: null }, "EMAIL_CHANGED", now);
      await endPortalSessionsOf(tx, data, { customerId, contactId: null });
      await forgetPortalPasswordOf(tx, t, { customerId, contactId: null });
    }
    if (current.phone && current.phone !== values.phone) {
      await voidLinksTextedTo(tx, t, { customerId, contactId: null }, current.phone, now);
    }
    const fields = changedFields(current, values, ["name", "email", "phone", "address", "notes"]);
    if (fields) {
      await recordAudit(tx, t, scope, now, {
        action: "CUSTOMER_CHANGED",
        customerId,
        subject: values.name,
        details: { fields },
      });
    }
  });
  return customerOfFacility(data, scope, customerId);
}

/** What the account holder sees and edits of themself on the portal's Profile page. */
// The portal's signed-in frame asks for the profile on every page: prepared once.
const customerProfileRead = preparedRead(
  "customer_profile",
  (db, t) =>
    db
      .select({
        name: t.customers.name,
        email: t.customers.email,
        phone: t.customers.phone,
        address: t.customers.address,
        prefInvoices: t.customers.prefInvoices,
        prefEstimates: t.customers.prefEstimates,
        prefScheduling: t.customers.prefScheduling,
        prefCarUpdates: t.customers.prefCarUpdates,
        prefContracts: t.customers.prefContracts,
        prefSocialEvents: t.customers.prefSocialEvents,
        prefMarketing: t.customers.prefMarketing,
      })
      .from(t.customers)
      .where(FacilityScope.preparedWhere(t.customers, eq(t.customers.id, sql.placeholder("customerId")))),
  { keyed: true },
);

export async function customerProfile(data: Database, scope: FacilityScope, customerId: number) {
  const [row] = await customerProfileRead(data).execute(scope.values({ customerId }));
  if (!row) throw notFound("Customer");
  return row;
}

/** The holder's own changes from the portal: phone (kept searchable), address and email preferences. */
export async function saveCustomerProfile(
  tx: WriteDb,
  t: Tables,
  scope: FacilityScope,
  customerId: number,
  changes: Pick<Tables["customers"]["$inferInsert"], "phone" | "address" | PreferenceColumnName>,
): Promise<void> {
  const saved = await tx
    .update(t.customers)
    .set({ ...changes, phoneDigits: phoneSearchDigits(changes.phone ?? null) })
    .where(scope.where(t.customers, eq(t.customers.id, customerId)))
    .returning({ id: t.customers.id });
  if (saved.length === 0) throw notFound("Customer");
}

type PreferenceColumnName =
  | "prefInvoices"
  | "prefEstimates"
  | "prefScheduling"
  | "prefCarUpdates"
  | "prefContracts"
  | "prefSocialEvents"
  | "prefMarketing";
