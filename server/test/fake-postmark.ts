/**
 * A stand-in for Postmark's email API on 127.0.0.1, so tests exercise the real `postmark` client
 * over real HTTP. Answers follow Postmark's documented shapes: a single send answers
 * {To, SubmittedAt, MessageID, ErrorCode, Message} (422 with {ErrorCode, Message} on a rejected
 * message); a batch answers 200 with one entry per message, in order.
 *
 * Standalone (for browser tests), from server/ where @swc-node/register resolves:
 *   node --import @swc-node/register/esm-register test/fake-postmark.ts --port 4010 --token X
 * It prints its URL; point POSTMARK_API_URL at it and set POSTMARK_SERVER_TOKEN to the token.
 * GET /__messages lists what was accepted; POST /__reject {email, errorCode, message},
 * POST /__fail {calls, status}, POST /__hold {calls} and POST /__release steer it;
 * DELETE /__messages resets it.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";

export const MAX_BATCH = 500;

export type ReceivedMessage = {
  MessageID: string;
  From: string;
  To: string;
  ReplyTo?: string;
  Subject: string;
  HtmlBody?: string;
  TextBody?: string;
  Tag?: string;
  MessageStream?: string;
  TrackOpens?: boolean;
  TrackLinks?: string;
  Metadata?: Record<string, string>;
  ReceivedAt: string;
};

export type ReceivedCall = { path: string; status: number; messageCount: number };

type Answer = { To?: string; SubmittedAt?: string; MessageID?: string; ErrorCode: number; Message: string };

export type FakePostmark = {
  url: string;
  port: number;
  /** Messages accepted (ErrorCode 0), in arrival order. */
  messages: ReceivedMessage[];
  /** Every API call, including refused ones. */
  calls: ReceivedCall[];
  failNextCalls(n: number, status: number): void;
  /** Fails this share (0..1) of calls from now on, drawing from `random` so a test can replay it. */
  failShareOfCalls(share: number, status: number, random: () => number): void;
  /** The next n calls get no answer until released: a hung Postmark. */
  holdNextCalls(n: number): void;
  /** How many calls are hanging now. */
  readonly held: number;
  /** Held calls whose sender hung up (or died) before they were released: never answered, never accepted. */
  readonly abandoned: number;
  /** Resolves once at least n calls are hanging. */
  whenHeld(n: number): Promise<void>;
  /** Answers every hanging call, in arrival order. */
  releaseHeld(): void;
  rejectRecipient(email: string, errorCode: number, message?: string): void;
  reset(): void;
  close(): Promise<void>;
};

const INACTIVE_MESSAGE =
  "You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: {email}. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.";

function addressOf(value: string): string {
  const match = /<([^>]+)>\s*$/.exec(value);
  return (match?.[1] ?? value).trim().toLowerCase();
}

function isString(v: unknown): v is string {
  return typeof v === "string" && v.trim() !== "";
}

/** Postmark checks each message on its own; in a batch a bad one does not sink the others. */
function validate(m: unknown): string | null {
  if (typeof m !== "object" || m === null || Array.isArray(m)) return "Invalid message: expected a JSON object.";
  const msg = m as Record<string, unknown>;
  if (!isString(msg.From)) return "Invalid 'From' address: no From address was specified.";
  if (!isString(msg.To)) return "Invalid 'To' address: no recipients were specified.";
  if (!/^[^@\s<>]+@[^@\s<>]+$/.test(addressOf(msg.To))) return `Invalid 'To' address: '${msg.To}'.`;
  if (!isString(msg.Subject)) return "Invalid request: the Subject is required.";
  if (!isString(msg.HtmlBody) && !isString(msg.TextBody)) return "Provide either email TextBody or HtmlBody or both.";
  return null;
}

export async function startFakePostmark(options: {
  token: string;
  port?: number;
  host?: string;
}): Promise<FakePostmark> {
  const host = options.host ?? "127.0.0.1";
  const messages: ReceivedMessage[] = [];
  const calls: ReceivedCall[] = [];
  const rejected = new Map<string, { errorCode: number; message: string }>();
  let failures: { remaining: number; status: number } = { remaining: 0, status: 500 };
  let shareFailing: { share: number; status: number; random: () => number } | null = null;
  let holdsLeft = 0;
  let abandonedCalls = 0;
  const heldCalls: Array<() => void> = [];
  let heldWaiters: Array<{ n: number; resolve: () => void }> = [];

  function answerFor(raw: unknown): Answer {
    const problem = validate(raw);
    if (problem) return { ErrorCode: 300, Message: problem };
    const m = raw as ReceivedMessage;
    const rejection = rejected.get(addressOf(m.To));
    if (rejection) return { ErrorCode: rejection.errorCode, Message: rejection.message };
    const accepted: ReceivedMessage = {
      MessageID: randomUUID(),
      From: m.From,
      To: m.To,
      ReplyTo: m.ReplyTo,
      Subject: m.Subject,
      HtmlBody: m.HtmlBody,
      TextBody: m.TextBody,
      Tag: m.Tag,
      MessageStream: m.MessageStream,
      TrackOpens: m.TrackOpens,
      TrackLinks: m.TrackLinks,
      Metadata: m.Metadata,
      ReceivedAt: new Date().toISOString(),
    };
    messages.push(accepted);
    return { To: m.To, SubmittedAt: accepted.ReceivedAt, MessageID: accepted.MessageID, ErrorCode: 0, Message: "OK" };
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body));
      };
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const text = Buffer.concat(chunks).toString("utf8");

      if (path === "/__messages" && req.method === "GET") return send(200, messages);
      if (path === "/__messages" && req.method === "DELETE") {
        reset();
        return send(200, { ok: true });
      }
      if (path === "/__release" && req.method === "POST") {
        releaseHeld();
        return send(200, { ok: true });
      }
      if ((path === "/__reject" || path === "/__fail" || path === "/__hold") && req.method === "POST") {
        try {
          const body = JSON.parse(text) as Record<string, unknown>;
          if (path === "/__reject")
            rejectRecipient(String(body.email), Number(body.errorCode ?? 406), body.message as string | undefined);
          else if (path === "/__hold") holdNextCalls(Number(body.calls ?? 1));
          else failNextCalls(Number(body.calls ?? 1), Number(body.status ?? 500));
          return send(200, { ok: true });
        } catch {
          return send(400, { error: "expected a JSON body" });
        }
      }

      if (req.method !== "POST" || (path !== "/email" && path !== "/email/batch")) {
        return send(404, { ErrorCode: 404, Message: `No endpoint ${req.method} ${path} in the fake Postmark.` });
      }
      const record = (status: number, messageCount: number) => calls.push({ path, status, messageCount });

      const token = req.headers["x-postmark-server-token"];
      if (!token) {
        record(401, 0);
        return send(401, {
          ErrorCode: 10,
          Message:
            "No Account or Server API tokens were supplied in the HTTP headers. Please add a header for either X-Postmark-Server-Token or X-Postmark-Account-Token.",
        });
      }
      if (token !== options.token) {
        record(401, 0);
        return send(401, {
          ErrorCode: 10,
          Message: "The Server Token you provided in the X-Postmark-Server-Token request header was invalid.",
        });
      }
      if (
        !String(req.headers.accept ?? "").includes("application/json") ||
        !String(req.headers["content-type"] ?? "").includes("application/json")
      ) {
        record(422, 0);
        return send(422, {
          ErrorCode: 409,
          Message: "JSON data required: send Accept and Content-Type application/json.",
        });
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        record(422, 0);
        return send(422, { ErrorCode: 402, Message: "Received invalid JSON input." });
      }
      const respond = () => {
        const { status, reply, count } = answer(path, body);
        record(status, count);
        send(status, reply);
      };
      if (holdsLeft > 0) {
        holdsLeft -= 1;
        let answered = false;
        const held = () => {
          answered = true;
          respond();
        };
        heldCalls.push(held);
        // A sender that dies while its call hangs never gets an answer: its messages were not
        // accepted, and releasing the hold later must not count them as sent.
        res.on("close", () => {
          if (answered) return;
          const i = heldCalls.indexOf(held);
          if (i >= 0) heldCalls.splice(i, 1);
          abandonedCalls += 1;
        });
        const ready = heldWaiters.filter((w) => heldCalls.length >= w.n);
        heldWaiters = heldWaiters.filter((w) => heldCalls.length < w.n);
        for (const waiter of ready) waiter.resolve();
        return;
      }
      respond();
    });
  });

  /** Postmark's answer to an authenticated, well-formed call: HTTP status, body, messages counted. */
  function answer(path: string, body: unknown): { status: number; reply: unknown; count: number } {
    const failStatus =
      failures.remaining > 0
        ? failures.status
        : shareFailing && shareFailing.random() < shareFailing.share
          ? shareFailing.status
          : null;
    if (failStatus !== null) {
      if (failures.remaining > 0) failures.remaining -= 1;
      return {
        status: failStatus,
        reply: { ErrorCode: failStatus === 429 ? 429 : 0, Message: `Simulated HTTP ${failStatus}.` },
        count: Array.isArray(body) ? body.length : 1,
      };
    }
    if (path === "/email/batch") {
      if (!Array.isArray(body)) {
        return {
          status: 422,
          reply: { ErrorCode: 300, Message: "Invalid request: a batch must be a JSON array of messages." },
          count: 0,
        };
      }
      if (body.length > MAX_BATCH) {
        return {
          status: 422,
          reply: { ErrorCode: 300, Message: `Invalid request: a batch may contain at most ${MAX_BATCH} messages.` },
          count: body.length,
        };
      }
      return { status: 200, reply: body.map(answerFor), count: body.length };
    }
    const single = answerFor(body);
    return { status: single.ErrorCode === 0 ? 200 : 422, reply: single, count: 1 };
  }

  function failNextCalls(n: number, status: number) {
    failures = { remaining: n, status };
  }
  function rejectRecipient(email: string, errorCode: number, message?: string) {
    rejected.set(addressOf(email), {
      errorCode,
      message:
        message ??
        (errorCode === 406 ? INACTIVE_MESSAGE.replace("{email}", email) : `Rejected with ErrorCode ${errorCode}.`),
    });
  }
  function failShareOfCalls(share: number, status: number, random: () => number) {
    shareFailing = { share, status, random };
  }
  function holdNextCalls(n: number) {
    holdsLeft = n;
  }
  function whenHeld(n: number): Promise<void> {
    if (heldCalls.length >= n) return Promise.resolve();
    return new Promise((resolve) => heldWaiters.push({ n, resolve }));
  }
  function releaseHeld() {
    holdsLeft = 0;
    for (const respond of heldCalls.splice(0)) respond();
  }
  function reset() {
    releaseHeld();
    messages.length = 0;
    calls.length = 0;
    abandonedCalls = 0;
    rejected.clear();
    failures = { remaining: 0, status: 500 };
    shareFailing = null;
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
    failNextCalls,
    failShareOfCalls,
    holdNextCalls,
    get held() {
      return heldCalls.length;
    },
    get abandoned() {
      return abandonedCalls;
    },
    whenHeld,
    releaseHeld,
    rejectRecipient,
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
  const fake = await startFakePostmark({
    token: argument("token") ?? process.env.POSTMARK_SERVER_TOKEN ?? "fake-postmark-token",
    port: Number(argument("port") ?? 4010),
  });
  process.stdout.write(`${fake.url}\n`);
  const shutdown = () => void fake.close().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
