import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer, createStaff, signInStaff, twoFacilities } from "../../../test/factories.js";
import { latestEmailTo, startTestApp, type TestApp } from "../../../test/harness.js";
import { MINUTE } from "../../lib/clock.js";

const SETTINGS = `mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { signInMethod inviteExpiryDays resendCooldownHours welcomeMessage } }`;
const PREVIEW = `query($t: String!) { signInLink(token: $t) { state choosePassword } }`;
const REDEEM = `mutation($t: String!, $p: String) { redeemSignInLink(token: $t, password: $p) { name } }`;
const PASSWORD = `mutation($e: String!, $p: String!) { signInWithPassword(email: $e, password: $p) { name } }`;
const settings = (overrides = {}) => ({
  signInMethod: "PASSWORD",
  inviteExpiryDays: 7,
  resendCooldownHours: 24,
  welcomeMessage: "Welcome aboard",
  ...overrides,
});

describe("password sign-in mode and portal settings", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    await t.asA.ok(SETTINGS, { input: settings() });
  });
  beforeEach(async () => {
    await signInStaff(t.asA, t.staffA.email);
  });
  afterAll(() => app.close());

  async function invite(name: string, email: string) {
    const customer = await createCustomer(app, t.a.id, { name, email });
    await t.asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(customer.id),
    });
    await app.deliver();
    return (await latestEmailTo(app, email))?.token as string;
  }

  it("only admins change portal settings, with validated ranges", async () => {
    const staff = await createStaff(app, t.a.id, { role: "STAFF" });
    const plain = await signInStaff(app.client(), staff.email);
    const refused = await plain.gql(SETTINGS, { input: settings() });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const tooLong = await t.asA.gql(SETTINGS, { input: settings({ inviteExpiryDays: 31 }) });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { inviteExpiryDays: expect.any(String) },
    });
    const saved = await t.asA.ok<{ updatePortalSettings: Record<string, unknown> }>(SETTINGS, { input: settings() });
    expect(saved.updatePortalSettings).toMatchObject({ signInMethod: "PASSWORD", welcomeMessage: "Welcome aboard" });
  });

  it("the invite link leads to choose a password; weak ones are refused; then email + password works", async () => {
    const token = await invite("Pat Password", "pat@example.com");
    expect(
      (await app.client().ok<{ signInLink: { choosePassword: boolean } }>(PREVIEW, { t: token })).signInLink
        .choosePassword,
    ).toBe(true);
    const none = await app.client().gql(REDEEM, { t: token });
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { password: "Choose a password" },
    });
    const common = await app.client().gql(REDEEM, { t: token, p: "password123" });
    expect(common.errors?.[0]?.message).toMatch(/too common/);
    const short = await app.client().gql(REDEEM, { t: token, p: "abc" });
    expect(short.errors?.[0]?.message).toMatch(/at least 8/);
    await app.client().ok(REDEEM, { t: token, p: "harbor lantern sunday" });

    const { customers, portalAccounts } = app.data.t;
    const [hash] = await app.data.read
      .select({ password_hash: portalAccounts.passwordHash })
      .from(portalAccounts)
      .innerJoin(customers, eq(customers.id, portalAccounts.customerId))
      .where(eq(customers.email, "pat@example.com"));
    expect(hash?.password_hash).toMatch(/^scrypt\$/);
    expect(hash?.password_hash).not.toContain("harbor lantern");

    const second = app.client();
    const signedIn = await second.ok<{ signInWithPassword: { name: string } }>(PASSWORD, {
      e: "PAT@example.com",
      p: "harbor lantern sunday",
    });
    expect(signedIn.signInWithPassword.name).toBe("Pat Password");
  });

  it("answers wrong passwords and unknown addresses the same, and throttles", async () => {
    await app.client().ok(REDEEM, { t: await invite("Tess Throttle", "tess@example.com"), p: "quiet harbor morning" });
    const wrong = await app.client().gql(PASSWORD, { e: "tess@example.com", p: "wrong wrong wrong" });
    const unknown = await app.client().gql(PASSWORD, { e: "ghost@example.com", p: "wrong wrong wrong" });
    expect(wrong.errors?.[0]).toMatchObject({
      message: "Email or password is incorrect",
      extensions: { code: "UNAUTHENTICATED" },
    });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    for (let i = 0; i < 9; i++) await app.client().gql(PASSWORD, { e: "tess@example.com", p: `guess ${i} guess` });
    const blocked = await app.client().gql(PASSWORD, { e: "tess@example.com", p: "quiet harbor morning" });
    expect(blocked.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    app.clock.advance(16 * MINUTE);
    await app.client().ok(PASSWORD, { e: "tess@example.com", p: "quiet harbor morning" });
  });

  it("uses 'email me a sign-in link' to reset a forgotten password; codes are refused in this mode", async () => {
    await app.client().ok(REDEEM, { t: await invite("Forgetful", "forgetful@example.com"), p: "boats and lanterns" });
    await app
      .client()
      .ok(`mutation($e: String!) { requestSignInLink(email: $e) { message } }`, { e: "forgetful@example.com" });
    await app.deliver();
    const mail = await latestEmailTo(app, "forgetful@example.com");
    const code = await app
      .client()
      .gql(`mutation($e: String!, $c: String!) { signInWithCode(email: $e, code: $c) { name } }`, {
        e: "forgetful@example.com",
        c: mail?.code,
      });
    expect(code.errors?.[0]?.message).toMatch(/Open the link you were sent to choose your password/);
    expect(
      (await app.client().ok<{ signInLink: { choosePassword: boolean } }>(PREVIEW, { t: mail?.token })).signInLink
        .choosePassword,
    ).toBe(true);
    const back = await app
      .client()
      .ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: mail?.token, p: "a brand new passphrase" });
    expect(back.redeemSignInLink.name).toBe("Forgetful");
    await app.client().ok(PASSWORD, { e: "forgetful@example.com", p: "a brand new passphrase" });
    const old = await app.client().gql(PASSWORD, { e: "forgetful@example.com", p: "boats and lanterns" });
    expect(old.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("invite emails in password mode ask to choose a password and carry no code", async () => {
    await invite("Mail Check", "mailcheck@example.com");
    const mail = await latestEmailTo(app, "mailcheck@example.com");
    expect(mail?.text).toContain("Choose your password to activate your account");
    expect(mail?.text).not.toContain("enter this code");
  });

  it("stops accepting passwords when the facility goes back to magic links", async () => {
    await app.client().ok(REDEEM, { t: await invite("Switcher", "switcher@example.com"), p: "switch back soon" });
    await t.asA.ok(SETTINGS, { input: settings({ signInMethod: "MAGIC_LINK" }) });
    try {
      const refused = await app.client().gql(PASSWORD, { e: "switcher@example.com", p: "switch back soon" });
      expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      await t.asA.ok(SETTINGS, { input: settings() });
    }
  });
});
