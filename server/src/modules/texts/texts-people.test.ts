// Texts for sub-contacts, and what a change of number does to links texted to the old one.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer, customerInPortal, twoFacilities } from "../../../test/factories.js";
import { type FakeTwilio, startFakeTwilio } from "../../../test/fake-twilio.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";

const ACCOUNT_SID = "AC0000000000000000000000000people";
const AUTH_TOKEN = "texts-people-token";

const CONTACTS = `query($id: ID!) {
  customer(id: $id) {
    contacts {
      id name
      portalStatus { state action }
      texts { channel phone consentGiven consentSource optedOut canText sendsText channelSummary recentTexts { kind toPhone } }
      lastInvitation { id email phone deliveredVia state voidReason }
    }
  }
}`;
const CUSTOMER = `query($id: ID!) {
  customer(id: $id) {
    portalStatus { state action }
    texts { consentGiven canText }
    lastInvitation { id email phone deliveredVia state voidReason }
  }
}`;
const ADD_CONTACT = `mutation($customerId: ID!, $input: ContactInput!) { addContact(customerId: $customerId, input: $input) { id } }`;
const UPDATE_CONTACT = `mutation($id: ID!, $input: ContactInput!) { updateContact(id: $id, input: $input) { id } }`;
const UPDATE_CUSTOMER = `mutation($id: ID!, $input: CustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`;
const SET = `mutation($input: TextSettingsInput!) {
  setTextSettings(input: $input) { channel consentGiven consentSource canText channelSummary }
}`;
const SEND = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id deliveredVia } } }`;
const SEND_CONTACT = `mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id email phone deliveredVia } } }`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name } }`;

const PREFERENCES = {
  invoices: false,
  estimates: false,
  scheduling: true,
  carUpdates: false,
  contracts: false,
  socialEvents: false,
  marketing: false,
};

type Invitation = {
  id: string;
  email: string;
  phone: string | null;
  deliveredVia: string;
  state: string;
  voidReason: string | null;
};
type ContactTexts = {
  id: string;
  name: string;
  portalStatus: { state: string; action: string | null };
  texts: {
    channel: string;
    phone: string | null;
    consentGiven: boolean;
    consentSource: string | null;
    optedOut: boolean;
    canText: boolean;
    sendsText: boolean;
    channelSummary: string;
    recentTexts: Array<{ kind: string; toPhone: string }>;
  };
  lastInvitation: Invitation | null;
};

describe("texts for contacts, and a change of number", () => {
  let app: TestApp;
  let fake: FakeTwilio;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let phoneN = 300;
  const nextPhone = () => `+1207555${String(phoneN++).padStart(4, "0")}`;

  beforeAll(async () => {
    let appUrl = "";
    fake = await startFakeTwilio({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      deliverTo: (url) => url.replace("http://portico.test", appUrl),
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

  const contactsOf = async (customerId: number) =>
    (await t.asA.ok<{ customer: { contacts: ContactTexts[] } }>(CONTACTS, { id: String(customerId) })).customer
      .contacts;
  const contactOf = async (customerId: number, contactId: string) => {
    const found = (await contactsOf(customerId)).find((c) => c.id === contactId);
    if (!found) throw new Error(`contact ${contactId} missing`);
    return found;
  };
  const customerOf = async (id: number) =>
    (
      await t.asA.ok<{
        customer: {
          portalStatus: { state: string };
          texts: { consentGiven: boolean; canText: boolean };
          lastInvitation: Invitation | null;
        };
      }>(CUSTOMER, { id: String(id) })
    ).customer;
  const addContact = async (customerId: number, fields: { name: string; email: string | null; phone: string | null }) =>
    (
      await t.asA.ok<{ addContact: { id: string } }>(ADD_CONTACT, {
        customerId: String(customerId),
        input: { ...fields, role: "SPOUSE", canAccessPortal: true, preferences: PREFERENCES },
      })
    ).addContact.id;
  const consent = (customerId: number, contactId: string | null, channel = "EMAIL") =>
    t.asA.ok<{ setTextSettings: { consentSource: string; channelSummary: string } }>(SET, {
      input: { customerId: String(customerId), contactId, channel, consent: true, consentNote: "Said yes by phone" },
    });
  const tokenIn = (body: string | undefined) => /\/portal\/link\/([A-Za-z0-9_-]+)/.exec(body ?? "")?.[1] ?? "";

  describe("a contact's own Texts", () => {
    it("records consent for a phone-only contact and invites them by text", async () => {
      const customer = await createCustomer(app, t.a.id, { name: "Holder One" });
      const phone = nextPhone();
      const id = await addContact(customer.id, { name: "Sam Spouse", email: null, phone });
      const before = await contactOf(customer.id, id);
      expect(before.texts).toMatchObject({ channel: "EMAIL", phone, consentGiven: false, canText: false });
      expect(before.portalStatus).toEqual({ state: "NO_EMAIL", action: null });

      const saved = await consent(customer.id, id);
      expect(saved.setTextSettings.consentSource).toBe(`Recorded by ${t.staffA.name}: Said yes by phone`);
      const after = await contactOf(customer.id, id);
      expect(after.texts).toMatchObject({ consentGiven: true, canText: true, sendsText: true });
      expect(after.portalStatus).toEqual({ state: "NOT_INVITED", action: "SEND" });
      // The account holder's own consent is untouched.
      expect((await customerOf(customer.id)).texts.consentGiven).toBe(false);

      const sent = await t.asA.ok<{ sendContactInvite: { invitation: Record<string, unknown> } }>(SEND_CONTACT, {
        id,
      });
      expect(sent.sendContactInvite.invitation).toMatchObject({ email: "", phone, deliveredVia: "TEXT" });
      expect(await app.deliverTexts()).toBe(1);
      expect(fake.messages.map((m) => m.to)).toEqual([phone]);
      const signedIn = await app.client().ok<{ redeemSignInLink: { name: string } }>(REDEEM, {
        t: tokenIn(fake.messages[0]?.body),
      });
      expect(signedIn.redeemSignInLink.name).toBe("Sam Spouse");
      expect((await contactOf(customer.id, id)).texts.recentTexts).toEqual([{ kind: "INVITE", toPhone: phone }]);
    });

    it("shows a contact's STOP, and refuses their consent without a number", async () => {
      const customer = await createCustomer(app, t.a.id);
      const phone = nextPhone();
      const id = await addContact(customer.id, { name: "Stop Contact", email: "stop@example.com", phone });
      await consent(customer.id, id, "BOTH");
      expect(await fake.sendInbound("http://portico.test/webhooks/twilio/inbound", phone, "STOP")).toBe(200);
      const stopped = await contactOf(customer.id, id);
      expect(stopped.texts).toMatchObject({ optedOut: true, canText: false, sendsText: false, consentGiven: true });

      const noPhone = await addContact(customer.id, { name: "No Phone", email: "np@example.com", phone: null });
      const refused = await t.asA.gql(SET, {
        input: { customerId: String(customer.id), contactId: noPhone, channel: "EMAIL", consent: true },
      });
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("tenancy: another facility's staff cannot read or set a contact's texts, nor reach it through another customer", async () => {
      const customer = await createCustomer(app, t.a.id);
      const other = await createCustomer(app, t.a.id);
      const id = await addContact(customer.id, { name: "Private Person", email: null, phone: nextPhone() });
      const readB = await t.asB.gql(CONTACTS, { id: String(customer.id) });
      expect(readB.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const setB = await t.asB.gql(SET, {
        input: { customerId: String(customer.id), contactId: id, channel: "EMAIL", consent: true },
      });
      expect(setB.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      // The contact under the wrong customer of the same facility is not found either.
      const crossed = await t.asA.gql(SET, {
        input: { customerId: String(other.id), contactId: id, channel: "EMAIL", consent: true },
      });
      expect(crossed.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect((await contactOf(customer.id, id)).texts.consentGiven).toBe(false);
    });
  });

  describe("changing a number", () => {
    it("staff's change of a customer's number voids the invite texted to the old one, and its consent", async () => {
      const oldPhone = nextPhone();
      const customer = await createCustomer(app, t.a.id, { name: "Moving Number", email: null, phone: oldPhone });
      await consent(customer.id, null);
      await t.asA.ok(SEND, { id: String(customer.id) });
      expect(await app.deliverTexts()).toBe(1);
      const token = tokenIn(fake.messages[0]?.body);

      const newPhone = nextPhone();
      await t.asA.ok(UPDATE_CUSTOMER, {
        id: String(customer.id),
        input: { name: "Moving Number", email: null, phone: newPhone },
      });
      const after = await customerOf(customer.id);
      expect(after.lastInvitation).toMatchObject({ state: "VOID", voidReason: "PHONE_CHANGED", phone: oldPhone });
      // Consent was for the old number: the new one has none, so nothing can reach the person.
      expect(after.texts).toEqual({ consentGiven: false, canText: false });
      expect(after.portalStatus.state).toBe("NO_EMAIL");
      const redeemed = await app.client().gql(REDEEM, { t: token });
      expect(redeemed.errors?.[0]).toBeTruthy();
    });

    it("voids an invite that went by email and text too; an invite by email alone stays", async () => {
      const customer = await createCustomer(app, t.a.id, { name: "Both Ways", phone: nextPhone() });
      await consent(customer.id, null, "BOTH");
      const sent = await t.asA.ok<{ sendInvite: { invitation: { deliveredVia: string } } }>(SEND, {
        id: String(customer.id),
      });
      expect(sent.sendInvite.invitation.deliveredVia).toBe("EMAIL_AND_TEXT");
      await t.asA.ok(UPDATE_CUSTOMER, {
        id: String(customer.id),
        input: { name: "Both Ways", email: customer.email, phone: nextPhone() },
      });
      expect((await customerOf(customer.id)).lastInvitation).toMatchObject({
        state: "VOID",
        voidReason: "PHONE_CHANGED",
      });
      // The text queued for the old number never goes.
      expect(await app.deliverTexts()).toBe(0);

      const byEmail = await createCustomer(app, t.a.id, { name: "Email Only", phone: nextPhone() });
      await t.asA.ok(SEND, { id: String(byEmail.id) });
      await t.asA.ok(UPDATE_CUSTOMER, {
        id: String(byEmail.id),
        input: { name: "Email Only", email: byEmail.email, phone: nextPhone() },
      });
      expect((await customerOf(byEmail.id)).lastInvitation).toMatchObject({ state: "PENDING", voidReason: null });
    });

    it("a contact's new number voids their texted invite; the same number written differently does not", async () => {
      const customer = await createCustomer(app, t.a.id);
      const oldPhone = nextPhone();
      const id = await addContact(customer.id, { name: "Cory Contact", email: null, phone: oldPhone });
      await consent(customer.id, id);
      await t.asA.ok(SEND_CONTACT, { id });
      const input = (phone: string) => ({
        name: "Cory Contact",
        email: null,
        phone,
        role: "SPOUSE",
        canAccessPortal: true,
        preferences: PREFERENCES,
      });
      // The national format of the same number: no change.
      const national = oldPhone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");
      await t.asA.ok(UPDATE_CONTACT, { id, input: input(national) });
      expect((await contactOf(customer.id, id)).lastInvitation?.state).toBe("PENDING");
      expect((await contactOf(customer.id, id)).texts.canText).toBe(true);

      await t.asA.ok(UPDATE_CONTACT, { id, input: input(nextPhone()) });
      const after = await contactOf(customer.id, id);
      expect(after.lastInvitation).toMatchObject({ state: "VOID", voidReason: "PHONE_CHANGED" });
      expect(after.texts).toMatchObject({ consentGiven: false, canText: false });
      expect(after.portalStatus.state).toBe("NO_EMAIL");
      expect(await app.deliverTexts()).toBe(0);
    });

    it("the person's own change in the portal voids a link texted to the old number, and its consent", async () => {
      const oldPhone = nextPhone();
      const { customer, browser } = await customerInPortal(app, t.asA, t.a.id, {
        name: "Portal Mover",
        email: "portal-mover@example.com",
      });
      const { t: tables } = app.data;
      await app.data.transaction((tx) =>
        tx
          .update(tables.customers)
          .set({ phone: oldPhone, smsConsentPhone: oldPhone, smsConsentAt: app.clock.now() })
          .where(eq(tables.customers.id, customer.id)),
      );
      // A sign-in link texted to the number, not yet sent.
      const linkId = await app.data.transaction(async (tx) => {
        const [link] = await tx
          .insert(tables.signInLinks)
          .values({
            facilityId: t.a.id,
            customerId: customer.id,
            purpose: "SIGN_IN",
            email: "",
            expiresAt: new Date(app.clock.now().getTime() + 15 * 60_000),
            createdAt: app.clock.now(),
          })
          .returning({ id: tables.signInLinks.id });
        if (!link) throw new Error("no link");
        await tx.insert(tables.textOutbox).values({
          facilityId: t.a.id,
          kind: "SIGN_IN_LINK",
          toPhone: oldPhone,
          signInLinkId: link.id,
          nextAttemptAt: app.clock.now(),
          createdAt: app.clock.now(),
        });
        return link.id;
      });
      await browser.ok(`mutation($input: PortalProfileInput!) { updatePortalProfile(input: $input) { phone } }`, {
        input: { phone: nextPhone(), address: null, preferences: PREFERENCES },
      });
      const [link] = await app.data.read
        .select({ voidedAt: tables.signInLinks.voidedAt })
        .from(tables.signInLinks)
        .where(eq(tables.signInLinks.id, linkId));
      expect(link?.voidedAt).toEqual(app.clock.now());
      const [text] = await app.data.read
        .select({ status: tables.textOutbox.status, detail: tables.textOutbox.deliveryDetail })
        .from(tables.textOutbox)
        .where(eq(tables.textOutbox.signInLinkId, linkId));
      expect(text).toEqual({ status: "FAILED", detail: "The number on record changed before the text went out" });
      expect(await app.deliverTexts()).toBe(0);
      const mine = await browser.ok<{ portalProfile: { texts: { consentGiven: boolean; canText: boolean } } }>(
        `{ portalProfile { texts { consentGiven canText } } }`,
      );
      expect(mine.portalProfile.texts).toEqual({ consentGiven: false, canText: false });
    });
  });
});
