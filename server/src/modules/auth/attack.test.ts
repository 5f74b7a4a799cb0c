import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer, createStaff, customerInPortal, signInStaff, twoFacilities } from "../../../test/factories.js";
import { countRows, type GqlResult, latestEmailTo, startTestApp, type TestApp } from "../../../test/harness.js";
import { holdLocks, raceWhileHeld } from "../../../test/held-locks.js";
import { MINUTE } from "../../lib/clock.js";

const VIEWER = `{ portalViewer { name } }`;
const STAFF_SIGN_IN = `mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { name } }`;
const UPDATE_CUSTOMER = `mutation($id: ID!, $input: CustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`;
const ADD_CONTACT = `mutation($customerId: ID!, $input: ContactInput!) { addContact(customerId: $customerId, input: $input) { id } }`;
const UPDATE_CONTACT = `mutation($id: ID!, $input: ContactInput!) { updateContact(id: $id, input: $input) { id } }`;
const INVITE = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const INVITE_CONTACT = `mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { email } } }`;
const REDEEM = `mutation($t: String!, $p: String) { redeemSignInLink(token: $t, password: $p) { name } }`;
const REQUEST_LINK = `mutation($e: String!) { requestSignInLink(email: $e) { message } }`;
const CODE = `mutation($e: String!, $c: String!) { signInWithCode(email: $e, code: $c) { name } }`;
const PASSWORD = `mutation($e: String!, $p: String!) { signInWithPassword(email: $e, password: $p) { name } }`;
const PREVIEW_AS = `mutation($customerId: ID!, $contactId: ID) { previewPortalAs(customerId: $customerId, contactId: $contactId) }`;
const SETTINGS = `mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { signInMethod } }`;

const preferences = {
  invoices: true,
  estimates: true,
  scheduling: true,
  carUpdates: true,
  contracts: true,
  socialEvents: false,
  marketing: false,
};
const contactInput = (name: string, email: string, canAccessPortal = true) => ({
  name,
  email,
  phone: null,
  role: "SPOUSE",
  canAccessPortal,
  preferences,
});
const customerInput = (name: string, email: string) => ({ name, email, phone: null, address: null, notes: null });

/** What a caller can tell apart: everything in the error but nothing else. */
const answer = (r: GqlResult) => JSON.stringify({ data: r.data ?? null, errors: r.errors ?? null });

describe("attacks on sign-in", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    await t.asB.ok(SETTINGS, {
      input: { signInMethod: "PASSWORD", inviteExpiryDays: 7, resendCooldownHours: 24, welcomeMessage: null },
    });
  });
  // Fresh throttle windows for every test.
  beforeEach(async () => {
    app.clock.advance(16 * MINUTE);
    await signInStaff(t.asA, t.staffA.email);
    await signInStaff(t.asB, t.staffB.email);
  });
  afterAll(() => app.close());

  it("staff sign-in with a huge email stores no huge throttle key", async () => {
    // The argument's bound refuses it at the edge, before any throttle is counted.
    const huge = `${"a".repeat(1_000_000)}@example.com`;
    const r = await app.client().gql(STAFF_SIGN_IN, { e: huge, p: "whatever it is" });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const { rateLimits } = app.data.t;
    const [longest] = await app.data.read.select({ n: sql<number>`max(length(${rateLimits.key}))` }).from(rateLimits);
    expect(Number(longest?.n)).toBeLessThan(200);
  });

  it("staff sign-in: 60 parallel wrong guesses over six accounts from one network verify at most 50", async () => {
    const staff = await Promise.all(Array.from({ length: 6 }, () => createStaff(app, t.a.id, { role: "STAFF" })));
    const results = await Promise.all(
      staff.flatMap((s) =>
        Array.from({ length: 10 }, (_, i) => app.client().gql(STAFF_SIGN_IN, { e: s.email, p: `guess ${i}` })),
      ),
    );
    const verified = results.filter((r) => r.errors?.[0]?.extensions?.code === "UNAUTHENTICATED").length;
    const limited = results.filter((r) => r.errors?.[0]?.extensions?.code === "TOO_MANY_REQUESTS").length;
    expect(verified + limited).toBe(60);
    expect(verified).toBe(50);
  });

  it("staff sign-out ends the portal preview opened in that browser", async () => {
    const { customer } = await customerInPortal(app, t.asA, t.a.id, { name: "Previewed", email: "prev@example.com" });
    const staffBrowser = await signInStaff(app.client(), t.staffA.email);
    await staffBrowser.ok(PREVIEW_AS, { customerId: String(customer.id), contactId: null });
    expect((await staffBrowser.ok<{ portalViewer: { name: string } }>(VIEWER)).portalViewer.name).toBe("Previewed");
    await staffBrowser.ok(`mutation { staffSignOut }`);
    expect((await staffBrowser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).toBeNull();
  });

  it("an old password does not open the account once staff change its email", async () => {
    const customer = await createCustomer(app, t.b.id, { name: "Password Mover", email: "pw-old@example.com" });
    await t.asB.ok(INVITE, { id: String(customer.id) });
    await app.deliver();
    await app
      .client()
      .ok(REDEEM, { t: (await latestEmailTo(app, "pw-old@example.com"))?.token, p: "lantern harbor pw" });

    await t.asB.ok(UPDATE_CUSTOMER, {
      id: String(customer.id),
      input: customerInput("Password Mover", "pw-new@example.com"),
    });
    // Whoever held the old address knows the password; the new address must prove itself by a link.
    const r = await app.client().gql(PASSWORD, { e: "pw-new@example.com", p: "lantern harbor pw" });
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // The way back in: a link to the new address, which leads to choosing a password.
    await app.client().ok(REQUEST_LINK, { e: "pw-new@example.com" });
    await app.deliver();
    const browser = app.client();
    await browser.ok(REDEEM, { t: (await latestEmailTo(app, "pw-new@example.com"))?.token, p: "a new beacon pw" });
    await app.client().ok(PASSWORD, { e: "pw-new@example.com", p: "a new beacon pw" });
  });

  it("an old password does not open a contact's account once staff change the contact's email", async () => {
    const customer = await createCustomer(app, t.b.id, { name: "Account Holder" });
    const { addContact } = await t.asB.ok<{ addContact: { id: string } }>(ADD_CONTACT, {
      customerId: String(customer.id),
      input: contactInput("Contact Mover", "cpw-old@example.com"),
    });
    await t.asB.ok(INVITE_CONTACT, { id: addContact.id });
    await app.deliver();
    await app
      .client()
      .ok(REDEEM, { t: (await latestEmailTo(app, "cpw-old@example.com"))?.token, p: "lantern harbor pw" });
    await t.asB.ok(UPDATE_CONTACT, { id: addContact.id, input: contactInput("Contact Mover", "cpw-new@example.com") });
    const r = await app.client().gql(PASSWORD, { e: "cpw-new@example.com", p: "lantern harbor pw" });
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a password sign-in racing staff's change of the address leaves no session that knew the old password", async () => {
    const customer = await createCustomer(app, t.b.id, { name: "Racing Mover", email: "race-old@example.com" });
    await t.asB.ok(INVITE, { id: String(customer.id) });
    await app.deliver();
    await app
      .client()
      .ok(REDEEM, { t: (await latestEmailTo(app, "race-old@example.com"))?.token, p: "lantern harbor pw" });
    const { portalAccounts } = app.data.t;
    const [account] = await app.data.read
      .select({ id: portalAccounts.id })
      .from(portalAccounts)
      .where(eq(portalAccounts.customerId, customer.id));

    // The sign-in checks the password, then waits on the account; the change starts while it waits.
    const held = await holdLocks(app, "SELECT 1 FROM portal_accounts WHERE id = $1 FOR UPDATE", [account?.id]);
    const browser = app.client();
    const signIn = browser.gql(PASSWORD, { e: "race-old@example.com", p: "lantern harbor pw" });
    await held.untilWaiting(1);
    const change = t.asB.gql(UPDATE_CUSTOMER, {
      id: String(customer.id),
      input: customerInput("Racing Mover", "race-new@example.com"),
    });
    await held.untilWaiting(2);
    await held.release();
    const [, changed] = await Promise.all([signIn, change]);
    expect(changed.errors).toBeUndefined();
    // Whether the sign-in was refused or its session was ended by the change, nobody is signed in.
    expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).toBeNull();
  });

  it("a password sign-in racing a reset of the password leaves no session that knew the old one", async () => {
    const customer = await createCustomer(app, t.b.id, { name: "Racing Reset", email: "race-reset@example.com" });
    await t.asB.ok(INVITE, { id: String(customer.id) });
    await app.deliver();
    await app
      .client()
      .ok(REDEEM, { t: (await latestEmailTo(app, "race-reset@example.com"))?.token, p: "lantern harbor pw" });
    // "Forgot your password": a link to choose a new one.
    await app.client().ok(REQUEST_LINK, { e: "race-reset@example.com" });
    await app.deliver();
    const resetToken = (await latestEmailTo(app, "race-reset@example.com"))?.token;
    const { portalAccounts } = app.data.t;
    const [account] = await app.data.read
      .select({ id: portalAccounts.id })
      .from(portalAccounts)
      .where(eq(portalAccounts.customerId, customer.id));

    // The reset waits on the account first; the sign-in with the old password checks it, then waits.
    const browser = app.client();
    const [reset] = await raceWhileHeld(
      app,
      "SELECT 1 FROM portal_accounts WHERE id = $1 FOR UPDATE",
      [account?.id],
      [
        () => app.client().gql(REDEEM, { t: resetToken, p: "a brand new beacon" }),
        () => browser.gql(PASSWORD, { e: "race-reset@example.com", p: "lantern harbor pw" }),
      ],
    );
    expect(reset?.errors).toBeUndefined();
    expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).toBeNull();
  });

  it("password sign-in answers the same for a known address, an unknown one and a contact whose access is off", async () => {
    const customer = await createCustomer(app, t.b.id, { name: "Known PW", email: "known-pw@example.com" });
    await t.asB.ok(INVITE, { id: String(customer.id) });
    await app.deliver();
    await app
      .client()
      .ok(REDEEM, { t: (await latestEmailTo(app, "known-pw@example.com"))?.token, p: "lantern harbor pw" });
    const holder = await createCustomer(app, t.b.id);
    const { addContact } = await t.asB.ok<{ addContact: { id: string } }>(ADD_CONTACT, {
      customerId: String(holder.id),
      input: contactInput("Off Contact", "off-pw@example.com"),
    });
    await t.asB.ok(INVITE_CONTACT, { id: addContact.id });
    await app.deliver();
    await app
      .client()
      .ok(REDEEM, { t: (await latestEmailTo(app, "off-pw@example.com"))?.token, p: "lantern harbor pw" });
    await t.asB.ok(UPDATE_CONTACT, {
      id: addContact.id,
      input: contactInput("Off Contact", "off-pw@example.com", false),
    });

    const answers = await Promise.all([
      app.client().gql(PASSWORD, { e: "known-pw@example.com", p: "wrong wrong wrong" }),
      app.client().gql(PASSWORD, { e: "nobody-pw@example.com", p: "wrong wrong wrong" }),
      app.client().gql(PASSWORD, { e: "off-pw@example.com", p: "lantern harbor pw" }),
    ]);
    expect(new Set(answers.map(answer)).size).toBe(1);
  });

  it("code sign-in answers the same for a known address, an unknown one and a contact whose access is off", async () => {
    await customerInPortal(app, t.asA, t.a.id, { name: "Known Code", email: "known-code@example.com" });
    await app.client().ok(REQUEST_LINK, { e: "known-code@example.com" });
    await app.deliver();
    const holder = await createCustomer(app, t.a.id);
    const { addContact } = await t.asA.ok<{ addContact: { id: string } }>(ADD_CONTACT, {
      customerId: String(holder.id),
      input: contactInput("Off Code", "off-code@example.com"),
    });
    await t.asA.ok(INVITE_CONTACT, { id: addContact.id });
    await app.deliver();
    const offCode = (await latestEmailTo(app, "off-code@example.com"))?.code;
    await t.asA.ok(UPDATE_CONTACT, {
      id: addContact.id,
      input: contactInput("Off Code", "off-code@example.com", false),
    });

    const responses = await Promise.all(
      [
        { e: "known-code@example.com", c: "12345678" },
        { e: "nobody-code@example.com", c: "12345678" },
        { e: "off-code@example.com", c: offCode as string },
      ].map((variables) => app.client().post("/graphql", { query: CODE, variables })),
    );
    const seen = await Promise.all(
      responses.map(async (r) =>
        JSON.stringify({
          status: r.status,
          cookies: r.headers.getSetCookie(),
          body: answer((await r.json()) as GqlResult),
        }),
      ),
    );
    expect(new Set(seen).size).toBe(1);
  });

  it("wrong codes spread over an address's several open links kill every code, never a link", async () => {
    // One address, a person in each facility, both sent a sign-in link.
    await customerInPortal(app, t.asA, t.a.id, { name: "Two Places", email: "two-places@example.com" });
    const inB = await createCustomer(app, t.b.id, { name: "Two Places", email: "two-places@example.com" });
    await t.asB.ok(INVITE, { id: String(inB.id) });
    await app.deliver();
    const inviteB = await latestEmailTo(app, "two-places@example.com");
    await app.client().ok(REQUEST_LINK, { e: "two-places@example.com" });
    await app.deliver();
    const { devMailbox } = app.data.t;
    const mails = await app.data.read
      .select({ text: devMailbox.textBody })
      .from(devMailbox)
      .where(eq(devMailbox.toEmail, "two-places@example.com"))
      .orderBy(desc(devMailbox.id))
      .limit(2);
    const sent = mails.map((m) => ({
      token: /\/portal\/link\/([A-Za-z0-9_-]{43})/.exec(m.text)?.[1],
      code: /\b(\d{4}[ -]?\d{4})\b/.exec(m.text)?.[1]?.replace(/\D/g, ""),
    }));
    expect(sent).toHaveLength(2);
    expect(inviteB?.token).toBeDefined();

    const wrong = ["00000000", "11111111", "22222222", "33333333", "44444444", "55555555"].filter(
      (c) => !sent.some((s) => s.code === c),
    );
    const guesses = await Promise.all(
      wrong.slice(0, 5).map((c) => app.client().gql(CODE, { e: "two-places@example.com", c })),
    );
    expect(guesses.every((g) => g.errors?.[0]?.extensions?.code === "BAD_USER_INPUT")).toBe(true);
    for (const { code } of sent) {
      const late = await app.client().gql(CODE, { e: "two-places@example.com", c: code as string });
      expect(late.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    // The magic-link facility's link still signs in.
    const signedIn = await Promise.all(sent.map((s) => app.client().gql(REDEEM, { t: s.token })));
    expect(signedIn.filter((r) => !r.errors).length).toBeGreaterThanOrEqual(1);
  });

  it("a contact whose access was just turned off gets no sign-in link, and the last one sent is dead", async () => {
    const holder = await createCustomer(app, t.a.id);
    const { addContact } = await t.asA.ok<{ addContact: { id: string } }>(ADD_CONTACT, {
      customerId: String(holder.id),
      input: contactInput("Cut Off", "cut-off@example.com"),
    });
    await t.asA.ok(INVITE_CONTACT, { id: addContact.id });
    await app.deliver();
    const invite = await latestEmailTo(app, "cut-off@example.com");
    // Asked for a link and access turned off at the same moment.
    await Promise.all([
      app.client().gql(REQUEST_LINK, { e: "cut-off@example.com" }),
      t.asA.ok(UPDATE_CONTACT, { id: addContact.id, input: contactInput("Cut Off", "cut-off@example.com", false) }),
    ]);
    await app.deliver();
    const last = await latestEmailTo(app, "cut-off@example.com");
    for (const token of [invite?.token, last?.token]) {
      const r = await app.client().gql(REDEEM, { t: token });
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    for (const code of [invite?.code, last?.code]) {
      const r = await app.client().gql(CODE, { e: "cut-off@example.com", c: code as string });
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("twenty simultaneous link requests for one address send one email and leave one open link", async () => {
    const { customer } = await customerInPortal(app, t.asA, t.a.id, { name: "Popular", email: "popular@example.com" });
    app.clock.advance(MINUTE + 1);
    await Promise.all(Array.from({ length: 20 }, () => app.client().gql(REQUEST_LINK, { e: "popular@example.com" })));
    expect(await countRows(app, "email_outbox", "to_email = ? AND kind = 'SIGN_IN_LINK'", "popular@example.com")).toBe(
      1,
    );
    expect(
      await countRows(
        app,
        "sign_in_links",
        "customer_id = ? AND consumed_at IS NULL AND voided_at IS NULL",
        customer.id,
      ),
    ).toBe(1);
  });

  it("a link redeemed while a newer one is being asked for: never two live ways in", async () => {
    const { customer } = await customerInPortal(app, t.asA, t.a.id, { name: "Racer", email: "racer@example.com" });
    await app.client().ok(REQUEST_LINK, { e: "racer@example.com" });
    await app.deliver();
    const older = await latestEmailTo(app, "racer@example.com");
    app.clock.advance(MINUTE + 1);
    const browser = app.client();
    const [redeemed] = await Promise.all([
      browser.gql(REDEEM, { t: older?.token }),
      app.client().gql(REQUEST_LINK, { e: "racer@example.com" }),
    ]);
    const open = await countRows(
      app,
      "sign_in_links",
      "customer_id = ? AND consumed_at IS NULL AND voided_at IS NULL",
      customer.id,
    );
    // Whichever came first, at most one link is open and the older one is used at most once.
    expect(open).toBeLessThanOrEqual(1);
    if (!redeemed.errors) expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).not.toBeNull();
    const again = await app.client().gql(REDEEM, { t: older?.token });
    expect(again.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
