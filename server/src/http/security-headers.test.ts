import http from "node:http";
import type { AddressInfo } from "node:net";
import express, { type RequestHandler } from "express";
import helmet from "helmet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFacility, createStaff, signInStaff } from "../../test/factories.js";
import { startTestApp, type TestApp } from "../../test/harness.js";
import { helmetOptions, securityHeaders } from "./security-headers.js";

/** The headers `middleware` gives a plain answer, over http or (via a trusted proxy) https. */
async function headersFrom(middleware: RequestHandler, https: boolean): Promise<Record<string, string>> {
  const app = express();
  app.set("trust proxy", "loopback");
  app.use(middleware);
  app.get("/", (_req, res) => {
    res.end("ok");
  });
  const server = http.createServer(app).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: https ? { "x-forwarded-proto": "https" } : {} });
    const headers = Object.fromEntries(res.headers);
    delete headers.date;
    return headers;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const directives = (header: string | null) =>
  new Map(
    (header ?? "")
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name as string, values]),
  );

describe("helmet's headers, recorded once", () => {
  it.each([false, true])("are exactly what helmet sends itself (https: %s)", async (https) => {
    const fromHelmet = await headersFrom(helmet(helmetOptions(https)), https);
    expect(fromHelmet["content-security-policy"]).toContain("script-src 'self'");
    expect(await headersFrom(securityHeaders(), https)).toEqual(fromHelmet);
  });
});

describe("helmet's headers on the apps and the API", () => {
  let app: TestApp;
  beforeAll(async () => {
    // The real SPA routes: index.html when the apps are built, a 503 page otherwise; same headers.
    app = await startTestApp({}, { serveWeb: true });
  });
  afterAll(() => app.close());

  it.each(["/staff/", "/portal/", "/portal/sign-in", "/healthz"])(
    "%s gets a CSP that only runs Portico's own scripts",
    async (path) => {
      const res = await fetch(`${app.url}${path}`);
      const csp = directives(res.headers.get("content-security-policy"));
      expect(csp.get("script-src")).toEqual(["'self'"]);
      expect(csp.get("script-src-attr")).toEqual(["'none'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    },
  );

  it("sends no HSTS and no upgrade over plain http", async () => {
    const res = await fetch(`${app.url}/staff/`);
    expect(res.headers.get("strict-transport-security")).toBeNull();
    expect(directives(res.headers.get("content-security-policy")).has("upgrade-insecure-requests")).toBe(false);
  });

  it("sends HSTS when served over https behind the local proxy", async () => {
    const res = await fetch(`${app.url}/portal/`, { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(directives(res.headers.get("content-security-policy")).has("upgrade-insecure-requests")).toBe(true);
  });

  it("gives POST /graphql, served without Express's router, the same headers and a request id", async () => {
    const post = (headers: Record<string, string> = {}) =>
      fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
    const staff = await fetch(`${app.url}/staff/`);
    const plain = await post();
    expect(plain.status).toBe(200);
    for (const header of ["content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy"]) {
      expect(plain.headers.get(header)).toBe(staff.headers.get(header));
    }
    expect(plain.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const https = await post({ "x-forwarded-proto": "https" });
    expect(https.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("holds the playground to the same policy", async () => {
    const playground = await fetch(`${app.url}/graphql`, { headers: { accept: "text/html" } });
    const staff = await fetch(`${app.url}/staff/`);
    expect(playground.headers.get("content-security-policy")).toBe(staff.headers.get("content-security-policy"));
  });
});

describe("field suggestions", () => {
  const typo = "{ staffViewr { id } }";
  const suggests = (message: string | undefined) => /Did you mean/.test(message ?? "");

  it("are withheld from anonymous callers in production, kept for staff", async () => {
    const app = await startTestApp({ NODE_ENV: "production" });
    try {
      const anonymous = await app.client().gql(typo);
      expect(anonymous.errors?.[0]?.message).toBe('Cannot query field "staffViewr" on type "Query".');
      expect(anonymous.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");

      const facility = await createFacility(app);
      const staff = await createStaff(app, facility.id);
      const signedIn = await signInStaff(app.client(), staff.email);
      expect(suggests((await signedIn.gql(typo)).errors?.[0]?.message)).toBe(true);
    } finally {
      await app.close();
    }
  });

  it("are kept outside production, where developers want them", async () => {
    const app = await startTestApp();
    try {
      expect(suggests((await app.client().gql(typo)).errors?.[0]?.message)).toBe(true);
    } finally {
      await app.close();
    }
  });
});
