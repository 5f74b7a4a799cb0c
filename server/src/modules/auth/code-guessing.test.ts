import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, signInStaff, twoFacilities } from "../../../test/factories.js";
import { type GqlResult, latestEmailTo, startTestApp, type TestApp } from "../../../test/harness.js";
import { DAY, MINUTE } from "../../lib/clock.js";
import { sha256 } from "../../lib/tokens.js";
import { CODE_TRIES_PER_ADDRESS_PER_DAY } from "./portal-auth.service.js";

const SEND = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const REQUEST = `mutation($e: String!) { requestSignInLink(email: $e) { message } }`;
const CODE = `mutation($e: String!, $c: String!) { signInWithCode(email: $e, code: $c) { name } }`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name } }`;

describe("code guesses across new links", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  const email = "target@example.com";

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  /** One try from its own network, so the per-network limit stays out of the way. */
  const tryCode = async (code: string, network: number) => {
    const res = await app
      .client()
      .post(
        "/graphql",
        { query: CODE, variables: { e: email, c: code } },
        { "x-forwarded-for": `10.0.${network >> 8}.${network & 255}` },
      );
    return (await res.json()) as GqlResult<{ signInWithCode: { name: string } }>;
  };
  const newLink = async () => {
    app.clock.advance(MINUTE + 1);
    await app.client().ok(REQUEST, { e: email });
    await app.deliver();
    const mail = await latestEmailTo(app, email);
    if (!mail?.token || !mail.code) throw new Error("sign-in email missing its link or code");
    return { token: mail.token, code: mail.code };
  };
  const wrongFor = (code: string) => (code === "00000000" ? "11111111" : "00000000");
  const triesCounted = async () => {
    const { rateLimits } = app.data.t;
    const [row] = await app.data.read
      .select({ count: rateLimits.count })
      .from(rateLimits)
      .where(eq(rateLimits.key, `portal-code:email:${sha256(email)}`));
    return row?.count;
  };

  it("caps tries per address a day across links, counted before comparing, answering like a wrong code, sparing the link", async () => {
    const customer = await createCustomer(app, t.a.id, { name: "Tara Get", email });
    await signInStaff(t.asA, t.staffA.email);
    await t.asA.ok(SEND, { id: String(customer.id) });
    await app.deliver();

    // 40 simultaneous wrong tries from 40 networks, spread over fresh links as a guesser would.
    const first = await newLink();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => tryCode(wrongFor(first.code), i + 1)));
    expect(answers.every((a) => a.errors?.[0]?.extensions?.code === "BAD_USER_INPUT")).toBe(true);
    // Of the 40, exactly the cap was counted (and compared); the refused ones spent nothing.
    expect(await triesCounted()).toBe(CODE_TRIES_PER_ADDRESS_PER_DAY);

    // A new link brings five fresh tries for its code, but not past the address's cap: even the
    // right code now gets the very answer a wrong one gets.
    const second = await newLink();
    const capped = await tryCode(second.code, 100);
    const wrong = answers[0]?.errors?.[0];
    expect(capped.data?.signInWithCode ?? null).toBeNull();
    expect(capped.errors?.[0]).toEqual(wrong);
    expect(new Set(answers.map((a) => JSON.stringify(a.errors))).size).toBe(1);

    // The cap never touches the emailed link.
    const signedIn = await app.client().ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: second.token });
    expect(signedIn.redeemSignInLink.name).toBe("Tara Get");

    // A day later the address's codes work again.
    app.clock.advance(DAY);
    const nextDay = await newLink();
    const data = await tryCode(nextDay.code, 101);
    expect(data.errors).toBeUndefined();
    expect(data.data?.signInWithCode.name).toBe("Tara Get");
    // The owner's success gave its own try back; nothing else was counted in the new window.
    expect(await triesCounted()).toBe(0);
  });
});
