import pino, { type DestinationStream } from "pino";
import { sourceMappedStack } from "./stack-trace.js";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/** The call shape used across the server: a message first, then structured fields. */
export interface Logger {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
  child(bindings: Record<string, unknown>): Logger;
  /** Whether lines of this level are written: a caller skips gathering a line's fields when not. */
  enabled(level: Exclude<LogLevel, "silent">): boolean;
  /**
   * The same logger without the redaction pass, for lines whose every field name is fixed by the
   * code and none is a secret (the request line): redaction walks each line's fields one level
   * down and cost several times the rest of writing it.
   */
  withoutRedaction(): Logger;
}

/**
 * Secrets that must never reach a log line, wherever a caller puts them: at the top of the fields
 * or one object down (`{ input: { password } }`, `{ headers: { cookie } }`). Sign-in codes are
 * `code`; error codes are logged as `errorCode` so they stay readable.
 */
const SECRET_KEYS = [
  "token",
  "password",
  "code",
  "cookie",
  "set-cookie",
  "authorization",
  "secretKey",
  "webhookSecret",
  "serverToken",
];
export const REDACTED = "[redacted]";
const redactPaths = SECRET_KEYS.flatMap((key) => {
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const nested = safe.startsWith("[") ? `*${safe}` : `*.${safe}`;
  return [safe, nested];
});

type Options = { destination?: DestinationStream };

/**
 * JSON lines through pino: one event per line with `time` (ISO), `level` (its name) and `msg`,
 * errors under `error` with their stack. `destination` lets tests read what was written.
 */
export function createLogger(level: LogLevel = "info", options: Options = {}): Logger {
  const base = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: serializeError },
      redact: { paths: redactPaths, censor: REDACTED },
    },
    options.destination ?? stdout(),
  );
  return wrap(base);
}

/** pino's error serializer, with the stack of a built server mapped back to the TypeScript source. */
function serializeError(error: Error) {
  const serialized = pino.stdSerializers.err(error);
  if (typeof serialized?.stack === "string") serialized.stack = sourceMappedStack(serialized.stack);
  return serialized;
}

/** Lines held before a write to stdout; one request's line is about 250 bytes. */
const BUFFER_BYTES = 4096;
/** The longest a line waits in the buffer on a quiet server. */
const FLUSH_EVERY_MS = 50;

/**
 * Stdout, written synchronously in batches: a write per line cost more than the rest of the
 * request log under load. Writes stay synchronous (no write is ever in flight on another thread),
 * and whatever is buffered is written when the process exits — `process.exit`, the end of a
 * shutdown, an uncaught exception — so the last lines before an exit are not lost; a quiet server
 * writes what it holds every 50 ms on a timer that never keeps the process alive. Only a process
 * killed outright (SIGKILL, an abort) can lose its last 50 ms of lines.
 */
function stdout(): DestinationStream {
  const stream = pino.destination({ dest: 1, sync: true, minLength: BUFFER_BYTES, periodicFlush: FLUSH_EVERY_MS });
  process.on("exit", () => {
    try {
      stream.flushSync();
    } catch {
      // Stdout is already closed: there is nowhere left to write.
    }
  });
  return stream;
}

function wrap(log: pino.Logger): Logger {
  return {
    debug: (msg, data) => log.debug(data ?? {}, msg),
    info: (msg, data) => log.info(data ?? {}, msg),
    warn: (msg, data) => log.warn(data ?? {}, msg),
    error: (msg, data) => log.error(data ?? {}, msg),
    child: (bindings) => wrap(log.child(bindings)),
    enabled: (level) => log.isLevelEnabled(level),
    withoutRedaction: () => wrap(log.child({}, { redact: [] })),
  };
}
