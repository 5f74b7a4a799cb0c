import { afterEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/harness.js";

const SIGN_IN = `mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { id } }`;

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The address the per-IP sign-in limit counted one attempt under. */
async function addressCounted(env: Record<string, string>, headers: Record<string, string>) {
  app = await startTestApp(env);
  await app.client().post("/graphql", { query: SIGN_IN, variables: { e: "nobody@example.com", p: "wrong" } }, headers);
  const { rateLimits } = app.data.t;
  const keys = await app.data.read.select({ key: rateLimits.key }).from(rateLimits);
  return keys.map((row) => /^staff-signin:ip:(.+)$/.exec(row.key)?.[1]).find(Boolean);
}

describe("the client address per-IP limits count", () => {
  it("is the one a trusted proxy forwards: this machine's by default, the ones TRUST_PROXY names otherwise", async () => {
    const forwarded = { "x-forwarded-for": "203.0.113.7" };
    // The tests' requests come from 127.0.0.1, as a balancer on this machine's would.
    expect(await addressCounted({}, forwarded)).toBe("203.0.113.7");
    expect(await addressCounted({ TRUST_PROXY: "1" }, forwarded)).toBe("203.0.113.7");
    // A proxy elsewhere is trusted, this one is not: its header is a claim like any other.
    expect(await addressCounted({ TRUST_PROXY: "10.0.0.0/8" }, forwarded)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});
