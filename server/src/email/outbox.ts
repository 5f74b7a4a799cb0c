import type { Db } from "../db/client.js";
import { emailOutbox } from "../db/schema.js";

export type OutboxKind = (typeof emailOutbox.$inferInsert)["kind"];

/**
 * Records an email to send, inside the caller's transaction: it goes out only if that
 * transaction commits, and a crash after the commit loses nothing (the worker picks it up).
 */
export function enqueueEmail(
  tx: Db,
  email: {
    facilityId: number;
    kind: OutboxKind;
    toEmail: string;
    signInLinkId?: number | null;
    invitationId?: number | null;
    /** Notifications come rendered (they hold no secrets); sign-in emails are rendered by the worker. */
    rendered?: { subject: string; htmlBody: string; textBody: string };
    now: Date;
  },
): number {
  const row = tx
    .insert(emailOutbox)
    .values({
      facilityId: email.facilityId,
      kind: email.kind,
      toEmail: email.toEmail,
      signInLinkId: email.signInLinkId ?? null,
      invitationId: email.invitationId ?? null,
      ...(email.rendered ?? {}),
      nextAttemptAt: email.now,
      createdAt: email.now,
    })
    .returning({ id: emailOutbox.id })
    .get();
  return row.id;
}
