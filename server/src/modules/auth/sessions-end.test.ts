import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer, customerInPortal, signInStaff, twoFacilities } from "../../../test/factories.js";
import { countRows, latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { DAY, HOUR } from "../../lib/clock.js";
import { createLogger } from "../../lib/logger.js";
import { createPurgeJob } from "./purge.job.js";

const VIEWER = `{ portalViewer { name } }`;
const STAFF_VIEWER = `{ staffViewer { email } }`;
const UPDATE_CUSTOMER = `mutation($id: ID!, $input: CustomerInput!) { updateCustomer(id: $id, input: $input) { id email } }`;
const ADD_CONTACT = `mutation($customerId: ID!, $input: ContactInput!) { addContact(customerId: $customerId, input: $input) { id } }`;
const UPDATE_CONTACT = `mutation($id: ID!, $input: ContactInput!) { updateContact(id: $id, input: $input) { id } }`;
const INVITE_CONTACT = `mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { email } } }`;
const REMOVE_CONTACT = `mutation($id: ID!) { removeContact(id: $id) }`;
const PREVIEW_AS = `mutation($customerId: ID!, $contactId: ID) { previewPortalAs(customerId: $customerId, contactId: $contactId) }`;
const REDEEM = `mutation($t: String!, $p: String) { redeemSignInLink(token: $t, password: $p) { name } }`;
const REQUEST_LINK = `mutation($e: String!) { requestSignInLink(email: $e) { message } }`;
const SETTINGS = `mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { signInMethod } }`;
const PASSWORD = `mutation($e: String!, $p: String!) { signInWithPassword(email: $e, password: $p) { name } }`;

const preferences = {
  invoices: true,
  estimates: true,
  scheduling: true,
  carUpdates: true,
  contracts: true,
  socialEvents: false,
  marketing: false,
};
const contactInput = (name: string, email: string) => ({
  name,
  email,
  phone: null,
  role: "SPOUSE",
  canAccessPortal: true,
  preferences,
});
const customerInput = (name: string, email: string) => ({ name, email, phone: null, address: null, notes: null });

async function portalViewer(browser: TestClient) {
  return (await browser.ok<{ portalViewer: { name: string } | null }>(VIEWER)).portalViewer;
}

describe("sessions end when they should", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  beforeEach(async () => {
    await signInStaff(t.asA, t.staffA.email);
  });
  afterAll(() => app.close());

  async function contactInPortal(name: string, email: string) {
    const customer = await createCustomer(app, t.a.id);
    const { addContact } = await t.asA.ok<{ addContact: { id: string } }>(ADD_CONTACT, {
      customerId: String(customer.id),
      input: contactInput(name, email),
    });
    await t.asA.ok(INVITE_CONTACT, { id: addContact.id });
    await app.deliver();
    const browser = app.client();
    await browser.ok(REDEEM, { t: (await latestEmailTo(app, email))?.token });
    return { customer, contactId: addContact.id, browser };
  }

  it("removing a contact staff have previewed succeeds and ends the contact's and the preview's sessions", async () => {
    const { customer, contactId, browser } = await contactInPortal("Previewed Contact", "previewed@example.com");
    const staffBrowser = await signInStaff(app.client(), t.staffA.email);
    await staffBrowser.ok(PREVIEW_AS, { customerId: String(customer.id), contactId });
    expect((await portalViewer(staffBrowser))?.name).toBe("Previewed Contact");

    await t.asA.ok(REMOVE_CONTACT, { id: contactId });
    expect(await portalViewer(browser)).toBeNull();
    expect(await portalViewer(staffBrowser)).toBeNull();
    expect(await countRows(app, "sessions", "preview_contact_id = ?", Number(contactId))).toBe(0);
    // The staff member's own session is untouched.
    expect((await staffBrowser.ok<{ staffViewer: unknown }>(STAFF_VIEWER)).staffViewer).not.toBeNull();
  });

  it("changing a customer's email ends their portal sessions and voids their links", async () => {
    const { customer, browser } = await customerInPortal(app, t.asA, t.a.id, {
      name: "Moving Customer",
      email: "moving@example.com",
    });
    await app.client().ok(REQUEST_LINK, { e: "moving@example.com" });
    await app.deliver();
    const pendingLink = (await latestEmailTo(app, "moving@example.com"))?.token;
    expect(await portalViewer(browser)).not.toBeNull();

    await t.asA.ok(UPDATE_CUSTOMER, {
      id: String(customer.id),
      input: customerInput("Moving Customer", "moved@example.com"),
    });
    expect(await portalViewer(browser)).toBeNull();
    const stale = await app.client().gql(REDEEM, { t: pendingLink });
    expect(stale.errors?.[0]?.extensions?.linkState).toBe("REPLACED");
  });

  it("saving a customer without changing the email keeps their sessions", async () => {
    const { customer, browser } = await customerInPortal(app, t.asA, t.a.id, {
      name: "Staying Customer",
      email: "staying@example.com",
    });
    await t.asA.ok(UPDATE_CUSTOMER, {
      id: String(customer.id),
      input: customerInput("Staying Customer, renamed", "staying@example.com"),
    });
    expect(await portalViewer(browser)).not.toBeNull();
  });

  it("changing a contact's email ends their portal sessions, not the customer's", async () => {
    const { customer, contactId, browser } = await contactInPortal("Moving Contact", "contact-moves@example.com");
    const owner = await customerInPortal(app, t.asA, t.a.id, { name: "Owner", email: "owner-stays@example.com" });
    await t.asA.ok(UPDATE_CONTACT, { id: contactId, input: contactInput("Moving Contact", "contact-new@example.com") });
    expect(await portalViewer(browser)).toBeNull();
    expect(await portalViewer(owner.browser)).not.toBeNull();
    expect(customer.id).not.toBe(owner.customer.id);
  });

  describe("in password mode", () => {
    beforeAll(async () => {
      await signInStaff(t.asB, t.staffB.email);
      await t.asB.ok(SETTINGS, {
        input: { signInMethod: "PASSWORD", inviteExpiryDays: 7, resendCooldownHours: 24, welcomeMessage: null },
      });
    });

    it("setting a new password by a sign-in link ends every other session of the account", async () => {
      const customer = await createCustomer(app, t.b.id, { name: "Reset Person", email: "reset@example.com" });
      await t.asB.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
        id: String(customer.id),
      });
      await app.deliver();
      const first = app.client();
      await first.ok(REDEEM, { t: (await latestEmailTo(app, "reset@example.com"))?.token, p: "first harbor password" });
      const second = app.client();
      await second.ok(PASSWORD, { e: "reset@example.com", p: "first harbor password" });
      // Signing in with a password ends nobody else's session.
      expect(await portalViewer(first)).not.toBeNull();

      await app.client().ok(REQUEST_LINK, { e: "reset@example.com" });
      await app.deliver();
      const third = app.client();
      await third.ok(REDEEM, {
        t: (await latestEmailTo(app, "reset@example.com"))?.token,
        p: "second lantern password",
      });
      expect(await portalViewer(first)).toBeNull();
      expect(await portalViewer(second)).toBeNull();
      expect((await portalViewer(third))?.name).toBe("Reset Person");
      const old = await app.client().gql(PASSWORD, { e: "reset@example.com", p: "first harbor password" });
      expect(old.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });
  });

  describe("on a schedule", () => {
    it("purges expired sessions, long-ended links and finished rate-limit windows, and keeps the rest", async () => {
      const purgeApp = await startTestApp();
      try {
        const { a, asA, staffA } = await twoFacilities(purgeApp);
        const { browser } = await customerInPortal(purgeApp, asA, a.id, { name: "Kept", email: "kept@example.com" });
        await purgeApp
          .client()
          .gql(`mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { id } }`, {
            e: staffA.email,
            p: "a wrong password",
          });
        const job = createPurgeJob({
          data: purgeApp.data,
          clock: purgeApp.clock,
          logger: createLogger("silent"),
        });
        expect(await job.runOnce()).toEqual({
          sessions: 0,
          signInLinks: 0,
          rateLimits: 0,
          passkeyChallenges: 0,
          webhookDeliveries: 0,
        });

        // 13 hours on: staff sessions (12 h) and the 15-minute limit windows are over; the
        // customer's 30-day session and the just-used invite link (kept 30 days) are not.
        purgeApp.clock.advance(13 * HOUR);
        const staffSessions = await countRows(purgeApp, "sessions", "kind = 'STAFF'");
        const limitRows = await countRows(purgeApp, "rate_limits");
        expect(staffSessions).toBeGreaterThan(0);
        expect(limitRows).toBeGreaterThan(0);
        expect(await job.runOnce()).toEqual({
          sessions: staffSessions,
          signInLinks: 0,
          rateLimits: limitRows,
          passkeyChallenges: 0,
          webhookDeliveries: 0,
        });
        expect(await portalViewer(browser)).not.toBeNull();

        // 31 days unused: the customer's session and the used link go too.
        purgeApp.clock.advance(31 * DAY);
        expect(await countRows(purgeApp, "sign_in_links")).toBe(1);
        // The scheduled job purges at once when started; stop waits for that pass to finish.
        job.start();
        await job.stop();
        expect(await countRows(purgeApp, "sessions")).toBe(0);
        expect(await countRows(purgeApp, "sign_in_links")).toBe(0);
        expect(await portalViewer(browser)).toBeNull();
      } finally {
        await purgeApp.close();
      }
    });
  });
});
