import type { Tables, WriteDb } from "../db/database.js";
import { returnedRow } from "../db/rows.js";

export type OutboxKind = Tables["emailOutbox"]["$inferInsert"]["kind"];

export type QueuedEmail = {
  facilityId: number;
  kind: OutboxKind;
  toEmail: string;
  signInLinkId?: number | null;
  invitationId?: number | null;
  /** Notifications come rendered (they hold no secrets); sign-in emails are rendered by the worker. */
  rendered?: { subject: string; htmlBody: string; textBody: string };
  now: Date;
};

/** The outbox row of an email: due at once, picked up by the worker's next poll or nudge. */
/** The row enqueueEmail writes (test fixtures write it on their own handle). */
export function outboxRow(email: QueuedEmail) {
  return {
    facilityId: email.facilityId,
    kind: email.kind,
    toEmail: email.toEmail,
    signInLinkId: email.signInLinkId ?? null,
    invitationId: email.invitationId ?? null,
    ...(email.rendered ?? {}),
    nextAttemptAt: email.now,
    createdAt: email.now,
  };
}

/**
 * Records an email to send, inside the caller's transaction: it goes out only if that
 * transaction commits, and a crash after the commit loses nothing (the worker picks it up).
 * Wake the worker (nudgeOutbox) after the transaction returns.
 */
export async function enqueueEmail(tx: WriteDb, t: Tables, email: QueuedEmail): Promise<number> {
  const row = returnedRow(await tx.insert(t.emailOutbox).values(outboxRow(email)).returning({ id: t.emailOutbox.id }));
  return row.id;
}
