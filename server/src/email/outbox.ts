import type { Tables, WriteDb } from "../db/database.js";
import { returnedRow } from "../db/rows.js";
import type { Minted } from "./outbox-store.js";

export type OutboxKind = Tables["emailOutbox"]["$inferInsert"]["kind"];

export type QueuedEmail = {
  /** Null only for a facility sign-up's confirmation: the facility does not exist yet. */
  facilityId: number | null;
  kind: OutboxKind;
  toEmail: string;
  signInLinkId?: number | null;
  invitationId?: number | null;
  /** A staff invite or password reset: the worker mints its token at send time. */
  staffLinkId?: number | null;
  /** A facility sign-up's confirmation: its token is minted at send time too. */
  facilitySignUpId?: number | null;
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
    staffLinkId: email.staffLinkId ?? null,
    facilitySignUpId: email.facilitySignUpId ?? null,
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

export type { ClaimedRow, EmailContext, Minted as HandedEmail } from "./outbox-store.js";
export { mintSignInTokens, NO_STAFF_LINK } from "./outbox-store.js";

/**
 * A lane of this process's email worker, held for emails a background job writes itself (a bulk
 * invite's chunk): the job writes its outbox rows already claimed under `lease` (leased, attempt 1),
 * mints their tokens in the same transaction (mintSignInTokens), and once that commits hands the
 * emails over with send(). The worker renders, sends and settles them as if it had claimed them, so
 * a 500-row chunk is one Postmark batch without a claim of its own. If the process dies before the
 * send, the lease lapses and any worker claims the rows, minting new tokens, as after a crash
 * mid-send. The rows are in the outbox, committed with the invitations, before anything is sent.
 */
export type EmailHandOff = {
  readonly lease: { owner: string; until: Date };
  /** The emails of the rows committed under the lease; the lane is the worker's again once settled. */
  send(emails: Minted[]): void;
  /** Nothing was committed under the lease (the transaction failed or had no email): the lane is freed. */
  cancel(): void;
};

export { enqueueText, type QueuedText, type TextKind } from "./text-outbox.js";
