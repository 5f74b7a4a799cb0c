import express, { type Request, type Response, Router } from "express";
import type { Deps } from "../graphql/context.js";
import { applyInboundText, applyTextStatus, type TextDeliveryStatus } from "../modules/texts/texts.service.js";

/** Twilio's status words as the outbox keeps them; others (accepted, sending…) change nothing. */
const STATUSES: Record<string, TextDeliveryStatus> = {
  queued: "QUEUED",
  sent: "SENT",
  delivered: "DELIVERED",
  read: "DELIVERED",
  failed: "FAILED",
  canceled: "FAILED",
  undelivered: "UNDELIVERED",
};

type Fields = Record<string, string>;

type Validator = typeof import("twilio/lib/webhooks/webhooks.js");

/**
 * The client's webhook module alone, loaded with the first webhook. A CommonJS module: its exports
 * sit on the namespace, or on its default (once or twice) depending on how it was bundled.
 */
async function webhookValidator(): Promise<Pick<Validator, "validateRequest">> {
  const loaded = (await import("twilio/lib/webhooks/webhooks.js")) as unknown as Record<string, unknown>;
  const candidates = [loaded, loaded.default, (loaded.default as Record<string, unknown> | undefined)?.default];
  const found = candidates.find(
    (m): m is Pick<Validator, "validateRequest"> =>
      typeof (m as Partial<Validator> | undefined)?.validateRequest === "function",
  );
  if (!found) throw new Error("Twilio's webhook validator could not be loaded");
  return found;
}

function fieldsOf(req: Request): Fields {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const fields: Fields = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === "string") fields[key] = value;
  return fields;
}

/**
 * Twilio's webhooks: the status callback of each text sent, and the texts people send back (STOP,
 * START). Each request must carry Twilio's X-Twilio-Signature over the URL Twilio was given
 * (PUBLIC_URL + the path) and the posted fields, checked by the official client's validateRequest;
 * anything else is refused before it is read. Both are idempotent (webhook_events).
 */
export function twilioWebhookRouter(deps: Deps): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: "64kb", parameterLimit: 100 });

  async function verified(req: Request, res: Response, path: string): Promise<Fields | null> {
    const twilio = deps.config.twilio;
    if (!twilio) {
      res.status(503).json({ error: "Texts are not configured (TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN)" });
      return null;
    }
    const fields = fieldsOf(req);
    const signature = req.get("x-twilio-signature") ?? "";
    const { validateRequest } = await webhookValidator();
    const url = `${deps.config.publicUrl}/webhooks/twilio/${path}`;
    if (!signature || !validateRequest(twilio.authToken, signature, url, fields)) {
      res.status(403).json({ error: "Invalid Twilio signature" });
      return null;
    }
    if (fields.AccountSid !== twilio.accountSid) {
      res.status(403).json({ error: "Unknown account" });
      return null;
    }
    return fields;
  }

  router.post("/status", form, async (req, res) => {
    const fields = await verified(req, res, "status");
    if (!fields) return;
    const sid = fields.MessageSid ?? fields.SmsSid ?? "";
    const status = STATUSES[fields.MessageStatus ?? fields.SmsStatus ?? ""];
    if (!sid || sid.length > 64) {
      res.status(400).json({ error: "Expected MessageSid and MessageStatus" });
      return;
    }
    const outcome = status
      ? await applyTextStatus(deps, { messageSid: sid, status, errorCode: fields.ErrorCode?.slice(0, 16) ?? null })
      : "ignored";
    res.status(200).json({ ok: true, outcome });
  });

  router.post("/inbound", form, async (req, res) => {
    const fields = await verified(req, res, "inbound");
    if (!fields) return;
    const sid = fields.MessageSid ?? fields.SmsSid ?? "";
    if (!sid || sid.length > 64 || !fields.From) {
      res.status(400).json({ error: "Expected MessageSid and From" });
      return;
    }
    await applyInboundText(deps, {
      messageSid: sid,
      from: fields.From.slice(0, 20),
      body: (fields.Body ?? "").slice(0, 1600),
      optOutType: fields.OptOutType ?? null,
    });
    // Empty TwiML: Twilio's own opt-out handling answers STOP and START.
    res.status(200).type("text/xml").send('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
  });
  return router;
}
