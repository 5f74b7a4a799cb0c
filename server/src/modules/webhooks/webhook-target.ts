import { createHmac } from "node:crypto";
import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { isPublicAddress } from "../../lib/public-address.js";

/** Longest endpoint URL accepted. */
export const MAX_WEBHOOK_URL = 2000;

/** Why a URL may not receive webhooks, in words an admin can act on. */
export class WebhookTargetError extends Error {}

type Resolved = { address: string; family: 4 | 6 };

/** The URL parsed and its scheme checked; what the host resolves to is checked by resolveTarget. */
export function parseWebhookUrl(raw: string): URL {
  const text = raw.trim();
  if (text.length === 0) throw new WebhookTargetError("Enter the endpoint's URL");
  if (text.length > MAX_WEBHOOK_URL) throw new WebhookTargetError(`The URL is at most ${MAX_WEBHOOK_URL} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookTargetError("Enter a full URL, such as https://example.com/webhooks/portico");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new WebhookTargetError("The URL must start with https://");
  if (url.username || url.password) throw new WebhookTargetError("Leave the user name and password out of the URL");
  return url;
}

/**
 * Resolves the URL's host and checks every address it has: one private address is enough to refuse
 * (unless private targets are allowed). http:// is refused unless the target is private and allowed
 * (a receiver on the developer's machine). Answers the address to connect to, so the request goes
 * to the address checked and a second lookup (DNS rebinding) cannot send it elsewhere.
 */
export async function resolveTarget(url: URL, allowPrivate: boolean): Promise<Resolved> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: Resolved[];
  const literal = net.isIP(host);
  if (literal !== 0) {
    addresses = [{ address: host, family: literal as 4 | 6 }];
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => ({
        address: a.address,
        family: a.family === 6 ? 6 : 4,
      }));
    } catch {
      throw new WebhookTargetError(`The host ${host} could not be found`);
    }
  }
  const first = addresses[0];
  if (!first) throw new WebhookTargetError(`The host ${host} could not be found`);
  const allPublic = addresses.every((a) => isPublicAddress(a.address));
  if (!allPublic && !allowPrivate)
    throw new WebhookTargetError("The URL points to a private or local network address; use a public https:// URL");
  if (url.protocol === "http:" && allPublic) throw new WebhookTargetError("The URL must start with https://");
  return first;
}

/** The Portico-Signature header of body sent at `at`: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export function signatureHeader(secret: string, body: string, at: Date): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

export type PostResult = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** Bytes of a receiver's answer read before the connection is dropped; the body is not kept. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * POSTs body to url, connecting only to `target` (resolveTarget's answer), within timeoutMs for the
 * whole exchange. Redirects are not followed: a 3xx is a failure like any other non-2xx.
 */
export function postWebhook(input: {
  url: URL;
  target: Resolved;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
}): Promise<PostResult> {
  const { url, target, body } = input;
  const client = url.protocol === "https:" ? https : http;
  return new Promise<PostResult>((resolve) => {
    let settled = false;
    const finish = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(
      url,
      {
        method: "POST",
        agent: false,
        headers: {
          ...input.headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "user-agent": "Portico-Webhooks/1.0",
        },
        lookup: (_host, options, callback) => {
          const cb = callback as (...args: unknown[]) => void;
          if ((options as { all?: boolean }).all) cb(null, [{ address: target.address, family: target.family }]);
          else cb(null, target.address, target.family);
        },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        let read = 0;
        response.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_ANSWER_BYTES) response.destroy();
        });
        const done = () =>
          finish(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `HTTP ${status}` });
        response.on("end", done);
        response.on("close", done);
        response.on("error", done);
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, status: null, error: "The endpoint did not answer in time" });
      request.destroy();
    }, input.timeoutMs);
    request.on("error", (error: NodeJS.ErrnoException) =>
      finish({ ok: false, status: null, error: error.code ? `Could not connect (${error.code})` : error.message }),
    );
    request.end(body);
  });
}
