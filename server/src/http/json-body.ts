import express, { type RequestHandler } from "express";

/** An error as body-parser raises it (http-errors' shape), so one error handler reads both. */
function bodyError(message: string, status: number, type: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true, type });
}

/**
 * `express.json({ limit })` for the requests browsers and API clients send — `Content-Type:
 * application/json` (UTF-8), a Content-Length, no Content-Encoding — read and parsed directly; any
 * other request goes to body-parser itself, which also inflates compressed bodies and decodes other
 * charsets. body-parser's type, stream and charset machinery cost about as much as all of Apollo's
 * request pipeline on a small query. Same answers: an object or array at the top (strict), an
 * empty body as {}, the same `type` on errors (entity.too.large, entity.parse.failed,
 * request.aborted) for the error handler.
 */
export function jsonBody(limitBytes: number): RequestHandler {
  const fallback = express.json({ limit: limitBytes });
  return (req, res, next) => {
    const type = req.headers["content-type"];
    const length = req.headers["content-length"];
    if (
      type === undefined ||
      length === undefined ||
      req.headers["content-encoding"] !== undefined ||
      req.headers["transfer-encoding"] !== undefined ||
      !/^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i.test(type)
    ) {
      fallback(req, res, next);
      return;
    }
    const expected = Number(length);
    if (!Number.isSafeInteger(expected) || expected < 0) {
      fallback(req, res, next);
      return;
    }
    // As body-parser does: the rest of a refused body is read off before the answer, so a client
    // still sending is not cut off mid-upload.
    const refuse = (error: Error) => {
      if (req.complete || req.readableEnded) {
        next(error);
        return;
      }
      let answered = false;
      const answer = () => {
        if (answered) return;
        answered = true;
        next(error);
      };
      req.once("end", answer);
      req.once("close", answer);
      req.resume();
    };
    if (expected > limitBytes) {
      refuse(bodyError("request entity too large", 413, "entity.too.large"));
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("aborted", onAborted);
      req.off("error", onError);
      if (error) {
        refuse(error);
        return;
      }
      const text =
        chunks.length === 1 ? (chunks[0] as Buffer).toString("utf8") : Buffer.concat(chunks).toString("utf8");
      if (text.length === 0) {
        req.body = {};
        next();
        return;
      }
      const first = text.trimStart()[0];
      if (first !== "{" && first !== "[") {
        next(bodyError("JSON body must be an object or an array", 400, "entity.parse.failed"));
        return;
      }
      try {
        req.body = JSON.parse(text);
      } catch (parseError) {
        next(Object.assign(bodyError((parseError as Error).message, 400, "entity.parse.failed"), { body: text }));
        return;
      }
      next();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > expected)
        finish(bodyError("request size did not match content length", 400, "request.size.invalid"));
      else chunks.push(chunk);
    };
    const onEnd = () =>
      received === expected
        ? finish()
        : finish(bodyError("request size did not match content length", 400, "request.size.invalid"));
    const onAborted = () => finish(bodyError("request aborted", 400, "request.aborted"));
    const onError = (error: Error) => finish(bodyError(error.message, 400, "request.aborted"));
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("aborted", onAborted);
    req.on("error", onError);
  };
}
