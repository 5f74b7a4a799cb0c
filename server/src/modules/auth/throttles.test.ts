import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createCustomer,
  createFacility,
  createStaff,
  signInStaff,
  TEST_PASSWORD,
  TEST_PASSWORD_COST,
} from "../../../test/factories.js";
import { type GqlResult, latestEmailTo, startTestApp, type TestApp } from "../../../test/harness.js";
import { MINUTE } from "../../lib/clock.js";
import { hashPassword } from "../../lib/passwords.js";

const STAFF_SIGN_IN = `mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { name } }`;
const PORTAL_SIGN_IN = `mutation($e: String!, $p: String!) { signInWithPassword(email: $e, password: $p) { name } }`;
const CODE = `mutation($e: String!, $c: String!) { signInWithCode(email: $e, code: $c) { name } }`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name } }`;
const LIMIT = 10;

type Tally = { signedIn: number; wrong: number; limited: number; other: string[] };

/**
 * Sorts answers by what the server did: "wrong" means the password was verified and refused, so
 * `wrong + signedIn` is how many attempts got past the throttle to the expensive check.
 */
function tally(results: GqlResult[]): Tally {
  const t: Tally = { signedIn: 0, wrong: 0, limited: 0, other: [] };
  for (const r of results) {
    const code = r.errors?.[0]?.extensions?.code;
    if (!r.errors && r.data) t.signedIn++;
    else if (code === "UNAUTHENTICATED") t.wrong++;
    else if (code === "TOO_MANY_REQUESTS") t.limited++;
    else t.other.push(JSON.stringify(r.errors));
  }
  return t;
}

/** 30 wrong passwords and then the right one, all sent at once, each from its own browser. */
function thirtyWrongThenRight(app: TestApp, query: string, email: string, right: string) {
  const passwords = [...Array.from({ length: 30 }, (_, i) => `wrong guess ${i}`), right];
  return Promise.all(passwords.map((p) => app.client().gql(query, { e: email, p })));
}

describe("throttles under parallel requests", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  // Every test starts in fresh windows, so one test's attempts never limit another's.
  beforeEach(() => app.clock.advance(16 * MINUTE));
  afterAll(() => app.close());

  it("staff sign-in: of 31 simultaneous attempts at most 10 passwords are verified", async () => {
    const facility = await createFacility(app);
    const staff = await createStaff(app, facility.id);
    const results = await thirtyWrongThenRight(app, STAFF_SIGN_IN, staff.email, TEST_PASSWORD);
    const t = tally(results);
    expect(t.other).toEqual([]);
    // Unthrottled, all 30 wrong guesses would be verified; the limit lets at most 10 through.
    expect(t.wrong).toBeLessThanOrEqual(LIMIT);
    expect(t.wrong).toBeGreaterThan(0);
    expect(t.limited).toBeGreaterThanOrEqual(31 - LIMIT - 1);
  });

  it("staff sign-in: the right password sent after 30 simultaneous wrong ones is refused", async () => {
    const facility = await createFacility(app);
    const staff = await createStaff(app, facility.id);
    const wrong = await Promise.all(
      Array.from({ length: 30 }, (_, i) => app.client().gql(STAFF_SIGN_IN, { e: staff.email, p: `guess ${i}` })),
    );
    expect(tally(wrong)).toEqual({ signedIn: 0, wrong: LIMIT, limited: 30 - LIMIT, other: [] });
    const right = await app.client().gql(STAFF_SIGN_IN, { e: staff.email, p: TEST_PASSWORD });
    expect(right.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    app.clock.advance(16 * MINUTE);
    await signInStaff(app.client(), staff.email);
  });

  it("staff sign-in: a successful sign-in gives back its own attempt, not the failures before it", async () => {
    const facility = await createFacility(app);
    const staff = await createStaff(app, facility.id);
    for (let i = 0; i < LIMIT - 1; i++) await app.client().gql(STAFF_SIGN_IN, { e: staff.email, p: `guess ${i}` });
    // The owner signs in as often as they like: each success is given back.
    for (let i = 0; i < 3; i++) await signInStaff(app.client(), staff.email);
    // The nine failures still count: one more wrong guess uses up the window.
    const tenth = await app.client().gql(STAFF_SIGN_IN, { e: staff.email, p: "guess 10" });
    expect(tenth.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const after = await app.client().gql(STAFF_SIGN_IN, { e: staff.email, p: TEST_PASSWORD });
    expect(after.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
  });

  describe("portal password sign-in", () => {
    async function portalPasswordAccount(email: string) {
      const facility = await createFacility(app, { signInMethod: "PASSWORD" });
      const customer = await createCustomer(app, facility.id, { name: "Parallel Person", email });
      const now = app.clock.now();
      const hash = await hashPassword(TEST_PASSWORD, TEST_PASSWORD_COST);
      await app.data.transaction((tx) =>
        tx.insert(app.data.t.portalAccounts).values({
          facilityId: facility.id,
          customerId: customer.id,
          personKey: 0,
          passwordHash: hash,
          activatedAt: now,
          lastSignInAt: now,
          createdAt: now,
        }),
      );
      return customer;
    }

    it("of 31 simultaneous attempts at most 10 passwords are verified", async () => {
      await portalPasswordAccount("parallel@example.com");
      const t = tally(await thirtyWrongThenRight(app, PORTAL_SIGN_IN, "parallel@example.com", TEST_PASSWORD));
      expect(t.other).toEqual([]);
      expect(t.wrong).toBeLessThanOrEqual(LIMIT);
      expect(t.wrong).toBeGreaterThan(0);
      expect(t.limited).toBeGreaterThanOrEqual(31 - LIMIT - 1);
    });

    it("the right password sent after 30 simultaneous wrong ones is refused", async () => {
      await portalPasswordAccount("late@example.com");
      const wrong = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          app.client().gql(PORTAL_SIGN_IN, { e: "late@example.com", p: `guess ${i} guess` }),
        ),
      );
      expect(tally(wrong)).toEqual({ signedIn: 0, wrong: LIMIT, limited: 30 - LIMIT, other: [] });
      const right = await app.client().gql(PORTAL_SIGN_IN, { e: "late@example.com", p: TEST_PASSWORD });
      expect(right.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
      app.clock.advance(16 * MINUTE);
      await app.client().ok(PORTAL_SIGN_IN, { e: "late@example.com", p: TEST_PASSWORD });
    });
  });

  describe("sign-in codes", () => {
    async function invitedWithCode(email: string) {
      const facility = await createFacility(app);
      const staff = await createStaff(app, facility.id);
      const admin = await signInStaff(app.client(), staff.email);
      const customer = await createCustomer(app, facility.id, { name: "Coded Person", email });
      await admin.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
        id: String(customer.id),
      });
      await app.deliver();
      const mail = await latestEmailTo(app, email);
      if (!mail?.token || !mail.code) throw new Error("invite email missing its link or code");
      return { token: mail.token, code: mail.code };
    }

    const codeState = async (email: string) => {
      const { signInLinks } = app.data.t;
      const [link] = await app.data.read
        .select({ attempts: signInLinks.codeAttempts, voidedAt: signInLinks.voidedAt })
        .from(signInLinks)
        .where(eq(signInLinks.email, email));
      return link;
    };

    it("15 simultaneous wrong codes count exactly 5 tries and kill the code, never the emailed link", async () => {
      const { token, code } = await invitedWithCode("racer@example.com");
      const wrong = code === "00000000" ? "11111111" : "00000000";
      const results = await Promise.all(
        Array.from({ length: 15 }, () => app.client().gql(CODE, { e: "racer@example.com", c: wrong })),
      );
      expect(results.every((r) => r.errors?.[0]?.extensions?.code === "BAD_USER_INPUT")).toBe(true);
      expect(await codeState("racer@example.com")).toEqual({ attempts: 5, voidedAt: null });

      const right = await app.client().gql(CODE, { e: "racer@example.com", c: code });
      expect(right.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const browser = app.client();
      expect(
        (await browser.ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: token })).redeemSignInLink.name,
      ).toBe("Coded Person");
    });

    it("codes from one network are limited before they are compared", async () => {
      const { code } = await invitedWithCode("network@example.com");
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => app.client().gql(CODE, { e: `stranger${i}@example.com`, c: "12345678" })),
      );
      const limited = results.filter((r) => r.errors?.[0]?.extensions?.code === "TOO_MANY_REQUESTS").length;
      expect(limited).toBe(10);
      const right = await app.client().gql(CODE, { e: "network@example.com", c: code });
      expect(right.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
      expect((await codeState("network@example.com"))?.attempts).toBe(0);
    });
  });
});
