import express, { type Request, Router } from "express";
import { writeTransaction } from "../db/client.js";
import type { Deps } from "../graphql/context.js";
import { safeEqual } from "../lib/tokens.js";
import { recordInvitationEventInSyncTransaction } from "../modules/invitations/invitation-events.js";

type PostmarkEvent = {
  RecordType?: string;
  ID?: number;
  MessageID?: string;
  Type?: string;
  Inactive?: boolean;
  Description?: string;
  Details?: string;
  DeliveredAt?: string;
  BouncedAt?: string;
  Metadata?: Record<string, string>;
};

/** Bounce types that mean the address will not take mail; the others (soft, transient) pass. */
const PERMANENT_BOUNCES = new Set([
  "HardBounce",
  "BadEmailAddress",
  "ManuallyDeactivated",
  "SpamNotification",
  "Blocked",
  "DMARCPolicy",
  "Unsubscribe",
]);

function authorized(req: Request, user: string, password: string): boolean {
  const header = req.get("authorization") ?? "";
  if (!header.startsWith("Basic ")) return false;
  const expected = Buffer.from(`${user}:${password}`).toString("base64");
  return safeEqual(header.slice(6).trim(), expected);
}

/**
 * Postmark's Delivery, Bounce and SpamComplaint webhooks, behind basic auth. Each event is applied
 * once (keyed by its id) and moves the invitation's delivery state forward, never back.
 */
export function postmarkWebhookRouter(deps: Deps): Router {
  const router = Router();
  router.post("/", express.json({ limit: "1mb" }), (req, res) => {
    const { webhookUser, webhookPassword } = deps.config.postmark;
    if (!webhookUser || !webhookPassword) {
      res
        .status(503)
        .json({ error: "Webhooks are not configured (POSTMARK_WEBHOOK_USER / POSTMARK_WEBHOOK_PASSWORD)" });
      return;
    }
    if (!authorized(req, webhookUser, webhookPassword)) {
      res.status(401).set("WWW-Authenticate", 'Basic realm="postmark"').json({ error: "Unauthorized" });
      return;
    }
    const event = req.body as PostmarkEvent;
    if (!event || typeof event !== "object" || !event.RecordType || !event.MessageID) {
      res.status(400).json({ error: "Expected a Postmark webhook event with RecordType and MessageID" });
      return;
    }
    const outcome = applyEvent(deps, event);
    res.status(200).json({ ok: true, outcome });
  });
  return router;
}

export function applyEvent(deps: Deps, event: PostmarkEvent): "applied" | "duplicate" | "ignored" {
  const now = deps.clock.now();
  const key =
    event.RecordType === "Delivery"
      ? `postmark:Delivery:${event.MessageID}`
      : `postmark:${event.RecordType}:${event.ID ?? event.MessageID}`;
  return writeTransaction(deps.db, (tx) => {
    const outboxId = Number(event.Metadata?.outboxId);
    const row = tx.$client
      .prepare(
        `SELECT invitation_id AS invitationId FROM email_outbox
         WHERE provider_message_id = ? OR id = ? ORDER BY provider_message_id = ? DESC LIMIT 1`,
      )
      .get(event.MessageID, Number.isSafeInteger(outboxId) ? outboxId : -1, event.MessageID) as
      | { invitationId: number | null }
      | undefined;
    const invitationId = row?.invitationId;
    // Only a matched event is remembered: one that arrives before its message is known can apply
    // when Postmark sends it again.
    if (!invitationId) return "ignored";
    const fresh = tx.$client
      .prepare("INSERT INTO webhook_events (key, received_at) VALUES (?, ?) ON CONFLICT(key) DO NOTHING")
      .run(key, now.getTime());
    if (fresh.changes === 0) return "duplicate";

    const at = new Date(event.DeliveredAt ?? event.BouncedAt ?? now.toISOString());
    const when = Number.isNaN(at.getTime()) ? now : at;
    const update = tx.$client.prepare(
      `UPDATE invitations SET delivery_state = @state, delivery_detail = @detail, delivery_updated_at = @at
       WHERE id = @id AND delivery_state IN (SELECT value FROM json_each(@from))`,
    );
    if (event.RecordType === "Delivery") {
      update.run({ state: "DELIVERED", detail: null, at: when.getTime(), id: invitationId, from: '["QUEUED","SENT"]' });
      recordInvitationEventInSyncTransaction(tx, invitationId, "DELIVERED", when);
      return "applied";
    }
    if (event.RecordType === "SpamComplaint") {
      const detail = "The recipient marked the invite as spam";
      update.run({
        state: "BOUNCED",
        detail,
        at: when.getTime(),
        id: invitationId,
        from: '["QUEUED","SENT","DELIVERED"]',
      });
      recordInvitationEventInSyncTransaction(tx, invitationId, "SPAM_COMPLAINT", when, detail);
      return "applied";
    }
    if (event.RecordType === "Bounce") {
      const detail = [event.Description, event.Details].filter(Boolean).join(" — ") || "The email bounced";
      const permanent = event.Inactive || PERMANENT_BOUNCES.has(event.Type ?? "");
      if (permanent) {
        update.run({
          state: "BOUNCED",
          detail,
          at: when.getTime(),
          id: invitationId,
          from: '["QUEUED","SENT","DELIVERED"]',
        });
      }
      const note = permanent ? detail : `${detail} (temporary: the mail server may still accept it)`;
      recordInvitationEventInSyncTransaction(tx, invitationId, "BOUNCED", when, note);
      return "applied";
    }
    return "ignored";
  });
}
