import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer, signInStaff, twoFacilities } from "../../../test/factories.js";
import { countRows, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { MINUTE } from "../../lib/clock.js";

const SEND = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id deliveredVia } } }`;
const TEXT_ME = `mutation($f: String!, $p: String!) { requestSignInText(facility: $f, phone: $p) { message } }`;
const TEXT_CODE = `mutation($f: String!, $p: String!, $c: String!) { signInWithTextCode(facility: $f, phone: $p, code: $c) { name facility { name } } }`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name facility { name } } }`;
const BRAND = `query($f: String!) { portalBrand(facility: $f) { name textSignIn } }`;

let ipN = 1;
/** A browser on a network of its own, so per-IP limits of one test never reach another. */
function browser(app: TestApp): TestClient {
  const client = app.client();
  client.headers = { "x-forwarded-for": `10.9.${ipN >> 8}.${ipN++ & 255}` };
  return client;
}

/** The newest sign-in text to a number in the dev mailbox, with its link's token and code. */
async function latestTextTo(app: TestApp, phone: string) {
  const box = app.data.t.devMailbox;
  const [row] = await app.data.read
    .select({ text: box.textBody })
    .from(box)
    .where(and(eq(box.channel, "TEXT"), eq(box.toEmail, phone)))
    .orderBy(desc(box.id))
    .limit(1);
  if (!row) return undefined;
  return {
    text: row.text,
    token: /\/portal\/link\/([A-Za-z0-9_-]{43})/.exec(row.text)?.[1],
    code: /code (\d{8})/.exec(row.text)?.[1],
  };
}

const signInTexts = (app: TestApp, phone: string) =>
  countRows(app, "text_outbox", "to_phone = ? AND kind = 'SIGN_IN_LINK'", phone);

describe("portal sign-in by text", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let phoneN = 300;
  const nextPhone = () => `+1207555${String(phoneN++).padStart(4, "0")}`;
  /** The same number as a person of the facility (US) would type it. */
  const national = (e164: string) => `(${e164.slice(2, 5)}) ${e164.slice(5, 8)}-${e164.slice(8)}`;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());
  // Every test starts in fresh rate-limit windows.
  beforeEach(async () => {
    app.clock.advance(16 * MINUTE);
    await signInStaff(t.asA, t.staffA.email);
    await signInStaff(t.asB, t.staffB.email);
  });

  /** A customer with consent to texts at `phone`, invited (by email) so the portal knows them. */
  async function textable(
    facility: "a" | "b",
    name: string,
    phone: string,
    overrides: { consentPhone?: string | null; email?: string | null } = {},
  ) {
    const customer = await createCustomer(app, t[facility].id, {
      name,
      phone,
      email: overrides.email === undefined ? `${name.toLowerCase().replace(/\W+/g, ".")}@example.com` : overrides.email,
      smsConsentPhone: overrides.consentPhone === undefined ? phone : overrides.consentPhone,
      smsConsentAt: app.clock.now(),
      smsConsentSource: "Said yes at the counter",
    });
    const staff = facility === "a" ? t.asA : t.asB;
    await staff.ok(SEND, { id: String(customer.id) });
    return customer;
  }

  it("answers a known, an unknown, an unconsented, a stopped and an archived number alike; only the known one is texted", async () => {
    const known = nextPhone();
    const unknown = nextPhone();
    const noConsent = nextPhone();
    const stopped = nextPhone();
    const archived = nextPhone();
    const consentForOldNumber = nextPhone();
    await textable("a", "Known Number", known);
    await textable("a", "No Consent", noConsent, { consentPhone: null });
    await textable("a", "Old Consent", consentForOldNumber, { consentPhone: "+12075559999" });
    await textable("a", "Stopped Number", stopped);
    await app.data.transaction((tx) =>
      tx.insert(app.data.t.smsOptOuts).values({
        phone: stopped,
        state: "OPTED_OUT",
        optedOutAt: app.clock.now(),
        updatedAt: app.clock.now(),
      }),
    );
    const gone = await textable("a", "Archived Number", archived);
    await app.data.transaction((tx) =>
      tx.update(app.data.t.customers).set({ archivedAt: app.clock.now() }).where(eq(app.data.t.customers.id, gone.id)),
    );

    const answers = [];
    for (const phone of [known, unknown, noConsent, stopped, archived, consentForOldNumber]) {
      answers.push(await browser(app).gql(TEXT_ME, { f: t.a.slug, p: national(phone) }));
    }
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]?.errors).toBeUndefined();
    // An unknown facility answers alike too.
    expect(await browser(app).gql(TEXT_ME, { f: "no-such-facility", p: national(nextPhone()) })).toEqual(answers[0]);

    expect(await signInTexts(app, known)).toBe(1);
    for (const phone of [unknown, noConsent, stopped, archived, consentForOldNumber])
      expect(await signInTexts(app, phone)).toBe(0);
  });

  it("a number that is not one is refused with a hint; a number is read in the facility's country", async () => {
    const refused = await browser(app).gql(TEXT_ME, { f: t.a.slug, p: "12" });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toMatch(/Enter a phone number like|not a valid phone number/);
    const phone = nextPhone();
    await textable("a", "Plus Form", phone);
    await browser(app).ok(TEXT_ME, { f: t.a.slug, p: phone });
    expect(await signInTexts(app, phone)).toBe(1);
  });

  it("the texted link signs in once; a newer text replaces it", async () => {
    const phone = nextPhone();
    await textable("a", "Link Person", phone);
    await browser(app).ok(TEXT_ME, { f: t.a.slug, p: national(phone) });
    await app.deliverTexts();
    const first = await latestTextTo(app, phone);
    expect(first?.text).toMatch(
      /^Harbor A: your sign-in link .* works once, for 15 minutes\. Reply STOP to opt out\.$/,
    );
    if (!first?.token) throw new Error("no link in the text");

    app.clock.advance(MINUTE + 1000);
    await browser(app).ok(TEXT_ME, { f: t.a.slug, p: national(phone) });
    await app.deliverTexts();
    const second = await latestTextTo(app, phone);
    if (!second?.token) throw new Error("no link in the second text");
    const old = await browser(app).gql(REDEEM, { t: first.token });
    expect(old.errors?.[0]?.extensions?.linkState).toBe("REPLACED");

    const signedIn = await browser(app).ok<{ redeemSignInLink: { name: string; facility: { name: string } } }>(REDEEM, {
      t: second.token,
    });
    expect(signedIn.redeemSignInLink).toEqual({ name: "Link Person", facility: { name: "Harbor A" } });
    const again = await browser(app).gql(REDEEM, { t: second.token });
    expect(again.errors?.[0]?.extensions?.linkState).toBe("USED");
  });

  it("twenty simultaneous requests for one number queue one text", async () => {
    const phone = nextPhone();
    await textable("a", "Many Taps", phone);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => browser(app).gql(TEXT_ME, { f: t.a.slug, p: national(phone) })),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    expect(await signInTexts(app, phone)).toBe(1);
    expect(
      await countRows(
        app,
        "sign_in_links",
        "customer_id IN (SELECT id FROM customers WHERE phone = ?) AND purpose = 'SIGN_IN'",
        phone,
      ),
    ).toBe(1);
  });

  it("one network may ask 20 times in 15 minutes, whatever the numbers", async () => {
    const from = browser(app);
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => from.gql(TEXT_ME, { f: t.a.slug, p: national(nextPhone()) })),
    );
    expect(answers.filter((a) => !a.errors).length).toBe(20);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === "TOO_MANY_REQUESTS").length).toBe(5);
  });

  it("signs in with the texted code; wrong codes kill the code, never the link", async () => {
    const phone = nextPhone();
    await textable("a", "Code Person", phone);
    await browser(app).ok(TEXT_ME, { f: t.a.slug, p: national(phone) });
    await app.deliverTexts();
    const text = await latestTextTo(app, phone);
    if (!text?.code || !text.token) throw new Error("no code in the text");
    const wrong = text.code === "00000000" ? "11111111" : "00000000";
    for (let i = 0; i < 5; i++) {
      const r = await browser(app).gql(TEXT_CODE, { f: t.a.slug, p: national(phone), c: wrong });
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const dead = await browser(app).gql(TEXT_CODE, { f: t.a.slug, p: national(phone), c: text.code });
    expect(dead.errors?.[0]?.message).toMatch(/not valid or has expired/);
    const byLink = await browser(app).ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: text.token });
    expect(byLink.redeemSignInLink.name).toBe("Code Person");

    // A fresh text's code signs in, typed with spaces and the number in international form.
    app.clock.advance(MINUTE + 1000);
    await browser(app).ok(TEXT_ME, { f: t.a.slug, p: national(phone) });
    await app.deliverTexts();
    const fresh = await latestTextTo(app, phone);
    if (!fresh?.code) throw new Error("no code in the second text");
    const spaced = `${fresh.code.slice(0, 4)} ${fresh.code.slice(4)}`;
    const who = browser(app);
    const ok = await who.ok<{ signInWithTextCode: { name: string; facility: { name: string } } }>(TEXT_CODE, {
      f: t.a.slug,
      p: phone,
      c: spaced,
    });
    expect(ok.signInWithTextCode).toEqual({ name: "Code Person", facility: { name: "Harbor A" } });
    expect(who.cookie("portico_portal")).toBeTruthy();
    const twice = await browser(app).gql(TEXT_CODE, { f: t.a.slug, p: phone, c: fresh.code });
    expect(twice.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("a number at facility A never signs into facility B", async () => {
    const phone = nextPhone();
    await textable("a", "Shared Number A", phone);
    await textable("b", "Shared Number B", phone);
    await browser(app).ok(TEXT_ME, { f: t.a.slug, p: national(phone) });
    await app.deliverTexts();
    const text = await latestTextTo(app, phone);
    if (!text?.code || !text.token) throw new Error("no code in the text");
    expect(text.text).toMatch(/^Harbor A:/);
    // A's code typed on B's page opens nothing there.
    const atB = await browser(app).gql(TEXT_CODE, { f: t.b.slug, p: phone, c: text.code });
    expect(atB.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const atA = await browser(app).ok<{ signInWithTextCode: { name: string; facility: { name: string } } }>(TEXT_CODE, {
      f: t.a.slug,
      p: phone,
      c: text.code,
    });
    expect(atA.signInWithTextCode).toEqual({ name: "Shared Number A", facility: { name: "Harbor A" } });

    // A number known only at B asks at A: no text.
    const onlyB = nextPhone();
    await textable("b", "Only At B", onlyB);
    await browser(app).ok(TEXT_ME, { f: t.a.slug, p: national(onlyB) });
    expect(await signInTexts(app, onlyB)).toBe(0);
  });

  it("a number on two accounts of the facility gets one text, as an address does", async () => {
    const phone = nextPhone();
    await textable("a", "First Account", phone);
    await textable("a", "Second Account", phone);
    await browser(app).ok(TEXT_ME, { f: t.a.slug, p: national(phone) });
    expect(await signInTexts(app, phone)).toBe(1);
  });

  it("a contact with portal access can sign in by text; one without access cannot", async () => {
    const customer = await createCustomer(app, t.a.id, { name: "Account Holder" });
    const withAccess = nextPhone();
    const without = nextPhone();
    const c = app.data.t.contacts;
    const [allowed, refused] = await app.data.transaction(async (tx) => [
      ...(await tx
        .insert(c)
        .values([
          {
            facilityId: t.a.id,
            customerId: customer.id,
            name: "Contact Allowed",
            email: "contact.allowed@example.com",
            phone: withAccess,
            smsConsentPhone: withAccess,
            canAccessPortal: true,
          },
          {
            facilityId: t.a.id,
            customerId: customer.id,
            name: "Contact Refused",
            email: "contact.refused@example.com",
            phone: without,
            smsConsentPhone: without,
            canAccessPortal: false,
          },
        ])
        .returning({ id: c.id })),
    ]);
    const INVITE_CONTACT = `mutation($id: ID!) { sendContactInvite(contactId: $id) { contact { id } } }`;
    await t.asA.ok(INVITE_CONTACT, { id: String(allowed?.id) });
    expect(refused).toBeDefined();
    await browser(app).ok(TEXT_ME, { f: t.a.slug, p: national(withAccess) });
    await browser(app).ok(TEXT_ME, { f: t.a.slug, p: national(without) });
    expect(await signInTexts(app, withAccess)).toBe(1);
    expect(await signInTexts(app, without)).toBe(0);
    await app.deliverTexts();
    const text = await latestTextTo(app, withAccess);
    if (!text?.token) throw new Error("no link in the text");
    const signedIn = await browser(app).ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: text.token });
    expect(signedIn.redeemSignInLink.name).toBe("Contact Allowed");
  });

  it("consent withdrawn before the worker sends: the text fails and nothing is texted", async () => {
    const phone = nextPhone();
    const customer = await textable("a", "Changed Mind", phone);
    await browser(app).ok(TEXT_ME, { f: t.a.slug, p: national(phone) });
    await app.data.transaction((tx) =>
      tx.update(app.data.t.customers).set({ smsConsentPhone: null }).where(eq(app.data.t.customers.id, customer.id)),
    );
    await app.deliverTexts();
    expect(await latestTextTo(app, phone)).toBeUndefined();
    expect(await countRows(app, "text_outbox", "to_phone = ? AND status = 'FAILED'", phone)).toBe(1);
  });

  it("an emailed code cannot be tried against the empty address of text-only links", async () => {
    const CODE = `mutation($e: String!, $c: String!) { signInWithCode(email: $e, code: $c) { name } }`;
    const r = await browser(app).gql(CODE, { e: "", c: "12345678" });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("the sign-in page may offer texts here: a development or test server texts into the mailbox", async () => {
    const brand = await browser(app).ok<{ portalBrand: { textSignIn: boolean } }>(BRAND, { f: t.a.slug });
    expect(brand.portalBrand.textSignIn).toBe(true);
  });
});

describe("a production server with no Twilio", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: "production", PUBLIC_URL: "https://portico.test" });
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  it("queues no text: the portal offers none, asking is refused, a staff invite by text says why", async () => {
    const brand = await app.client().ok<{ portalBrand: { textSignIn: boolean } }>(BRAND, { f: t.a.slug });
    expect(brand.portalBrand.textSignIn).toBe(false);

    const phone = "+12075550777";
    const person = await createCustomer(app, t.a.id, {
      name: "Text Only",
      email: null,
      phone,
      smsConsentPhone: phone,
      smsConsentAt: app.clock.now(),
    });
    const refused = await app.client().gql(TEXT_ME, { f: t.a.slug, p: phone });
    expect(refused.errors?.[0]?.message).toMatch(/cannot send texts/);

    // The invite dialog's words say so before staff try.
    const texts = await t.asA.ok<{ customer: { texts: { sendsText: boolean; channelSummary: string } } }>(
      `query($id: ID!) { customer(id: $id) { texts { sendsText channelSummary } } }`,
      { id: String(person.id) },
    );
    expect(texts.customer.texts).toEqual({
      sendsText: true,
      channelSummary: "Would send by text, but this server cannot send texts: add an email for this person",
    });
    const invite = await t.asA.gql(SEND, { id: String(person.id) });
    expect(invite.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(invite.errors?.[0]?.message).toMatch(/this server cannot send texts/);
    expect(await countRows(app, "text_outbox")).toBe(0);
    expect(await countRows(app, "invitations", "customer_id = ?", person.id)).toBe(0);

    // Someone with an email still gets their invite by email.
    const withEmail = await createCustomer(app, t.a.id, { name: "Email Too", email: "email.too@example.com" });
    const sent = await t.asA.ok<{ sendInvite: { invitation: { deliveredVia: string } } }>(SEND, {
      id: String(withEmail.id),
    });
    expect(sent.sendInvite.invitation.deliveredVia).toBe("EMAIL");
  });
});
