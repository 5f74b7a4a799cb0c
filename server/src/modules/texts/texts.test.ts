import { eq as sqlEq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer, twoFacilities } from "../../../test/factories.js";
import { type FakeTwilio, startFakeTwilio } from "../../../test/fake-twilio.js";
import { countRows, startTestApp, type TestApp } from "../../../test/harness.js";

const ACCOUNT_SID = "AC0000000000000000000000000000text";
const AUTH_TOKEN = "texts-test-token";
const PUBLIC_URL = "http://portico.test";

const TEXTS = `query($id: ID!) {
  customer(id: $id) {
    portalStatus { state action reason }
    texts {
      channel phone consentGiven consentSource optedOut optedOutAt canText sendsEmail sendsText channelSummary
      recentTexts { kind toPhone deliveryStatus deliveryDetail }
    }
    lastInvitation { id email phone deliveredVia deliveryState }
    invitations { id timeline { kind detail } }
  }
}`;
const SET = `mutation($input: TextSettingsInput!) {
  setTextSettings(input: $input) { channel consentGiven consentSource canText channelSummary }
}`;
const SEND = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id email phone deliveredVia deliveryState } } }`;

type Texts = {
  channel: string;
  phone: string | null;
  consentGiven: boolean;
  consentSource: string | null;
  optedOut: boolean;
  optedOutAt: string | null;
  canText: boolean;
  sendsEmail: boolean;
  sendsText: boolean;
  channelSummary: string;
  recentTexts: Array<{ kind: string; toPhone: string; deliveryStatus: string; deliveryDetail: string | null }>;
};
type CustomerTexts = {
  customer: {
    portalStatus: { state: string; action: string | null; reason: string };
    texts: Texts;
    lastInvitation: {
      id: string;
      email: string;
      phone: string | null;
      deliveredVia: string;
      deliveryState: string;
    } | null;
    invitations: Array<{ id: string; timeline: Array<{ kind: string; detail: string | null }> }>;
  };
};

describe("texts: consent, channel, STOP and delivery status", () => {
  let app: TestApp;
  let fake: FakeTwilio;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let phoneN = 100;
  const nextPhone = () => `+1207555${String(phoneN++).padStart(4, "0")}`;

  beforeAll(async () => {
    let appUrl = "";
    fake = await startFakeTwilio({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      deliverTo: (url) => url.replace(PUBLIC_URL, appUrl),
    });
    app = await startTestApp({
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_FROM_NUMBER: "+15005550006",
      TWILIO_API_URL: fake.url,
    });
    appUrl = app.url;
    t = await twoFacilities(app);
  });
  afterAll(async () => {
    await app.close();
    await fake.close();
  });
  beforeEach(() => fake.reset());

  const read = async (id: number) => (await t.asA.ok<CustomerTexts>(TEXTS, { id: String(id) })).customer;
  const consent = (id: number, channel = "EMAIL", note: string | null = "Said yes at the counter") =>
    t.asA.ok<{ setTextSettings: Texts }>(SET, {
      input: { customerId: String(id), channel, consent: true, consentNote: note },
    });

  it("a phone-only person without consent cannot be invited; with consent the invite goes by text", async () => {
    const phone = nextPhone();
    const c = await createCustomer(app, t.a.id, { name: "Tess Text", email: null, phone });
    const before = await read(c.id);
    expect(before.portalStatus).toMatchObject({ state: "NO_EMAIL", action: null });
    expect(before.texts).toMatchObject({ channel: "EMAIL", consentGiven: false, canText: false, sendsText: false });
    const refused = await t.asA.gql(SEND, { id: String(c.id) });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const saved = await consent(c.id);
    expect(saved.setTextSettings).toMatchObject({
      consentGiven: true,
      canText: true,
      consentSource: `Recorded by ${t.staffA.name}: Said yes at the counter`,
      channelSummary: "Will send by text to (207) 555-0100",
    });
    expect((await read(c.id)).portalStatus).toMatchObject({ state: "NOT_INVITED", action: "SEND" });

    const sent = await t.asA.ok<{ sendInvite: { invitation: Record<string, unknown> } }>(SEND, { id: String(c.id) });
    expect(sent.sendInvite.invitation).toMatchObject({
      email: "",
      phone,
      deliveredVia: "TEXT",
      deliveryState: "QUEUED",
    });
    expect(await countRows(app, "email_outbox", "invitation_id = ?", Number(sent.sendInvite.invitation.id))).toBe(0);
    // Nothing leaves inside the request: the worker sends it.
    expect(fake.messages).toHaveLength(0);
    expect(await app.deliverTexts()).toBe(1);
    expect(fake.messages).toHaveLength(1);
    const text = fake.messages[0];
    expect(text).toMatchObject({
      to: phone,
      from: "+15005550006",
      statusCallback: `${PUBLIC_URL}/webhooks/twilio/status`,
    });
    const token = /\/portal\/link\/([A-Za-z0-9_-]+)/.exec(text?.body ?? "")?.[1];
    expect(token).toBeTruthy();

    // The provider's status callback, signed, moves the text (and this text-only invite) on, once.
    expect(await fake.sendStatus(text?.sid ?? "", "delivered")).toBe(200);
    expect(await fake.sendStatus(text?.sid ?? "", "delivered")).toBe(200);
    const after = await read(c.id);
    expect(after.lastInvitation).toMatchObject({ deliveredVia: "TEXT", deliveryState: "DELIVERED" });
    expect(after.texts.recentTexts[0]).toMatchObject({ kind: "INVITE", deliveryStatus: "DELIVERED" });
    const kinds = after.invitations[0]?.timeline.map((e) => e.kind);
    expect(kinds).toEqual(["QUEUED", "TEXT_SENT", "TEXT_DELIVERED"]);

    // The texted link signs the person in.
    const browser = app.client();
    const signedIn = await browser.ok<{ redeemSignInLink: { name: string } }>(
      `mutation($t: String!) { redeemSignInLink(token: $t) { name } }`,
      { t: token },
    );
    expect(signedIn.redeemSignInLink.name).toBe("Tess Text");
  });

  it("a text-only invite is reminded by text, never by email: it has no address", async () => {
    const phone = nextPhone();
    const c = await createCustomer(app, t.a.id, { name: "Rex Reminded", email: null, phone });
    await consent(c.id);
    const sent = await t.asA.ok<{ sendInvite: { invitation: { id: string } } }>(SEND, { id: String(c.id) });
    const id = sent.sendInvite.invitation.id;
    expect(await app.deliverTexts()).toBe(1);
    app.clock.advance(2 * 60 * 60 * 1000);
    const reminded = await t.asA.ok<{ sendInviteReminders: Array<{ reminded: boolean; skip: string | null }> }>(
      `mutation($ids: [ID!]!) { sendInviteReminders(invitationIds: $ids) { reminded skip } }`,
      { ids: [id] },
    );
    expect(reminded.sendInviteReminders).toEqual([{ reminded: true, skip: null }]);
    expect(await countRows(app, "email_outbox", "invitation_id = ?", Number(id))).toBe(0);
    expect(await app.deliverTexts()).toBe(1);
    expect(fake.messages.map((m) => m.to)).toEqual([phone, phone]);
    expect(fake.messages[1]?.body).toMatch(/^Reminder from /);
  });

  it("both channels: the invite goes by email and text and says so", async () => {
    const phone = nextPhone();
    const c = await createCustomer(app, t.a.id, { email: "bo@example.com", phone });
    const saved = await consent(c.id, "BOTH");
    expect(saved.setTextSettings.channelSummary).toBe(
      `Will send by email to bo@example.com and text to ${phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3")}`,
    );
    const sent = await t.asA.ok<{ sendInvite: { invitation: Record<string, unknown> } }>(SEND, { id: String(c.id) });
    expect(sent.sendInvite.invitation).toMatchObject({
      email: "bo@example.com",
      phone,
      deliveredVia: "EMAIL_AND_TEXT",
    });
    await app.deliver();
    await app.deliverTexts();
    expect(fake.messages.map((m) => m.to)).toEqual([phone]);
  });

  it("text needs consent: choosing text without it is refused; withdrawing consent falls back to email", async () => {
    const phone = nextPhone();
    const c = await createCustomer(app, t.a.id, { email: "wd@example.com", phone });
    const refused = await t.asA.gql(SET, { input: { customerId: String(c.id), channel: "TEXT", consent: false } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await consent(c.id, "TEXT");
    expect((await read(c.id)).texts).toMatchObject({ channel: "TEXT", sendsText: true, sendsEmail: false });
    const withdrawn = await t.asA.ok<{ setTextSettings: Texts }>(SET, {
      input: { customerId: String(c.id), channel: "EMAIL", consent: false },
    });
    expect(withdrawn.setTextSettings).toMatchObject({ consentGiven: false, canText: false });
    expect((await read(c.id)).texts).toMatchObject({ sendsText: false, sendsEmail: true });
  });

  it("consent covers one number: a new number needs consent again", async () => {
    const c = await createCustomer(app, t.a.id, { email: null, phone: nextPhone() });
    await consent(c.id);
    await app.data.transaction((tx) =>
      tx.update(app.data.t.customers).set({ phone: "+12075559999" }).where(eqId(app, c.id)),
    );
    expect((await read(c.id)).texts).toMatchObject({ consentGiven: false, canText: false });
    expect((await read(c.id)).portalStatus.state).toBe("NO_EMAIL");
  });

  it("STOP from the signed inbound webhook stops texts, is shown to staff, and START lifts it", async () => {
    const phone = nextPhone();
    const c = await createCustomer(app, t.a.id, { email: null, phone });
    await consent(c.id);
    await t.asA.ok(SEND, { id: String(c.id) });
    // The STOP arrives before the worker sends: the queued text stays unsent.
    expect(await fake.sendInbound(`${PUBLIC_URL}/webhooks/twilio/inbound`, phone, "Stop")).toBe(200);
    expect(await app.deliverTexts()).toBe(0);
    expect(fake.messages).toHaveLength(0);
    const stopped = await read(c.id);
    expect(stopped.texts).toMatchObject({ optedOut: true, canText: false, consentGiven: true });
    expect(stopped.texts.optedOutAt).toBe(app.clock.now().toISOString());
    expect(stopped.portalStatus.state).toBe("NO_EMAIL");
    const resend = await t.asA.gql(SEND, { id: String(c.id) });
    expect(resend.errors?.[0]?.extensions?.code).toBeTruthy();

    // Synonyms count, and START (or UNSTOP) lifts it.
    expect(await fake.sendInbound(`${PUBLIC_URL}/webhooks/twilio/inbound`, phone, "unstop")).toBe(200);
    expect((await read(c.id)).texts).toMatchObject({ optedOut: false, canText: true });
    expect(await fake.sendInbound(`${PUBLIC_URL}/webhooks/twilio/inbound`, phone, " QUIT ")).toBe(200);
    expect((await read(c.id)).texts.optedOut).toBe(true);
  });

  it("refuses inbound and status webhooks without a valid signature", async () => {
    const phone = nextPhone();
    const c = await createCustomer(app, t.a.id, { email: null, phone });
    await consent(c.id);
    const forged = await fake.sendInbound(`${PUBLIC_URL}/webhooks/twilio/inbound`, phone, "STOP", {
      signature: "bm90IGEgc2lnbmF0dXJl",
    });
    expect(forged).toBe(403);
    const unsigned = await fetch(`${app.url}/webhooks/twilio/inbound`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ From: phone, Body: "STOP", MessageSid: "SM1", AccountSid: ACCOUNT_SID }).toString(),
    });
    expect(unsigned.status).toBe(403);
    expect((await read(c.id)).texts.optedOut).toBe(false);
  });

  it("a failed text fails a text-only invite, and the reason reaches staff", async () => {
    const phone = nextPhone();
    const c = await createCustomer(app, t.a.id, { email: null, phone });
    await consent(c.id);
    await t.asA.ok(SEND, { id: String(c.id) });
    await app.deliverTexts();
    await fake.sendStatus(fake.messages[0]?.sid ?? "", "undelivered", 30003);
    const after = await read(c.id);
    expect(after.lastInvitation?.deliveryState).toBe("FAILED");
    expect(after.portalStatus.state).toBe("BOUNCED");
    expect(after.texts.recentTexts[0]?.deliveryDetail).toContain("30003");
  });

  it("tenancy: another facility's staff cannot read or set a person's texts", async () => {
    const c = await createCustomer(app, t.a.id, { email: null, phone: nextPhone() });
    const readB = await t.asB.gql(TEXTS, { id: String(c.id) });
    expect(readB.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const setB = await t.asB.gql(SET, { input: { customerId: String(c.id), channel: "EMAIL", consent: true } });
    expect(setB.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await read(c.id)).texts.consentGiven).toBe(false);
  });
});

function eqId(app: TestApp, id: number) {
  return sqlEq(app.data.t.customers.id, id);
}
