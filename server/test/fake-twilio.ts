/**
 * A stand-in for Twilio's Messages API on 127.0.0.1, so tests exercise the official `twilio` client
 * over real HTTP. It checks the account's basic auth, answers a create with Twilio's message shape
 * (201, status "queued"), refuses what Twilio refuses (error 21211 for a number that is not E.164,
 * 21610 for a number that replied STOP), and plays Twilio's side of the webhooks: status callbacks
 * and inbound messages, signed with X-Twilio-Signature the way Twilio signs them.
 *
 * Standalone (for browser tests), from server/ where @swc-node/register resolves:
 *   node --import @swc-node/register/esm-register test/fake-twilio.ts --port 4450 --sid AC… --token X
 * GET /__messages lists what was accepted; POST /__status {sid, status, errorCode?} sends a status
 * callback; POST /__inbound {from, body, url} sends an inbound message to url; DELETE /__messages resets.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import twilio from "twilio";

export type FakeTwilioMessage = {
  sid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  statusCallback: string | null;
  status: string;
};

export type FakeTwilio = {
  url: string;
  port: number;
  messages: FakeTwilioMessage[];
  /** Every call to the Messages API with its HTTP status, refused ones included. */
  calls: Array<{ status: number }>;
  /** The next n creates answer this HTTP status (a Twilio outage). */
  failNextCalls(n: number, status: number): void;
  /** Posts a status callback for a message; answers the webhook's HTTP status. */
  sendStatus(sid: string, status: string, errorCode?: number): Promise<number>;
  /** Posts an inbound text (a reply such as STOP) to url; answers the webhook's HTTP status. */
  sendInbound(url: string, from: string, body: string, options?: { signature?: string }): Promise<number>;
  reset(): void;
  close(): Promise<void>;
};

/** Twilio's Advanced Opt-Out keywords, which it applies itself before passing the message on. */
const STOP_WORDS = new Set(["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"]);
const START_WORDS = new Set(["START", "UNSTOP", "YES"]);

const E164 = /^\+[1-9]\d{6,14}$/;

function sid(prefix: string): string {
  return `${prefix}${randomBytes(16).toString("hex")}`;
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Posts form fields to a webhook URL signed as Twilio signs them: HMAC-SHA1 of the URL and sorted fields. */
async function postSigned(
  url: string,
  authToken: string,
  params: Record<string, string>,
  signature?: string,
  // "localhost" may resolve to ::1 first, where a server listening on 0.0.0.0 is not.
  deliverTo: (url: string) => string = (u) => u.replace("://localhost:", "://127.0.0.1:"),
): Promise<number> {
  const response = await fetch(deliverTo(url), {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": signature ?? twilio.getExpectedTwilioSignature(authToken, url, params),
    },
    body: new URLSearchParams(params).toString(),
  });
  await response.arrayBuffer();
  return response.status;
}

export async function startFakeTwilio(options: {
  accountSid: string;
  authToken: string;
  port?: number;
  /**
   * Where a webhook addressed to a URL is actually posted (signed over the URL itself, as Twilio
   * signs the URL it was given): lets a test server behind a public URL it does not answer on get them.
   */
  deliverTo?: (url: string) => string;
}): Promise<FakeTwilio> {
  const { accountSid, authToken } = options;
  const host = "127.0.0.1";
  const messages: FakeTwilioMessage[] = [];
  const calls: Array<{ status: number }> = [];
  const blocked = new Set<string>();
  let failures = { remaining: 0, status: 500 };
  const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;
  const messagesPath = `/2010-04-01/Accounts/${accountSid}/Messages.json`;

  async function sendStatus(messageSid: string, status: string, errorCode?: number): Promise<number> {
    const message = messages.find((m) => m.sid === messageSid);
    if (!message?.statusCallback) throw new Error(`No message ${messageSid} with a status callback`);
    message.status = status;
    return postSigned(
      message.statusCallback,
      authToken,
      {
        AccountSid: accountSid,
        MessageSid: messageSid,
        SmsSid: messageSid,
        MessageStatus: status,
        SmsStatus: status,
        To: message.to,
        From: message.from ?? "",
        ...(errorCode ? { ErrorCode: String(errorCode) } : {}),
      },
      undefined,
      options.deliverTo,
    );
  }

  async function sendInbound(
    url: string,
    from: string,
    body: string,
    opts: { signature?: string } = {},
  ): Promise<number> {
    const word = body.trim().toUpperCase();
    const optOutType = STOP_WORDS.has(word)
      ? "STOP"
      : START_WORDS.has(word)
        ? "START"
        : word === "HELP"
          ? "HELP"
          : null;
    if (optOutType === "STOP") blocked.add(from);
    if (optOutType === "START") blocked.delete(from);
    return postSigned(
      url,
      authToken,
      {
        AccountSid: accountSid,
        MessageSid: sid("SM"),
        From: from,
        To: "+15005550006",
        Body: body,
        NumMedia: "0",
        ...(optOutType ? { OptOutType: optOutType } : {}),
      },
      opts.signature,
      options.deliverTo,
    );
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", `http://${host}`);
      if (url.pathname === "/__messages" && req.method === "GET") return send(res, 200, messages);
      if (url.pathname === "/__messages" && req.method === "DELETE") {
        reset();
        return send(res, 200, { ok: true });
      }
      if (url.pathname === "/__status" && req.method === "POST") {
        const input = JSON.parse(await readBody(req)) as { sid: string; status: string; errorCode?: number };
        return send(res, 200, { status: await sendStatus(input.sid, input.status, input.errorCode) });
      }
      if (url.pathname === "/__inbound" && req.method === "POST") {
        const input = JSON.parse(await readBody(req)) as { url: string; from: string; body: string };
        return send(res, 200, { status: await sendInbound(input.url, input.from, input.body) });
      }
      if (url.pathname !== messagesPath || req.method !== "POST") {
        return send(res, 404, { code: 20404, message: "The requested resource was not found", status: 404 });
      }
      const refuse = (status: number, code: number, message: string) => {
        calls.push({ status });
        send(res, status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });
      };
      if (req.headers.authorization !== expectedAuth) return refuse(401, 20003, "Authenticate");
      if (failures.remaining > 0) {
        failures.remaining--;
        return refuse(failures.status, 20500, "Internal Server Error");
      }
      const form = new URLSearchParams(await readBody(req));
      const to = form.get("To") ?? "";
      const from = form.get("From");
      const messagingServiceSid = form.get("MessagingServiceSid");
      const body = form.get("Body") ?? "";
      if (!E164.test(to)) return refuse(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
      if (!from && !messagingServiceSid)
        return refuse(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required");
      if (!body) return refuse(400, 21602, "Message body is required.");
      if (blocked.has(to)) return refuse(400, 21610, "Attempt to send to unsubscribed recipient");
      const message: FakeTwilioMessage = {
        sid: sid("SM"),
        to,
        from,
        messagingServiceSid,
        body,
        statusCallback: form.get("StatusCallback"),
        status: "queued",
      };
      messages.push(message);
      calls.push({ status: 201 });
      const now = new Date().toUTCString();
      return send(res, 201, {
        sid: message.sid,
        account_sid: accountSid,
        to,
        from,
        messaging_service_sid: messagingServiceSid,
        body,
        status: "queued",
        num_segments: "1",
        direction: "outbound-api",
        api_version: "2010-04-01",
        date_created: now,
        date_updated: now,
        date_sent: null,
        error_code: null,
        error_message: null,
        price: null,
        price_unit: "USD",
        uri: `/2010-04-01/Accounts/${accountSid}/Messages/${message.sid}.json`,
      });
    } catch (error) {
      send(res, 500, { message: String(error) });
    }
  });

  function reset() {
    messages.length = 0;
    calls.length = 0;
    blocked.clear();
    failures = { remaining: 0, status: 500 };
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    messages,
    calls,
    failNextCalls(n, status) {
      failures = { remaining: n, status };
    },
    sendStatus,
    sendInbound,
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const fake = await startFakeTwilio({
    accountSid: argument("sid") ?? process.env.TWILIO_ACCOUNT_SID ?? "ACfake",
    authToken: argument("token") ?? process.env.TWILIO_AUTH_TOKEN ?? "fake-twilio-token",
    port: Number(argument("port") ?? 4450),
  });
  process.stdout.write(`${fake.url}\n`);
  const shutdown = () => void fake.close().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
