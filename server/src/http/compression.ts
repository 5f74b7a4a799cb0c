import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Request, Response } from "express";

/** Below this a compressed answer saves less than the time spent compressing it. */
export const COMPRESS_ABOVE_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The encoding to send: brotli whenever the client takes it (browsers list it last, after gzip, at
 * the same weight), then gzip, else none. The static files are chosen the same way.
 */
export function preferredEncoding(req: Request): "br" | "gzip" | null {
  const header = req.headers["accept-encoding"];
  // No header: the identity only, as Express's negotiation answers.
  if (!header) return null;
  let encoding = chosenFor.get(header);
  if (encoding !== undefined) return encoding;
  encoding = req.acceptsEncodings("br") === "br" ? "br" : req.acceptsEncodings("gzip") === "gzip" ? "gzip" : null;
  if (chosenFor.size < CHOSEN_KEPT) chosenFor.set(header, encoding);
  return encoding;
}

/**
 * The encoding each Accept-Encoding header resolved to: browsers and API clients send a handful of
 * distinct headers, and negotiating one (parsing, weighing) costs more than the rest of choosing.
 */
const chosenFor = new Map<string, "br" | "gzip" | null>();
/** Headers remembered at most: anything past them is negotiated every time, never evicted. */
const CHOSEN_KEPT = 100;

/**
 * Ends a response with `body`, compressed when it is over the threshold and the client takes br or
 * gzip. Brotli runs at quality 4: each answer is compressed once, as it is sent, so speed matters
 * more than the last few percent (11, the default, is for files compressed once at build time).
 * Compression runs on libuv's thread pool, off the event loop.
 */
export async function endCompressed(req: Request, res: Response, body: string): Promise<void> {
  res.append("Vary", "Accept-Encoding");
  const bytes = Buffer.byteLength(body);
  const encoding = bytes > COMPRESS_ABOVE_BYTES ? preferredEncoding(req) : null;
  if (!encoding) {
    res.setHeader("Content-Length", bytes);
    res.end(body);
    return;
  }
  const compressed =
    encoding === "br"
      ? await brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 4,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes,
          },
        })
      : await gzipAsync(body, { level: 6 });
  res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", compressed.length);
  res.end(compressed);
}
