import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCustomer, twoFacilities } from "../../../test/factories.js";
import { countRows, latestEmailTo, startTestApp, type TestApp } from "../../../test/harness.js";

/** Lets a test hold a password check after scrypt, to change the account while it runs. */
const gate = vi.hoisted(() => ({
  hold: false,
  held: [] as Array<() => void>,
  arrived: [] as Array<() => void>,
}));

vi.mock("../../lib/passwords.js", async (original) => {
  const real = await original<typeof import("../../lib/passwords.js")>();
  return {
    ...real,
    async verifyPassword(password: string, stored: string) {
      const ok = await real.verifyPassword(password, stored);
      if (gate.hold) {
        await new Promise<void>((release) => {
          gate.held.push(release);
          for (const arrived of gate.arrived.splice(0)) arrived();
        });
      }
      return ok;
    },
  };
});

const REDEEM = `mutation($t: String!, $p: String) { redeemSignInLink(token: $t, password: $p) { name } }`;
const PASSWORD = `mutation($e: String!, $p: String!) { signInWithPassword(email: $e, password: $p) { name } }`;
const INVITE = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const UPDATE_CUSTOMER = `mutation($id: ID!, $input: CustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`;
const SETTINGS = `mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { signInMethod } }`;
const VIEWER = `{ portalViewer { name } }`;

describe("a password sign-in racing an email change", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    await t.asB.ok(SETTINGS, {
      input: { signInMethod: "PASSWORD", inviteExpiryDays: 7, resendCooldownHours: 24, welcomeMessage: null },
    });
  });
  afterAll(() => app.close());

  it("gets no session when the email changed while its password was being checked", async () => {
    const customer = await createCustomer(app, t.b.id, { name: "Race Mover", email: "race-old@example.com" });
    await t.asB.ok(INVITE, { id: String(customer.id) });
    await app.deliver();
    await app
      .client()
      .ok(REDEEM, { t: (await latestEmailTo(app, "race-old@example.com"))?.token, p: "lantern harbor pw" });
    const sessionsBefore = await countRows(app, "sessions", "kind = 'PORTAL'");

    gate.hold = true;
    const arrived = new Promise<void>((resolve) => gate.arrived.push(resolve));
    const browser = app.client();
    const signIn = browser.gql(PASSWORD, { e: "race-old@example.com", p: "lantern harbor pw" });
    await arrived;
    gate.hold = false;
    // The password matched; before the session is made, staff move the account to a new address.
    await t.asB.ok(UPDATE_CUSTOMER, {
      id: String(customer.id),
      input: { name: "Race Mover", email: "race-new@example.com", phone: null, address: null, notes: null },
    });
    for (const release of gate.held.splice(0)) release();

    const result = await signIn;
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).toBeNull();
    expect(await countRows(app, "sessions", "kind = 'PORTAL'")).toBeLessThanOrEqual(sessionsBefore);
  });
});
