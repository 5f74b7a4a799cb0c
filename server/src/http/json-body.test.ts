import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import express, { type ErrorRequestHandler, type Request, type Response } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonBody } from "./json-body.js";

// The fast JSON body reader against what body-parser answers: the same bodies parsed, the same
// error types, and the requests it leaves to body-parser (compressed, other charsets) still served.

describe("jsonBody", () => {
  let base: string;
  let server: ReturnType<ReturnType<typeof express>["listen"]>;

  beforeAll(async () => {
    const app = express();
    const echoErrors: ErrorRequestHandler = (error, _req, res, _next) => {
      const { status, type } = error as { status: number; type: string };
      res.status(status).json({ type });
    };
    app.post("/", jsonBody(64), (req: Request, res: Response) => res.json({ body: req.body ?? null }), echoErrors);
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const post = async (body: string | Buffer, headers: Record<string, string> = {}) => {
    const res = await fetch(base, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    return { status: res.status, json: await res.json() };
  };

  it("parses an object or an array, with or without a UTF-8 charset", async () => {
    expect(await post('{"a":"é"}')).toEqual({ status: 200, json: { body: { a: "é" } } });
    expect(await post(" [1,2]", { "content-type": 'application/json; charset="UTF-8"' })).toEqual({
      status: 200,
      json: { body: [1, 2] },
    });
  });

  it("reads an empty body as {}", async () => {
    expect(await post("")).toEqual({ status: 200, json: { body: {} } });
  });

  it("refuses what is not an object or array, and what is not JSON, as entity.parse.failed", async () => {
    expect(await post("123")).toEqual({ status: 400, json: { type: "entity.parse.failed" } });
    expect(await post('{"a":')).toEqual({ status: 400, json: { type: "entity.parse.failed" } });
  });

  it("refuses a body over the limit with 413, after reading it off", async () => {
    expect(await post(JSON.stringify({ a: "x".repeat(100) }))).toEqual({
      status: 413,
      json: { type: "entity.too.large" },
    });
  });

  it("leaves compressed bodies and other charsets to body-parser", async () => {
    expect(await post(gzipSync('{"z":1}'), { "content-encoding": "gzip" })).toEqual({
      status: 200,
      json: { body: { z: 1 } },
    });
    expect(
      await post(Buffer.from('{"l":"\xe9"}', "latin1"), { "content-type": "application/json; charset=latin1" }),
    ).toEqual({
      status: 415,
      json: { type: "charset.unsupported" },
    });
  });

  it("leaves other content types unread", async () => {
    expect(await post("a=1", { "content-type": "application/x-www-form-urlencoded" })).toEqual({
      status: 200,
      json: { body: null },
    });
  });
});
