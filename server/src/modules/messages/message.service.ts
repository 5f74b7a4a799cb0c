import type { Config } from "../../config.js";
import { type Db, writeTransaction } from "../../db/client.js";
import { enqueueEmailInSyncTransaction } from "../../email/outbox.js";
import { renderNotification } from "../../email/templates/notification.js";
import { badInput } from "../../lib/domain-error.js";
import { isValidEmail } from "../../lib/text.js";
import { assertCustomerInFacility } from "../customers/customer.service.js";
import { getFacility } from "../facilities/facility.service.js";

export const TEAM = "team";
export const MAX_MESSAGE_LENGTH = 5000;

export type MessageRow = {
  id: number;
  customer_id: number;
  staff_user_id: number | null;
  portal_account_id: number | null;
  author_name: string;
  body: string;
  created_at: number;
};

export function messagesOf(
  db: Db,
  facilityId: number,
  customerId: number,
  opts: { before?: number | null; limit: number },
): MessageRow[] {
  return (
    db.$client
      .prepare(`SELECT * FROM messages WHERE facility_id = ? AND customer_id = ? AND id < ? ORDER BY id DESC LIMIT ?`)
      .all(facilityId, customerId, opts.before ?? Number.MAX_SAFE_INTEGER, opts.limit) as MessageRow[]
  ).reverse();
}

function checkBody(body: string): string {
  const text = body.trim();
  if (!text) throw badInput("Write a message first", { body: "Empty message" });
  if (text.length > MAX_MESSAGE_LENGTH)
    throw badInput(`Messages are at most ${MAX_MESSAGE_LENGTH} characters`, { body: "Too long" });
  return text;
}

function markRead(tx: Db, customerId: number, reader: string, messageId: number) {
  tx.$client
    .prepare(
      `INSERT INTO message_reads (customer_id, reader, last_read_message_id) VALUES (?, ?, ?)
       ON CONFLICT(customer_id, reader) DO UPDATE SET last_read_message_id = max(last_read_message_id, excluded.last_read_message_id)`,
    )
    .run(customerId, reader, messageId);
}

export function markThreadRead(db: Db, facilityId: number, customerId: number, reader: string): void {
  writeTransaction(db, (tx) => {
    assertCustomerInFacility(tx, facilityId, customerId);
    const last = tx.$client.prepare("SELECT max(id) AS id FROM messages WHERE customer_id = ?").get(customerId) as {
      id: number | null;
    };
    if (last.id) markRead(tx, customerId, reader, last.id);
  });
}

/** The staff reply: emailed to the account's portal people (the conversation's participants). */
export function sendStaffMessage(
  db: Db,
  config: Pick<Config, "publicUrl">,
  staff: { facilityId: number; userId: number; name: string },
  customerId: number,
  body: string,
  now: Date,
): number {
  const text = checkBody(body);
  return writeTransaction(db, (tx) => {
    assertCustomerInFacility(tx, staff.facilityId, customerId);
    const id = (
      tx.$client
        .prepare(
          "INSERT INTO messages (facility_id, customer_id, staff_user_id, author_name, body, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .get(staff.facilityId, customerId, staff.userId, staff.name, text, now.getTime()) as { id: number }
    ).id;
    markRead(tx, customerId, TEAM, id);
    const facility = getFacility(tx, staff.facilityId);
    const people = tx.$client
      .prepare(
        `SELECT name, email FROM customers WHERE id = ?
         UNION ALL SELECT name, email FROM contacts WHERE customer_id = ? AND can_access_portal = 1`,
      )
      .all(customerId, customerId) as Array<{ name: string; email: string | null }>;
    const seen = new Set<string>();
    for (const person of people) {
      if (!isValidEmail(person.email) || seen.has(person.email)) continue;
      seen.add(person.email);
      const preview = text.length > 280 ? `${text.slice(0, 277)}…` : text;
      enqueueEmailInSyncTransaction(tx, {
        facilityId: staff.facilityId,
        kind: "MESSAGE",
        toEmail: person.email,
        rendered: renderNotification({
          facility,
          recipientName: person.name,
          subject: "New message",
          title: `${staff.name} sent you a message`,
          lines: [preview],
          action: { label: "Reply in the portal", url: `${config.publicUrl}/portal/messages` },
        }),
        now,
      });
    }
    return id;
  });
}

export function sendPortalMessage(
  db: Db,
  viewer: { facilityId: number; customerId: number; accountId: number },
  authorName: string,
  body: string,
  now: Date,
): number {
  const text = checkBody(body);
  return writeTransaction(db, (tx) => {
    const id = (
      tx.$client
        .prepare(
          "INSERT INTO messages (facility_id, customer_id, portal_account_id, author_name, body, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        )
        .get(viewer.facilityId, viewer.customerId, viewer.accountId, authorName, text, now.getTime()) as { id: number }
    ).id;
    markRead(tx, viewer.customerId, portalReader(viewer.accountId), id);
    return id;
  });
}

/** The name a portal person's reads are stored under. */
export const portalReader = (accountId: number) => `portal:${accountId}`;

/**
 * Whose reads a portal viewer sees: their own account's, or in a staff preview the previewed
 * person's (the customer, or the contact previewed), so the preview shows the counts they would see.
 * 0 when that person has no portal account yet: everything from the team is unread for them.
 */
export function portalReaderAccount(
  db: Db,
  viewer: { accountId: number; customerId: number; contactId: number | null; preview?: boolean },
): number {
  if (!viewer.preview) return viewer.accountId;
  const row = db.$client
    .prepare("SELECT id FROM portal_accounts WHERE customer_id = ? AND person_key = ?")
    .get(viewer.customerId, viewer.contactId ?? 0) as { id: number } | undefined;
  return row?.id ?? 0;
}

/** The conversation's first message, to tell whether earlier pages remain. */
export function firstMessageId(db: Db, facilityId: number, customerId: number): number | null {
  const row = db.$client
    .prepare("SELECT min(id) AS id FROM messages WHERE facility_id = ? AND customer_id = ?")
    .get(facilityId, customerId) as { id: number | null };
  return row.id;
}

/**
 * One COUNT: the messages from `fromStaff`'s side after the reader's last read one. A contact's
 * count starts when they joined the portal: the account's history before then was never theirs
 * to catch up on, and a new sub-contact would otherwise open on years of "unread" messages.
 */
export function unreadFor(db: Db, customerId: number, reader: string, fromStaff: boolean): number {
  const row = db.$client
    .prepare(
      `SELECT count(*) AS n FROM messages m
       WHERE m.customer_id = @customerId AND ${fromStaff ? "m.staff_user_id IS NOT NULL" : "m.portal_account_id IS NOT NULL"}
         AND m.id > coalesce((SELECT last_read_message_id FROM message_reads WHERE customer_id = m.customer_id AND reader = @reader), 0)
         AND m.created_at >= coalesce((SELECT a.activated_at FROM portal_accounts a
                                       WHERE 'portal:' || a.id = @reader AND a.contact_id IS NOT NULL), 0)`,
    )
    .get({ customerId, reader }) as { n: number };
  return row.n;
}

export type ThreadRow = {
  customer_id: number;
  customer_name: string;
  last_id: number;
  last_body: string;
  last_author: string;
  last_at: number;
  unread: number;
};

/** The staff inbox: one row per conversation, newest activity first, with unread counts, in one statement. */
export function inbox(db: Db, facilityId: number, opts: { before?: number | null; limit: number }): ThreadRow[] {
  return db.$client
    .prepare(
      `WITH last AS (
         SELECT customer_id, max(id) AS last_id FROM messages WHERE facility_id = ? GROUP BY customer_id
       )
       SELECT l.customer_id, c.name AS customer_name, l.last_id, m.body AS last_body, m.author_name AS last_author,
              m.created_at AS last_at,
              (SELECT count(*) FROM messages x WHERE x.customer_id = l.customer_id AND x.portal_account_id IS NOT NULL
                 AND x.id > coalesce((SELECT last_read_message_id FROM message_reads r WHERE r.customer_id = l.customer_id AND r.reader = 'team'), 0)) AS unread
       FROM last l JOIN messages m ON m.id = l.last_id JOIN customers c ON c.id = l.customer_id
       WHERE l.last_id < ?
       ORDER BY l.last_id DESC LIMIT ?`,
    )
    .all(facilityId, opts.before ?? Number.MAX_SAFE_INTEGER, opts.limit) as ThreadRow[];
}

export function teamUnreadTotal(db: Db, facilityId: number): number {
  const row = db.$client
    .prepare(
      `SELECT count(*) AS n FROM messages m
       WHERE m.facility_id = ? AND m.portal_account_id IS NOT NULL
         AND m.id > coalesce((SELECT last_read_message_id FROM message_reads r WHERE r.customer_id = m.customer_id AND r.reader = 'team'), 0)`,
    )
    .get(facilityId) as { n: number };
  return row.n;
}
