import http from "node:http";
import https from "node:https";
import { setTimeout as afterTimers, setImmediate as yieldToEventLoop } from "node:timers/promises";
import { Errors, type Message, Models, ServerClient } from "postmark";
import type { Logger } from "../lib/logger.js";
import type { EmailTransport, OutgoingEmail, SendResult } from "./transport.js";

/** Postmark refuses batches larger than this. */
export const POSTMARK_MAX_BATCH = 500;

/**
 * How long one call may hang before it counts as a transient failure. Well inside the worker's
 * lease, so a hung call ends before another worker may claim (and send) the same rows.
 */
export const POSTMARK_TIMEOUT_SECONDS = 15;

const INACTIVE_RECIPIENT = 406;
const INVALID_EMAIL = 300;

/** Postmark's per-message codes that retrying cannot fix, with what staff are told. */
const PERMANENT_REASONS: Record<number, string> = {
  [INACTIVE_RECIPIENT]: "The recipient's address is marked inactive at Postmark (hard bounce or spam complaint)",
  [INVALID_EMAIL]: "The email address is not valid",
};

type Answer = { ErrorCode: number; Message: string; MessageID?: string };

/** Connections to Postmark stay open between calls, as fetch would keep them. */
const agents = { "http:": new http.Agent({ keepAlive: true }), "https:": new https.Agent({ keepAlive: true }) };

/**
 * Characters of a request body written between two yields to the event loop: about 1 ms of work,
 * and a 500-email batch (about 3 MB) in a dozen pieces.
 */
export const BODY_PIECE_CHARS = 256 * 1024;

/**
 * The text cut into pieces of at most BODY_PIECE_CHARS characters, and its length in UTF-8 bytes,
 * measured a piece at a time with a yield to the event loop before each piece of a text longer than
 * one. A piece never ends between the two halves of a surrogate pair, so the pieces joined are the text.
 *
 * The first yield matters as much as the others: the client's JSON.stringify answers a string made
 * of many parts, which the first look at its characters copies into one (10–20 ms for a batch),
 * and the stringify itself has just taken 5–10 ms. That yield waits for the loop's timers: an
 * immediate runs in the same turn of the event loop as the I/O callback that queued it, so the
 * stringify and the copy would still hold the loop as one. Measured whole, a batch held the event
 * loop another 10–20 ms (its characters are mostly two bytes wide in UTF-8 terms).
 */
export async function cutInPieces(text: string): Promise<{ pieces: string[]; bytes: number }> {
  const pieces: string[] = [];
  const several = text.length > BODY_PIECE_CHARS;
  let bytes = 0;
  let start = 0;
  while (start < text.length) {
    if (several) await (start === 0 ? afterTimers(0) : yieldToEventLoop());
    let end = Math.min(text.length, start + BODY_PIECE_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    const piece = text.slice(start, end);
    bytes += Buffer.byteLength(piece, "utf8");
    pieces.push(piece);
    start = end;
  }
  return { pieces, bytes };
}

/**
 * Hands the pieces to `write`, yielding to the event loop between two; stops when `write` answers
 * false (the request is gone). They are written as text: the socket encodes each into memory of its
 * own, released once sent. Encoded into Buffers first and kept until Postmark answered, a batch's
 * 3 MB outlived the young generation and waited for a full collection: 10–17 MB of a bulk invite's
 * peak memory.
 */
export async function writeInPieces(pieces: readonly string[], write: (piece: string) => boolean): Promise<void> {
  for (let n = 0; n < pieces.length; n++) {
    if (n > 0) await yieldToEventLoop();
    if (!write(pieces[n] as string)) return;
  }
}

/** What the client reads of a fetch's answer: its status and its text. */
export type PostmarkAnswer = Pick<Response, "ok" | "status" | "text" | "json">;

/** A fetch answer read whole from node:http, without Node's fetch classes. */
class NodeAnswer implements PostmarkAnswer {
  constructor(
    readonly status: number,
    private readonly body: Buffer,
  ) {}
  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  async text(): Promise<string> {
    return this.body.toString("utf8");
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.body.toString("utf8"));
  }
}

/** Headers as the client hands them (a plain object), or as any fetch caller could. */
function headerRecord(init: RequestInit["headers"]): Record<string, string> {
  if (!init) return {};
  if (Array.isArray(init)) return Object.fromEntries(init);
  const record: Record<string, string> = {};
  if (typeof (init as Headers).forEach === "function") {
    (init as Headers).forEach((value, key) => {
      record[key] = value;
    });
    return record;
  }
  for (const [key, value] of Object.entries(init)) record[key] = String(value);
  return record;
}

/**
 * The fetch the client calls (its documented hook for a custom one), over node:http: the method,
 * headers, text body and timeout signal it passes, answered with what it reads (status, text).
 *
 * Node's fetch given the JSON text of a batch of 500 invites (about 3 MB) checks it for lone
 * surrogates character by character in JavaScript, then encodes, copies and streams it; node:http
 * given the text measures it (Content-Length) and encodes it in one go. Either holds the event loop
 * for tens of milliseconds per call. Here the text is measured (cutInPieces), then written
 * (writeInPieces), a piece at a time with yields between. Nothing here touches `Headers`,
 * `Request` or `Response`: the first use of any of them loads Node's whole fetch stack, some 60 ms
 * with the event loop held, in the middle of the first bulk invite's sends.
 */
export async function postmarkFetch(input: string | URL, init: RequestInit = {}): Promise<PostmarkAnswer> {
  const url = new URL(input);
  const headers = headerRecord(init.headers);
  const body = init.body;
  if (body != null && typeof body !== "string") {
    throw new TypeError("postmarkFetch sends text bodies only");
  }
  const { pieces, bytes } = body ? await cutInPieces(body) : { pieces: [], bytes: 0 };
  if (body != null) headers["content-length"] = String(bytes);
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      {
        method: init.method ?? "GET",
        headers,
        agent: url.protocol === "https:" ? agents["https:"] : agents["http:"],
        signal: init.signal ?? undefined,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => resolve(new NodeAnswer(response.statusCode ?? 0, Buffer.concat(chunks))));
      },
    );
    request.on("error", reject);
    const write = (piece: string) => {
      if (request.destroyed) return false;
      request.write(piece);
      return true;
    };
    writeInPieces(pieces, write).then(
      () => {
        if (!request.destroyed) request.end();
      },
      (error: unknown) => request.destroy(error instanceof Error ? error : new Error(String(error))),
    );
  });
}

export class PostmarkTransport implements EmailTransport {
  private readonly client: ServerClient;
  private readonly logger: Logger | undefined;

  constructor(options: { serverToken: string; apiUrl: string; logger?: Logger; timeoutSeconds?: number }) {
    const url = new URL(options.apiUrl);
    this.client = new ServerClient(options.serverToken, {
      useHttps: url.protocol === "https:",
      requestHost: url.host,
      timeout: options.timeoutSeconds ?? POSTMARK_TIMEOUT_SECONDS,
      // The client reads an answer's status and text only (FetchHttpClient.httpRequest).
      fetch: postmarkFetch as typeof fetch,
    });
    this.logger = options.logger;
  }

  async sendBatch(messages: OutgoingEmail[]): Promise<SendResult[]> {
    const results: SendResult[] = [];
    for (let i = 0; i < messages.length; i += POSTMARK_MAX_BATCH) {
      const chunk = messages.slice(i, i + POSTMARK_MAX_BATCH);
      results.push(
        ...(chunk.length === 1 ? await this.sendOne(chunk[0] as OutgoingEmail) : await this.sendMany(chunk)),
      );
    }
    return results;
  }

  private async sendOne(email: OutgoingEmail): Promise<SendResult[]> {
    try {
      const answer = await this.client.sendEmail(toPostmark(email));
      return [fromAnswer(email.outboxId, answer)];
    } catch (error) {
      // A single send reports a rejected message as HTTP 422 carrying the message's ErrorCode.
      if (error instanceof Errors.ApiInputError && PERMANENT_REASONS[error.code]) {
        return [fromAnswer(email.outboxId, { ErrorCode: error.code, Message: error.message })];
      }
      return this.wholeCallFailed([email], error);
    }
  }

  private async sendMany(emails: OutgoingEmail[]): Promise<SendResult[]> {
    let answers: Answer[];
    try {
      answers = await this.client.sendEmailBatch(emails.map(toPostmark));
    } catch (error) {
      return this.wholeCallFailed(emails, error);
    }
    // Batch answers come in request order; failed entries carry no To or MessageID to match on.
    return emails.map((email, i) => {
      const answer = answers[i];
      if (!answer) {
        return {
          outboxId: email.outboxId,
          ok: false,
          permanent: false,
          refused: false,
          errorCode: -1,
          message: "Postmark's answer had no entry for this message",
        };
      }
      return fromAnswer(email.outboxId, answer);
    });
  }

  private wholeCallFailed(emails: OutgoingEmail[], error: unknown): SendResult[] {
    const statusCode = error instanceof Errors.PostmarkError ? error.statusCode : 0;
    const code = error instanceof Errors.PostmarkError ? error.code : 0;
    const message = error instanceof Error ? error.message : String(error);
    const data = { statusCode, errorCode: code, error: message, messages: emails.length };
    // A bad token or a refused request will not fix itself: someone has to look at the configuration.
    if (error instanceof Errors.InvalidAPIKeyError || statusCode === 422) {
      this.logger?.error("Postmark refused the request; check POSTMARK_SERVER_TOKEN and the sender", data);
    } else {
      this.logger?.warn("Postmark call failed; will retry", data);
    }
    const reason = statusCode
      ? `Postmark answered HTTP ${statusCode}: ${message}`
      : `Could not reach Postmark: ${message}`;
    return emails.map((e) => ({
      outboxId: e.outboxId,
      ok: false,
      permanent: false,
      // A 4xx is a refusal; a 5xx or no answer (a timeout, a dropped connection) may hide a send.
      refused: statusCode >= 400 && statusCode < 500,
      errorCode: code || statusCode,
      message: reason,
    }));
  }
}

function fromAnswer(outboxId: number, answer: Answer): SendResult {
  if (answer.ErrorCode === 0) return { outboxId, ok: true, messageId: answer.MessageID ?? "" };
  const reason = PERMANENT_REASONS[answer.ErrorCode];
  if (reason)
    return { outboxId, ok: false, permanent: true, refused: true, errorCode: answer.ErrorCode, message: reason };
  return {
    outboxId,
    ok: false,
    permanent: false,
    refused: true,
    errorCode: answer.ErrorCode,
    message: answer.Message || "Postmark did not accept the message",
  };
}

function toPostmark(email: OutgoingEmail): Message {
  return {
    From: email.from,
    To: email.to,
    ReplyTo: email.replyTo,
    Subject: email.subject,
    HtmlBody: email.htmlBody,
    TextBody: email.textBody,
    Tag: email.tag,
    MessageStream: email.messageStream,
    // Sign-in emails carry single-use links: tracking would rewrite them and open pixels leak reads.
    TrackOpens: false,
    TrackLinks: Models.LinkTrackingOptions.None,
    // Lets delivery webhooks find the outbox row even if the MessageID was never recorded.
    Metadata: { outboxId: String(email.outboxId) },
  };
}
