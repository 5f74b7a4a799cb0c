import {
  aliasedTable,
  and,
  count,
  desc,
  eq,
  gt,
  isNotNull,
  isNull,
  lt,
  max,
  notExists,
  type SQLWrapper,
  sql,
} from "drizzle-orm";
import type { Config } from "../../config.js";
import { type Database, preparedRead, type ReadDb, type Tables, type WriteDb } from "../../db/database.js";
import { returnedRow } from "../../db/rows.js";
import { FacilityScope } from "../../db/tenancy.js";
import { enqueueEmail, type QueuedEmail } from "../../email/outbox.js";
import type { FacilityBranding } from "../../email/templates/layout.js";
import { renderNotification } from "../../email/templates/notification.js";
import { badInput, notFound } from "../../lib/domain-error.js";
import { isValidEmail } from "../../lib/text.js";
import type { ServiceDeps } from "../service-deps.js";
import { queueMessageReceived } from "../webhooks/webhooks.service.js";

export const TEAM = "team";
export const MAX_MESSAGE_LENGTH = 5000;

export type MessageRow = Tables["messages"]["$inferSelect"];

/** The name a portal person's reads are stored under. */
export const portalReader = (accountId: number) => `portal:${accountId}`;

/**
 * The bound of a first page: the largest id PostgreSQL's integer ids can hold. A larger one is
 * refused there as out of range, where SQLite would take it; a cursor past it is a first page too.
 */
const fromTheStart = 2_147_483_647;
const positionOf = (afterId: number | null) => Math.min(afterId ?? fromTheStart, fromTheStart);

// The conversation pages, the portal's unread badge (portal home, every portal page) and the staff
// inbox run on every visit: prepared once.

/**
 * A page of one customer's conversation, newest first, on the customer's (customer_id, id) index.
 * The facility is the customer's, checked on their row: a condition on the messages' facility would
 * offer the facility's index, which gives the same order, and walking it tests every message of
 * the facility against the customer (docs/decisions/0048); written as `+facility_id` it hides that
 * index, but PostgreSQL then guesses a conversation's length from a made-up selectivity and sorts it
 * whole.
 */
const messagesPageRead = preparedRead("messages_page", (db, t) =>
  db
    .select({ message: t.messages })
    .from(t.messages)
    .innerJoin(t.customers, eq(t.customers.id, t.messages.customerId))
    .where(
      and(
        FacilityScope.preparedWhere(t.customers, eq(t.customers.id, sql.placeholder("customerId"))),
        eq(t.messages.customerId, sql.placeholder("customerId")),
        lt(t.messages.id, sql.placeholder("after")),
      ),
    )
    .orderBy(desc(t.messages.id))
    .limit(sql.placeholder("limit")),
);

const customerInScopeRead = preparedRead(
  "message_customer_in_scope",
  (db, t) =>
    db
      .select({ id: t.customers.id })
      .from(t.customers)
      .where(FacilityScope.preparedWhere(t.customers, eq(t.customers.id, sql.placeholder("customerId")))),
  { keyed: true },
);

const portalAccountOfPersonRead = preparedRead(
  "portal_account_of_person",
  (db, t) =>
    db
      .select({ id: t.portalAccounts.id })
      .from(t.portalAccounts)
      .where(
        FacilityScope.preparedWhere(
          t.portalAccounts,
          eq(t.portalAccounts.customerId, sql.placeholder("customerId")),
          eq(t.portalAccounts.personKey, sql.placeholder("personKey")),
        ),
      ),
  { keyed: true },
);

/**
 * The team's messages after the reader's last read one. A contact's count starts when they joined
 * the portal: the account's history before then was never theirs to catch up on, and a new
 * sub-contact would otherwise open on years of "unread" messages.
 */
export function portalUnreadCount(db: ReadDb, t: Tables) {
  const customerId = sql.placeholder("customerId");
  const lastRead = db
    .select({ id: t.messageReads.lastReadMessageId })
    .from(t.messageReads)
    .where(and(eq(t.messageReads.customerId, customerId), eq(t.messageReads.reader, sql.placeholder("reader"))));
  const joinedLater = db
    .select({ id: t.portalAccounts.id })
    .from(t.portalAccounts)
    .where(
      and(
        eq(t.portalAccounts.id, sql.placeholder("accountId")),
        isNotNull(t.portalAccounts.contactId),
        gt(t.portalAccounts.activatedAt, t.messages.createdAt),
      ),
    );
  // Along the conversation's index from the last read message: offered the facility as an index
  // term, SQLite walked every message of the facility after it.
  return db
    .select({ n: count() })
    .from(t.messages)
    .where(
      FacilityScope.preparedCheck(
        t.messages,
        eq(t.messages.customerId, customerId),
        isNotNull(t.messages.staffUserId),
        gt(t.messages.id, sql`coalesce(${lastRead}, 0)`),
        sql`not exists ${joinedLater}`,
      ),
    );
}

/** portalUnreadCount as a read of its own: placeholders customerId, facilityId, reader, accountId. */
const portalUnreadRead = preparedRead("portal_unread_messages", portalUnreadCount, { keyed: true });

/** The last message the team read of the conversation of the customer in `customerId` (a column). */
const teamReadUpTo = (db: Pick<WriteDb, "select">, t: Tables, customerId: SQLWrapper) =>
  sql`coalesce(${db
    .select({ id: t.messageReads.lastReadMessageId })
    .from(t.messageReads)
    .where(and(eq(t.messageReads.customerId, customerId), eq(t.messageReads.reader, TEAM)))}, 0)`;

// The badge counts what the inbox lists: an archived customer's messages leave both.
const teamUnreadRead = preparedRead("team_unread_messages", (db, t) =>
  db
    .select({ n: count() })
    .from(t.messages)
    .innerJoin(t.customers, eq(t.customers.id, t.messages.customerId))
    .where(
      FacilityScope.preparedWhere(
        t.messages,
        isNotNull(t.messages.portalAccountId),
        gt(t.messages.id, teamReadUpTo(db, t, t.messages.customerId)),
        isNull(t.customers.archivedAt),
      ),
    ),
);

/**
 * The staff inbox as a walk down the facility's messages, newest first, on (facility_id, id): a
 * message stands for its conversation when no later one of the same customer exists (one probe of
 * the customer's index). A page starts below the latest message of the last conversation shown,
 * so it costs the messages it passes, never the facility's whole history (docs/decisions/0050).
 */
const inboxRead = preparedRead("message_inbox", (db, t) => {
  const m = t.messages;
  const later = aliasedTable(t.messages, "later");
  const counted = aliasedTable(t.messages, "counted");
  const unread = db
    .select({ n: count() })
    .from(counted)
    .where(
      and(
        eq(counted.customerId, m.customerId),
        isNotNull(counted.portalAccountId),
        gt(counted.id, teamReadUpTo(db, t, m.customerId)),
      ),
    );
  return db
    .select({
      customerId: m.customerId,
      customerName: t.customers.name,
      lastId: m.id,
      lastBody: m.body,
      lastAuthor: m.authorName,
      lastAt: m.createdAt,
      unread: sql<number>`${unread}`.mapWith(Number),
    })
    .from(m)
    .innerJoin(t.customers, eq(t.customers.id, m.customerId))
    .where(
      FacilityScope.preparedWhere(
        m,
        lt(m.id, sql.placeholder("after")),
        notExists(
          db
            .select({ id: later.id })
            .from(later)
            .where(and(eq(later.customerId, m.customerId), gt(later.id, m.id))),
        ),
        // An archived customer's conversation leaves the inbox with them (docs/decisions/0029).
        isNull(t.customers.archivedAt),
      ),
    )
    .orderBy(desc(m.id))
    .limit(sql.placeholder("limit"));
});

export type ThreadRow = Awaited<ReturnType<ReturnType<typeof inboxRead>["execute"]>>[number];

/** A page of a list read newest first, and whether more follow it. */
export type Page<R> = { rows: R[]; hasNextPage: boolean };

/** A page of a conversation, newest first: the `first` messages below the message `afterId` (all for none). */
export async function messagesPage(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  page: { first: number; afterId: number | null },
): Promise<Page<MessageRow>> {
  const rows = await messagesPageRead(data).execute(
    scope.values({ customerId, after: positionOf(page.afterId), limit: page.first + 1 }),
  );
  return { rows: rows.slice(0, page.first).map((row) => row.message), hasNextPage: rows.length > page.first };
}

/**
 * The staff view of a customer's conversation, a page newest first: NOT_FOUND unless the customer
 * is the scope's. A page with messages shows that already (they are read within the scope); only an
 * empty one asks for the customer.
 */
export async function conversationPage(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  page: { first: number; afterId: number | null },
): Promise<Page<MessageRow>> {
  const found = await messagesPage(data, scope, customerId, page);
  if (found.rows.length === 0) {
    const [customer] = await customerInScopeRead(data).execute(scope.values({ customerId }));
    if (!customer) throw notFound("Customer");
  }
  return found;
}

function checkBody(body: string): string {
  const text = body.trim();
  if (!text) throw badInput("Write a message first", { body: "Empty message" });
  if (text.length > MAX_MESSAGE_LENGTH)
    throw badInput(`Messages are at most ${MAX_MESSAGE_LENGTH} characters`, { body: "Too long" });
  return text;
}

async function assertCustomerInScope(tx: WriteDb, t: Tables, scope: FacilityScope, customerId: number) {
  const [customer] = await tx
    .select({ id: t.customers.id })
    .from(t.customers)
    .where(scope.where(t.customers, eq(t.customers.id, customerId)));
  if (!customer) throw notFound("Customer");
}

/** Moves the reader's mark forward to messageId, never back. */
async function markRead(tx: WriteDb, t: Tables, customerId: number, reader: string, messageId: number) {
  await tx
    .insert(t.messageReads)
    .values({ customerId, reader, lastReadMessageId: messageId })
    .onConflictDoUpdate({
      target: [t.messageReads.customerId, t.messageReads.reader],
      set: { lastReadMessageId: messageId },
      setWhere: lt(t.messageReads.lastReadMessageId, messageId),
    });
}

export async function markThreadRead(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  reader: string,
): Promise<void> {
  const { t } = data;
  await data.transaction(async (tx) => {
    await assertCustomerInScope(tx, t, scope, customerId);
    const [last] = await tx
      .select({ id: max(t.messages.id) })
      .from(t.messages)
      .where(scope.where(t.messages, eq(t.messages.customerId, customerId)));
    if (last?.id) await markRead(tx, t, customerId, reader, last.id);
  });
}

type Person = { name: string; email: string | null };

/** The staff reply's email to each of the account's people with an address, once per address. */
function emailsToThePeople(
  config: Pick<Config, "publicUrl">,
  message: { facilityId: number; facility: FacilityBranding; staffName: string; text: string; now: Date },
  people: Person[],
): QueuedEmail[] {
  const seen = new Set<string>();
  const preview = message.text.length > 280 ? `${message.text.slice(0, 277)}…` : message.text;
  const emails: QueuedEmail[] = [];
  for (const person of people) {
    if (!isValidEmail(person.email) || seen.has(person.email)) continue;
    seen.add(person.email);
    emails.push({
      facilityId: message.facilityId,
      kind: "MESSAGE",
      toEmail: person.email,
      rendered: renderNotification({
        facility: message.facility,
        recipientName: person.name,
        subject: "New message",
        title: `${message.staffName} sent you a message`,
        lines: [preview],
        action: { label: "Reply in the portal", url: `${config.publicUrl}/portal/messages` },
      }),
      now: message.now,
    });
  }
  return emails;
}

/**
 * The staff reply: emailed to the account's portal people (the conversation's participants),
 * queued in the same transaction; the emails are rendered without I/O.
 */
export async function sendStaffMessage(
  deps: Pick<ServiceDeps, "data" | "config">,
  staff: { scope: FacilityScope; userId: number; name: string },
  customerId: number,
  body: string,
  now: Date,
): Promise<MessageRow> {
  const text = checkBody(body);
  const { data, config } = deps;
  const { t } = data;
  const { scope } = staff;
  return data.transaction(async (tx) => {
    await assertCustomerInScope(tx, t, scope, customerId);
    const message = returnedRow(
      await tx
        .insert(t.messages)
        .values({
          facilityId: scope.facilityId,
          customerId,
          staffUserId: staff.userId,
          authorName: staff.name,
          body: text,
          createdAt: now,
        })
        .returning(),
    );
    await markRead(tx, t, customerId, TEAM, message.id);
    const [facility] = await tx
      .select({
        name: t.facilities.name,
        brandColor: t.facilities.brandColor,
        logoUrl: t.facilities.logoUrl,
        replyToEmail: t.facilities.replyToEmail,
        welcomeMessage: t.facilities.welcomeMessage,
        timeZone: t.facilities.timeZone,
      })
      .from(t.facilities)
      .where(eq(t.facilities.id, scope.facilityId));
    if (!facility) throw new Error(`facility ${scope.facilityId} missing`);
    const people = await tx
      .select({ name: t.customers.name, email: t.customers.email })
      .from(t.customers)
      .where(eq(t.customers.id, customerId))
      .unionAll(
        tx
          .select({ name: t.contacts.name, email: t.contacts.email })
          .from(t.contacts)
          .where(and(eq(t.contacts.customerId, customerId), eq(t.contacts.canAccessPortal, true))),
      );
    const about = { facilityId: scope.facilityId, facility, staffName: staff.name, text, now };
    for (const email of emailsToThePeople(config, about, people)) await enqueueEmail(tx, t, email);
    return message;
  });
}

export async function sendPortalMessage(
  data: Database,
  viewer: { scope: FacilityScope; customerId: number; accountId: number },
  authorName: string,
  body: string,
  now: Date,
): Promise<MessageRow> {
  const text = checkBody(body);
  const { t } = data;
  return data.transaction(async (tx) => {
    const message = returnedRow(
      await tx
        .insert(t.messages)
        .values({
          facilityId: viewer.scope.facilityId,
          customerId: viewer.customerId,
          portalAccountId: viewer.accountId,
          authorName,
          body: text,
          createdAt: now,
        })
        .returning(),
    );
    await markRead(tx, t, viewer.customerId, portalReader(viewer.accountId), message.id);
    await queueMessageReceived({ tx, t, facilityId: viewer.scope.facilityId, now }, message.id);
    return message;
  });
}

/**
 * Whose reads a portal viewer sees: their own account's, or in a staff preview the previewed
 * person's (the customer, or the contact previewed), so the preview shows the counts they would see.
 * 0 when that person has no portal account yet: everything from the team is unread for them.
 */
export async function portalReaderAccount(
  data: Database,
  scope: FacilityScope,
  viewer: { accountId: number; customerId: number; contactId: number | null; preview?: boolean },
): Promise<number> {
  if (!viewer.preview) return viewer.accountId;
  const [row] = await portalAccountOfPersonRead(data).execute(
    scope.values({ customerId: viewer.customerId, personKey: viewer.contactId ?? 0 }),
  );
  return row?.id ?? 0;
}

/** One COUNT: the team's messages the portal account `accountId` has not read. */
export async function portalUnread(
  data: Database,
  scope: FacilityScope,
  customerId: number,
  accountId: number,
): Promise<number> {
  const [row] = await portalUnreadRead(data).execute(
    scope.values({ customerId, accountId, reader: portalReader(accountId) }),
  );
  return row?.n ?? 0;
}

/**
 * A page of the staff inbox: one row per conversation with its latest message and unread count,
 * newest activity first, below the conversation whose latest message is `afterId`; one statement.
 */
export async function inboxPage(
  data: Database,
  scope: FacilityScope,
  page: { first: number; afterId: number | null },
): Promise<Page<ThreadRow>> {
  const rows = await inboxRead(data).execute(scope.values({ after: positionOf(page.afterId), limit: page.first + 1 }));
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}

/** Unread messages from customers across the facility, for the navigation badge: one COUNT. */
export async function teamUnreadTotal(data: Database, scope: FacilityScope): Promise<number> {
  const [row] = await teamUnreadRead(data).execute(scope.values({}));
  return row?.n ?? 0;
}
