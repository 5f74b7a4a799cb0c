import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakePostmark, startFakePostmark } from "../../test/fake-postmark.js";
import {
  BODY_PIECE_CHARS,
  cutInPieces,
  POSTMARK_TIMEOUT_SECONDS,
  PostmarkTransport,
  postmarkFetch,
  writeInPieces,
} from "./postmark-transport.js";
import type { OutgoingEmail } from "./transport.js";
import { LEASE_MS } from "./worker.js";

const TOKEN = "transport-token";
let fake: FakePostmark;
beforeAll(async () => {
  fake = await startFakePostmark({ token: TOKEN });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

const email = (i: number): OutgoingEmail => ({
  outboxId: i,
  from: "Portico <no-reply@portico.test>",
  to: `person${i}@example.com`,
  subject: `Hello ${i}`,
  htmlBody: "<p>Hi</p>",
  textBody: "Hi",
  tag: "invite",
});

describe("PostmarkTransport", () => {
  it("splits large sends into batches of at most 500 and answers in order", async () => {
    const transport = new PostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url });
    const messages = Array.from({ length: 1001 }, (_, i) => email(i + 1));
    const results = await transport.sendBatch(messages);
    expect(fake.calls).toEqual([
      { path: "/email/batch", status: 200, messageCount: 500 },
      { path: "/email/batch", status: 200, messageCount: 500 },
      { path: "/email", status: 200, messageCount: 1 },
    ]);
    expect(results.map((r) => r.outboxId)).toEqual(messages.map((m) => m.outboxId));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => (r.ok ? r.messageId : null))).toEqual(fake.messages.map((m) => m.MessageID));
  });

  it("treats a failed whole call as transient for every message", async () => {
    const transport = new PostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url });
    fake.failNextCalls(1, 503);
    const results = await transport.sendBatch([email(1), email(2)]);
    expect(results).toEqual([
      {
        outboxId: 1,
        ok: false,
        permanent: false,
        refused: false,
        errorCode: 503,
        message: "Postmark answered HTTP 503: Simulated HTTP 503.",
      },
      {
        outboxId: 2,
        ok: false,
        permanent: false,
        refused: false,
        errorCode: 503,
        message: "Postmark answered HTTP 503: Simulated HTTP 503.",
      },
    ]);
  });

  it("treats rate limiting as transient", async () => {
    const transport = new PostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url });
    fake.failNextCalls(1, 429);
    const [result] = await transport.sendBatch([email(1)]);
    // Postmark turned the call away: nothing went out.
    expect(result).toMatchObject({ ok: false, permanent: false, refused: true, errorCode: 429 });
  });

  it("ends a hung call at its timeout, inside the worker's lease, as a transient failure", async () => {
    expect(POSTMARK_TIMEOUT_SECONDS * 1000).toBeLessThan(LEASE_MS / 2);
    const transport = new PostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url, timeoutSeconds: 1 });
    fake.holdNextCalls(1);
    const [result] = await transport.sendBatch([email(1)]);
    expect(fake.held).toBe(1);
    expect(result).toMatchObject({ ok: false, permanent: false });
    expect(result?.ok === false && result.message).toMatch(/^Could not reach Postmark/);
  });

  it("treats an unreachable server as transient", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const transport = new PostmarkTransport({ serverToken: TOKEN, apiUrl: `http://127.0.0.1:${port}` });
    const [result] = await transport.sendBatch([email(1)]);
    expect(result).toMatchObject({ ok: false, permanent: false });
    expect(result?.ok === false && result.message).toMatch(/^Could not reach Postmark/);
  });

  it("sends nothing for an empty list", async () => {
    const transport = new PostmarkTransport({ serverToken: TOKEN, apiUrl: fake.url });
    expect(await transport.sendBatch([])).toEqual([]);
    expect(fake.calls).toHaveLength(0);
  });
});

describe("fake Postmark", () => {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${fake.url}${path}`, {
      method: "POST",
      headers: {
        Accept: "application/json",
        "Content-Type": "application/json",
        "X-Postmark-Server-Token": TOKEN,
        ...headers,
      },
      body: JSON.stringify(body),
    });

  it("answers like Postmark for bad tokens, bad bodies and oversized batches", async () => {
    const badToken = await post("/email", {}, { "X-Postmark-Server-Token": "nope" });
    expect(badToken.status).toBe(401);
    expect(await badToken.json()).toMatchObject({ ErrorCode: 10 });

    const missing = await post("/email", { From: "a@x.test", To: "b@x.test", Subject: "S" });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ ErrorCode: 300 });

    const tooMany = await post(
      "/email/batch",
      Array.from({ length: 501 }, (_, i) => ({ ...email(i), From: "a@x.test" })),
    );
    expect(tooMany.status).toBe(422);

    const notJson = await post("/email", { From: "a@x.test" }, { "Content-Type": "text/plain" });
    expect(notJson.status).toBe(422);
    expect(fake.messages).toHaveLength(0);
  });

  it("lists accepted messages at /__messages", async () => {
    const ok = await post("/email", { From: "a@x.test", To: "b@x.test", Subject: "S", TextBody: "t" });
    const answer = (await ok.json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ To: "b@x.test", ErrorCode: 0, Message: "OK" });
    expect(typeof answer.MessageID).toBe("string");
    expect(typeof answer.SubmittedAt).toBe("string");
    const listed = await (await fetch(`${fake.url}/__messages`)).json();
    expect(listed).toMatchObject([{ To: "b@x.test", Subject: "S", MessageID: answer.MessageID }]);
  });
});

describe("cutInPieces and writeInPieces", () => {
  it("measure and write a batch's JSON a piece at a time, yielding, to the text and its bytes", async () => {
    // About the JSON of a batch of 500 invites, with a surrogate pair across the first cut.
    const text = `${"a".repeat(BODY_PIECE_CHARS - 1)}😀${"é".repeat(2_700_000)}`;
    let cut = false;
    const seen = new Promise<boolean>((resolve) => setImmediate(() => resolve(cut)));
    const { pieces, bytes } = await cutInPieces(text).then((answer) => {
      cut = true;
      return answer;
    });
    expect(await seen).toBe(false);
    expect(pieces.join("")).toBe(text);
    expect(bytes).toBe(Buffer.byteLength(text, "utf8"));
    // The first piece stops short of the pair; the others hold BODY_PIECE_CHARS characters but the last.
    expect(pieces[0]).toHaveLength(BODY_PIECE_CHARS - 1);
    expect(pieces).toHaveLength(1 + Math.ceil((text.length - (BODY_PIECE_CHARS - 1)) / BODY_PIECE_CHARS));
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(BODY_PIECE_CHARS);

    const written: string[] = [];
    const writing = writeInPieces(pieces, (piece) => written.push(piece) > 0);
    // The first piece at once, the next only after the event loop has had a turn.
    expect(written).toHaveLength(1);
    await writing;
    expect(written).toEqual(pieces);
  });

  it("keep a short body in one piece, none for an empty one, and stop writing when told", async () => {
    expect(await cutInPieces('{"To":"é"}')).toEqual({ pieces: ['{"To":"é"}'], bytes: 11 });
    expect(await cutInPieces("")).toEqual({ pieces: [], bytes: 0 });
    let asked = 0;
    await writeInPieces(["a", "b", "c"], () => {
      asked++;
      return false;
    });
    expect(asked).toBe(1);
  });
});

describe("postmarkFetch", () => {
  it("sends a batch without loading Node's fetch stack (a 60 ms stall the first time)", async () => {
    // A fresh process: this one has fetch loaded already. It sends a batch of two, then lists the
    // internal modules it loaded whose name says undici (fetch, Headers, Request, Response).
    const source = `
      import { PostmarkTransport } from "./src/email/postmark-transport.ts";
      const transport = new PostmarkTransport({ serverToken: ${JSON.stringify(TOKEN)}, apiUrl: process.argv[1] });
      const email = (i) => ({ outboxId: i, from: "a@portico.test", to: "p" + i + "@example.com", subject: "S", htmlBody: "<p>H</p>", textBody: "H", tag: "invite" });
      const results = await transport.sendBatch([email(1), email(2)]);
      const undici = process.moduleLoadList.filter((name) => name.includes("undici"));
      process.stdout.write(JSON.stringify({ ok: results.map((r) => r.ok), undici }));
    `;
    const child = spawn(
      process.execPath,
      ["--import", "@swc-node/register/esm-register", "--input-type=module", "-e", source, fake.url],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ ok: [true, true], undici: [] });
    expect(fake.calls).toEqual([{ path: "/email/batch", status: 200, messageCount: 2 }]);
  });

  it("sends a long body whole, its length in bytes announced", async () => {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const received = Buffer.concat(chunks);
        res.end(JSON.stringify({ announced: Number(req.headers["content-length"]), text: received.toString("utf8") }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const text = `${"é".repeat(BODY_PIECE_CHARS)}😀${"x".repeat(BODY_PIECE_CHARS * 2)}`;
      const answer = await postmarkFetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/email/batch`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: text,
      });
      expect(await answer.json()).toEqual({ announced: Buffer.byteLength(text), text });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("answers with the status and text the client reads, whatever the status", async () => {
    const server = http.createServer((req, res) => {
      res.writeHead(req.url === "/empty" ? 204 : 422, { "content-type": "application/json" });
      res.end(req.url === "/empty" ? undefined : '{"ErrorCode":300,"Message":"Invalid"}');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const refused = await postmarkFetch(`${base}/email`, {
        method: "POST",
        headers: [["content-type", "application/json"]],
        body: "{}",
      });
      expect([refused.status, refused.ok]).toEqual([422, false]);
      expect(await refused.json()).toEqual({ ErrorCode: 300, Message: "Invalid" });
      const empty = await postmarkFetch(new URL(`${base}/empty`));
      expect([empty.status, empty.ok, await empty.text()]).toEqual([204, true, ""]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
