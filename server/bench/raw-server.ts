// The bench's raw baseline: a plain node:http server on Portico's database (the same SQLite file or
// PostgreSQL database) that checks the same session cookie with SQL of its own, runs the SQL a page
// needs through statements prepared once, and answers the same JSON as Portico's GraphQL answer to
// the operation the web app sends. No GraphQL, no ORM, no Express: what the pages would cost written
// by hand. The rules that are pure computation (a portal status, a phone number's display, an
// invoice's display status, the search rule's terms) are Portico's own functions, so the two answers
// can be compared field for field; only the data access and the serving differ.
//
// Run by the bench in its own process: DATABASE_URL=… node … bench/raw-server.ts; it prints
// {"port":n} on stdout once listening. Every answer carries x-statements, the SQL statements it ran.
import "reflect-metadata";
import http from "node:http";
import type { AddressInfo } from "node:net";
import BetterSqlite3 from "better-sqlite3";
import { parse as parseCookies } from "cookie";
import pg from "pg";
import { encodeCursor, encodeTimeCursor } from "../src/lib/cursor.js";
import { fileUrl } from "../src/lib/file-urls.js";
import { formatPhone } from "../src/lib/phone.js";
import { localDate, zonedTime } from "../src/lib/time-zone.js";
import { sha256 } from "../src/lib/tokens.js";
import { ACTIVE_WITHIN_DAYS, AWAITING_COUNT_CAP, weekStartsBefore } from "../src/modules/adoption/adoption.service.js";
import { mondayOf } from "../src/modules/adoption/adoption-counts.service.js";
import { customerSearchTerms } from "../src/modules/customers/customer-search.js";
import { computePortalStatus } from "../src/modules/invitations/portal-status.service.js";
import { invoiceDisplayStatus } from "../src/modules/invoices/invoice.service.js";

type Row = Record<string, unknown>;

/** One engine's way to run a statement prepared once under `name`; `?` placeholders in the text. */
interface Sql {
  all(name: string, text: string, params: unknown[]): Promise<Row[]>;
  /** Case-insensitive LIKE: LIKE on SQLite (ASCII), ILIKE on PostgreSQL. */
  ilike: string;
}

function openSqlite(file: string): Sql {
  const connection = new BetterSqlite3(file, { readonly: true });
  connection.pragma("busy_timeout = 5000");
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    ilike: "LIKE",
    async all(name, text, params) {
      let statement = statements.get(name);
      if (!statement) {
        statement = connection.prepare(text);
        statements.set(name, statement);
      }
      return statement.all(...params) as Row[];
    },
  };
}

/**
 * Statements keyed by one id, and the unsearched Contacts pages (raw_customers_all…): as Portico's
 * keyed reads, planned generically once it pays (decision 55).
 */
const KEYED = new Set([
  "raw_staff_session",
  "raw_customer_detail",
  "raw_customer_cars",
  "raw_customer_invoices",
  "raw_customer_invitations",
  "raw_customer_invitation_events",
  "raw_customer_contacts",
  "raw_portal_session",
  "raw_portal_invoices",
  "raw_portal_home_counts",
  "raw_portal_contracts",
  "raw_portal_estimates",
  "raw_portal_events",
]);

function openPostgres(url: string): Sql {
  // As many connections as Portico's pools, and the same planning settings.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: "-c plan_cache_mode=force_custom_plan" });
  const keyedPool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on("error", () => {});
  keyedPool.on("error", () => {});
  const texts = new Map<string, string>();
  return {
    ilike: "ILIKE",
    async all(name, text, params) {
      let numbered = texts.get(name);
      if (numbered === undefined) {
        let n = 0;
        numbered = text.replace(/\?/g, () => `$${++n}`);
        texts.set(name, numbered);
      }
      const on = KEYED.has(name) || name.startsWith("raw_customers_all") ? keyedPool : pool;
      return (await on.query({ name, text: numbered, values: params })).rows as Row[];
    },
  };
}

const url = process.env.DATABASE_URL ?? "";
const isPg = /^postgres(ql)?:\/\//.test(url);
const db = isPg ? openPostgres(url) : openSqlite(url);

/** Times come back as epoch milliseconds from SQLite and as Dates from PostgreSQL. */
const time = (value: unknown): Date | null =>
  value === null || value === undefined ? null : new Date(value as number | Date);
const iso = (value: unknown): string | null => time(value)?.toISOString() ?? null;
const bool = (value: unknown): boolean => value === true || value === 1;
const int = (value: unknown): number => Number(value);

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Statements run for the request being answered. */
type Request = { variables: Record<string, unknown>; cookies: Record<string, string | undefined>; statements: number };

async function run(request: Request, name: string, text: string, params: unknown[]): Promise<Row[]> {
  request.statements += 1;
  return db.all(name, text, params);
}

// --- sessions: one statement each, with what the page needs of the facility ----------------------

async function staffSession(request: Request) {
  const token = request.cookies.portico_staff;
  if (!token) throw new HttpError(401, "not signed in");
  const [row] = await run(
    request,
    "raw_staff_session",
    `SELECT s.expires_at, u.facility_id, f.country, f.resend_cooldown_hours, f.time_zone,
       f.stripe_secret_key IS NOT NULL AS stripe_connected
     FROM sessions s JOIN staff_users u ON u.id = s.staff_user_id JOIN facilities f ON f.id = u.facility_id
     WHERE s.id_hash = ? AND s.kind = 'STAFF'`,
    [sha256(token)],
  );
  if (!row || (time(row.expires_at)?.getTime() ?? 0) <= Date.now()) throw new HttpError(401, "not signed in");
  return {
    facilityId: int(row.facility_id),
    country: String(row.country),
    resendCooldownHours: int(row.resend_cooldown_hours),
    timeZone: String(row.time_zone),
    stripeConnected: bool(row.stripe_connected),
  };
}

// --- Contacts: a page in keyset order, and its count ------------------------------------------

/** A person's portal account (pa) and latest invitation (i): what their portal status needs. */
const STATUS_COLUMNS = `pa.activated_at, i.id AS inv_id, i.email AS inv_email, i.created_at AS inv_created_at,
  i.expires_at AS inv_expires_at, i.state AS inv_state, i.void_reason AS inv_void_reason,
  i.delivery_state AS inv_delivery_state, i.delivery_detail AS inv_delivery_detail,
  (SELECT max(l.expires_at) FROM sign_in_links l
   WHERE l.invitation_id = i.id AND l.consumed_at IS NULL AND l.voided_at IS NULL) AS inv_open_link_expires_at`;

const CUSTOMER_ROW = `c.id, c.name, c.sort_name, c.email, c.phone,
  (SELECT count(*) FROM cars WHERE cars.customer_id = c.id) AS car_count, ${STATUS_COLUMNS}
FROM customers c
LEFT JOIN portal_accounts pa ON pa.customer_id = c.id AND pa.person_key = 0
LEFT JOIN invitations i ON i.id = c.latest_invitation_id`;

type StatusSettings = { country: string; resendCooldownHours: number };

/** A person's latest invitation as the inv_* columns of CUSTOMER_ROW and CONTACT_ROW give it, or null. */
function latestInvitation(row: Row) {
  return row.inv_id === null
    ? null
    : {
        email: row.inv_email as string,
        createdAt: time(row.inv_created_at) as Date,
        expiresAt: time(row.inv_expires_at) as Date,
        state: row.inv_state,
        voidReason: row.inv_void_reason,
        deliveryState: row.inv_delivery_state,
        deliveryDetail: row.inv_delivery_detail,
        openLinkExpiresAt: time(row.inv_open_link_expires_at),
      };
}

function portalStatus(
  person: { email: string | null; canAccessPortal: boolean; activatedAt: Date | null },
  latest: ReturnType<typeof latestInvitation>,
  settings: StatusSettings,
) {
  const status = computePortalStatus(person, latest as Parameters<typeof computePortalStatus>[1], settings, new Date());
  return {
    __typename: "PortalStatus",
    state: status.state,
    reason: status.reason,
    action: status.action,
    resendAvailableAt: status.resendAvailableAt?.toISOString() ?? null,
    changesAt: status.changesAt?.toISOString() ?? null,
  };
}

function customerRow(row: Row, settings: StatusSettings) {
  const latest = latestInvitation(row);
  return {
    __typename: "Customer",
    id: String(row.id),
    name: row.name,
    email: row.email,
    phone: row.phone,
    phoneDisplay: formatPhone(row.phone as string | null, settings.country),
    carCount: int(row.car_count),
    lastInvitedAt: latest ? latest.createdAt.toISOString() : null,
    portalStatus: portalStatus(
      { email: row.email as string | null, canAccessPortal: true, activatedAt: time(row.activated_at) },
      latest,
      settings,
    ),
  };
}

/** LIKE's wildcards in typed text match themselves. */
const likeContaining = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The search as a plain scan: every term in the name or email, or its digits in the phone digits. */
function plainSearch(search: string, country: string) {
  const terms = customerSearchTerms(search, country);
  if (!terms) return null;
  const like = `${db.ilike} ? ESCAPE '\\'`;
  const conditions = terms.map(
    (term) =>
      `(c.name ${like} OR c.email ${like}${term.digits.map(() => ` OR c.phone_digits LIKE ? ESCAPE '\\'`).join("")})`,
  );
  return {
    shape: terms.map((term) => term.digits.length).join("_"),
    where: conditions.join(" AND "),
    params: terms.flatMap((term) => [
      likeContaining(term.text),
      likeContaining(term.text),
      ...term.digits.map(likeContaining),
    ]),
  };
}

const SEARCH_COUNT_CAP = 1000;

async function customers(request: Request) {
  const facility = await staffSession(request);
  const { search, first, after } = request.variables as { search?: string | null; first: number; after?: string };
  if (request.variables.portalStates) throw new HttpError(400, "the baseline has no portal state filter");
  const scan = search ? plainSearch(search, facility.country) : null;
  const cursor = after ? (JSON.parse(Buffer.from(after, "base64url").toString("utf8")) as [string, number]) : null;
  const shape = `${scan ? `search_${scan.shape}` : "all"}${cursor ? "_after" : ""}`;
  // Unsearched, the page's row count is written into the statement and the statement is keyed, as
  // Portico's (customer.service.ts, pageRows): a generic plan is then one PostgreSQL will take.
  const rows = await run(
    request,
    scan ? `raw_customers_${shape}` : `raw_customers_${shape}_${first + 1}`,
    `SELECT ${CUSTOMER_ROW} WHERE c.facility_id = ? AND c.archived_at IS NULL${scan ? ` AND ${scan.where}` : ""}${cursor ? " AND (c.sort_name, c.id) > (?, ?)" : ""}
     ORDER BY c.sort_name, c.id LIMIT ${scan ? "?" : Math.trunc(first) + 1}`,
    [facility.facilityId, ...(scan?.params ?? []), ...(cursor ?? []), ...(scan ? [first + 1] : [])],
  );
  const page = rows.slice(0, first);
  const last = page.at(-1);
  let total: number;
  let isLowerBound = false;
  if (scan) {
    const [counted] = await run(
      request,
      `raw_customers_count_${scan.shape}`,
      `SELECT count(*) AS n FROM (SELECT 1 FROM customers c WHERE c.facility_id = ? AND c.archived_at IS NULL AND ${scan.where} LIMIT ?) AS matches`,
      [facility.facilityId, ...scan.params, SEARCH_COUNT_CAP + 1],
    );
    total = int(counted?.n);
    if (total > SEARCH_COUNT_CAP) {
      total = SEARCH_COUNT_CAP;
      isLowerBound = true;
    }
  } else {
    // What a plain server does: count every customer of the facility on each page. Contacts lists
    // the customers not archived, which the facility's sort index holds (a partial index).
    const [counted] = await run(
      request,
      "raw_customers_count",
      "SELECT count(*) AS n FROM customers WHERE facility_id = ? AND archived_at IS NULL",
      [facility.facilityId],
    );
    total = int(counted?.n);
  }
  return {
    customers: {
      __typename: "CustomerConnection",
      totalCount: total,
      totalCountIsLowerBound: isLowerBound,
      pageInfo: {
        __typename: "PageInfo",
        endCursor: last ? encodeCursor(String(last.sort_name), int(last.id)) : null,
        hasNextPage: rows.length > first,
      },
      nodes: page.map((row) => customerRow(row, facility)),
    },
  };
}

// --- the staff customer page ---------------------------------------------------------------------

/** An invitation as the page shows it (InvitationFields), from a row of raw_customer_invitations. */
/** An invoice as the Invoice type answers it, its display status as of the facility's today. */
function invoiceJson(i: Row, today: string) {
  const status = invoiceDisplayStatus(
    { status: i.status as "OPEN", balanceCents: int(i.balance_cents), dueOn: i.due_on as string | null },
    today,
  );
  return {
    __typename: "Invoice",
    id: String(i.id),
    number: i.number,
    issuedOn: i.issued_on,
    dueOn: i.due_on,
    status: i.status,
    totalCents: int(i.total_cents),
    balanceCents: int(i.balance_cents),
    overdue: status === "OVERDUE",
    displayStatus: status,
  };
}

function invitation(row: Row, country: string) {
  return {
    __typename: "Invitation",
    id: String(row.id),
    createdAt: iso(row.created_at),
    email: row.email,
    invitedByName: row.invited_by_name,
    state: row.state,
    voidReason: row.void_reason,
    expiresAt: iso(row.expires_at),
    acceptedAt: iso(row.accepted_at),
    linkOpenedAt: iso(row.link_opened_at),
    deliveryState: row.delivery_state,
    deliveryDetail: row.delivery_detail,
    deliveryUpdatedAt: iso(row.delivery_updated_at),
    reminderCount: row.reminder_count,
    lastReminderAt: iso(row.last_reminder_at),
    remindersStoppedAt: iso(row.reminders_stopped_at),
    remindersStoppedByName: row.reminders_stopped_by_name,
    phone: row.phone,
    phoneDisplay: formatPhone(row.phone as string | null, country),
    deliveredVia: row.delivered_via,
    // A link shown in person lives 15 minutes from the invite.
    inPersonLinkExpiresAt:
      row.delivered_via === "QR_CODE" || row.delivered_via === "COPIED_LINK"
        ? new Date(Date.parse(iso(row.created_at) as string) + 15 * 60_000).toISOString()
        : null,
  };
}

/**
 * The customer, then each list in one statement, whatever its length: cars, invoices, every invite of
 * the customer and of its contacts, every timeline event of those invites, and the contacts. The
 * customer's statement proves it belongs to the session's facility; the lists are keyed by the
 * customer alone, as a hand-written page would, which also keeps SQLite's planner on each table's
 * customer index. The lists do not depend on each other, so they are asked for together (on
 * PostgreSQL they run side by side on the pool, as Portico's field resolvers do).
 */
async function customerDetail(request: Request) {
  const facility = await staffSession(request);
  const id = Number(request.variables.id);
  if (!Number.isSafeInteger(id)) throw new HttpError(400, "not a customer id");
  const [customer] = await run(
    request,
    "raw_customer_detail",
    `SELECT c.address, c.notes, c.created_at, c.archived_at, c.payment_method_connected, c.stripe_customer_id,
       c.card_brand, c.card_last4, ${CUSTOMER_ROW}
     WHERE c.facility_id = ? AND c.id = ?`,
    [facility.facilityId, id],
  );
  if (!customer) throw new HttpError(404, "no such customer");
  const [cars, invoices, invitations, events, contacts] = await Promise.all([
    run(
      request,
      "raw_customer_cars",
      `SELECT c.id, c.year, c.make, c.model, c.vin, c.plate, c.color, c.status, c.location,
         (SELECT p.thumbnail_file_id FROM car_photos p WHERE p.car_id = c.id ORDER BY p.id DESC LIMIT 1) AS thumbnail
       FROM cars c WHERE c.customer_id = ? ORDER BY c.id`,
      [id],
    ),
    run(
      request,
      "raw_customer_invoices",
      `SELECT id, number, issued_on, due_on, status, total_cents, balance_cents FROM invoices
       WHERE customer_id = ? ORDER BY issued_on DESC, id DESC`,
      [id],
    ),
    run(
      request,
      "raw_customer_invitations",
      `SELECT i.id, i.contact_id, i.created_at, i.email, u.name AS invited_by_name, i.state, i.void_reason,
         i.expires_at, i.accepted_at, i.link_opened_at, i.delivery_state, i.delivery_detail, i.delivery_updated_at,
         i.reminder_count, i.last_reminder_at, i.reminders_stopped_at, s.name AS reminders_stopped_by_name,
         i.phone, i.delivered_via
       FROM invitations i LEFT JOIN staff_users u ON u.id = i.invited_by_staff_id
       LEFT JOIN staff_users s ON s.id = i.reminders_stopped_by_staff_id
       WHERE i.customer_id = ? ORDER BY i.id DESC`,
      [id],
    ),
    run(
      request,
      "raw_customer_invitation_events",
      `SELECT e.invitation_id, e.kind, e.at, e.detail FROM invitation_events e
       JOIN invitations i ON i.id = e.invitation_id
       WHERE i.customer_id = ? ORDER BY e.at, e.id`,
      [id],
    ),
    run(
      request,
      "raw_customer_contacts",
      `SELECT k.id, k.name, k.email, k.phone, k.role, k.can_access_portal, k.pref_invoices, k.pref_estimates,
         k.pref_scheduling, k.pref_car_updates, k.pref_contracts, k.pref_social_events, k.pref_marketing,
         ${STATUS_COLUMNS}
       FROM contacts k
       LEFT JOIN portal_accounts pa ON pa.customer_id = k.customer_id AND pa.person_key = k.id
       LEFT JOIN invitations i ON i.id = k.latest_invitation_id
       WHERE k.customer_id = ? ORDER BY lower(k.name), k.id`,
      [id],
    ),
  ]);

  const timelines = new Map<unknown, object[]>();
  for (const e of events) {
    const list = timelines.get(e.invitation_id) ?? [];
    list.push({ __typename: "InvitationEvent", kind: e.kind, at: iso(e.at), detail: e.detail });
    timelines.set(e.invitation_id, list);
  }
  /** The invites of the customer (contact null) or of one contact, newest first, with their timelines. */
  const invitesOf = (contactId: unknown) =>
    invitations
      .filter((i) => i.contact_id === contactId)
      .map((i) => ({ ...invitation(i, facility.country), timeline: timelines.get(i.id) ?? [] }));
  const newestOf = (invites: ReturnType<typeof invitesOf>) => {
    const [newest] = invites;
    if (!newest) return null;
    const { timeline: _, ...fields } = newest;
    return fields;
  };

  const today = localDate(new Date(), facility.timeZone);
  const ownInvites = invitesOf(null);
  return {
    facility: { __typename: "Facility", id: String(facility.facilityId), stripeConnected: facility.stripeConnected },
    customer: {
      ...customerRow(customer, facility),
      address: customer.address,
      notes: customer.notes,
      createdAt: iso(customer.created_at),
      archivedAt: iso(customer.archived_at),
      paymentSetupConnected: bool(customer.payment_method_connected),
      stripeCustomerId: customer.stripe_customer_id,
      savedCard:
        customer.card_brand && customer.card_last4
          ? { __typename: "SavedCard", brand: customer.card_brand, last4: customer.card_last4 }
          : null,
      cars: cars.map((car) => ({
        __typename: "Car",
        id: String(car.id),
        displayName: [car.year, car.make, car.model].filter(Boolean).join(" "),
        year: car.year === null ? null : int(car.year),
        make: car.make,
        model: car.model,
        vin: car.vin,
        plate: car.plate,
        color: car.color,
        status: car.status,
        location: car.location,
        coverThumbnailUrl: car.thumbnail === null ? null : fileUrl(int(car.thumbnail)),
      })),
      invoices: invoices.map((i) => invoiceJson(i, today)),
      lastInvitation: newestOf(ownInvites),
      invitations: ownInvites,
      contacts: contacts.map((k) => {
        const invites = invitesOf(k.id);
        const canAccessPortal = bool(k.can_access_portal);
        return {
          __typename: "Contact",
          id: String(k.id),
          name: k.name,
          email: k.email,
          role: k.role,
          canAccessPortal,
          portalStatus: portalStatus(
            { email: k.email as string | null, canAccessPortal, activatedAt: time(k.activated_at) },
            latestInvitation(k),
            facility,
          ),
          phone: k.phone,
          phoneDisplay: formatPhone(k.phone as string | null, facility.country),
          preferences: {
            __typename: "CommunicationPreferences",
            invoices: bool(k.pref_invoices),
            estimates: bool(k.pref_estimates),
            scheduling: bool(k.pref_scheduling),
            carUpdates: bool(k.pref_car_updates),
            contracts: bool(k.pref_contracts),
            socialEvents: bool(k.pref_social_events),
            marketing: bool(k.pref_marketing),
          },
          lastInvitation: newestOf(invites),
          invitations: invites,
        };
      }),
    },
  };
}

// --- the portal's Billing ----------------------------------------------------------------------

/** The portal session with the facility's billing settings and the customer's card, in one statement. */
async function portalSession(request: Request) {
  const token = request.cookies.portico_portal;
  if (!token) throw new HttpError(401, "not signed in");
  const [row] = await run(
    request,
    "raw_portal_session",
    `SELECT s.expires_at, pa.id AS account_id, pa.customer_id, pa.facility_id, pa.contact_id, pa.onboarded_at,
       f.time_zone, f.offline_payment_instructions, f.stripe_secret_key IS NOT NULL AS online_payments,
       f.section_billing, f.section_documents, f.section_estimates, f.section_events, f.section_messages,
       f.section_service_requests, f.onboarding_sign_contracts, f.onboarding_payment_method,
       f.onboarding_complete_profile,
       c.payment_method_connected, c.card_brand, c.card_last4, c.card_expires
     FROM sessions s JOIN portal_accounts pa ON pa.id = s.portal_account_id
     JOIN facilities f ON f.id = pa.facility_id JOIN customers c ON c.id = pa.customer_id
     WHERE s.id_hash = ? AND s.kind = 'PORTAL' AND s.ended_because IS NULL`,
    [sha256(token)],
  );
  if (!row || (time(row.expires_at)?.getTime() ?? 0) <= Date.now()) throw new HttpError(401, "not signed in");
  return row;
}

async function portalBilling(request: Request) {
  const session = await portalSession(request);
  if (!bool(session.section_billing)) throw new HttpError(403, "billing is off");
  const invoices = await run(
    request,
    "raw_portal_invoices",
    `SELECT id, number, issued_on, due_on, status, total_cents, balance_cents FROM invoices
     WHERE facility_id = ? AND customer_id = ? AND status <> 'DRAFT' ORDER BY issued_on DESC, id DESC`,
    [session.facility_id, session.customer_id],
  );
  const today = localDate(new Date(), String(session.time_zone));
  const card =
    session.card_brand && session.card_last4
      ? { __typename: "SavedCard", brand: session.card_brand, last4: session.card_last4, expires: session.card_expires }
      : null;
  return {
    portalBilling: {
      __typename: "PortalBilling",
      // The outstanding balance is the open invoices' balances: summed here from the rows already read.
      outstandingCents: invoices.filter((i) => i.status === "OPEN").reduce((sum, i) => sum + int(i.balance_cents), 0),
      onlinePayments: bool(session.online_payments),
      paymentMethodOnFile: bool(session.payment_method_connected),
      savedCard: card,
      offlinePaymentInstructions: session.offline_payment_instructions,
      invoices: invoices.map((i) => invoiceJson(i, today)),
    },
  };
}

// --- the portal's home ------------------------------------------------------------------------

async function portalHome(request: Request) {
  const session = await portalSession(request);
  const now = new Date();
  const today = localDate(now, String(session.time_zone));
  const owner = [session.facility_id, session.customer_id];
  // The counts in one statement: balance and overdue invoices, unread messages from the team (after
  // the person's last read, and not from before a contact joined), open service requests. Keyed by
  // the customer alone: the session's account already ties the customer to its facility, and with
  // facility_id beside it SQLite's planner walks the facility's invoice-number index instead of the
  // customer's invoices.
  const [counts] = await run(
    request,
    "raw_portal_home_counts",
    `SELECT
       (SELECT coalesce(sum(balance_cents), 0) FROM invoices WHERE customer_id = ? AND status = 'OPEN') AS balance,
       (SELECT count(*) FROM invoices WHERE customer_id = ? AND status = 'OPEN'
          AND balance_cents > 0 AND due_on IS NOT NULL AND due_on < ?) AS overdue,
       (SELECT count(*) FROM messages m WHERE m.customer_id = ? AND m.staff_user_id IS NOT NULL
          AND m.id > coalesce((SELECT last_read_message_id FROM message_reads WHERE customer_id = ? AND reader = ?), 0)
          AND NOT EXISTS (SELECT 1 FROM portal_accounts a WHERE a.id = ? AND a.contact_id IS NOT NULL
                          AND a.activated_at > m.created_at)) AS unread,
       (SELECT count(*) FROM service_requests WHERE customer_id = ?
          AND status NOT IN ('DONE', 'CANCELLED')) AS open_requests`,
    [
      session.customer_id,
      session.customer_id,
      today,
      session.customer_id,
      session.customer_id,
      `portal:${session.account_id}`,
      session.account_id,
      session.customer_id,
    ],
  );
  const contracts = bool(session.section_documents)
    ? await run(
        request,
        "raw_portal_contracts",
        `SELECT d.id, d.title FROM documents d LEFT JOIN document_signatures s ON s.document_id = d.id
         WHERE d.facility_id = ? AND d.customer_id = ? AND d.shared_with_customer = ? AND d.requires_signature = ?
           AND s.document_id IS NULL
         ORDER BY d.created_at DESC, d.id DESC`,
        [...owner, true, true].map((v) => (v === true && !isPg ? 1 : v)),
      )
    : [];
  const estimates = bool(session.section_estimates)
    ? await run(
        request,
        "raw_portal_estimates",
        `SELECT e.id, e.number, e.title,
           (SELECT coalesce(sum(l.amount_cents), 0) FROM estimate_lines l WHERE l.estimate_id = e.id) AS total_cents
         FROM estimates e WHERE e.facility_id = ? AND e.customer_id = ? AND e.status = 'SENT' ORDER BY e.id DESC`,
        owner,
      )
    : [];
  const events = bool(session.section_events)
    ? await run(
        request,
        "raw_portal_events",
        `SELECT id, title, kind, starts_at, location FROM events
         WHERE facility_id = ? AND (customer_id = ? OR (customer_id IS NULL AND kind = 'SOCIAL')) AND starts_at >= ?
         ORDER BY starts_at LIMIT 3`,
        [...owner, isPg ? now : now.getTime()],
      )
    : [];
  const hasSteps =
    bool(session.onboarding_sign_contracts) ||
    bool(session.onboarding_payment_method) ||
    bool(session.onboarding_complete_profile);
  return {
    portalHome: {
      __typename: "PortalHome",
      balanceDueCents: bool(session.section_billing) ? int(counts?.balance) : null,
      overdueInvoices: bool(session.section_billing) ? int(counts?.overdue) : null,
      contractsToSign: contracts.map((d) => ({ __typename: "Document", id: String(d.id), title: d.title })),
      estimatesWaiting: estimates.map((e) => ({
        __typename: "Estimate",
        id: String(e.id),
        number: e.number,
        title: e.title,
        totalCents: int(e.total_cents),
      })),
      upcomingEvents: events.map((e) => ({
        __typename: "ScheduledEvent",
        id: String(e.id),
        title: e.title,
        kind: e.kind,
        startsAt: iso(e.starts_at),
        location: e.location,
      })),
      unreadMessages: bool(session.section_messages) ? int(counts?.unread) : null,
      openServiceRequests: bool(session.section_service_requests) ? int(counts?.open_requests) : null,
    },
    portalProfile: { __typename: "PortalProfile", onboardingPending: hasSteps && session.onboarded_at === null },
  };
}

// --- the staff Adoption page: the funnel, the weekly chart, who waits to sign in -------------------

const DAY_MS = 86_400_000;
/** A boolean or a time as the engine stores it. */
const yes = () => (isPg ? true : 1);
const at = (date: Date) => (isPg ? date : date.getTime());

async function adoptionFunnel(request: Request) {
  const facility = await staffSession(request);
  const now = new Date();
  const f = facility.facilityId;
  const weekStarts = weekStartsBefore(now, facility.timeZone);
  const chartStart = zonedTime(weekStarts[0] as string, "00:00", facility.timeZone);
  const [counts, weekRows] = await Promise.all([
    run(
      request,
      "raw_adoption_totals",
      `SELECT stage, reachable, sum(people) AS n FROM adoption_changes WHERE facility_id = ? GROUP BY stage, reachable
       UNION ALL
       SELECT stage, reachable, people FROM adoption_counts WHERE facility_id = ?
       UNION ALL
       SELECT -1, 0, count(*) FROM portal_accounts pa JOIN customers c ON c.id = pa.customer_id
         LEFT JOIN contacts ct ON ct.id = pa.person_key
         WHERE pa.facility_id = ? AND pa.last_active_at >= ? AND c.archived_at IS NULL
           AND (pa.person_key = 0 OR ct.can_access_portal = ?)`,
      [f, f, f, at(new Date(now.getTime() - ACTIVE_WITHIN_DAYS * DAY_MS)), yes()],
    ),
    run(
      request,
      "raw_adoption_weeks",
      `SELECT NULL AS week_start, first_invited_at, stage, sum(people) AS n FROM adoption_changes
         WHERE facility_id = ? AND first_invited_at >= ? GROUP BY first_invited_at, stage
       UNION ALL
       SELECT week_start, NULL, stage, people FROM adoption_weeks WHERE facility_id = ? AND week_start >= ?`,
      [f, at(chartStart), f, weekStarts[0]],
    ),
  ]);
  const stages = { invited: 1, delivered: 2, opened: 3, signedIn: 4 } as const;
  const totals = { people: 0, reachable: 0, invited: 0, delivered: 0, opened: 0, signedIn: 0, active: 0 };
  for (const row of counts) {
    const n = int(row.n);
    const stage = int(row.stage);
    if (stage < 0) totals.active += n;
    else {
      totals.people += n;
      if (int(row.reachable) === 1) totals.reachable += n;
      for (const [name, least] of Object.entries(stages)) if (stage >= least) totals[name as keyof typeof stages] += n;
    }
  }
  const weeks = weekStarts.map((weekStart) => ({ weekStart, invited: 0, delivered: 0, opened: 0, signedIn: 0 }));
  const byStart = new Map(weeks.map((week) => [week.weekStart, week]));
  for (const row of weekRows) {
    const start =
      (row.week_start as string | null) ?? mondayOf(new Date(row.first_invited_at as number | Date), facility.timeZone);
    const week = byStart.get(start);
    if (!week) continue;
    for (const [name, least] of Object.entries(stages))
      if (int(row.stage) >= least) week[name as keyof typeof stages] += int(row.n);
  }
  return {
    adoptionFunnel: {
      __typename: "AdoptionFunnel",
      totals: { __typename: "AdoptionTotals", ...totals },
      weeks: weeks.map((week) => ({ __typename: "AdoptionWeek", ...week })),
    },
  };
}

const WAITING = `FROM invitations i JOIN customers c ON c.id = i.customer_id
  LEFT JOIN contacts ct ON ct.id = i.contact_id
  LEFT JOIN portal_accounts pa ON pa.customer_id = i.customer_id AND pa.person_key = coalesce(i.contact_id, 0)
  WHERE i.facility_id = ? AND i.state = 'PENDING' AND i.created_at <= ? AND c.archived_at IS NULL
    AND (i.contact_id IS NULL OR ct.can_access_portal = ?) AND pa.id IS NULL`;
/** The page: "no account" as NOT EXISTS, which PostgreSQL walks along the index (see adoption.service.ts). */
const WAITING_PAGE = `FROM invitations i JOIN customers c ON c.id = i.customer_id
  LEFT JOIN contacts ct ON ct.id = i.contact_id
  WHERE i.facility_id = ? AND i.state = 'PENDING' AND i.created_at <= ? AND c.archived_at IS NULL
    AND (i.contact_id IS NULL OR ct.can_access_portal = ?)
    AND NOT EXISTS (SELECT 1 FROM portal_accounts pa
      WHERE pa.customer_id = i.customer_id AND pa.person_key = coalesce(i.contact_id, 0))`;

async function awaitingSignIn(request: Request) {
  const facility = await staffSession(request);
  const { olderThanDays, first, after } = request.variables as { olderThanDays: number; first: number; after?: string };
  if (after) throw new HttpError(400, "the baseline answers the first page only");
  const params = [facility.facilityId, at(new Date(Date.now() - olderThanDays * DAY_MS)), yes()];
  const [rows, counted] = await Promise.all([
    run(
      request,
      "raw_awaiting_page",
      `SELECT i.id, i.customer_id, i.contact_id, ct.name AS contact_name, c.name AS customer_name, i.email,
         i.created_at, i.expires_at, i.delivery_state, i.link_opened_at, i.last_reminder_at,
         i.reminders_stopped_at
       ${WAITING_PAGE} ORDER BY i.created_at, i.id LIMIT ?`,
      [...params, first + 1],
    ),
    run(request, "raw_awaiting_count", `SELECT count(*) AS n FROM (SELECT 1 ${WAITING} LIMIT ?) AS waiting`, [
      ...params,
      AWAITING_COUNT_CAP + 1,
    ]),
  ]);
  const page = rows.slice(0, first);
  const last = page.at(-1);
  const total = int(counted[0]?.n ?? 0);
  return {
    awaitingSignIn: {
      __typename: "AwaitingSignInConnection",
      totalCount: Math.min(total, AWAITING_COUNT_CAP),
      totalIsCapped: total > AWAITING_COUNT_CAP,
      nodes: page.map((row) => ({
        __typename: "AwaitingSignIn",
        invitationId: String(row.id),
        customerId: String(row.customer_id),
        contactId: row.contact_id === null ? null : String(row.contact_id),
        name: String(row.contact_name ?? row.customer_name),
        customerName: String(row.customer_name),
        email: String(row.email),
        invitedAt: iso(row.created_at),
        deliveryState: row.delivery_state,
        linkOpenedAt: iso(row.link_opened_at),
        lastReminderAt: iso(row.last_reminder_at),
        remindersStoppedAt: iso(row.reminders_stopped_at),
      })),
      pageInfo: {
        __typename: "PageInfo",
        endCursor: last ? encodeTimeCursor(time(last.created_at) as Date, int(last.id)) : null,
        hasNextPage: rows.length > first,
      },
    },
  };
}

// --- serving -----------------------------------------------------------------------------------

const operations: Record<string, (request: Request) => Promise<unknown>> = {
  AdoptionFunnel: adoptionFunnel,
  AwaitingSignIn: awaitingSignIn,
  CustomerDetail: customerDetail,
  Customers: customers,
  PortalBilling: portalBilling,
  PortalHome: portalHome,
};

const FLOOR = JSON.stringify({ data: { __typename: "Query" } });

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    // The floor: a bare node:http answer of the JSON Portico gives `{ __typename }`.
    if (req.url === "/floor") {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "x-statements": "0" });
      res.end(FLOOR);
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
      operationName?: string;
      variables?: Record<string, unknown>;
    };
    const request: Request = {
      variables: body.variables ?? {},
      cookies: parseCookies(req.headers.cookie ?? ""),
      statements: 0,
    };
    const answer = operations[body.operationName ?? ""];
    if (!answer) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: `no baseline for ${body.operationName}` }));
      return;
    }
    answer(request).then(
      (data) => {
        res.writeHead(200, {
          "content-type": "application/json; charset=utf-8",
          "x-statements": String(request.statements),
        });
        res.end(JSON.stringify({ data }));
      },
      (error: Error) => {
        res.writeHead(error instanceof HttpError ? error.status : 500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: error.message }));
      },
    );
  });
});

if (process.env.DATABASE_URL) {
  server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
    console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}
