import type { Tables, WriteDb } from "../db/database.js";
import { returnedRow } from "../db/rows.js";

export type TextKind = Tables["textOutbox"]["$inferInsert"]["kind"];

export type QueuedText = {
  facilityId: number;
  kind: TextKind;
  /** E.164; the caller has checked the person's consent and that the number has not opted out. */
  toPhone: string;
  signInLinkId?: number | null;
  invitationId?: number | null;
  /** Texts that hold no secret come rendered; sign-in texts are rendered by the worker with a fresh token. */
  body?: string;
  now: Date;
};

/**
 * Records a text to send, inside the caller's transaction, like enqueueEmail: it goes out only if
 * that transaction commits, and the text worker picks it up after a crash. Nudge the outbox after.
 */
export async function enqueueText(tx: WriteDb, t: Tables, text: QueuedText): Promise<number> {
  const row = returnedRow(
    await tx
      .insert(t.textOutbox)
      .values({
        facilityId: text.facilityId,
        kind: text.kind,
        toPhone: text.toPhone,
        body: text.body ?? null,
        signInLinkId: text.signInLinkId ?? null,
        invitationId: text.invitationId ?? null,
        nextAttemptAt: text.now,
        createdAt: text.now,
      })
      .returning({ id: t.textOutbox.id }),
  );
  return row.id;
}
