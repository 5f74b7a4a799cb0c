import { randomBytes } from "node:crypto";
import os from "node:os";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Config } from "../config.js";
import type { Database, WriteDb } from "../db/database.js";
import type { Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import { createPollLoop } from "../lib/poll-loop.js";
import { LINK_NO_LONGER_VALID, MAX_ATTEMPTS, mintSignInTokens, retryDelayMs } from "./outbox-store.js";
import type { OutgoingText, TextSendResult, TextTransport } from "./text-transport.js";

/** Texts claimed at once: each is one call to the provider. */
export const TEXT_BATCH_LIMIT = 50;
const OPTED_OUT = "The number replied STOP: no texts until it replies START";
const NO_CONSENT = "The person's consent to texts was withdrawn before the text went out";

export type TextWorkerDeps = {
  data: Database;
  clock: Clock;
  config: Pick<Config, "publicUrl" | "emailLeaseSeconds" | "twilio">;
  logger: Logger;
  transport: TextTransport;
  workerId?: string;
  pollMs?: number;
  random?: () => number;
  /** Called in the transaction that records an invite's text as sent (the webhooks' invitation.sent). */
  onInvitationsSent?: (tx: WriteDb, invitationIds: number[], now: Date) => Promise<unknown>;
};

export type TextWorker = {
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
  nudge(): void;
};

type Claimed = {
  id: number;
  facilityId: number;
  kind: "INVITE" | "INVITE_REMINDER" | "SIGN_IN_LINK" | "CARE_REMINDER";
  toPhone: string;
  body: string | null;
  signInLinkId: number | null;
  invitationId: number | null;
  attempts: number;
};

/** What a sign-in text says: short enough for two SMS segments, the link and its fallback code. */
export function renderSignInText(input: {
  kind: Claimed["kind"];
  facilityName: string;
  url: string;
  code: string;
  expiresAt: Date;
  now: Date;
}): string {
  const days = Math.max(1, Math.round((input.expiresAt.getTime() - input.now.getTime()) / 86_400_000));
  if (input.kind === "SIGN_IN_LINK") {
    return `${input.facilityName}: your sign-in link ${input.url} (or code ${input.code}) works once, for 15 minutes. Reply STOP to opt out.`;
  }
  const opening =
    input.kind === "INVITE_REMINDER"
      ? `Reminder from ${input.facilityName}: your customer portal invite is waiting.`
      : `${input.facilityName} invites you to its customer portal.`;
  return `${opening} Continue: ${input.url} (code ${input.code}). Expires in ${days} day${days === 1 ? "" : "s"}. Reply STOP to opt out.`;
}

/**
 * Sends the text outbox: claim due rows under a lease (one transaction, minting sign-in tokens as the
 * email worker does), send them with no transaction open, record the answers.
 */
export function createTextWorker(deps: TextWorkerDeps): TextWorker {
  const { data, clock, config, transport } = deps;
  const { t } = data;
  const o = t.textOutbox;
  const workerId = deps.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const logger = deps.logger.child({ component: "text-worker", workerId });
  const leaseMs = config.emailLeaseSeconds * 1000;
  const statusCallback = config.twilio ? `${config.publicUrl}/webhooks/twilio/status` : undefined;
  let claims = 0;

  async function failRow(tx: WriteDb, row: Claimed, owner: string, now: Date, error: string): Promise<void> {
    const changed = await tx
      .update(o)
      .set({
        status: "FAILED",
        deliveryStatus: "FAILED",
        deliveryDetail: error,
        deliveryUpdatedAt: now,
        lastError: error,
        leaseOwner: null,
        leaseUntil: null,
      })
      .where(and(eq(o.id, row.id), eq(o.status, "PENDING"), eq(o.leaseOwner, owner)))
      .returning({ id: o.id });
    if (changed.length > 0 && row.invitationId) await invitationTextFailed(tx, row.invitationId, error, now);
  }

  async function invitationTextFailed(tx: WriteDb, invitationId: number, detail: string, now: Date): Promise<void> {
    await tx.insert(t.invitationEvents).values({ invitationId, kind: "TEXT_FAILED", detail, at: now });
    // An invite that went by text alone failed with its text; one that also went by email follows the email.
    await tx
      .update(t.invitations)
      .set({ deliveryState: "FAILED", deliveryDetail: detail, deliveryUpdatedAt: now })
      .where(
        and(
          eq(t.invitations.id, invitationId),
          eq(t.invitations.deliveredVia, "TEXT"),
          inArray(t.invitations.deliveryState, ["QUEUED", "SENT"]),
        ),
      );
  }

  async function claim(
    now: Date,
  ): Promise<{ owner: string; outgoing: Array<{ row: Claimed; text: OutgoingText; token: string }> }> {
    const owner = `${workerId}#${++claims}`;
    return data.transaction(async (tx) => {
      const due = data.dialect.forUpdate(
        tx
          .select({ id: o.id })
          .from(o)
          .where(
            and(eq(o.status, "PENDING"), lte(o.nextAttemptAt, now), or(isNull(o.leaseUntil), lt(o.leaseUntil, now))),
          )
          .orderBy(asc(o.id))
          .limit(TEXT_BATCH_LIMIT),
        { skipLocked: true },
      );
      const rows: Claimed[] = (
        await tx
          .update(o)
          .set({ leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs), attempts: sql`${o.attempts} + 1` })
          .where(inArray(o.id, due))
          .returning({
            id: o.id,
            facilityId: o.facilityId,
            kind: o.kind,
            toPhone: o.toPhone,
            body: o.body,
            signInLinkId: o.signInLinkId,
            invitationId: o.invitationId,
            attempts: o.attempts,
          })
      ).sort((a, b) => a.id - b.id);
      if (rows.length === 0) return { owner, outgoing: [] };
      const optedOut = new Set(
        (
          await tx
            .select({ phone: t.smsOptOuts.phone })
            .from(t.smsOptOuts)
            .where(
              and(
                inArray(
                  t.smsOptOuts.phone,
                  rows.map((r) => r.toPhone),
                ),
                eq(t.smsOptOuts.state, "OPTED_OUT"),
              ),
            )
        ).map((r) => r.phone),
      );
      const linkIds = rows.flatMap((r) => (r.signInLinkId == null ? [] : [r.signInLinkId]));
      const links = new Map(
        linkIds.length === 0
          ? []
          : (
              await tx
                .select({
                  id: t.signInLinks.id,
                  expiresAt: t.signInLinks.expiresAt,
                  consumedAt: t.signInLinks.consumedAt,
                  voidedAt: t.signInLinks.voidedAt,
                  invitationState: t.invitations.state,
                  facilityName: t.facilities.name,
                  consentPhone: sql<
                    string | null
                  >`CASE WHEN ${t.signInLinks.contactId} IS NULL THEN ${t.customers.smsConsentPhone} ELSE ${t.contacts.smsConsentPhone} END`,
                })
                .from(t.signInLinks)
                .innerJoin(t.facilities, eq(t.facilities.id, t.signInLinks.facilityId))
                .innerJoin(t.customers, eq(t.customers.id, t.signInLinks.customerId))
                .leftJoin(t.contacts, eq(t.contacts.id, t.signInLinks.contactId))
                .leftJoin(t.invitations, eq(t.invitations.id, t.signInLinks.invitationId))
                .where(inArray(t.signInLinks.id, linkIds))
            ).map((l) => [l.id, l]),
      );
      const outgoing: Array<{ row: Claimed; text: OutgoingText; token: string }> = [];
      for (const row of rows) {
        if (optedOut.has(row.toPhone)) {
          await failRow(tx, row, owner, now, OPTED_OUT);
          continue;
        }
        if (row.body !== null) {
          outgoing.push({
            row,
            token: "",
            text: { outboxId: row.id, to: row.toPhone, body: row.body, statusCallback },
          });
          continue;
        }
        const link = row.signInLinkId == null ? undefined : links.get(row.signInLinkId);
        if (link && link.consentPhone !== row.toPhone) {
          await failRow(tx, row, owner, now, NO_CONSENT);
          continue;
        }
        const usable =
          link != null &&
          link.consumedAt == null &&
          link.voidedAt == null &&
          link.expiresAt.getTime() > now.getTime() &&
          (link.invitationState == null || link.invitationState === "PENDING");
        if (!usable || !link) {
          await failRow(tx, row, owner, now, LINK_NO_LONGER_VALID);
          continue;
        }
        const [secret] = await mintSignInTokens(data, tx, [link.id], now);
        if (!secret) continue;
        const body = renderSignInText({
          kind: row.kind,
          facilityName: link.facilityName,
          url: `${config.publicUrl}/portal/link/${secret.token}`,
          code: secret.code,
          expiresAt: link.expiresAt,
          now,
        });
        outgoing.push({ row, token: secret.token, text: { outboxId: row.id, to: row.toPhone, body, statusCallback } });
      }
      return { owner, outgoing };
    });
  }

  async function settle(
    owner: string,
    outgoing: Array<{ row: Claimed; text: OutgoingText; token: string }>,
    results: TextSendResult[],
    now: Date,
  ): Promise<void> {
    const rows = new Map(outgoing.map((item) => [item.row.id, item.row]));
    const random = deps.random ?? Math.random;
    await data.transaction(async (tx) => {
      for (const result of results) {
        const row = rows.get(result.outboxId);
        if (!row) continue;
        const mine = and(eq(o.id, row.id), eq(o.status, "PENDING"), eq(o.leaseOwner, owner));
        if (result.ok) {
          const changed = await tx
            .update(o)
            .set({
              status: "SENT",
              sentAt: now,
              providerMessageId: result.messageId,
              deliveryStatus: result.status,
              deliveryUpdatedAt: now,
              lastError: null,
              leaseOwner: null,
              leaseUntil: null,
            })
            .where(mine)
            .returning({ id: o.id });
          if (changed.length > 0 && row.invitationId && row.kind === "INVITE") {
            await tx
              .insert(t.invitationEvents)
              .values({ invitationId: row.invitationId, kind: "TEXT_SENT", detail: `To ${row.toPhone}`, at: now });
            const textOnly = await tx
              .update(t.invitations)
              .set({ deliveryState: "SENT", deliveryDetail: null, deliveryUpdatedAt: now })
              .where(
                and(
                  eq(t.invitations.id, row.invitationId),
                  eq(t.invitations.deliveredVia, "TEXT"),
                  eq(t.invitations.deliveryState, "QUEUED"),
                ),
              )
              .returning({ id: t.invitations.id });
            // An invite that also went by email is announced when its email is sent.
            if (textOnly.length > 0) await deps.onInvitationsSent?.(tx, [row.invitationId], now);
          }
        } else if (result.permanent || row.attempts >= MAX_ATTEMPTS) {
          await failRow(tx, row, owner, now, result.message);
        } else {
          await tx
            .update(o)
            .set({
              nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts, random)),
              lastError: result.message,
              leaseOwner: null,
              leaseUntil: null,
            })
            .where(mine);
        }
      }
    });
  }

  async function processBatch(): Promise<number> {
    const now = clock.now();
    const { owner, outgoing } = await claim(now);
    if (outgoing.length === 0) return 0;
    let results: TextSendResult[];
    try {
      results = await transport.send(outgoing.map((item) => item.text));
    } catch (error) {
      logger.error("text transport threw", { error });
      results = outgoing.map((item) => ({
        outboxId: item.row.id,
        ok: false,
        permanent: false,
        errorCode: -1,
        message: "Text transport error",
      }));
    }
    await settle(owner, outgoing, results, clock.now());
    logger.info("text batch processed", { texts: outgoing.length });
    return outgoing.length;
  }

  const loop = createPollLoop<number>({
    pollMs: deps.pollMs ?? 1000,
    batch: () => processBatch(),
    more: (processed) => processed >= TEXT_BATCH_LIMIT,
    async release() {
      await data.transaction((tx) =>
        tx
          .update(o)
          .set({ leaseOwner: null, leaseUntil: null })
          .where(and(eq(o.status, "PENDING"), sql`${o.leaseOwner} LIKE ${`${workerId}#%`}`)),
      );
    },
    onError: (error) => logger.error("text worker run failed", { error }),
  });

  return { runOnce: loop.runOnce, start: loop.start, stop: loop.stop, nudge: loop.nudge };
}
