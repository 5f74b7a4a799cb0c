import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCar, createCustomer, signInStaff, twoFacilities } from "../../../test/factories.js";
import { type FakePostmark, startFakePostmark } from "../../../test/fake-postmark.js";
import { countRows, latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { PostmarkTransport } from "../../email/postmark-transport.js";
import { createEmailWorker, LEASE_MS } from "../../email/worker.js";
import { DAY, MINUTE } from "../../lib/clock.js";
import { createLogger } from "../../lib/logger.js";

const SEND = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const PREVIEW = `query($t: String!) { signInLink(token: $t) { state firstName purpose facility { name } } }`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name email isContact facility { name } account { customerName cars { displayName } } } }`;
const VIEWER = `{ portalViewer { name account { customerName cars { displayName } } } }`;
const REQUEST = `mutation($e: String!) { requestSignInLink(email: $e) { message } }`;
const CODE = `mutation($e: String!, $c: String!) { signInWithCode(email: $e, code: $c) { name } }`;
const STATUS = `query($id: ID!) { customer(id: $id) { portalStatus { state } lastInvitation { state linkOpenedAt acceptedAt } } }`;

describe("portal sign-in", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    app.clock.set(new Date("2026-03-02T09:00:00.000Z"));
    await signInStaff(t.asA, t.staffA.email);
  });

  /** A customer of facility A with a car, invited, with the email delivered to the dev mailbox. */
  async function invited(name: string, email: string) {
    const customer = await createCustomer(app, t.a.id, { name, email });
    await createCar(app, t.a.id, customer.id, { year: 1973, make: "Porsche", model: "911 Carrera RS" });
    await t.asA.ok(SEND, { id: String(customer.id) });
    await app.deliver();
    const mail = await latestEmailTo(app, email);
    if (!mail?.token || !mail.code) throw new Error("invite email missing its link or code");
    return { customer, token: mail.token, code: mail.code };
  }

  it("the email's code page names the facility, whose public branding anyone can read", async () => {
    const email = "code-page@example.com";
    await invited("Code Page", email);
    const mail = await latestEmailTo(app, email);
    const slug = /\/portal\/sign-in\/code\?facility=([\w-]+)/.exec(mail?.text ?? "")?.[1];
    expect(slug).toBe(t.a.slug);
    const BRAND = `query($f: String!) { portalBrand(facility: $f) { name brandColor logoUrl } }`;
    const stranger = app.client();
    expect((await stranger.ok<{ portalBrand: unknown }>(BRAND, { f: slug })).portalBrand).toEqual({
      name: "Harbor A",
      brandColor: t.a.brandColor,
      logoUrl: null,
    });
    expect((await stranger.ok<{ portalBrand: unknown }>(BRAND, { f: "no-such-facility" })).portalBrand).toBeNull();
    const long = await stranger.gql(BRAND, { f: "x".repeat(65) });
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("opening the link signs no one in; Continue does, once", async () => {
    const { customer, token } = await invited("Nina Park", "nina@example.com");
    const browser = app.client();
    const preview = await browser.ok<{ signInLink: Record<string, unknown> }>(PREVIEW, { t: token });
    expect(preview.signInLink).toMatchObject({
      state: "VALID",
      firstName: "Nina",
      purpose: "INVITE",
      facility: { name: "Harbor A" },
    });
    expect(browser.cookie("portico_portal")).toBeUndefined();
    expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).toBeNull();
    expect(
      (await t.asA.ok<{ customer: { lastInvitation: { linkOpenedAt: string } } }>(STATUS, { id: String(customer.id) }))
        .customer.lastInvitation.linkOpenedAt,
    ).toBeTruthy();

    const redeemed = await browser.ok<{ redeemSignInLink: Record<string, unknown> }>(REDEEM, { t: token });
    expect(redeemed.redeemSignInLink).toMatchObject({
      name: "Nina Park",
      isContact: false,
      facility: { name: "Harbor A" },
      account: { customerName: "Nina Park", cars: [{ displayName: "1973 Porsche 911 Carrera RS" }] },
    });
    const cookie = browser.rawSetCookies.find((c) => c.startsWith("portico_portal="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const staffView = await t.asA.ok<{
      customer: { portalStatus: { state: string }; lastInvitation: { state: string } };
    }>(STATUS, { id: String(customer.id) });
    expect(staffView.customer.portalStatus.state).toBe("IN_PORTAL");
    expect(staffView.customer.lastInvitation.state).toBe("ACCEPTED");

    const again = await app.client().gql(REDEEM, { t: token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", linkState: "USED" });
    expect(
      (await app.client().ok<{ signInLink: { state: string; firstName: unknown } }>(PREVIEW, { t: token })).signInLink,
    ).toMatchObject({ state: "USED", firstName: null });
  });

  it("20 simultaneous Continue clicks make exactly one session", async () => {
    const { token } = await invited("Race Condition", "race@example.com");
    const before = await countRows(app, "sessions", "kind = 'PORTAL'");
    const results = await Promise.all(Array.from({ length: 20 }, () => app.client().gql(REDEEM, { t: token })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(await countRows(app, "sessions", "kind = 'PORTAL'")).toBe(before + 1);
  });

  it("an expired link is refused and says so", async () => {
    const { token } = await invited("Old Link", "old-link@example.com");
    app.clock.advance(7 * DAY + MINUTE);
    expect((await app.client().ok<{ signInLink: { state: string } }>(PREVIEW, { t: token })).signInLink.state).toBe(
      "EXPIRED",
    );
    const result = await app.client().gql(REDEEM, { t: token });
    expect(result.errors?.[0]?.extensions?.linkState).toBe("EXPIRED");
  });

  it("a resend kills the earlier link", async () => {
    const { customer, token } = await invited("Two Links", "two-links@example.com");
    app.clock.advance(25 * 60 * MINUTE);
    await signInStaff(t.asA, t.staffA.email);
    await t.asA.ok(SEND, { id: String(customer.id) });
    const result = await app.client().gql(REDEEM, { t: token });
    expect(result.errors?.[0]?.extensions?.linkState).toBe("REPLACED");
  });

  it("a link stops working when the email on record changes, and says it was replaced, not used", async () => {
    const { customer, token } = await invited("Moved Mail", "moved@example.com");
    await t.asA.ok(
      `mutation($id: ID!) { updateCustomer(id: $id, input: { name: "Moved Mail", email: "moved2@example.com" }) { id } }`,
      {
        id: String(customer.id),
      },
    );
    const preview = await app.client().ok<{ signInLink: Record<string, unknown> }>(PREVIEW, { t: token });
    expect(preview.signInLink).toMatchObject({ state: "REPLACED", firstName: null });
    const result = await app.client().gql(REDEEM, { t: token });
    expect(result.errors?.[0]).toMatchObject({
      message: "This sign-in link was replaced by a newer one.",
      extensions: { code: "BAD_USER_INPUT", linkState: "REPLACED" },
    });
  });

  it("a sign-in link asked for after an invite voids the invite's link and code", async () => {
    const { customer, token, code } = await invited("Two Kinds", "two-kinds@example.com");
    await app.client().ok(REQUEST, { e: "two-kinds@example.com" });
    await app.deliver();
    const newer = await latestEmailTo(app, "two-kinds@example.com");
    expect(newer?.subject).toMatch(/sign-in link/i);

    expect((await app.client().gql(REDEEM, { t: token })).errors?.[0]?.extensions?.linkState).toBe("REPLACED");
    expect((await app.client().gql(CODE, { e: "two-kinds@example.com", c: code })).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    const signedIn = await app.client().ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: newer?.token });
    expect(signedIn.redeemSignInLink.name).toBe("Two Kinds");
    // The sign-in link stood in for the invite it replaced: the invite reads as accepted.
    const staffView = await t.asA.ok<{
      customer: { portalStatus: { state: string }; lastInvitation: { state: string; acceptedAt: string } };
    }>(STATUS, { id: String(customer.id) });
    expect(staffView.customer.portalStatus.state).toBe("IN_PORTAL");
    expect(staffView.customer.lastInvitation).toMatchObject({ state: "ACCEPTED", acceptedAt: expect.any(String) });
  });

  it("an invite sent after a sign-in link was asked for voids the sign-in link", async () => {
    const { customer } = await invited("Other Order", "other-order@example.com");
    await app.client().ok(REQUEST, { e: "other-order@example.com" });
    await app.deliver();
    const signInMail = await latestEmailTo(app, "other-order@example.com");
    app.clock.advance(25 * 60 * MINUTE);
    await signInStaff(t.asA, t.staffA.email);
    await t.asA.ok(SEND, { id: String(customer.id) });
    await app.deliver();
    const invite = await latestEmailTo(app, "other-order@example.com");
    expect(invite?.token).not.toBe(signInMail?.token);

    expect((await app.client().gql(REDEEM, { t: signInMail?.token })).errors?.[0]?.extensions?.linkState).toBe(
      "REPLACED",
    );
    await app.client().ok(REDEEM, { t: invite?.token });
  });

  describe("one message sent twice after a crash", () => {
    let fake: FakePostmark;
    beforeAll(async () => {
      fake = await startFakePostmark({ token: "crash-test-token" });
    });
    afterAll(() => fake.close());

    const worker = (workerId: string) =>
      createEmailWorker({
        data: app.data,
        clock: app.clock,
        config: app.config,
        logger: createLogger("silent"),
        transport: new PostmarkTransport({ serverToken: "crash-test-token", apiUrl: fake.url }),
        workerId,
      });

    /** The first worker's call reaches Postmark and hangs past its lease; the second sends again. */
    async function sentTwice(email: string): Promise<string[]> {
      fake.reset();
      const customer = await createCustomer(app, t.a.id, { name: "Twice Sent", email });
      await t.asA.ok(SEND, { id: String(customer.id) });
      fake.holdNextCalls(1);
      const stuck = worker("frozen").runOnce();
      await fake.whenHeld(1);
      app.clock.advance(LEASE_MS + 1);
      await worker("successor").runOnce();
      fake.releaseHeld();
      await stuck;
      const tokens = fake.messages
        .filter((m) => m.To === email)
        .map((m) => /\/portal\/link\/([A-Za-z0-9_-]{43})/.exec(m.TextBody ?? "")?.[1] as string);
      expect(tokens).toHaveLength(2);
      expect(new Set(tokens).size).toBe(2);
      return tokens;
    }

    it("either copy's link signs in, once: the first used wins and the other is then dead", async () => {
      for (const [used, other] of [
        [0, 1],
        [1, 0],
      ] as const) {
        const tokens = await sentTwice(`twice-${used}@example.com`);
        for (const token of tokens) {
          const preview = await app.client().ok<{ signInLink: { state: string } }>(PREVIEW, { t: token });
          expect(preview.signInLink.state).toBe("VALID");
        }
        const signedIn = await app.client().ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: tokens[used] });
        expect(signedIn.redeemSignInLink.name).toBe("Twice Sent");
        const late = await app.client().gql(REDEEM, { t: tokens[other] });
        expect(late.errors?.[0]?.extensions?.linkState).toBe("USED");
      }
    });

    it("either copy's code signs in, once", async () => {
      await sentTwice("twice-code@example.com");
      const codes = fake.messages.map(
        (m) => /enter this code on the sign-in page: (\d{8})/.exec(m.TextBody ?? "")?.[1],
      );
      const signedIn = await app
        .client()
        .ok<{ signInWithCode: { name: string } }>(CODE, { e: "twice-code@example.com", c: codes[1] });
      expect(signedIn.signInWithCode.name).toBe("Twice Sent");
      const late = await app.client().gql(CODE, { e: "twice-code@example.com", c: codes[0] });
      expect(late.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("both copies clicked at once make exactly one session", async () => {
      const tokens = await sentTwice("twice-race@example.com");
      const before = await countRows(app, "sessions", "kind = 'PORTAL'");
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => app.client().gql(REDEEM, { t: tokens[i % 2] })),
      );
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(await countRows(app, "sessions", "kind = 'PORTAL'")).toBe(before + 1);
    });
  });

  it("unknown tokens are INVALID, with nothing revealed", async () => {
    const preview = await app.client().ok<{ signInLink: Record<string, unknown> }>(PREVIEW, { t: "x".repeat(43) });
    expect(preview.signInLink).toEqual({ state: "INVALID", firstName: null, purpose: null, facility: null });
  });

  it("signs in with the 8-digit code from the email", async () => {
    const { code } = await invited("Code Person", "code@example.com");
    const browser = app.client();
    const data = await browser.ok<{ signInWithCode: { name: string } }>(CODE, {
      e: "Code@Example.com",
      c: `${code.slice(0, 4)} ${code.slice(4)}`,
    });
    expect(data.signInWithCode.name).toBe("Code Person");
    expect((await browser.ok<{ portalViewer: { name: string } }>(VIEWER)).portalViewer.name).toBe("Code Person");
  });

  it("kills the code after 5 wrong tries, even if the sixth is right", async () => {
    const { code } = await invited("Guesser", "guess@example.com");
    const wrong = code === "00000000" ? "11111111" : "00000000";
    for (let i = 0; i < 5; i++) {
      const r = await app.client().gql(CODE, { e: "guess@example.com", c: wrong });
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const right = await app.client().gql(CODE, { e: "guess@example.com", c: code });
    expect(right.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers 'email me a link' the same for known, unknown and never-invited addresses", async () => {
    await invited("Returning Customer", "back@example.com");
    await createCustomer(app, t.a.id, { email: "never-invited@example.com" });
    const answers = await Promise.all(
      ["back@example.com", "nobody@example.com", "never-invited@example.com", "not an email"].map((e) =>
        app.client().ok<{ requestSignInLink: { message: string } }>(REQUEST, { e }),
      ),
    );
    expect(new Set(answers.map((a) => a.requestSignInLink.message)).size).toBe(1);
    expect(await countRows(app, "email_outbox", "to_email = ? AND kind = 'SIGN_IN_LINK'", "back@example.com")).toBe(1);
    expect(
      await countRows(app, "email_outbox", "to_email = ? AND kind = 'SIGN_IN_LINK'", "never-invited@example.com"),
    ).toBe(0);
  });

  it("sends at most one sign-in email per address per minute; the link lasts 15 minutes", async () => {
    await invited("Impatient", "impatient@example.com");
    await app.client().ok(REQUEST, { e: "impatient@example.com" });
    await app.client().ok(REQUEST, { e: "impatient@example.com" });
    expect(
      await countRows(app, "email_outbox", "to_email = ? AND kind = 'SIGN_IN_LINK'", "impatient@example.com"),
    ).toBe(1);
    await app.deliver();
    const mail = await latestEmailTo(app, "impatient@example.com");
    expect(mail?.subject).toMatch(/sign-in link/i);
    app.clock.advance(16 * MINUTE);
    const late = await app.client().gql(REDEEM, { t: mail?.token });
    expect(late.errors?.[0]?.extensions?.linkState).toBe("EXPIRED");
    await app.client().ok(REQUEST, { e: "impatient@example.com" });
    expect(
      await countRows(app, "email_outbox", "to_email = ? AND kind = 'SIGN_IN_LINK'", "impatient@example.com"),
    ).toBe(2);
  });

  describe("a signed-in customer", () => {
    let customerClient: TestClient;
    let otherCustomerId: number;

    beforeAll(async () => {
      const { token } = await invited("Owner One", "owner1@example.com");
      customerClient = app.client();
      await customerClient.ok(REDEEM, { t: token });
      otherCustomerId = (await createCustomer(app, t.a.id, { name: "Someone Else" })).id;
    });

    it("sees only their own account", async () => {
      const data = await customerClient.ok<{ portalViewer: { account: { customerName: string } } }>(VIEWER);
      expect(data.portalViewer.account.customerName).toBe("Owner One");
    });

    it("cannot use staff operations on their own or anyone else's data", async () => {
      for (const [query, variables] of [
        [`{ customers { totalCount } }`, {}],
        [`query($id: ID!) { customer(id: $id) { name } }`, { id: String(otherCustomerId) }],
        [SEND, { id: String(otherCustomerId) }],
      ] as const) {
        const result = await customerClient.gql(query, variables);
        expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      }
    });

    it("signs out server-side", async () => {
      const token = customerClient.cookie("portico_portal") ?? "";
      await customerClient.ok(`mutation { portalSignOut }`);
      const replay = app.client();
      replay.setCookie("portico_portal", token);
      expect((await replay.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).toBeNull();
    });
  });

  it("ends portal sessions after 30 days unused, not while in use", async () => {
    const { token } = await invited("Sleepy", "sleepy@example.com");
    const browser = app.client();
    await browser.ok(REDEEM, { t: token });
    app.clock.advance(20 * DAY);
    expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).not.toBeNull();
    app.clock.advance(20 * DAY);
    expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).not.toBeNull();
    app.clock.advance(31 * DAY);
    expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).toBeNull();
  });
});
