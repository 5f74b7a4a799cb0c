import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SoftAuthenticator } from "../../../test/authenticator.js";
import { createStaff, customerInPortal, signInStaff, twoFacilities } from "../../../test/factories.js";
import { countRows, latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { MINUTE } from "../../lib/clock.js";
import { createLogger } from "../../lib/logger.js";
import { createPurgeJob } from "./purge.job.js";

const START_PORTAL_REG = `mutation { startPortalPasskeyRegistration }`;
const FINISH_PORTAL_REG = `mutation($r: String!, $n: String) { finishPortalPasskeyRegistration(response: $r, name: $n) { id name backedUp lastUsedAt } }`;
const START_STAFF_REG = `mutation { startStaffPasskeyRegistration }`;
const FINISH_STAFF_REG = `mutation($r: String!, $n: String) { finishStaffPasskeyRegistration(response: $r, name: $n) { id name } }`;
const START_PORTAL_SIGN_IN = `mutation { startPortalPasskeySignIn }`;
const PORTAL_SIGN_IN = `mutation($r: String!) { portalSignInWithPasskey(response: $r) { name } }`;
const START_STAFF_SIGN_IN = `mutation { startStaffPasskeySignIn }`;
const STAFF_SIGN_IN = `mutation($r: String!) { staffSignInWithPasskey(response: $r) { email } }`;
const PORTAL_PASSKEYS = `{ portalPasskeys { id name lastUsedAt backedUp } }`;
const STAFF_PASSKEYS = `{ staffPasskeys { id name } }`;
const FAILED = "That passkey could not sign you in. Try again, or sign in another way.";
const DEACTIVATE = `mutation($id: ID!) { deactivateStaff(staffUserId: $id) { id status } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateStaff(staffUserId: $id) { id status } }`;
const SIGN_INS = `{ portalSignIns(first: 10) { nodes { id at name device method } } }`;
const CUSTOMER_SIGN_INS = `query($id: ID!) { customer(id: $id) { signIns(first: 10) { nodes { method } } } }`;
const CHROME_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

type SignIn = { id: string; at: string; name: string; device: string; method: string };

type Options = { startPortalPasskeyRegistration?: string; startStaffPasskeyRegistration?: string };

describe("passkeys", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof twoFacilities>>;
  let pat: { customer: { id: number }; browser: TestClient };

  beforeAll(async () => {
    app = await startTestApp();
    world = await twoFacilities(app);
    pat = await customerInPortal(app, world.asA, world.a.id, { name: "Pat Keys", email: "pat.keys@example.com" });
  });
  afterAll(() => app.close());

  async function addPortalPasskey(browser: TestClient, key = new SoftAuthenticator(), name = "Pat's phone") {
    const { startPortalPasskeyRegistration: options } = await browser.ok<Required<Options>>(START_PORTAL_REG);
    const added = await browser.ok<{ finishPortalPasskeyRegistration: { id: string } }>(FINISH_PORTAL_REG, {
      r: key.register(options),
      n: name,
    });
    return { key, id: added.finishPortalPasskeyRegistration.id };
  }

  async function addStaffPasskey(browser: TestClient, key = new SoftAuthenticator()) {
    const { startStaffPasskeyRegistration: options } = await browser.ok<Required<Options>>(START_STAFF_REG);
    const added = await browser.ok<{ finishStaffPasskeyRegistration: { id: string } }>(FINISH_STAFF_REG, {
      r: key.register(options),
      n: "Work laptop",
    });
    return { key, id: added.finishStaffPasskeyRegistration.id };
  }

  async function portalOptions(browser = app.client()) {
    return (await browser.ok<{ startPortalPasskeySignIn: string }>(START_PORTAL_SIGN_IN)).startPortalPasskeySignIn;
  }

  async function staffOptions(browser = app.client()) {
    return (await browser.ok<{ startStaffPasskeySignIn: string }>(START_STAFF_SIGN_IN)).startStaffPasskeySignIn;
  }

  it("a portal person adds a passkey, then signs in with it with no email typed: a new session", async () => {
    const options = JSON.parse(
      (await pat.browser.ok<Required<Options>>(START_PORTAL_REG)).startPortalPasskeyRegistration,
    ) as { rp: { id: string; name: string }; authenticatorSelection: { residentKey: string }; user: { name: string } };
    expect(options.rp).toEqual({ id: "portico.test", name: "Portico" });
    expect(options.authenticatorSelection.residentKey).toBe("required");
    expect(options.user.name).toBe("pat.keys@example.com");

    const { key } = await addPortalPasskey(pat.browser);
    const listed = await pat.browser.ok<{ portalPasskeys: Array<Record<string, unknown>> }>(PORTAL_PASSKEYS);
    expect(listed.portalPasskeys).toEqual([
      expect.objectContaining({ name: "Pat's phone", lastUsedAt: null, backedUp: false }),
    ]);

    const browser = app.client();
    const options2 = await portalOptions(browser);
    expect(JSON.parse(options2)).toMatchObject({ rpId: "portico.test", userVerification: "required" });
    expect(JSON.parse(options2).allowCredentials ?? []).toEqual([]);
    const signedIn = await browser.ok<{ portalSignInWithPasskey: { name: string } }>(PORTAL_SIGN_IN, {
      r: key.assert(options2),
    });
    expect(signedIn.portalSignInWithPasskey.name).toBe("Pat Keys");
    const token = browser.cookie("portico_portal") ?? "";
    expect(token).toHaveLength(43);
    expect(token).not.toBe(pat.browser.cookie("portico_portal"));
    expect(await countRows(app, "sessions", "id_hash = ?", token)).toBe(0);
    const after = await browser.ok<{ portalPasskeys: Array<{ lastUsedAt: string | null }> }>(PORTAL_PASSKEYS);
    expect(after.portalPasskeys[0]?.lastUsedAt).toBe(app.clock.now().toISOString());

    const { auditEvents } = app.data.t;
    const lines = await app.data.read
      .select({ action: auditEvents.action, subject: auditEvents.subject, actorKind: auditEvents.actorKind })
      .from(auditEvents)
      .where(eq(auditEvents.customerId, pat.customer.id));
    expect(lines).toContainEqual({ action: "PASSKEY_ADDED", subject: "Pat's phone", actorKind: "PORTAL" });
  });

  it("staff add a passkey and sign in with it; a staff passkey does not open the portal, nor a portal one the dashboard", async () => {
    const staff = await createStaff(app, world.a.id, { email: "sam.keys@harbor.test" });
    const browser = await signInStaff(app.client(), staff.email);
    const { key } = await addStaffPasskey(browser);
    expect((await browser.ok<{ staffPasskeys: unknown[] }>(STAFF_PASSKEYS)).staffPasskeys).toHaveLength(1);

    const wrongApp = await app.client().gql(PORTAL_SIGN_IN, { r: key.assert(await portalOptions()) });
    expect(wrongApp.errors?.[0]).toMatchObject({ message: FAILED, extensions: { code: "UNAUTHENTICATED" } });

    const fresh = app.client();
    const signedIn = await fresh.ok<{ staffSignInWithPasskey: { email: string } }>(STAFF_SIGN_IN, {
      r: key.assert(await staffOptions(fresh)),
    });
    expect(signedIn.staffSignInWithPasskey.email).toBe("sam.keys@harbor.test");
    expect(fresh.cookie("portico_staff")).toHaveLength(43);
    expect((await fresh.ok<{ staffViewer: { email: string } }>(`{ staffViewer { email } }`)).staffViewer.email).toBe(
      staff.email,
    );

    const { key: portalKey } = await addPortalPasskey(pat.browser);
    const crossed = await app.client().gql(STAFF_SIGN_IN, { r: portalKey.assert(await staffOptions()) });
    expect(crossed.errors?.[0]).toMatchObject({ message: FAILED, extensions: { code: "UNAUTHENTICATED" } });
  });

  it("a deactivated staff member cannot sign in with their passkey: the answer of an unknown passkey", async () => {
    const staff = await createStaff(app, world.a.id, { email: "dee.keys@harbor.test", role: "STAFF" });
    const { key } = await addStaffPasskey(await signInStaff(app.client(), staff.email));
    await app.client().ok(STAFF_SIGN_IN, { r: key.assert(await staffOptions()) });

    const deactivated = await world.asA.ok<{ deactivateStaff: { status: string } }>(DEACTIVATE, { id: staff.id });
    expect(deactivated.deactivateStaff.status).toBe("DEACTIVATED");
    const browser = app.client();
    const refused = await browser.gql(STAFF_SIGN_IN, { r: key.assert(await staffOptions(browser)) });
    const unknown = await app.client().gql(STAFF_SIGN_IN, { r: new SoftAuthenticator().assert(await staffOptions()) });
    expect(refused.errors?.[0]).toMatchObject({ message: FAILED, extensions: { code: "UNAUTHENTICATED" } });
    expect(refused).toEqual(unknown);
    expect(browser.cookie("portico_staff")).toBeUndefined();
    expect(await countRows(app, "sessions", "staff_user_id = ?", staff.id)).toBe(0);

    // The passkey stays theirs: reactivated, they sign in with it again.
    await world.asA.ok(REACTIVATE, { id: staff.id });
    const back = await app.client().ok<{ staffSignInWithPasskey: { email: string } }>(STAFF_SIGN_IN, {
      r: key.assert(await staffOptions()),
    });
    expect(back.staffSignInWithPasskey.email).toBe("dee.keys@harbor.test");
  });

  it("a portal passkey sign-in is listed among the account's sign-ins with the method PASSKEY", async () => {
    const noor = await customerInPortal(app, world.asA, world.a.id, { name: "Noor Keys", email: "noor@example.com" });
    const { key } = await addPortalPasskey(noor.browser, new SoftAuthenticator(), "Noor's laptop");
    app.clock.advance(MINUTE);
    const browser = app.client();
    browser.headers = { "user-agent": CHROME_MAC };
    await browser.ok(PORTAL_SIGN_IN, { r: key.assert(await portalOptions(browser)) });

    const { portalSignIns } = await noor.browser.ok<{ portalSignIns: { nodes: SignIn[] } }>(SIGN_INS);
    expect(portalSignIns.nodes.map((s) => [s.name, s.method])).toEqual([
      ["Noor Keys", "PASSKEY"],
      ["Noor Keys", "INVITE"],
    ]);
    expect(portalSignIns.nodes[0]).toMatchObject({ device: "Chrome on macOS", at: app.clock.now().toISOString() });
    // The signed-in browser sees the same list, and staff see it on the customer's page.
    const own = await browser.ok<{ portalSignIns: { nodes: SignIn[] } }>(SIGN_INS);
    expect(own.portalSignIns.nodes.map((s) => s.id)).toEqual(portalSignIns.nodes.map((s) => s.id));
    const staffView = await world.asA.ok<{ customer: { signIns: { nodes: SignIn[] } } }>(CUSTOMER_SIGN_INS, {
      id: String(noor.customer.id),
    });
    expect(staffView.customer.signIns.nodes.map((s) => s.method)).toEqual(["PASSKEY", "INVITE"]);
  });

  it("refuses answers made on another origin or for another RP id", async () => {
    const evil = new SoftAuthenticator({ origin: "http://evil.test" });
    const { startPortalPasskeyRegistration: options } = await pat.browser.ok<Required<Options>>(START_PORTAL_REG);
    const refused = await pat.browser.gql(FINISH_PORTAL_REG, { r: evil.register(options) });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const { key } = await addPortalPasskey(pat.browser);
    key.origin = "http://evil.test";
    const wrongOrigin = await app.client().gql(PORTAL_SIGN_IN, { r: key.assert(await portalOptions()) });
    expect(wrongOrigin.errors?.[0]?.message).toBe(FAILED);
    key.origin = "http://portico.test";
    const wrongRp = await app.client().gql(PORTAL_SIGN_IN, { r: key.assert(await portalOptions(), "evil.test") });
    expect(wrongRp.errors?.[0]?.message).toBe(FAILED);
    // The key itself is fine: a proper answer still signs in.
    await app.client().ok(PORTAL_SIGN_IN, { r: key.assert(await portalOptions()) });
  });

  it("a challenge works once and for five minutes; a registration's challenge only for its own person", async () => {
    const { key } = await addPortalPasskey(pat.browser);
    const options = await portalOptions();
    const answer = key.assert(options);
    await app.client().ok(PORTAL_SIGN_IN, { r: answer });
    const replayed = await app.client().gql(PORTAL_SIGN_IN, { r: answer });
    expect(replayed.errors?.[0]?.message).toBe(FAILED);

    const late = await portalOptions();
    app.clock.advance(5 * MINUTE + 1000);
    const expired = await app.client().gql(PORTAL_SIGN_IN, { r: key.assert(late) });
    expect(expired.errors?.[0]?.message).toBe(FAILED);

    // A sign-in challenge is not a registration challenge, and another person's is not yours.
    const other = await customerInPortal(app, world.asA, world.a.id, { name: "Lee Other", email: "lee@example.com" });
    const { startPortalPasskeyRegistration: othersOptions } =
      await other.browser.ok<Required<Options>>(START_PORTAL_REG);
    const stolen = await pat.browser.gql(FINISH_PORTAL_REG, { r: new SoftAuthenticator().register(othersOptions) });
    expect(stolen.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const signInChallenge = await pat.browser.gql(FINISH_PORTAL_REG, {
      r: new SoftAuthenticator().register(
        JSON.stringify({ ...JSON.parse(othersOptions), challenge: JSON.parse(await portalOptions()).challenge }),
      ),
    });
    expect(signInChallenge.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // A registration answer sent twice adds one passkey.
    const { startPortalPasskeyRegistration: regOptions } = await pat.browser.ok<Required<Options>>(START_PORTAL_REG);
    const twice = new SoftAuthenticator().register(regOptions);
    await pat.browser.ok(FINISH_PORTAL_REG, { r: twice });
    expect((await pat.browser.gql(FINISH_PORTAL_REG, { r: twice })).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("20 parallel sign-ins with one signed challenge make exactly one session", async () => {
    const { key } = await addPortalPasskey(pat.browser);
    const answer = key.assert(await portalOptions());
    const before = await countRows(app, "sessions");
    const results = await Promise.all(
      Array.from({ length: 20 }, () => app.client().gql(PORTAL_SIGN_IN, { r: answer })),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.message === FAILED)).toHaveLength(19);
    expect(await countRows(app, "sessions")).toBe(before + 1);
  });

  it("a counter that does not go up is refused (a cloned authenticator); one that keeps no counter always works", async () => {
    const counted = new SoftAuthenticator({ counter: 10 });
    await addPortalPasskey(pat.browser, counted);
    await app.client().ok(PORTAL_SIGN_IN, { r: counted.assert(await portalOptions()) });
    expect(counted.counter).toBe(11);
    counted.counter = 10; // a clone, behind the original
    const cloned = await app.client().gql(PORTAL_SIGN_IN, { r: counted.assert(await portalOptions()) });
    expect(cloned.errors?.[0]?.message).toBe(FAILED);
    const { passkeys } = app.data.t;
    const [row] = await app.data.read
      .select({ counter: passkeys.counter })
      .from(passkeys)
      .where(eq(passkeys.credentialId, counted.id));
    expect(row?.counter).toBe(11);
    await app.client().ok(PORTAL_SIGN_IN, { r: counted.assert(await portalOptions()) });

    const synced = new SoftAuthenticator({ counterStep: 0, synced: true });
    const { id } = await addPortalPasskey(pat.browser, synced, "Password manager");
    for (let i = 0; i < 3; i++) await app.client().ok(PORTAL_SIGN_IN, { r: synced.assert(await portalOptions()) });
    const listed = await pat.browser.ok<{ portalPasskeys: Array<{ id: string; backedUp: boolean }> }>(PORTAL_PASSKEYS);
    expect(listed.portalPasskeys.find((p) => p.id === id)?.backedUp).toBe(true);
  });

  it("names and removes only one's own passkeys; another's answers like a missing one", async () => {
    const { id } = await addPortalPasskey(pat.browser);
    const renamed = await pat.browser.ok<{ renamePortalPasskey: { name: string } }>(
      `mutation($id: ID!, $n: String!) { renamePortalPasskey(id: $id, name: $n) { name } }`,
      { id, n: "  Kitchen   iPad " },
    );
    expect(renamed.renamePortalPasskey.name).toBe("Kitchen iPad");
    const RENAME = `mutation($id: ID!, $n: String!) { renamePortalPasskey(id: $id, name: $n) { name } }`;
    expect((await pat.browser.gql(RENAME, { id, n: "   " })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await pat.browser.gql(RENAME, { id, n: "x".repeat(61) })).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );

    const other = await customerInPortal(app, world.asA, world.a.id, { name: "Kim Other", email: "kim@example.com" });
    const REMOVE = `mutation($id: ID!) { removePortalPasskey(id: $id) }`;
    const foreign = await other.browser.gql(REMOVE, { id });
    const missing = await other.browser.gql(REMOVE, { id: "987654321" });
    expect(foreign.errors?.[0]).toMatchObject({ message: "Passkey not found", extensions: { code: "NOT_FOUND" } });
    expect(foreign).toEqual(missing);
    expect((await other.browser.gql(RENAME, { id, n: "Mine now" })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // Staff cannot touch a portal person's passkey through their own fields either.
    const staffTry = await world.asA.gql(`mutation($id: ID!) { removeStaffPasskey(id: $id) }`, { id });
    expect(staffTry.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    await pat.browser.ok(REMOVE, { id });
    const listed = await pat.browser.ok<{ portalPasskeys: Array<{ id: string }> }>(PORTAL_PASSKEYS);
    expect(listed.portalPasskeys.map((p) => p.id)).not.toContain(id);
    const { auditEvents } = app.data.t;
    const lines = await app.data.read
      .select({ action: auditEvents.action, subject: auditEvents.subject })
      .from(auditEvents)
      .where(eq(auditEvents.customerId, pat.customer.id));
    expect(lines).toContainEqual({ action: "PASSKEY_REMOVED", subject: "Kitchen iPad" });
  });

  it("a contact whose portal access was turned off cannot sign in with their passkey", async () => {
    const { contacts } = app.data.t;
    const [contact] = await app.data.transaction((tx) =>
      tx
        .insert(contacts)
        .values({
          facilityId: world.a.id,
          customerId: pat.customer.id,
          name: "Robin Contact",
          email: "robin@example.com",
          canAccessPortal: true,
        })
        .returning(),
    );
    await world.asA.ok(`mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id } } }`, {
      id: String(contact?.id),
    });
    await app.deliver();
    const robin = app.client();
    await robin.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
      t: (await latestEmailTo(app, "robin@example.com"))?.token,
    });
    const { key } = await addPortalPasskey(robin);
    await app.client().ok(PORTAL_SIGN_IN, { r: key.assert(await portalOptions()) });
    await app.data.transaction((tx) =>
      tx
        .update(contacts)
        .set({ canAccessPortal: false })
        .where(eq(contacts.id, contact?.id ?? 0)),
    );
    const refused = await app.client().gql(PORTAL_SIGN_IN, { r: key.assert(await portalOptions()) });
    expect(refused.errors?.[0]).toMatchObject({ message: FAILED, extensions: { code: "UNAUTHENTICATED" } });
  });

  it("an archived customer cannot sign in with their passkey until restored", async () => {
    const sam = await customerInPortal(app, world.asA, world.a.id, { name: "Sam Archive", email: "sam.a@example.com" });
    const { key } = await addPortalPasskey(sam.browser, new SoftAuthenticator(), "Sam's phone");
    const id = String(sam.customer.id);
    await world.asA.ok(`mutation($id: ID!) { archiveCustomer(id: $id) { id } }`, { id });
    const refused = await app.client().gql(PORTAL_SIGN_IN, { r: key.assert(await portalOptions()) });
    expect(refused.errors?.[0]).toMatchObject({ message: FAILED, extensions: { code: "UNAUTHENTICATED" } });
    await world.asA.ok(`mutation($id: ID!) { restoreCustomer(id: $id) { id } }`, { id });
    const back = await app.client().ok<{ portalSignInWithPasskey: { name: string } }>(PORTAL_SIGN_IN, {
      r: key.assert(await portalOptions()),
    });
    expect(back.portalSignInWithPasskey.name).toBe("Sam Archive");
  });

  it("an unknown passkey or a malformed answer gets the same answer; adding needs a session", async () => {
    const stranger = new SoftAuthenticator();
    const unknown = await app.client().gql(PORTAL_SIGN_IN, { r: stranger.assert(await portalOptions()) });
    const garbage = await app.client().gql(PORTAL_SIGN_IN, { r: "{not json" });
    expect(unknown.errors?.[0]?.message).toBe(FAILED);
    expect(garbage.errors?.[0]?.message).toBe(FAILED);
    const tooLong = await app.client().gql(PORTAL_SIGN_IN, { r: "x".repeat(16_385) });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await app.client().gql(START_PORTAL_REG)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await app.client().gql(START_STAFF_REG)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("expired challenges are purged on the schedule", async () => {
    await portalOptions();
    await staffOptions();
    app.clock.advance(6 * MINUTE);
    const job = createPurgeJob({ data: app.data, clock: app.clock, logger: createLogger("silent") });
    const counts = await job.runOnce();
    expect(counts.passkeyChallenges).toBeGreaterThanOrEqual(2);
    expect(await countRows(app, "passkey_challenges")).toBe(0);
  });
});
