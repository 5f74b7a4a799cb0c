import { and, eq } from "drizzle-orm";
import { type Db, writeTransaction } from "../../db/client.js";
import { customers } from "../../db/schema.js";
import type { Context } from "../../graphql/context.js";
import { decodeCursor, encodeCursor } from "../../graphql/pagination.js";
import { badInput, conflict, notFound } from "../../lib/domain-error.js";
import { parsePhone, phoneSearchDigits, searchablePhoneDigits } from "../../lib/phone.js";
import { digitsOnly, emptyToNull, normalizeEmail } from "../../lib/text.js";
import { endSessionsOfPortalPerson, forgetPasswordOfPortalPerson } from "../auth/sessions.service.js";
import { getFacility } from "../facilities/facility.service.js";
import { voidPendingInvitesInSyncTransaction } from "../invitations/invitation.service.js";
import {
  customerPortalStateSql,
  type LatestInvitationColumns,
  type LatestInvitationForStatus,
  latestInvitationFrom,
  latestInvitationSelect,
  type PortalSettingsForStatus,
  type PortalState,
} from "../invitations/portal-status.js";

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
  activatedAt: Date | null;
  latestInvitation: (LatestInvitationForStatus & { id: number }) | null;
};

type RawRow = LatestInvitationColumns & {
  id: number;
  facility_id: number;
  name: string;
  sort_name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
  payment_method_connected: number;
  stripe_customer_id: string | null;
  car_count: number;
  created_at: number;
  activated_at: number | null;
};

const fromCustomers = `
  FROM customers c
  LEFT JOIN portal_accounts pa ON pa.customer_id = c.id AND pa.person_key = 0
  LEFT JOIN invitations i ON i.id = c.latest_invitation_id`;

const selectRows = `
  SELECT c.id, c.facility_id, c.name, c.sort_name, c.email, c.phone, c.address, c.notes,
         c.payment_method_connected, c.stripe_customer_id, c.created_at,
         (SELECT count(*) FROM cars WHERE cars.customer_id = c.id) AS car_count,
         pa.activated_at,
         ${latestInvitationSelect}
  ${fromCustomers}`;

function toRow(r: RawRow): CustomerRow {
  return {
    id: r.id,
    facilityId: r.facility_id,
    name: r.name,
    sortName: r.sort_name,
    email: r.email,
    phone: r.phone,
    address: r.address,
    notes: r.notes,
    paymentMethodConnected: r.payment_method_connected === 1,
    stripeCustomerId: r.stripe_customer_id,
    carCount: r.car_count,
    createdAt: new Date(r.created_at),
    activatedAt: r.activated_at === null ? null : new Date(r.activated_at),
    latestInvitation: latestInvitationFrom(r),
  };
}

/** Quotes user text as one FTS5 string, so operators in it are searched for, not obeyed. */
function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Text made only of what people put in phone numbers: "+1 (207) 555-0148", "207.555.0148". */
const PHONE_TEXT = /^[\d\s()+./-]+$/;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

type Filter = { sql: string; params: unknown[] };

const inSearchIndex = (match: string): Filter => ({
  sql: "c.id IN (SELECT rowid FROM customers_search WHERE customers_search MATCH ?)",
  params: [match],
});

/**
 * The search rule (docs/decisions/0002-customer-search.md), case-insensitive:
 * - text that looks like a phone number matches a customer whose name or email contains it, whose
 *   phone digits contain its digits, or — when it is a complete number of the facility's country —
 *   whose phone is that number;
 * - any other text is split into words, and every word must be in the name or the email (a word
 *   that looks like part of a phone number may instead be in the phone digits), in any order.
 * Words of three characters and more use the trigram index; shorter ones are checked with LIKE on
 * the rows the index found, or on the facility's rows when no word can use the index.
 */
export function customerSearchFilter(search: string, facilityCountry: string): Filter | null {
  const text = search.trim();
  if (!text) return null;
  if (PHONE_TEXT.test(text) && /\d/.test(text)) return phoneSearchFilter(text, facilityCountry);
  const terms: string[] = [];
  const likes: Filter[] = [];
  for (const word of text.split(/\s+/)) {
    const digits = PHONE_TEXT.test(word) ? digitsOnly(word) : null;
    if (word.length >= 3 && (digits === null || digits.length >= 3)) {
      const inNameOrEmail = `{name email}: ${ftsString(word)}`;
      terms.push(digits ? `(${inNameOrEmail} OR phone_digits: ${ftsString(digits)})` : inNameOrEmail);
    } else {
      const clauses = ["c.name LIKE ? ESCAPE '\\'", "c.email LIKE ? ESCAPE '\\'"];
      const params: unknown[] = [likePattern(word), likePattern(word)];
      if (digits) {
        clauses.push("c.phone_digits LIKE ?");
        params.push(`%${digits}%`);
      }
      likes.push({ sql: `(${clauses.join(" OR ")})`, params });
    }
  }
  const filters = [...(terms.length ? [inSearchIndex(terms.join(" AND "))] : []), ...likes];
  return { sql: filters.map((f) => f.sql).join(" AND "), params: filters.flatMap((f) => f.params) };
}

function phoneSearchFilter(text: string, facilityCountry: string): Filter {
  const digits = digitsOnly(text) ?? "";
  if (digits.length < 3) {
    return {
      sql: "(c.name LIKE ? ESCAPE '\\' OR c.email LIKE ? ESCAPE '\\' OR c.phone_digits LIKE ?)",
      params: [likePattern(text), likePattern(text), `%${digits}%`],
    };
  }
  const terms = [`{name email}: ${ftsString(text)}`, `phone_digits: ${ftsString(digits)}`];
  // "(020) 7946 0958" typed in the UK is stored as +44 20 7946 0958: its digits alone are not in it.
  const international = searchablePhoneDigits(text, facilityCountry);
  if (international && international !== digits) terms.push(`phone_digits: ${ftsString(international)}`);
  return inSearchIndex(terms.join(" OR "));
}

export type CustomerPage = {
  rows: CustomerRow[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Counted only when asked for: exact for the whole list, capped at SEARCH_COUNT_CAP for a search. */
  count: () => { total: number; isLowerBound: boolean };
};

/** Counting every match of a broad search or filter costs more than the page; past this, "1,000+" is enough. */
export const SEARCH_COUNT_CAP = 1000;

/** The Contacts list: one statement for the page, and one for the count when it is asked for. */
export function listCustomers(
  db: Db,
  facilityId: number,
  opts: {
    search?: string | null;
    /** The facility's country: how a complete phone number typed without + is read. */
    country?: string;
    first: number;
    after?: string | null;
    /** Only customers in these portal states (computed in SQL, see customerPortalStateSql). */
    states?: { values: PortalState[]; now: Date; settings: PortalSettingsForStatus } | null;
  },
): CustomerPage {
  const where = ["c.facility_id = ?"];
  const params: unknown[] = [facilityId];
  const filter = customerSearchFilter(opts.search ?? "", opts.country ?? "US");
  if (filter) {
    where.push(filter.sql);
    params.push(...filter.params);
  }
  const narrowed = !!filter || !!opts.states?.values.length;
  if (opts.states?.values.length) {
    const state = customerPortalStateSql(opts.states.now, opts.states.settings);
    where.push(`(${state.sql}) IN (SELECT value FROM json_each(?))`);
    params.push(...state.params, JSON.stringify(opts.states.values));
  }
  const countWhere = where.join(" AND ");
  const countParams = [...params];
  const count = () => {
    if (!narrowed) {
      const n = (
        db.$client.prepare(`SELECT count(*) AS n FROM customers c WHERE ${countWhere}`).get(...countParams) as {
          n: number;
        }
      ).n;
      return { total: n, isLowerBound: false };
    }
    const n = (
      db.$client
        .prepare(`SELECT count(*) AS n FROM (SELECT 1 ${fromCustomers} WHERE ${countWhere} LIMIT ?)`)
        .get(...countParams, SEARCH_COUNT_CAP + 1) as { n: number }
    ).n;
    return n > SEARCH_COUNT_CAP ? { total: SEARCH_COUNT_CAP, isLowerBound: true } : { total: n, isLowerBound: false };
  };
  if (opts.after) {
    const cursor = decodeCursor(opts.after);
    where.push("(c.sort_name > ? OR (c.sort_name = ? AND c.id > ?))");
    params.push(cursor.sortKey, cursor.sortKey, cursor.id);
  }
  const sql = `${selectRows} WHERE ${where.join(" AND ")} ORDER BY c.sort_name, c.id LIMIT ?`;
  const raw = db.$client.prepare(sql).all(...params, opts.first + 1) as RawRow[];
  const rows = raw.slice(0, opts.first).map(toRow);
  const last = rows.at(-1);
  return {
    rows,
    hasNextPage: raw.length > opts.first,
    endCursor: last ? encodeCursor(last.sortName, last.id) : null,
    count,
  };
}

/** Throws NOT_FOUND unless the customer belongs to the facility: the check before adding to an account. */
export function assertCustomerInFacility(tx: Db, facilityId: number, customerId: number): void {
  const owner = tx
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.facilityId, facilityId)))
    .get();
  if (!owner) throw notFound("Customer");
}

/** A facility's customer, or NOT_FOUND: a foreign id answers exactly like a missing one. */
export function getCustomerRow(db: Db, facilityId: number, customerId: number): CustomerRow {
  const raw = db.$client.prepare(`${selectRows} WHERE c.id = ? AND c.facility_id = ?`).get(customerId, facilityId) as
    | RawRow
    | undefined;
  if (!raw) throw notFound("Customer");
  return toRow(raw);
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

/** Another customer of the facility, or a contact on this customer's own account, with the address. */
function holderOfCustomerEmail(
  tx: Db,
  facilityId: number,
  email: string,
  customerId: number | null,
): EmailHolder | undefined {
  const customer = tx.$client
    .prepare("SELECT id, name FROM customers WHERE facility_id = ? AND email = ? AND id IS NOT ? ORDER BY id LIMIT 1")
    .get(facilityId, email, customerId) as { id: number; name: string } | undefined;
  if (customer) return { kind: "CUSTOMER", id: customer.id, customerId: customer.id, name: customer.name };
  if (customerId === null) return undefined;
  const contact = tx.$client
    .prepare("SELECT id, name FROM contacts WHERE customer_id = ? AND email = ? ORDER BY id LIMIT 1")
    .get(customerId, email) as { id: number; name: string } | undefined;
  return contact && { kind: "CONTACT", id: contact.id, customerId, name: contact.name };
}

export function createCustomer(
  ctx: Context,
  facilityId: number,
  input: CustomerFields,
  opts: { allowDuplicateEmail?: boolean } = {},
): CustomerRow {
  const now = ctx.clock.now();
  const values = normalizeFields(input, getFacility(ctx.db, facilityId).country);
  const id = writeTransaction(ctx.db, (tx) => {
    if (values.email) {
      const holder = holderOfCustomerEmail(tx, facilityId, values.email, null);
      refuseDuplicateEmail(holder, values.email, !!opts.allowDuplicateEmail);
    }
    return tx
      .insert(customers)
      .values({ ...values, facilityId, createdAt: now, updatedAt: now })
      .returning({ id: customers.id })
      .get();
  }).id;
  return getCustomerRow(ctx.db, facilityId, id);
}

/**
 * Saves the profile. A changed email voids the pending invite and its links, ends the customer's
 * portal sessions and drops their portal password in the same transaction: access must only ever
 * come from the address now on record.
 */
export function updateCustomer(
  ctx: Context,
  facilityId: number,
  customerId: number,
  input: CustomerFields,
  opts: { allowDuplicateEmail?: boolean } = {},
): CustomerRow {
  const now = ctx.clock.now();
  const values = normalizeFields(input, getFacility(ctx.db, facilityId).country);
  writeTransaction(ctx.db, (tx) => {
    const current = tx
      .select({ email: customers.email })
      .from(customers)
      .where(and(eq(customers.id, customerId), eq(customers.facilityId, facilityId)))
      .get();
    if (!current) throw notFound("Customer");
    // Only a new address is checked: a duplicate staff already accepted does not block other edits.
    if (values.email && values.email !== current.email) {
      const holder = holderOfCustomerEmail(tx, facilityId, values.email, customerId);
      refuseDuplicateEmail(holder, values.email, !!opts.allowDuplicateEmail);
    }
    tx.update(customers)
      .set({ ...values, updatedAt: now })
      .where(eq(customers.id, customerId))
      .run();
    if (current.email !== values.email) {
      voidPendingInvitesInSyncTransaction(tx, customerId, null, "EMAIL_CHANGED", now);
      endSessionsOfPortalPerson(tx, { customerId, contactId: null });
      forgetPasswordOfPortalPerson(tx, { customerId, contactId: null });
    }
  });
  return getCustomerRow(ctx.db, facilityId, customerId);
}
