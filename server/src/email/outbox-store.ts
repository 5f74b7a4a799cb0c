import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Database, WriteDb } from "../db/database.js";
import { placeholderFor, preparedInTransaction, preparedRowsInsert } from "../db/prepared-in-transaction.js";
import { MINUTE } from "../lib/clock.js";
import { hashCode, newCode, newToken, newTokens, sha256 } from "../lib/tokens.js";
import type { SendResult } from "./transport.js";

// The outbox as the worker sees it: claim due rows under a lease, then settle each as sent, failed
// or to retry. Every statement of a claim and of a settlement is prepared once per Database.

/** One claim is one Postmark batch at most. */
export const BATCH_LIMIT = 500;
/**
 * The default lease (EMAIL_LEASE_SECONDS): long enough for a 15 s Postmark call plus bookkeeping; a
 * crashed worker's rows come back after it.
 */
export const LEASE_MS = MINUTE;
const FIRST_RETRY_MS = 30_000;
/** Nobody waits for a sign-in email through an hour-long backoff: tries stay at most 2 minutes apart. */
export const MAX_RETRY_MS = 2 * MINUTE;
/** About an hour of tries at the capped delay before staff are told the email could not go out. */
export const MAX_ATTEMPTS = 32;

export const LINK_NO_LONGER_VALID = "Link no longer valid";
export const GAVE_UP_REASON = `Could not reach the email service after ${MAX_ATTEMPTS} attempts`;

/** "sign-in" claims only sign-in link emails: the lane kept free for them when the others are busy. */
export type Lane = "any" | "sign-in";

/**
 * Retry delay after the given attempt: 30 s, 1 min, then 2 min from there on, less up to 10 % of
 * jitter (taken off, never added, so the cap holds).
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
  return Math.round(base * (1 - 0.1 * random()));
}

function claimStatement(name: string, lane: Lane) {
  return preparedInTransaction(name, (tx, t, dialect) => {
    const o = t.emailOutbox;
    const now = placeholderFor(o.nextAttemptAt, "now");
    const due = dialect.forUpdate(
      tx
        .select({ id: o.id })
        .from(o)
        .where(
          and(
            eq(o.status, "PENDING"),
            lte(o.nextAttemptAt, now),
            or(isNull(o.leaseUntil), lt(o.leaseUntil, now)),
            lane === "sign-in" ? eq(o.kind, "SIGN_IN_LINK") : undefined,
          ),
        )
        // Someone is waiting on a sign-in email right now; an invite or a notification can wait a batch.
        .orderBy(
          sql`CASE ${o.kind} WHEN 'SIGN_IN_LINK' THEN 0 WHEN 'STAFF_PASSWORD_RESET' THEN 0 WHEN 'FACILITY_SIGN_UP' THEN 0 WHEN 'INVITE' THEN 1 WHEN 'STAFF_INVITE' THEN 1 ELSE 2 END`,
          asc(o.id),
        )
        .limit(sql.placeholder("limit")),
      // Another server's claim skips the rows this one holds rather than waiting for them.
      { skipLocked: true },
    );
    return tx
      .update(o)
      .set({
        leaseOwner: sql`${sql.placeholder("owner")}`,
        leaseUntil: placeholderFor(o.leaseUntil, "leaseUntil"),
        attempts: sql`${o.attempts} + 1`,
      })
      .where(inArray(o.id, due))
      .returning({
        id: o.id,
        facilityId: o.facilityId,
        kind: o.kind,
        toEmail: o.toEmail,
        subject: o.subject,
        htmlBody: o.htmlBody,
        textBody: o.textBody,
        signInLinkId: o.signInLinkId,
        invitationId: o.invitationId,
        attempts: o.attempts,
      });
  });
}

const claimAny = claimStatement("email_outbox_claim", "any");
const claimSignIn = claimStatement("email_outbox_claim_sign_in", "sign-in");

// Everything the templates need for the whole batch in one statement.
const contextsOf = preparedInTransaction("email_outbox_contexts", (tx, t, dialect) =>
  tx
    .select({
      outboxId: t.emailOutbox.id,
      // A sign-up's confirmation goes out before its facility exists: it is named by the sign-up.
      facilityName: sql<string>`coalesce(${t.facilities.name}, ${t.facilitySignUps.facilityName})`,
      facilitySlug: sql<string>`coalesce(${t.facilities.slug}, '')`,
      brandColor: sql<string>`coalesce(${t.facilities.brandColor}, '#1c7ed6')`,
      logoUrl: t.facilities.logoUrl,
      logoFileId: t.facilities.logoFileId,
      timeZone: sql<string>`coalesce(${t.facilities.timeZone}, ${t.facilitySignUps.timeZone})`,
      replyToEmail: t.facilities.replyToEmail,
      welcomeMessage: t.facilities.welcomeMessage,
      signInMethod: t.facilities.signInMethod,
      linkId: t.signInLinks.id,
      linkExpiresAt: t.signInLinks.expiresAt,
      linkConsumedAt: t.signInLinks.consumedAt,
      linkVoidedAt: t.signInLinks.voidedAt,
      invitationState: t.invitations.state,
      customerName: t.customers.name,
      contactName: t.contacts.name,
      contactId: t.contacts.id,
      staffLinkId: t.staffLinks.id,
      staffLinkPurpose: t.staffLinks.purpose,
      staffLinkExpiresAt: t.staffLinks.expiresAt,
      staffLinkConsumedAt: t.staffLinks.consumedAt,
      staffLinkVoidedAt: t.staffLinks.voidedAt,
      staffName: t.staffUsers.name,
      staffStatus: t.staffUsers.status,
      signUpId: t.facilitySignUps.id,
      signUpExpiresAt: t.facilitySignUps.expiresAt,
      signUpConsumedAt: t.facilitySignUps.consumedAt,
      signUpVoidedAt: t.facilitySignUps.voidedAt,
      signUpAdminName: t.facilitySignUps.adminName,
    })
    .from(t.emailOutbox)
    .leftJoin(t.facilities, eq(t.facilities.id, t.emailOutbox.facilityId))
    .leftJoin(t.facilitySignUps, eq(t.facilitySignUps.id, t.emailOutbox.facilitySignUpId))
    .leftJoin(t.signInLinks, eq(t.signInLinks.id, t.emailOutbox.signInLinkId))
    .leftJoin(t.staffLinks, eq(t.staffLinks.id, t.emailOutbox.staffLinkId))
    .leftJoin(t.staffUsers, eq(t.staffUsers.id, t.staffLinks.staffUserId))
    .leftJoin(
      t.invitations,
      eq(t.invitations.id, sql`coalesce(${t.emailOutbox.invitationId}, ${t.signInLinks.invitationId})`),
    )
    .leftJoin(t.customers, eq(t.customers.id, sql`coalesce(${t.signInLinks.customerId}, ${t.invitations.customerId})`))
    .leftJoin(
      t.contacts,
      eq(
        t.contacts.id,
        sql`CASE WHEN ${t.signInLinks.id} IS NOT NULL THEN ${t.signInLinks.contactId} ELSE ${t.invitations.contactId} END`,
      ),
    )
    .where(dialect.inList(t.emailOutbox.id, sql.placeholder("ids"))),
);

/**
 * Up to this many rows, a batch's tokens and events are written one row a statement (a sign-in
 * email, usually alone in its batch, runs the statement every claim has prepared); past it by
 * multi-row inserts (preparedRowsInsert): a bulk invite's batch of 500 in one statement.
 */
const ROWS_PREPARED_ONE_BY_ONE = 8;

type NewToken = { linkId: number; tokenHash: string; codeHash: string };

// Adds a token rather than replacing one: if this claim's lease lapses mid-send, the email may still
// arrive, and the copy the next claim sends must not kill its link.
const mintToken = preparedInTransaction("sign_in_link_token_mint", (tx, t) =>
  tx.insert(t.signInLinkTokens).values({
    linkId: sql.placeholder("linkId"),
    tokenHash: sql.placeholder("tokenHash"),
    codeHash: sql.placeholder("codeHash"),
    createdAt: sql.placeholder("now"),
  }),
);

const mintTokenRows = preparedRowsInsert("sign_in_link_tokens_mint", (t) => ({
  table: t.signInLinkTokens,
  columns: ["linkId", "tokenHash", "codeHash", "createdAt"],
}));

const sentEventRows = preparedRowsInsert("invitation_events_sent", (t) => ({
  table: t.invitationEvents,
  columns: ["invitationId", "at"],
  constants: { kind: "SENT", detail: null },
}));

/**
 * A fresh token and code for each link, their hashes written in the caller's transaction: the clear
 * values exist only in what the caller sends. Used by a claim, and by a job that writes its emails
 * already leased to this process's worker (outbox.ts).
 */
export async function mintSignInTokens(
  data: Database,
  tx: WriteDb,
  linkIds: readonly number[],
  now: Date,
): Promise<Array<{ token: string; code: string }>> {
  const tokens = newTokens(linkIds.length);
  const minted = linkIds.map((linkId, i) => ({ linkId, token: tokens[i] as string, code: newCode() }));
  await mintTokens(
    data,
    tx,
    minted.map(({ linkId, token, code }) => ({ linkId, tokenHash: sha256(token), codeHash: hashCode(linkId, code) })),
    now,
  );
  return minted.map(({ token, code }) => ({ token, code }));
}

async function mintTokens(data: Database, tx: WriteDb, tokens: NewToken[], now: Date): Promise<void> {
  if (tokens.length > ROWS_PREPARED_ONE_BY_ONE) {
    await mintTokenRows(
      data,
      tx,
      tokens.map((token) => ({ ...token, createdAt: now })),
    );
    return;
  }
  for (const token of tokens) await mintToken(data, tx).execute({ ...token, now });
}

// A staff link's token: like a sign-in link's, one more per copy sent, never replacing one.
const mintStaffToken = preparedInTransaction("staff_link_token_mint", (tx, t) =>
  tx.insert(t.staffLinkTokens).values({
    linkId: sql.placeholder("linkId"),
    tokenHash: sql.placeholder("tokenHash"),
    createdAt: sql.placeholder("now"),
  }),
);

const unmintStaffToken = preparedInTransaction("staff_link_token_unmint", (tx, t) =>
  tx.delete(t.staffLinkTokens).where(eq(t.staffLinkTokens.tokenHash, sql.placeholder("tokenHash"))),
);

// A facility sign-up's confirmation token, minted like a staff link's.
const mintSignUpToken = preparedInTransaction("facility_sign_up_token_mint", (tx, t) =>
  tx.insert(t.facilitySignUpTokens).values({
    signUpId: sql.placeholder("signUpId"),
    tokenHash: sql.placeholder("tokenHash"),
    createdAt: sql.placeholder("now"),
  }),
);

const unmintSignUpToken = preparedInTransaction("facility_sign_up_token_unmint", (tx, t) =>
  tx.delete(t.facilitySignUpTokens).where(eq(t.facilitySignUpTokens.tokenHash, sql.placeholder("tokenHash"))),
);

/** A sign-up's confirmation goes out only while the sign-up is the address's latest, unused and unexpired. */
function signUpUsable(context: EmailContext, now: Date): boolean {
  if (context.signUpConsumedAt != null || context.signUpVoidedAt != null) return false;
  return (context.signUpExpiresAt?.getTime() ?? 0) > now.getTime();
}

/**
 * A staff invite still goes out while the person is invited, a reset while they are active, and
 * either only while its link is the person's latest, unused and unexpired.
 */
function staffLinkUsable(context: EmailContext, now: Date): boolean {
  if (context.staffLinkConsumedAt != null || context.staffLinkVoidedAt != null) return false;
  if ((context.staffLinkExpiresAt?.getTime() ?? 0) <= now.getTime()) return false;
  return context.staffStatus === (context.staffLinkPurpose === "INVITE" ? "INVITED" : "ACTIVE");
}

// A copy Postmark refused reached nobody: its 8-digit code must not stay one more code a guess
// could match (every retry mints another).
const unmintToken = preparedInTransaction("sign_in_link_token_unmint", (tx, t) =>
  tx.delete(t.signInLinkTokens).where(eq(t.signInLinkTokens.tokenHash, sql.placeholder("tokenHash"))),
);

// A batch's sent rows in one statement; each row's message id comes from the "messageIds" object.
const markSent = preparedInTransaction("email_outbox_sent", (tx, t, dialect) =>
  tx
    .update(t.emailOutbox)
    .set({
      status: "SENT",
      sentAt: placeholderFor(t.emailOutbox.sentAt, "now"),
      providerMessageId: dialect.jsonLookup(sql.placeholder("messageIds"), t.emailOutbox.id),
      lastError: null,
      lastErrorCode: null,
      leaseOwner: null,
      leaseUntil: null,
    })
    .where(dialect.inList(t.emailOutbox.id, sql.placeholder("ids"))),
);

// Guarded by the lease: if it lapsed and another worker took the row, that worker's answer counts.
const markFailed = preparedInTransaction("email_outbox_failed", (tx, t) =>
  tx
    .update(t.emailOutbox)
    .set({
      status: "FAILED",
      lastErrorCode: sql`${sql.placeholder("code")}`,
      lastError: sql`${sql.placeholder("error")}`,
      leaseOwner: null,
      leaseUntil: null,
    })
    .where(
      and(
        eq(t.emailOutbox.id, sql.placeholder("id")),
        eq(t.emailOutbox.status, "PENDING"),
        eq(t.emailOutbox.leaseOwner, sql.placeholder("owner")),
      ),
    )
    .returning({ id: t.emailOutbox.id }),
);

const markRetry = preparedInTransaction("email_outbox_retry", (tx, t) =>
  tx
    .update(t.emailOutbox)
    .set({
      nextAttemptAt: placeholderFor(t.emailOutbox.nextAttemptAt, "next"),
      lastErrorCode: sql`${sql.placeholder("code")}`,
      lastError: sql`${sql.placeholder("error")}`,
      leaseOwner: null,
      leaseUntil: null,
    })
    .where(
      and(
        eq(t.emailOutbox.id, sql.placeholder("id")),
        eq(t.emailOutbox.status, "PENDING"),
        eq(t.emailOutbox.leaseOwner, sql.placeholder("owner")),
      ),
    ),
);

// A delivery webhook may already have moved the invitation on; never step it back.
const invitationDelivery = (name: string, state: "SENT" | "FAILED") =>
  preparedInTransaction(name, (tx, t) =>
    tx
      .update(t.invitations)
      .set({
        deliveryState: state,
        deliveryDetail: sql`${sql.placeholder("detail")}`,
        deliveryUpdatedAt: placeholderFor(t.invitations.deliveryUpdatedAt, "now"),
      })
      .where(and(eq(t.invitations.id, sql.placeholder("id")), eq(t.invitations.deliveryState, "QUEUED"))),
  );
const invitationFailed = invitationDelivery("invitation_delivery_failed", "FAILED");

// The invitations of a batch's sent emails in one statement, with the same guard.
const invitationsSent = preparedInTransaction("invitation_delivery_sent_many", (tx, t, dialect) =>
  tx
    .update(t.invitations)
    .set({
      deliveryState: "SENT",
      deliveryDetail: null,
      deliveryUpdatedAt: placeholderFor(t.invitations.deliveryUpdatedAt, "now"),
    })
    .where(and(dialect.inList(t.invitations.id, sql.placeholder("ids")), eq(t.invitations.deliveryState, "QUEUED"))),
);

const invitationEvent = preparedInTransaction("invitation_event_of_delivery", (tx, t) =>
  tx.insert(t.invitationEvents).values({
    invitationId: sql.placeholder("id"),
    kind: sql.placeholder("kind"),
    detail: sql.placeholder("detail"),
    at: sql.placeholder("now"),
  }),
);

type ClaimStatement = ReturnType<typeof claimAny>;
export type ClaimedRow = Awaited<ReturnType<ClaimStatement["execute"]>>[number];
export type EmailContext = Awaited<ReturnType<ReturnType<typeof contextsOf>["execute"]>>[number];

/** The context fields of an email that carries no staff link (a job building contexts itself spreads it). */
export const NO_STAFF_LINK = {
  staffLinkId: null,
  staffLinkPurpose: null,
  staffLinkExpiresAt: null,
  staffLinkConsumedAt: null,
  staffLinkVoidedAt: null,
  staffName: null,
  staffStatus: null,
  signUpId: null,
  signUpExpiresAt: null,
  signUpConsumedAt: null,
  signUpVoidedAt: null,
  signUpAdminName: null,
} as const satisfies Partial<EmailContext>;

/** A claimed row ready to render: notifications as queued, sign-in emails with a fresh token and code. */
export type Minted = { row: ClaimedRow; context: EmailContext; token: string; code: string };

export type Claim = {
  /** The lease's name: settling checks it, so a batch whose lease lapsed cannot undo a newer one's work. */
  owner: string;
  minted: Minted[];
  /** Rows settled at claim time: their link was used, replaced or expired before the email went out. */
  settled: number;
};

export type Settled = { sent: number; failed: number; retrying: number };

export type OutboxStore = {
  claim(now: Date, lane: Lane): Promise<Claim>;
  /**
   * A lease for rows a job writes itself, already claimed for this worker (the hand-off): its name
   * counts as unsettled until settle, forget or releaseLeases.
   */
  reserve(now: Date): { owner: string; leaseUntil: Date };
  /** A reserved lease under which nothing was committed. */
  forget(owner: string): void;
  /** Records a batch's answers; transient failures come back together at one retry time. */
  settle(claim: Claim, results: SendResult[], now: Date): Promise<Settled>;
  /** Hands back rows claimed and never settled (a batch that failed midway), for another worker now. */
  releaseLeases(): Promise<number>;
};

export function createOutboxStore(
  data: Database,
  options: {
    workerId: string;
    random?: () => number;
    leaseMs?: number;
    /** Called in the transaction that records invites as sent (the webhooks' invitation.sent). */
    onInvitationsSent?: (tx: WriteDb, invitationIds: number[], now: Date) => Promise<unknown>;
  },
): OutboxStore {
  const { t } = data;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const random = options.random ?? Math.random;
  /**
   * Each claim leases its rows under its own name, not just the worker's: the batches of one
   * worker run side by side, and a batch whose lease lapsed must not settle (or free for a third
   * send) a row a newer batch of the same worker has claimed since.
   */
  let claims = 0;
  /** Claims not settled yet: what releaseLeases hands back. */
  const unsettled = new Set<string>();

  async function fail(
    tx: WriteDb,
    row: ClaimedRow,
    owner: string,
    now: Date,
    code: number | null,
    error: string,
    detail: string,
  ): Promise<void> {
    const changed = await markFailed(data, tx).execute({ id: row.id, owner, code, error });
    if (changed.length > 0 && row.invitationId) {
      await invitationFailed(data, tx).execute({ id: row.invitationId, detail, now });
      await invitationEvent(data, tx).execute({ id: row.invitationId, kind: "FAILED", detail, now });
    }
  }

  /**
   * Claims due rows and mints their links' tokens in one transaction. Only hashes reach the
   * database; if the process dies mid-send, the lease lapses and a retry mints another token for
   * the same link, so whichever copy arrives works, once.
   */
  async function claim(now: Date, lane: Lane): Promise<Claim> {
    const owner = `${options.workerId}#${++claims}`;
    unsettled.add(owner);
    const result = await data.transaction(async (tx) => {
      const statement = lane === "sign-in" ? claimSignIn : claimAny;
      const rows = (
        await statement(data, tx).execute({
          owner,
          now,
          leaseUntil: new Date(now.getTime() + leaseMs),
          limit: BATCH_LIMIT,
        })
      ).sort((a, b) => a.id - b.id);
      if (rows.length === 0) return { owner, minted: [], settled: 0 };
      // A full batch's statements each take a while on SQLite, where they run synchronously: the
      // claim yields to the event loop between them.
      await yieldToEventLoop();
      const contexts = new Map(
        (await contextsOf(data, tx).execute({ ids: data.dialect.listParam(rows.map((r) => r.id)) })).map((c) => [
          c.outboxId,
          c,
        ]),
      );
      await yieldToEventLoop();
      const minted: Minted[] = [];
      const toMint: Array<{ row: ClaimedRow; context: EmailContext; linkId: number }> = [];
      let settled = 0;
      for (const row of rows) {
        const context = contexts.get(row.id);
        if (context && row.subject !== null) {
          minted.push({ row, context, token: "", code: "" });
          continue;
        }
        if (context?.signUpId != null) {
          if (!signUpUsable(context, now)) {
            await fail(
              tx,
              row,
              owner,
              now,
              null,
              LINK_NO_LONGER_VALID,
              "Not sent: the sign-up was confirmed, replaced or expired before the email went out",
            );
            settled++;
            continue;
          }
          const token = newToken();
          await mintSignUpToken(data, tx).execute({ signUpId: context.signUpId, tokenHash: sha256(token), now });
          minted.push({ row, context, token, code: "" });
          continue;
        }
        if (context?.staffLinkId != null) {
          if (!staffLinkUsable(context, now)) {
            await fail(
              tx,
              row,
              owner,
              now,
              null,
              LINK_NO_LONGER_VALID,
              "Not sent: the link was used, replaced or expired before the email went out",
            );
            settled++;
            continue;
          }
          const token = newToken();
          await mintStaffToken(data, tx).execute({ linkId: context.staffLinkId, tokenHash: sha256(token), now });
          minted.push({ row, context, token, code: "" });
          continue;
        }
        const linkId = context?.linkId;
        const usable =
          context != null &&
          linkId != null &&
          context.linkConsumedAt == null &&
          context.linkVoidedAt == null &&
          (context.linkExpiresAt?.getTime() ?? 0) > now.getTime() &&
          (context.invitationState == null || context.invitationState === "PENDING");
        if (!usable || linkId == null) {
          await fail(
            tx,
            row,
            owner,
            now,
            null,
            LINK_NO_LONGER_VALID,
            "Not sent: the link was used, replaced or expired before the email went out",
          );
          settled++;
          continue;
        }
        toMint.push({ row, context, linkId });
      }
      const secrets = await mintSignInTokens(
        data,
        tx,
        toMint.map((m) => m.linkId),
        now,
      );
      toMint.forEach(({ row, context }, i) => {
        const secret = secrets[i] as { token: string; code: string };
        minted.push({ row, context, token: secret.token, code: secret.code });
      });
      minted.sort((a, b) => a.row.id - b.row.id);
      return { owner, minted, settled };
    });
    if (result.minted.length === 0) unsettled.delete(owner);
    return result;
  }

  async function settle(claim: Claim, results: SendResult[], now: Date): Promise<Settled> {
    const rows = new Map(claim.minted.map((m) => [m.row.id, m]));
    const counts = { sent: 0, failed: 0, retrying: 0 };
    const { owner } = claim;
    // The batch's transient failures share one retry time, so they come back as one batch (one
    // Postmark call) rather than trickling out one jittered row at a time.
    const retrying = results.filter((r) => !r.ok && !r.permanent).map((r) => rows.get(r.outboxId)?.row.attempts ?? 0);
    const retryAt = new Date(now.getTime() + retryDelayMs(Math.max(0, ...retrying), random));
    await data.transaction(async (tx) => {
      // The sent rows, usually the whole batch, are settled together after the loop: a statement
      // for the rows, one for their invitations and one for those invitations' SENT events.
      const sent: number[] = [];
      const messageIds: Record<number, string> = {};
      const invitationsOfSent: number[] = [];
      for (const result of results) {
        const item = rows.get(result.outboxId);
        if (!item) continue;
        const { row, token } = item;
        if (!result.ok && result.refused && token) {
          const unmint =
            item.context.signUpId != null
              ? unmintSignUpToken
              : item.context.staffLinkId != null
                ? unmintStaffToken
                : unmintToken;
          await unmint(data, tx).execute({ tokenHash: sha256(token) });
        }
        if (result.ok) {
          sent.push(row.id);
          if (result.messageId) messageIds[row.id] = result.messageId;
          // A reminder's timeline step is its REMINDER_SENT, written when it was queued.
          if (row.invitationId && row.kind !== "INVITE_REMINDER") invitationsOfSent.push(row.invitationId);
          counts.sent++;
        } else if (result.permanent) {
          await fail(tx, row, owner, now, result.errorCode, result.message, result.message);
          counts.failed++;
        } else if (row.attempts >= MAX_ATTEMPTS) {
          await fail(
            tx,
            row,
            owner,
            now,
            result.errorCode,
            `${GAVE_UP_REASON} (last error: ${result.message})`,
            GAVE_UP_REASON,
          );
          counts.failed++;
        } else {
          await markRetry(data, tx).execute({
            id: row.id,
            owner,
            next: retryAt,
            code: result.errorCode,
            error: result.message,
          });
          counts.retrying++;
        }
      }
      if (sent.length > 0) {
        await yieldToEventLoop();
        const { dialect } = data;
        await markSent(data, tx).execute({ ids: dialect.listParam(sent), messageIds: JSON.stringify(messageIds), now });
      }
      if (invitationsOfSent.length > 0) {
        await yieldToEventLoop();
        await invitationsSent(data, tx).execute({ ids: data.dialect.listParam(invitationsOfSent), now });
        if (invitationsOfSent.length > ROWS_PREPARED_ONE_BY_ONE) {
          await sentEventRows(
            data,
            tx,
            invitationsOfSent.map((invitationId) => ({ invitationId, at: now })),
          );
        } else {
          for (const id of invitationsOfSent) {
            await invitationEvent(data, tx).execute({ id, kind: "SENT", detail: null, now });
          }
        }
        await options.onInvitationsSent?.(tx, invitationsOfSent, now);
      }
    });
    unsettled.delete(owner);
    return counts;
  }

  async function releaseLeases(): Promise<number> {
    // The worker's bare id is how its leases were named before each claim had a name of its own.
    const owners = [options.workerId, ...unsettled];
    const released = await data.transaction((tx) =>
      tx
        .update(t.emailOutbox)
        .set({ leaseOwner: null, leaseUntil: null })
        .where(and(data.dialect.inList(t.emailOutbox.leaseOwner, owners), eq(t.emailOutbox.status, "PENDING")))
        .returning({ id: t.emailOutbox.id }),
    );
    unsettled.clear();
    return released.length;
  }

  function reserve(now: Date): { owner: string; leaseUntil: Date } {
    const owner = `${options.workerId}#${++claims}`;
    unsettled.add(owner);
    return { owner, leaseUntil: new Date(now.getTime() + leaseMs) };
  }

  return {
    claim,
    reserve,
    forget: (owner) => {
      unsettled.delete(owner);
    },
    settle,
    releaseLeases,
  };
}
