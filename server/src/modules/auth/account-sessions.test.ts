import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createCustomer,
  createStaff,
  customerInPortal,
  signInStaff,
  twoFacilities,
  updateFacility,
} from "../../../test/factories.js";
import { latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { MINUTE } from "../../lib/clock.js";

const CHROME_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

const STAFF_SESSIONS = `{ staffSessions { id browser system place ip signedInAt lastActiveAt current } }`;
const END_STAFF = `mutation($s: String!) { endStaffSession(sessionId: $s) }`;
const END_OTHER_STAFF = `mutation { endOtherStaffSessions }`;
const PORTAL_SESSIONS = `{ portalSessions { id browser system place ip current } }`;
const END_PORTAL = `mutation($s: String!) { endPortalSession(sessionId: $s) }`;
const END_OTHER_PORTAL = `mutation { endOtherPortalSessions }`;
const SIGN_INS = `query($first: Int, $after: String) { portalSignIns(first: $first, after: $after) { nodes { id at name device method } pageInfo { endCursor hasNextPage } } }`;
const CUSTOMER_SIGN_INS = `query($id: ID!) { customer(id: $id) { signIns(first: 50) { nodes { name device method } } } }`;
const REQUEST = `mutation($e: String!) { requestSignInLink(email: $e) { message } }`;
const REDEEM = `mutation($t: String!, $p: String) { redeemSignInLink(token: $t, password: $p) { name } }`;
const CODE = `mutation($e: String!, $c: String!) { signInWithCode(email: $e, code: $c) { name } }`;
const PASSWORD = `mutation($e: String!, $p: String!) { signInWithPassword(email: $e, password: $p) { name } }`;

type Session = {
  id: string;
  browser: string;
  system: string;
  place: string | null;
  ip: string | null;
  lastActiveAt: string;
  current: boolean;
};
type SignIn = { id: string; at: string; name: string; device: string; method: string | null };

/** A browser of this kind at this address (the tests' server trusts the local proxy's header). */
function browserAs(client: TestClient, userAgent: string, ip: string): TestClient {
  client.headers = { "user-agent": userAgent, "x-forwarded-for": ip };
  return client;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe("staff sessions", () => {
  it("records the browser and address at sign-in and lists only the viewer's own live sessions", async () => {
    const { a, staffA } = await twoFacilities(app);
    const laptop = await signInStaff(browserAs(app.client(), CHROME_MAC, "8.8.8.8"), staffA.email);
    await signInStaff(browserAs(app.client(), FIREFOX_WINDOWS, "10.0.0.7"), staffA.email);
    const colleague = await createStaff(app, a.id);
    await signInStaff(app.client(), colleague.email);

    const { staffSessions } = await laptop.ok<{ staffSessions: Session[] }>(STAFF_SESSIONS);
    // The one from twoFacilities, the laptop and the Firefox browser: the colleague's is not here.
    expect(staffSessions).toHaveLength(3);
    const mine = staffSessions.find((s) => s.current);
    expect(mine).toMatchObject({ browser: "Chrome", system: "macOS", place: "United States", ip: "8.8.8.8" });
    expect(staffSessions.filter((s) => s.current)).toHaveLength(1);
    expect(staffSessions.find((s) => s.ip === "10.0.0.7")).toMatchObject({
      browser: "Firefox",
      system: "Windows",
      place: null,
    });
  });

  it("ends one session: that browser is refused on its next request, the others go on", async () => {
    const facility = await twoFacilities(app);
    const first = await signInStaff(browserAs(app.client(), CHROME_MAC, "8.8.8.8"), facility.staffA.email);
    const second = await signInStaff(browserAs(app.client(), SAFARI_IPHONE, "8.8.4.4"), facility.staffA.email);
    const { staffSessions } = await first.ok<{ staffSessions: Session[] }>(STAFF_SESSIONS);
    const phone = staffSessions.find((s) => s.browser === "Safari");
    expect(phone).toBeDefined();
    expect(await first.ok(END_STAFF, { s: phone?.id })).toEqual({ endStaffSession: true });

    const refused = await second.gql(STAFF_SESSIONS);
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await second.ok<{ staffViewer: null }>(`{ staffViewer { id } }`)).staffViewer).toBeNull();
    expect((await first.ok<{ staffSessions: Session[] }>(STAFF_SESSIONS)).staffSessions).toHaveLength(2);

    // Already ended: answered like a session that never was.
    const again = await first.gql(END_STAFF, { s: phone?.id });
    expect(again.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const missing = await first.gql(END_STAFF, { s: "0".repeat(64) });
    expect(again.errors).toEqual(missing.errors);
  });

  it("ends all other sessions but this browser's, and ending this one signs it out", async () => {
    const { staffA } = await twoFacilities(app);
    const keep = await signInStaff(browserAs(app.client(), CHROME_MAC, "8.8.8.8"), staffA.email);
    const others = [await signInStaff(app.client(), staffA.email), await signInStaff(app.client(), staffA.email)];
    expect(await keep.ok(END_OTHER_STAFF)).toEqual({ endOtherStaffSessions: 3 });
    for (const other of others)
      expect((await other.gql(STAFF_SESSIONS)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const { staffSessions } = await keep.ok<{ staffSessions: Session[] }>(STAFF_SESSIONS);
    expect(staffSessions.map((s) => s.current)).toEqual([true]);

    await keep.ok(END_STAFF, { s: staffSessions[0]?.id });
    expect(keep.cookie("portico_staff")).toBeUndefined();

    const { auditEvents } = app.data.t;
    const lines = await app.data.read.select().from(auditEvents);
    expect(lines.filter((l) => l.action === "SESSION_ENDED" && l.actorName === staffA.name).length).toBe(2);
  });

  it("last active moves with use, written at most every few minutes", async () => {
    const { staffA } = await twoFacilities(app);
    const browser = await signInStaff(app.client(), staffA.email);
    const read = async () =>
      (await browser.ok<{ staffSessions: Session[] }>(STAFF_SESSIONS)).staffSessions.find((s) => s.current)
        ?.lastActiveAt;
    const start = await read();
    app.clock.advance(2 * MINUTE);
    expect(await read()).toBe(start);
    app.clock.advance(4 * MINUTE);
    expect(new Date((await read()) ?? 0).getTime()).toBe(app.clock.now().getTime());
  });

  it("bounds the session id argument", async () => {
    const { asA } = await twoFacilities(app);
    const long = await asA.gql(END_STAFF, { s: "a".repeat(65) });
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("portal sessions and the account's sign-ins", () => {
  it("records every way in, and the holder sees who signed in; a contact sees their own", async () => {
    const { asA, a } = await twoFacilities(app);
    const { customer, browser: invited } = await customerInPortal(app, asA, a.id, {
      name: "Michael Reed",
      email: "michael.reed@example.com",
    });
    // A link asked for on the sign-in page, and the code from the same email.
    await app.client().ok(REQUEST, { e: "michael.reed@example.com" });
    await app.deliver();
    const linkMail = await latestEmailTo(app, "michael.reed@example.com");
    const viaLink = browserAs(app.client(), CHROME_MAC, "8.8.8.8");
    await viaLink.ok(REDEEM, { t: linkMail?.token });
    app.clock.advance(2 * MINUTE);
    await app.client().ok(REQUEST, { e: "michael.reed@example.com" });
    await app.deliver();
    const codeMail = await latestEmailTo(app, "michael.reed@example.com");
    await browserAs(app.client(), SAFARI_IPHONE, "8.8.4.4").ok(CODE, {
      e: "michael.reed@example.com",
      c: codeMail?.code,
    });
    // A contact of the account, invited, signs in too.
    const [contact] = await app.data.transaction((tx) =>
      tx
        .insert(app.data.t.contacts)
        .values({
          facilityId: a.id,
          customerId: customer.id,
          name: "Dana Reed",
          email: "dana.reed@example.com",
          canAccessPortal: true,
        })
        .returning(),
    );
    await asA.ok(`mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id } } }`, {
      id: String(contact?.id),
    });
    await app.deliver();
    const dana = browserAs(app.client(), FIREFOX_WINDOWS, "8.8.8.8");
    await dana.ok(REDEEM, { t: (await latestEmailTo(app, "dana.reed@example.com"))?.token });

    const all = (await invited.ok<{ portalSignIns: { nodes: SignIn[] } }>(SIGN_INS, { first: 50 })).portalSignIns.nodes;
    expect(all.map((s) => [s.name, s.method, s.device])).toEqual([
      ["Dana Reed", "INVITE", "Firefox on Windows"],
      ["Michael Reed", "CODE", "Safari on iOS"],
      ["Michael Reed", "LINK", "Chrome on macOS"],
      ["Michael Reed", "INVITE", expect.any(String)],
    ]);
    const own = (await dana.ok<{ portalSignIns: { nodes: SignIn[] } }>(SIGN_INS)).portalSignIns.nodes;
    expect(own.map((s) => s.name)).toEqual(["Dana Reed"]);

    // Staff see the same on the customer page.
    const staffView = await asA.ok<{ customer: { signIns: { nodes: SignIn[] } } }>(CUSTOMER_SIGN_INS, {
      id: String(customer.id),
    });
    expect(staffView.customer.signIns.nodes.map((s) => s.method)).toEqual(["INVITE", "CODE", "LINK", "INVITE"]);

    // Keyset pages: two, then the rest, nothing twice.
    const first = (
      await invited.ok<{ portalSignIns: { nodes: SignIn[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
        SIGN_INS,
        { first: 2 },
      )
    ).portalSignIns;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await invited.ok<{ portalSignIns: { nodes: SignIn[]; pageInfo: { hasNextPage: boolean } } }>(SIGN_INS, {
        first: 2,
        after: first.pageInfo.endCursor,
      })
    ).portalSignIns;
    expect([...first.nodes, ...rest.nodes].map((s) => s.id)).toEqual(all.map((s) => s.id));
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const bad = await invited.gql(SIGN_INS, { after: "nonsense" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("records a password sign-in", async () => {
    const { asA, a } = await twoFacilities(app);
    await updateFacility(app, a.id, { signInMethod: "PASSWORD" });
    const customer = await createCustomer(app, a.id, { name: "Pat Word", email: "pat.word@example.com" });
    await asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(customer.id),
    });
    await app.deliver();
    const first = app.client();
    await first.ok(REDEEM, {
      t: (await latestEmailTo(app, "pat.word@example.com"))?.token,
      p: "harbor lantern sunday",
    });
    await browserAs(app.client(), CHROME_MAC, "8.8.8.8").ok(PASSWORD, {
      e: "pat.word@example.com",
      p: "harbor lantern sunday",
    });
    const nodes = (await first.ok<{ portalSignIns: { nodes: SignIn[] } }>(SIGN_INS)).portalSignIns.nodes;
    expect(nodes.map((s) => [s.method, s.device])).toEqual([
      ["PASSWORD", "Chrome on macOS"],
      ["INVITE", expect.any(String)],
    ]);
  });

  it("lists, ends one and ends the others of the person's own portal sessions only", async () => {
    const { asA, a } = await twoFacilities(app);
    const { browser: one } = await customerInPortal(app, asA, a.id, {
      name: "Sam Ends",
      email: "sam.ends@example.com",
    });
    const sign = async (agent: string) => {
      await app.client().ok(REQUEST, { e: "sam.ends@example.com" });
      await app.deliver();
      const browser = browserAs(app.client(), agent, "8.8.8.8");
      await browser.ok(REDEEM, { t: (await latestEmailTo(app, "sam.ends@example.com"))?.token });
      app.clock.advance(2 * MINUTE);
      return browser;
    };
    app.clock.advance(2 * MINUTE);
    const two = await sign(CHROME_MAC);
    const three = await sign(SAFARI_IPHONE);
    const { portalSessions } = await one.ok<{ portalSessions: Session[] }>(PORTAL_SESSIONS);
    expect(portalSessions).toHaveLength(3);
    const chrome = portalSessions.find((s) => s.browser === "Chrome");
    expect(chrome).toMatchObject({ system: "macOS", place: "United States", current: false });

    await one.ok(END_PORTAL, { s: chrome?.id });
    const refused = await two.gql(PORTAL_SESSIONS);
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await three.ok(END_OTHER_PORTAL)).toEqual({ endOtherPortalSessions: 1 });
    expect((await one.gql(PORTAL_SESSIONS)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await three.ok<{ portalSessions: Session[] }>(PORTAL_SESSIONS)).portalSessions).toHaveLength(1);
  });
});
