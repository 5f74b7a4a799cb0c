import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFacility, createStaff, signInStaff, TEST_PASSWORD } from "../../../test/factories.js";
import { countRows, startTestApp, type TestApp } from "../../../test/harness.js";
import { HOUR, MINUTE } from "../../lib/clock.js";

const SIGN_IN = `mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { name role facility { name } } }`;
const VIEWER = `{ staffViewer { email facility { name } } }`;

describe("staff sign-in", () => {
  let app: TestApp;
  let staff: Awaited<ReturnType<typeof createStaff>>;

  beforeAll(async () => {
    app = await startTestApp();
    const facility = await createFacility(app, { name: "Harbor" });
    staff = await createStaff(app, facility.id, { email: "pat@harbor.test", role: "STAFF" });
  });
  afterAll(() => app.close());

  it("signs in with an httpOnly, SameSite=Lax session cookie whose value is not stored", async () => {
    const client = app.client();
    const data = await client.ok<{ staffSignIn: Record<string, unknown> }>(SIGN_IN, {
      e: " PAT@harbor.test ",
      p: TEST_PASSWORD,
    });
    expect(data.staffSignIn).toMatchObject({ role: "STAFF", facility: { name: "Harbor" } });
    const header = client.rawSetCookies.find((c) => c.startsWith("portico_staff="));
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    const token = client.cookie("portico_staff") ?? "";
    expect(token).toHaveLength(43);
    expect(await countRows(app, "sessions", "id_hash = ?", token)).toBe(0);
    expect((await client.ok<{ staffViewer: { email: string } }>(VIEWER)).staffViewer.email).toBe("pat@harbor.test");
  });

  it("answers the same for a wrong password and an unknown address", async () => {
    const wrong = await app.client().gql(SIGN_IN, { e: "pat@harbor.test", p: "nope-nope-nope" });
    const unknown = await app.client().gql(SIGN_IN, { e: "nobody@harbor.test", p: "nope-nope-nope" });
    expect(wrong.errors?.[0]).toMatchObject({
      message: "Email or password is incorrect",
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it("throttles repeated failures for an account, even with the right password", async () => {
    const victim = await createStaff(app, staff.facilityId, { email: "victim@harbor.test" });
    for (let i = 0; i < 10; i++) await app.client().gql(SIGN_IN, { e: victim.email, p: `guess-${i}-guess` });
    const blocked = await app.client().gql(SIGN_IN, { e: victim.email, p: TEST_PASSWORD });
    expect(blocked.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    app.clock.advance(16 * MINUTE);
    await signInStaff(app.client(), victim.email);
  });

  it("ends the session at sign-out, server-side", async () => {
    const client = await signInStaff(app.client(), staff.email);
    const token = client.cookie("portico_staff") ?? "";
    await client.ok(`mutation { staffSignOut }`);
    const replay = app.client();
    replay.setCookie("portico_staff", token);
    expect((await replay.ok<{ staffViewer: unknown }>(VIEWER)).staffViewer).toBeNull();
  });

  it("ends staff sessions after 12 hours", async () => {
    const client = await signInStaff(app.client(), staff.email);
    app.clock.advance(11 * HOUR);
    expect((await client.ok<{ staffViewer: unknown }>(VIEWER)).staffViewer).not.toBeNull();
    app.clock.advance(HOUR + MINUTE);
    expect((await client.ok<{ staffViewer: unknown }>(VIEWER)).staffViewer).toBeNull();
  });

  it("shows demo credentials only in demo mode", async () => {
    expect(
      (await app.client().ok<{ demoCredentials: unknown }>("{ demoCredentials { email } }")).demoCredentials,
    ).toBeNull();
  });
});
