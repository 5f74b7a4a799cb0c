import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import express, { type Request, Router } from "express";
import { textsConfigured } from "../config.js";
import type { Deps } from "../graphql/context.js";
import { safeEqual } from "../lib/tokens.js";
import { textBouncedInvite } from "../modules/invitations/bounced-invite-text.service.js";
import { recordInvitationEvent } from "../modules/invitations/invitation-events.service.js";
import type { ServiceDeps } from "../modules/service-deps.js";
import { queueInvitationEvents } from "../modules/webhooks/webhooks.service.js";

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
  router.post("/", express.json({ limit: "1mb" }), async (req, res) => {
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
    const outcome = await applyEvent(deps, event);
    // An applied event may have queued webhooks, or the bounced invite's text.
    if (outcome === "applied") deps.nudgeOutbox();
    res.status(200).json({ ok: true, outcome });
  });
  return router;
}

type DeliveryState = "QUEUED" | "SENT" | "DELIVERED" | "BOUNCED";

export async function applyEvent(
  deps: Pick<ServiceDeps, "data" | "clock" | "config">,
  event: PostmarkEvent,
): Promise<"applied" | "duplicate" | "ignored"> {
  const { data } = deps;
  const { t } = data;
  const now = deps.clock.now();
  const key =
    event.RecordType === "Delivery"
      ? `postmark:Delivery:${event.MessageID}`
      : `postmark:${event.RecordType}:${event.ID ?? event.MessageID}`;
  const messageId = event.MessageID ?? "";
  const outboxId = Number(event.Metadata?.outboxId);
  return data.transaction(async (tx) => {
    const [row] = await tx
      .select({ invitationId: t.emailOutbox.invitationId })
      .from(t.emailOutbox)
      .where(
        or(
          eq(t.emailOutbox.providerMessageId, messageId),
          eq(t.emailOutbox.id, Number.isSafeInteger(outboxId) ? outboxId : -1),
        ),
      )
      // The message Postmark names first; the outbox id it carries back only when none is recorded.
      .orderBy(asc(sql`CASE WHEN ${t.emailOutbox.providerMessageId} = ${messageId} THEN 0 ELSE 1 END`))
      .limit(1);
    const invitationId = row?.invitationId;
    // Only a matched event is remembered: one that arrives before its message is known can apply
    // when Postmark sends it again.
    if (!invitationId) return "ignored";
    const fresh = await tx
      .insert(t.webhookEvents)
      .values({ key, receivedAt: now })
      .onConflictDoNothing()
      .returning({ key: t.webhookEvents.key });
    if (fresh.length === 0) return "duplicate";

    const at = new Date(event.DeliveredAt ?? event.BouncedAt ?? now.toISOString());
    const when = Number.isNaN(at.getTime()) ? now : at;
    /** Moves the invitation's delivery state forward, from one of the states given, never back. */
    const moveTo = (state: "DELIVERED" | "BOUNCED", detail: string | null, from: DeliveryState[]) =>
      tx
        .update(t.invitations)
        .set({ deliveryState: state, deliveryDetail: detail, deliveryUpdatedAt: when })
        .where(and(eq(t.invitations.id, invitationId), inArray(t.invitations.deliveryState, from)));
    if (event.RecordType === "Delivery") {
      await moveTo("DELIVERED", null, ["QUEUED", "SENT"]);
      await recordInvitationEvent(tx, t, invitationId, "DELIVERED", when);
      await queueInvitationEvents(tx, t, "invitation.delivered", [invitationId], now);
      return "applied";
    }
    if (event.RecordType === "SpamComplaint") {
      const detail = "The recipient marked the invite as spam";
      await moveTo("BOUNCED", detail, ["QUEUED", "SENT", "DELIVERED"]);
      await recordInvitationEvent(tx, t, invitationId, "SPAM_COMPLAINT", when, detail);
      await queueInvitationEvents(tx, t, "invitation.bounced", [invitationId], now, { detail, permanent: true });
      return "applied";
    }
    if (event.RecordType === "Bounce") {
      const detail = [event.Description, event.Details].filter(Boolean).join(" — ") || "The email bounced";
      const permanent = event.Inactive || PERMANENT_BOUNCES.has(event.Type ?? "");
      if (permanent) await moveTo("BOUNCED", detail, ["QUEUED", "SENT", "DELIVERED"]);
      const note = permanent ? detail : `${detail} (temporary: the mail server may still accept it)`;
      await recordInvitationEvent(tx, t, invitationId, "BOUNCED", when, note);
      await queueInvitationEvents(tx, t, "invitation.bounced", [invitationId], now, { detail, permanent });
      // The address will not take mail: the person's number may (a complaint is an answer, not this).
      if (permanent) {
        await textBouncedInvite(tx, data, { invitationId, now, textsConfigured: textsConfigured(deps.config) });
      }
      return "applied";
    }
    return "ignored";
  });
}
