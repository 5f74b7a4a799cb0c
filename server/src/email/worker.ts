import { randomBytes } from "node:crypto";
import os from "node:os";
import type { Config } from "../config.js";
import { type Db, writeTransaction } from "../db/client.js";
import { type Clock, MINUTE } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import { hashCode, newCode, newToken, sha256 } from "../lib/tokens.js";
import { absoluteLogoUrl } from "../modules/files/file.service.js";
import { renderInviteEmail } from "./templates/invite.js";
import type { FacilityBranding, RenderedEmail } from "./templates/layout.js";
import { oneLine } from "./templates/layout.js";
import { renderSignInLinkEmail } from "./templates/sign-in-link.js";
import type { EmailTransport, OutgoingEmail, SendResult } from "./transport.js";

/** One claim is one Postmark batch at most. */
export const BATCH_LIMIT = 500;
/** Long enough for a 15 s Postmark call plus bookkeeping; a crashed worker's rows come back after it. */
export const LEASE_MS = MINUTE;
/**
 * Batches one worker keeps in flight. Claims are leased, so batches never share a row; running
 * several means a hung or slow Postmark call holds back only its own batch, not the sign-in link
 * someone asked for a moment later.
 */
export const MAX_CONCURRENT_BATCHES = 4;
const FIRST_RETRY_MS = 30_000;
/** Nobody waits for a sign-in email through an hour-long backoff: tries stay at most 2 minutes apart. */
export const MAX_RETRY_MS = 2 * MINUTE;
/** About an hour of tries at the capped delay before staff are told the email could not go out. */
export const MAX_ATTEMPTS = 32;

export const LINK_NO_LONGER_VALID = "Link no longer valid";
export const GAVE_UP_REASON = `Could not reach the email service after ${MAX_ATTEMPTS} attempts`;

export type EmailWorkerDeps = {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  transport: EmailTransport;
  workerId?: string;
  pollMs?: number;
  /** Onboarding steps per facility for the invite email, loaded once per batch. */
  loadOnboardingSteps?: (db: Db, facilityIds: number[]) => Map<number, string[]>;
  /** 0..1; jitter spreads retries so a Postmark outage does not end in a stampede. */
  random?: () => number;
};

export type EmailWorker = {
  /** Claims and sends one batch of due emails; resolves to how many outbox rows it settled or retried. */
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
  /** Something was just queued: look now rather than at the next poll. */
  nudge(): void;
};

type ClaimedRow = {
  id: number;
  facilityId: number;
  kind: "INVITE" | "SIGN_IN_LINK" | "INVOICE" | "ESTIMATE" | "EVENT" | "CAR_UPDATE" | "CONTRACT" | "MESSAGE";
  toEmail: string;
  /** Set for notifications, which are rendered when queued; sign-in emails are rendered here. */
  subject: string | null;
  htmlBody: string | null;
  textBody: string | null;
  signInLinkId: number | null;
  invitationId: number | null;
  attempts: number;
};

type ContextRow = {
  outboxId: number;
  facilityName: string;
  brandColor: string | null;
  logoUrl: string | null;
  logoFileId: number | null;
  timeZone: string;
  replyToEmail: string | null;
  welcomeMessage: string | null;
  signInMethod: "MAGIC_LINK" | "PASSWORD";
  linkId: number | null;
  linkExpiresAt: number | null;
  linkConsumedAt: number | null;
  linkVoidedAt: number | null;
  invitationState: "PENDING" | "ACCEPTED" | "VOID" | null;
  customerName: string | null;
  contactName: string | null;
  contactId: number | null;
};

/** "sign-in" claims only sign-in link emails: the lane kept free for them when the others are busy. */
type Lane = "any" | "sign-in";

type Minted = { row: ClaimedRow; context: ContextRow; token: string; code: string };

/**
 * Retry delay after the given attempt: 30 s, 1 min, then 2 min from there on, less up to 10 % of
 * jitter (taken off, never added, so the cap holds).
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
  return Math.round(base * (1 - 0.1 * random()));
}

/** The facility's name as the sender, on the configured address (the one Postmark has verified). */
export function senderFor(facilityName: string, configuredFrom: string): string {
  const address = /<([^>]+)>/.exec(configuredFrom)?.[1]?.trim() ?? configuredFrom.trim();
  const display = oneLine(facilityName).replace(/["\\]/g, "");
  return display ? `"${display}" <${address}>` : configuredFrom;
}

export function createEmailWorker(deps: EmailWorkerDeps): EmailWorker {
  const { db, clock, config, transport } = deps;
  const workerId = deps.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const logger = deps.logger.child({ component: "email-worker", workerId });
  const pollMs = deps.pollMs ?? 1000;
  const random = deps.random ?? Math.random;
  const sqlite = db.$client;
  /**
   * Each claim leases its rows under its own name, not just the worker's: the batches of one
   * worker run side by side, and a batch whose lease lapsed must not settle (or free for a third
   * send) a row a newer batch of the same worker has claimed since.
   */
  let claims = 0;

  const claimStmt = sqlite.prepare(`
    UPDATE email_outbox
    SET lease_owner = @owner, lease_until = @leaseUntil, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM email_outbox
      WHERE status = 'PENDING' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until < @now)
        AND (@signInOnly = 0 OR kind = 'SIGN_IN_LINK')
      -- Someone is waiting on a sign-in email right now; an invite or a notification can wait a batch.
      ORDER BY CASE kind WHEN 'SIGN_IN_LINK' THEN 0 WHEN 'INVITE' THEN 1 ELSE 2 END, id
      LIMIT @limit
    )
    RETURNING id, facility_id AS facilityId, kind, to_email AS toEmail, subject, html_body AS htmlBody,
              text_body AS textBody, sign_in_link_id AS signInLinkId,
              invitation_id AS invitationId, attempts`);

  // Everything the templates need for the whole batch in one statement.
  const contextStmt = sqlite.prepare(`
    SELECT o.id AS outboxId,
           f.name AS facilityName, f.brand_color AS brandColor, f.logo_url AS logoUrl, f.logo_file_id AS logoFileId,
           f.time_zone AS timeZone,
           f.reply_to_email AS replyToEmail, f.welcome_message AS welcomeMessage, f.sign_in_method AS signInMethod,
           l.id AS linkId, l.expires_at AS linkExpiresAt, l.consumed_at AS linkConsumedAt, l.voided_at AS linkVoidedAt,
           i.state AS invitationState,
           cu.name AS customerName, co.name AS contactName, co.id AS contactId
    FROM email_outbox o
    JOIN facilities f ON f.id = o.facility_id
    LEFT JOIN sign_in_links l ON l.id = o.sign_in_link_id
    LEFT JOIN invitations i ON i.id = coalesce(o.invitation_id, l.invitation_id)
    LEFT JOIN customers cu ON cu.id = coalesce(l.customer_id, i.customer_id)
    LEFT JOIN contacts co ON co.id = CASE WHEN l.id IS NOT NULL THEN l.contact_id ELSE i.contact_id END
    WHERE o.id IN (SELECT value FROM json_each(?))`);

  // Adds a token rather than replacing one: if this claim's lease lapses mid-send, the email may still
  // arrive, and the copy the next claim sends must not kill its link.
  const mintStmt = sqlite.prepare(
    "INSERT INTO sign_in_link_tokens (link_id, token_hash, code_hash, created_at) VALUES (?, ?, ?, ?)",
  );
  // A copy Postmark refused reached nobody: its 8-digit code must not stay one more code a guess
  // could match (every retry mints another).
  const unmintStmt = sqlite.prepare("DELETE FROM sign_in_link_tokens WHERE token_hash = ?");

  const sentStmt = sqlite.prepare(`
    UPDATE email_outbox
    SET status = 'SENT', sent_at = @now, provider_message_id = @messageId, last_error = NULL, last_error_code = NULL,
        lease_owner = NULL, lease_until = NULL
    WHERE id = @id`);

  // Guarded by the lease: if it lapsed and another worker took the row, that worker's answer counts.
  const failStmt = sqlite.prepare(`
    UPDATE email_outbox
    SET status = 'FAILED', last_error_code = @code, last_error = @error, lease_owner = NULL, lease_until = NULL
    WHERE id = @id AND status = 'PENDING' AND lease_owner = @owner`);

  const retryStmt = sqlite.prepare(`
    UPDATE email_outbox
    SET next_attempt_at = @next, last_error_code = @code, last_error = @error, lease_owner = NULL, lease_until = NULL
    WHERE id = @id AND status = 'PENDING' AND lease_owner = @owner`);

  // A delivery webhook may already have moved the invitation on; never step it back.
  const invitationSentStmt = sqlite.prepare(`
    UPDATE invitations SET delivery_state = 'SENT', delivery_detail = NULL, delivery_updated_at = @now
    WHERE id = @id AND delivery_state = 'QUEUED'`);
  const invitationFailedStmt = sqlite.prepare(`
    UPDATE invitations SET delivery_state = 'FAILED', delivery_detail = @detail, delivery_updated_at = @now
    WHERE id = @id AND delivery_state = 'QUEUED'`);

  const invitationEventStmt = sqlite.prepare(
    "INSERT INTO invitation_events (invitation_id, kind, detail, at) VALUES (@id, @kind, @detail, @now)",
  );

  function fail(row: ClaimedRow, owner: string, now: number, code: number | null, error: string, detail: string): void {
    const changed = failStmt.run({ id: row.id, owner, code, error }).changes;
    if (changed && row.invitationId) {
      invitationFailedStmt.run({ id: row.invitationId, detail, now });
      invitationEventStmt.run({ id: row.invitationId, kind: "FAILED", detail, now });
    }
  }

  /**
   * Claims due rows and mints their links' tokens in one write transaction. Only hashes reach the
   * database; if the process dies mid-send, the lease lapses and a retry mints another token for
   * the same link, so whichever copy arrives works, once.
   */
  function claim(now: Date, lane: Lane): { minted: Minted[]; settled: number; owner: string } {
    const owner = `${workerId}#${++claims}`;
    return writeTransaction(db, () => {
      const rows = (
        claimStmt.all({
          owner,
          now: now.getTime(),
          leaseUntil: now.getTime() + LEASE_MS,
          limit: BATCH_LIMIT,
          signInOnly: lane === "sign-in" ? 1 : 0,
        }) as ClaimedRow[]
      ).sort((a, b) => a.id - b.id);
      if (rows.length === 0) return { minted: [], settled: 0, owner };
      const contexts = new Map(
        (contextStmt.all(JSON.stringify(rows.map((r) => r.id))) as ContextRow[]).map((c) => [c.outboxId, c]),
      );
      const minted: Minted[] = [];
      let settled = 0;
      for (const row of rows) {
        const context = contexts.get(row.id);
        if (context && row.subject !== null) {
          minted.push({ row, context, token: "", code: "" });
          continue;
        }
        const linkUsable =
          context?.linkId != null &&
          context.linkConsumedAt == null &&
          context.linkVoidedAt == null &&
          (context.linkExpiresAt ?? 0) > now.getTime() &&
          (context.invitationState == null || context.invitationState === "PENDING");
        if (!context || !linkUsable) {
          fail(
            row,
            owner,
            now.getTime(),
            null,
            LINK_NO_LONGER_VALID,
            "Not sent: the link was used, replaced or expired before the email went out",
          );
          settled++;
          continue;
        }
        const token = newToken();
        const code = newCode();
        mintStmt.run(context.linkId, sha256(token), hashCode(context.linkId as number, code), now.getTime());
        minted.push({ row, context, token, code });
      }
      return { minted, settled, owner };
    });
  }

  function compose(item: Minted, now: Date, onboarding: Map<number, string[]>): OutgoingEmail {
    const { row, context } = item;
    const facility: FacilityBranding = {
      name: context.facilityName,
      brandColor: context.brandColor,
      logoUrl: absoluteLogoUrl(context, config.publicUrl),
      replyToEmail: context.replyToEmail,
      welcomeMessage: context.welcomeMessage,
      timeZone: context.timeZone,
    };
    const input = {
      facility,
      recipientName: context.contactId != null ? context.contactName : context.customerName,
      signInUrl: `${config.publicUrl}/portal/link/${item.token}`,
      code: item.code,
      expiresAt: new Date(context.linkExpiresAt as number),
      now,
    };
    const rendered: RenderedEmail =
      row.subject !== null
        ? { subject: row.subject, htmlBody: row.htmlBody ?? "", textBody: row.textBody ?? "" }
        : row.kind === "INVITE"
          ? renderInviteEmail({
              ...input,
              onboardingSteps: onboarding.get(row.facilityId) ?? [],
              choosePassword: context.signInMethod === "PASSWORD",
              accountHolderName: context.contactId != null ? context.customerName : null,
            })
          : renderSignInLinkEmail(input);
    return {
      outboxId: row.id,
      from: senderFor(facility.name, config.emailFrom),
      to: row.toEmail,
      replyTo: facility.replyToEmail?.trim() || undefined,
      subject: rendered.subject,
      htmlBody: rendered.htmlBody,
      textBody: rendered.textBody,
      tag: row.kind === "INVITE" ? "invite" : row.kind === "SIGN_IN_LINK" ? "sign-in-link" : row.kind.toLowerCase(),
    };
  }

  function record(
    rows: Map<number, ClaimedRow>,
    tokens: Map<number, string>,
    owner: string,
    results: SendResult[],
  ): { sent: number; failed: number; retrying: number } {
    const now = clock.now().getTime();
    const counts = { sent: 0, failed: 0, retrying: 0 };
    // The batch's transient failures share one retry time, so they come back as one batch (one
    // Postmark call) rather than trickling out one jittered row at a time.
    const retrying = results.filter((r) => !r.ok && !r.permanent).map((r) => rows.get(r.outboxId)?.attempts ?? 0);
    const retryAt = now + retryDelayMs(Math.max(0, ...retrying), random);
    writeTransaction(db, () => {
      for (const result of results) {
        const row = rows.get(result.outboxId);
        if (!row) continue;
        const token = tokens.get(row.id);
        if (!result.ok && result.refused && token) unmintStmt.run(sha256(token));
        if (result.ok) {
          sentStmt.run({ id: row.id, now, messageId: result.messageId || null });
          if (row.invitationId) {
            invitationSentStmt.run({ id: row.invitationId, now });
            invitationEventStmt.run({ id: row.invitationId, kind: "SENT", detail: null, now });
          }
          counts.sent++;
        } else if (result.permanent) {
          fail(row, owner, now, result.errorCode, result.message, result.message);
          counts.failed++;
        } else if (row.attempts >= MAX_ATTEMPTS) {
          fail(row, owner, now, result.errorCode, `${GAVE_UP_REASON} (last error: ${result.message})`, GAVE_UP_REASON);
          counts.failed++;
        } else {
          retryStmt.run({ id: row.id, owner, next: retryAt, code: result.errorCode, error: result.message });
          counts.retrying++;
        }
      }
    });
    return counts;
  }

  async function processBatch(lane: Lane = "any"): Promise<number> {
    const now = clock.now();
    const { minted, settled, owner } = claim(now, lane);
    if (minted.length === 0) return settled;

    const onboarding = deps.loadOnboardingSteps
      ? deps.loadOnboardingSteps(db, [...new Set(minted.map((m) => m.row.facilityId))])
      : new Map<number, string[]>();
    const outgoing: OutgoingEmail[] = [];
    const unbuildable: SendResult[] = [];
    for (const item of minted) {
      try {
        outgoing.push(compose(item, now, onboarding));
      } catch (error) {
        logger.error("could not render an email", { outboxId: item.row.id, error });
        unbuildable.push({
          outboxId: item.row.id,
          ok: false,
          permanent: false,
          refused: true,
          errorCode: -1,
          message: "Could not build the email",
        });
      }
    }

    let results: SendResult[];
    try {
      results = await transport.sendBatch(outgoing);
    } catch (error) {
      // Transports report failures as results; a throw is a bug, so retry everything later.
      logger.error("email transport threw", { error });
      results = outgoing.map((m) => ({
        outboxId: m.outboxId,
        ok: false,
        permanent: false,
        refused: false,
        errorCode: -1,
        message: "Email transport error",
      }));
    }
    const counts = record(
      new Map(minted.map((m) => [m.row.id, m.row])),
      new Map(minted.filter((m) => m.token).map((m) => [m.row.id, m.token])),
      owner,
      [...results, ...unbuildable],
    );
    logger.info("email batch processed", { ...counts, skipped: settled });
    return settled + minted.length;
  }

  /**
   * Hands back rows this worker claimed but did not settle (a batch that failed midway), so another
   * worker sends them now rather than when the lease runs out.
   */
  function releaseLeases(): void {
    const released = sqlite
      .prepare(
        "UPDATE email_outbox SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ? AND status = 'PENDING'",
      )
      .run(workerId).changes;
    if (released > 0) logger.info("email leases released", { released });
  }

  let started = false;
  let stopped = false;
  let inFlight = 0;
  let signInLaneBusy = false;
  /** Something asked for a batch while every lane was busy: start one as soon as a lane frees. */
  let wanted = false;
  let timer: NodeJS.Timeout | undefined;
  const runs = new Set<Promise<unknown>>();

  /** stop() waits for every batch in flight, whether the loop or a direct runOnce started it. */
  function track<T>(batch: Promise<T>): Promise<T> {
    runs.add(batch);
    void batch.finally(() => runs.delete(batch)).catch(() => undefined);
    return batch;
  }

  function run(lane: Lane): Promise<number> {
    return processBatch(lane).catch((error) => {
      logger.error("email worker run failed", { error });
      return 0;
    });
  }

  /**
   * Starts one more batch if a lane is free; a full batch or a queued request starts the next.
   * With every general lane held up, sign-in links still get a lane of their own.
   */
  function launch(): void {
    if (stopped) return;
    if (inFlight < MAX_CONCURRENT_BATCHES) {
      inFlight++;
      wanted = false;
      void track(
        run("any").then((processed) => {
          inFlight--;
          // A full batch means more is probably waiting.
          if (processed >= BATCH_LIMIT || wanted) launch();
        }),
      );
      return;
    }
    wanted = true;
    if (signInLaneBusy) return;
    signInLaneBusy = true;
    void track(
      run("sign-in").then((processed) => {
        signInLaneBusy = false;
        if (processed >= BATCH_LIMIT) launch();
      }),
    );
  }

  function poll(): void {
    timer = undefined;
    if (stopped) return;
    launch();
    timer = setTimeout(poll, pollMs);
    timer.unref();
  }

  return {
    runOnce: () => track(processBatch()),
    start() {
      if (started) return;
      started = true;
      stopped = false;
      poll();
    },
    nudge() {
      if (!started || stopped) return;
      launch();
    },
    async stop() {
      stopped = true;
      started = false;
      clearTimeout(timer);
      timer = undefined;
      while (runs.size > 0) await Promise.allSettled([...runs]);
      releaseLeases();
    },
  };
}
