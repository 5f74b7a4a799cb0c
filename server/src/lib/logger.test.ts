import { spawn } from "node:child_process";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, type LogLevel, REDACTED } from "./logger.js";

function capture(level: LogLevel = "debug") {
  const lines: Array<Record<string, unknown>> = [];
  let raw = "";
  const destination = new Writable({
    write(chunk, _encoding, done) {
      raw += chunk.toString();
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(level, { destination }), lines, raw: () => raw };
}

describe("structured logs", () => {
  it("writes one JSON line per event: ISO time, level name, message, fields", () => {
    const { logger, lines } = capture();
    logger.info("email batch processed", { sent: 3, failed: 0 });
    expect(lines).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        level: "info",
        msg: "email batch processed",
        sent: 3,
        failed: 0,
      },
    ]);
  });

  it("keeps a child's bindings on every line and honours the level", () => {
    const { logger, lines } = capture("warn");
    const child = logger.child({ component: "email-worker" });
    child.info("not written");
    child.warn("written", { attempt: 2 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "warn", component: "email-worker", attempt: 2 });
  });

  it("writes errors with their message and stack", () => {
    const { logger, lines } = capture();
    logger.error("unexpected GraphQL error", { error: new Error("SQLITE_BUSY") });
    expect(lines[0]?.error).toMatchObject({
      type: "Error",
      message: "SQLITE_BUSY",
      stack: expect.stringContaining("Error"),
    });
  });

  it("redacts tokens, codes, cookies, passwords and secrets, at the top or one level down", () => {
    const { logger, lines, raw } = capture();
    logger.info("sign-in attempt", {
      token: "tok_secret_1",
      code: "12345678",
      password: "hunter2hunter2",
      cookie: "portico_staff=sess_secret_2",
      input: { password: "nested-password", email: "ana@example.com" },
      headers: { cookie: "portico_portal=sess_secret_3", authorization: "Basic c2VjcmV0", "set-cookie": "a=b" },
      settings: { secretKey: "sk_live_secret", webhookSecret: "whsec_secret" },
      errorCode: 406,
    });
    for (const secret of [
      "tok_secret_1",
      "12345678",
      "hunter2hunter2",
      "sess_secret",
      "nested-password",
      "c2VjcmV0",
      "sk_live_secret",
      "whsec_secret",
    ]) {
      expect(raw()).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({
      token: REDACTED,
      code: REDACTED,
      password: REDACTED,
      cookie: REDACTED,
      input: { password: REDACTED, email: "ana@example.com" },
      headers: { cookie: REDACTED, authorization: REDACTED, "set-cookie": REDACTED },
      errorCode: 406,
    });
  });
});

describe("withoutRedaction", () => {
  it("writes fields as they are, to the same place, while the logger it came from still redacts", () => {
    const { logger, lines } = capture("info");
    logger.withoutRedaction().info("request", { path: "/graphql", code: "fixed" });
    logger.info("sign-in", { code: "123456" });
    logger.withoutRedaction().debug("below the level", {});
    expect(lines).toEqual([
      expect.objectContaining({ msg: "request", path: "/graphql", code: "fixed" }),
      expect.objectContaining({ msg: "sign-in", code: REDACTED }),
    ]);
  });
});

describe("stdout", () => {
  /** Runs `script` (with `createLogger` in scope) in a fresh process; its stdout lines and exit code. */
  function run(script: string): Promise<{ lines: Array<Record<string, unknown>>; code: number | null }> {
    const source = `import { createLogger } from "./src/lib/logger.ts";\n${script}`;
    const child = spawn(
      process.execPath,
      ["--import", "@swc-node/register/esm-register", "--input-type=module", "-e", source],
      {
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    return new Promise((resolve) =>
      child.on("close", (code) =>
        resolve({
          code,
          lines: out
            .split("\n")
            .filter(Boolean)
            .map((line) => JSON.parse(line)),
        }),
      ),
    );
  }

  // Lines are written in batches; these are the exits whose last lines must still arrive.
  it.each([
    ["process.exit", `log.info("last words"); process.exit(3);`, 3],
    ["an uncaught exception", `log.info("last words"); setTimeout(() => { throw new Error("crash"); });`, 1],
    ["an empty event loop", `log.info("last words");`, 0],
  ])("keeps the lines written just before %s", async (_exit, script, exitCode) => {
    const { lines, code } = await run(
      `const log = createLogger("info"); for (let i = 0; i < 3; i++) log.info("line", { i }); ${script}`,
    );
    expect(code).toBe(exitCode);
    expect(lines.map((line) => line.msg)).toEqual(["line", "line", "line", "last words"]);
  });
});
