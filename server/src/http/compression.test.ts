import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/harness.js";
import { COMPRESS_ABOVE_BYTES } from "./compression.js";
import { spaRouter } from "./static.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One request with exactly the headers given (fetch would add its own Accept-Encoding and decode). */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<RawAnswer>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("static assets are sent precompressed, by what the client accepts", () => {
  let dist: string;
  let server: http.Server;
  let base: string;
  // A script much like a built chunk: repetitive enough that both encodings shrink it.
  const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, name: "row ${i}" }`).join(", ")}];\n`;
  const asset = "/assets/index-Ab12Cd34.js";

  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), "portico-static-"));
    mkdirSync(path.join(dist, "assets"));
    writeFileSync(path.join(dist, asset), script);
    writeFileSync(
      path.join(dist, "index.html"),
      `<!doctype html><html><head><script type="module" src="/staff${asset}"></script></head><body>${"<div></div>".repeat(200)}</body></html>`,
    );
    // The web builds' own step writes the .br and .gz copies.
    execFileSync(process.execPath, [path.join(repoRoot, "scripts/precompress.mjs"), dist], { stdio: "ignore" });
    const app = express().use("/staff", spaRouter(dist));
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/staff`;
  });
  afterAll(() => {
    server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("sends brotli to a client that takes it, cached for a year as immutable, decoding to the file", async () => {
    const res = await raw(`${base}${asset}`, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it("sends gzip when only gzip is accepted", async () => {
    const res = await raw(`${base}${asset}`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(res.body).toString()).toBe(script);
  });

  it("sends the file as it is when no encoding is accepted", async () => {
    const res = await raw(`${base}${asset}`, { headers: { "accept-encoding": "identity" } });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.body.toString()).toBe(script);
    expect(res.headers["cache-control"]).toContain("immutable");
  });

  it("never marks index.html immutable: the app's routes and the file by name are revalidated", async () => {
    const html = readFileSync(path.join(dist, "index.html"), "utf8");
    for (const page of ["/", "/customers/12", "/index.html"]) {
      const res = await raw(`${base}${page}`, { headers: { "accept-encoding": "br" } });
      expect(res.status).toBe(200);
      expect(res.headers["cache-control"]).toBe("no-cache");
      const body = res.headers["content-encoding"] === "br" ? brotliDecompressSync(res.body) : res.body;
      expect(body.toString()).toBe(html);
    }
  });
});

describe("GraphQL answers are compressed above a threshold", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const post = (query: string, acceptEncoding: string) =>
    raw(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": acceptEncoding },
      body: JSON.stringify({ query }),
    });
  // The schema's types by name: tens of kilobytes of JSON, far over the threshold.
  const big = "{ __schema { types { name kind description fields { name description } } } }";

  it("compresses a big answer with brotli, or gzip when that is all the client takes", async () => {
    const br = await post(big, "gzip, br");
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    const answer = JSON.parse(brotliDecompressSync(br.body).toString()) as { data: { __schema: { types: unknown[] } } };
    expect(answer.data.__schema.types.length).toBeGreaterThan(20);
    expect(Number(br.headers["content-length"])).toBe(br.body.length);

    const gzip = await post(big, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(answer);

    const plain = await post(big, "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(COMPRESS_ABOVE_BYTES);
    expect(JSON.parse(plain.body.toString())).toEqual(answer);
  });

  it("sends a small answer as it is, even to a client that takes brotli", async () => {
    const res = await post("{ __typename }", "br, gzip");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(res.body.toString())).toEqual({ data: { __typename: "Query" } });
  });
});
