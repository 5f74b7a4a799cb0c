import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createCustomer,
  createStaff,
  customerInPortal,
  signInStaff,
  TEST_PASSWORD,
  twoFacilities,
  updateFacility,
} from "../../../test/factories.js";
import { countRows, latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { FacilityScope } from "../../db/tenancy.js";
import { listCustomers } from "./customer.service.js";

const ARCHIVE = `mutation($id: ID!) { archiveCustomer(id: $id) { id archivedAt } }`;
const RESTORE = `mutation($id: ID!) { restoreCustomer(id: $id) { id archivedAt } }`;
const LIST = `query($search: String, $archived: Boolean) { customers(search: $search, first: 50, archived: $archived) { nodes { id name archivedAt } totalCount } }`;
const CUSTOMER = `query($id: ID!) { customer(id: $id) { id name archivedAt } }`;
const INVITE = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const ADD_CONTACT = `mutation($customerId: ID!, $input: ContactInput!) { addContact(customerId: $customerId, input: $input) { id } }`;
const INVITE_CONTACT = `mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { email } } }`;
const REDEEM = `mutation($t: String!, $p: String) { redeemSignInLink(token: $t, password: $p) { name } }`;
const REQUEST_LINK = `mutation($e: String!) { requestSignInLink(email: $e) { message } }`;
const PASSWORD = `mutation($e: String!, $p: String!) { signInWithPassword(email: $e, password: $p) { name } }`;
const VIEWER = `{ portalViewer { name } }`;
const PREVIEW_IDS = `mutation($ids: [ID!]!) { previewBulkInvite(customerIds: $ids) { id total toInvite planCounts { plan count } } }`;

type ListAnswer = { customers: { nodes: Array<{ id: string; name: string }>; totalCount: number } };

const contactInput = (name: string, email: string) => ({
  name,
  email,
  phone: null,
  role: "SPOUSE",
  canAccessPortal: true,
  preferences: {
    invoices: true,
    estimates: true,
    scheduling: true,
    carUpdates: true,
    contracts: true,
    socialEvents: false,
    marketing: false,
  },
});

let sequence = 0;
const unique = (word: string) => `${word}${++sequence}`;

describe("archiving a customer", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let asStaffRole: TestClient;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    const staff = await createStaff(app, t.a.id, { role: "STAFF" });
    asStaffRole = await signInStaff(app.client(), staff.email);
  });
  afterAll(() => app.close());
  // Tests move the clock past a staff session's 12 hours.
  beforeEach(async () => {
    await signInStaff(t.asA, t.staffA.email);
    await signInStaff(t.asB, t.staffB.email);
  });

  const namesIn = async (client: TestClient, vars: Record<string, unknown> = {}) =>
    (await client.ok<ListAnswer>(LIST, vars)).customers;

  it("hides the customer from the list, its total and every search; restoring brings them back", async () => {
    const mark = unique("Quillon");
    const kept = await createCustomer(app, t.a.id, { name: `${mark} Kept`, email: `${mark}.kept@example.com` });
    const gone = await createCustomer(app, t.a.id, {
      name: `${mark} Archived`,
      email: `${mark}.gone@example.com`,
      phone: "+12075559911",
    });
    const before = await namesIn(t.asA);

    const archived = await asStaffRole.ok<{ archiveCustomer: { archivedAt: string | null } }>(ARCHIVE, {
      id: String(gone.id),
    });
    expect(archived.archiveCustomer.archivedAt).not.toBeNull();

    const after = await namesIn(t.asA);
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.nodes.map((n) => n.id)).not.toContain(String(gone.id));
    for (const search of [mark, `${mark} archived`, `${mark}.gone@example.com`, "2075559911", "555 9911"]) {
      const found = await namesIn(t.asA, { search });
      expect(found.nodes.map((n) => n.id)).not.toContain(String(gone.id));
    }
    expect((await namesIn(t.asA, { search: mark })).nodes.map((n) => n.id)).toEqual([String(kept.id)]);
    // Every way a search reads its page and count (decision 22), with tunings that reach each.
    const scope = new FacilityScope(t.a.id);
    for (const tuning of [
      { searchWalk: 1, searchFew: 0, searchProbe: 1 },
      { searchWalk: 1, searchFew: 5, searchProbe: 1 },
      { searchWalk: 4000 },
    ]) {
      const page = await listCustomers(app.data, scope, { search: mark, first: 25, withCount: true, ...tuning });
      expect(page.rows.map((r) => r.id)).toEqual([kept.id]);
      expect(await page.count()).toEqual({ total: 1, isLowerBound: false });
    }

    // The archived view lists them; the page opens by id with the date.
    const archivedView = await namesIn(t.asA, { archived: true });
    expect(archivedView.nodes.map((n) => n.id)).toContain(String(gone.id));
    expect(archivedView.nodes.map((n) => n.id)).not.toContain(String(kept.id));
    const page = await t.asA.ok<{ customer: { archivedAt: string | null } }>(CUSTOMER, { id: String(gone.id) });
    expect(page.customer.archivedAt).not.toBeNull();

    await asStaffRole.ok(RESTORE, { id: String(gone.id) });
    const restored = await namesIn(t.asA);
    expect(restored.totalCount).toBe(before.totalCount);
    expect((await namesIn(t.asA, { search: mark })).nodes.map((n) => n.id).sort()).toEqual(
      [String(kept.id), String(gone.id)].sort(),
    );
  });

  it("keeps the facility's counter equal to the customers it shows, through archive, restore and delete", async () => {
    const counted = async () =>
      (await app.data.read.select().from(app.data.t.facilityCustomerCounts)).find((r) => r.facilityId === t.a.id)
        ?.customers;
    const shown = async () =>
      (await app.data.read.select().from(app.data.t.customers)).filter(
        (c) => c.facilityId === t.a.id && c.archivedAt === null,
      ).length;
    const customer = await createCustomer(app, t.a.id);
    expect(await counted()).toBe(await shown());
    await t.asA.ok(ARCHIVE, { id: String(customer.id) });
    // Archiving twice changes nothing.
    await t.asA.ok(ARCHIVE, { id: String(customer.id) });
    expect(await counted()).toBe(await shown());
    await t.asA.ok(RESTORE, { id: String(customer.id) });
    await t.asA.ok(RESTORE, { id: String(customer.id) });
    expect(await counted()).toBe(await shown());
  });

  it("ends every portal session of the customer's people and lets nobody back in until restored", async () => {
    const email = `${unique("holder")}@example.com`;
    const { customer, browser } = await customerInPortal(app, t.asA, t.a.id, { name: "Holder Archive", email });
    const contactEmail = `${unique("spouse")}@example.com`;
    const { addContact } = await t.asA.ok<{ addContact: { id: string } }>(ADD_CONTACT, {
      customerId: String(customer.id),
      input: contactInput("Spouse Archive", contactEmail),
    });
    await t.asA.ok(INVITE_CONTACT, { id: addContact.id });
    await app.deliver();
    const contactBrowser = app.client();
    await contactBrowser.ok(REDEEM, { t: (await latestEmailTo(app, contactEmail))?.token });
    expect((await contactBrowser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).not.toBeNull();

    // A second invite for the contact is pending when the customer is archived: its link must die.
    const laterContact = `${unique("assistant")}@example.com`;
    const { addContact: assistant } = await t.asA.ok<{ addContact: { id: string } }>(ADD_CONTACT, {
      customerId: String(customer.id),
      input: contactInput("Assistant Archive", laterContact),
    });
    await t.asA.ok(INVITE_CONTACT, { id: assistant.id });
    await app.deliver();
    const pendingToken = (await latestEmailTo(app, laterContact))?.token;

    await t.asA.ok(ARCHIVE, { id: String(customer.id) });
    expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).toBeNull();
    expect((await contactBrowser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).toBeNull();
    expect(await countRows(app, "sessions", "facility_id = ? AND kind = 'PORTAL'", t.a.id)).toBe(0);
    expect(await countRows(app, "invitations", "customer_id = ? AND state = 'PENDING'", customer.id)).toBe(0);
    expect(
      await countRows(
        app,
        "sign_in_links",
        "customer_id = ? AND consumed_at IS NULL AND voided_at IS NULL",
        customer.id,
      ),
    ).toBe(0);
    const redeemed = await app.client().gql(REDEEM, { t: pendingToken });
    expect(redeemed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    // "Email me a link" answers as for an unknown address, and sends nothing.
    const unknown = await app.client().gql(REQUEST_LINK, { e: `${unique("nobody")}@example.com` });
    const outboxBefore = await countRows(app, "email_outbox", "to_email IN (?, ?)", email, contactEmail);
    app.clock.advance(2 * 60 * 1000);
    const known = await app.client().gql(REQUEST_LINK, { e: email });
    const knownContact = await app.client().gql(REQUEST_LINK, { e: contactEmail });
    expect(known).toEqual(unknown);
    expect(knownContact).toEqual(unknown);
    expect(await countRows(app, "email_outbox", "to_email IN (?, ?)", email, contactEmail)).toBe(outboxBefore);

    // Invites are refused while archived.
    const invite = await t.asA.gql(INVITE, { id: String(customer.id) });
    expect(invite.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const inviteContact = await t.asA.gql(INVITE_CONTACT, { id: addContact.id });
    expect(inviteContact.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    // Restored: the holder can ask for a link and sign in again.
    await t.asA.ok(RESTORE, { id: String(customer.id) });
    app.clock.advance(2 * 60 * 1000);
    await app.client().ok(REQUEST_LINK, { e: email });
    await app.deliver();
    const again = app.client();
    await again.ok(REDEEM, { t: (await latestEmailTo(app, email))?.token });
    expect((await again.ok<{ portalViewer: { name: string } | null }>(VIEWER)).portalViewer?.name).toBe(
      "Holder Archive",
    );
  });

  it("answers a password sign-in of an archived customer's person exactly like an unknown address", async () => {
    const facility = await app.data.transaction(async (tx) =>
      tx
        .insert(app.data.t.facilities)
        .values({ slug: unique("pw-facility"), name: "Password Yard" })
        .returning(),
    );
    const facilityId = facility[0]?.id ?? 0;
    const admin = await createStaff(app, facilityId);
    const staff = await signInStaff(app.client(), admin.email);
    await updateFacility(app, facilityId, { signInMethod: "PASSWORD" });
    const email = `${unique("pw")}@example.com`;
    const customer = await createCustomer(app, facilityId, { name: "Pat Password", email });
    await staff.ok(INVITE, { id: String(customer.id) });
    await app.deliver();
    await app.client().ok(REDEEM, { t: (await latestEmailTo(app, email))?.token, p: TEST_PASSWORD });
    expect((await app.client().gql(PASSWORD, { e: email, p: TEST_PASSWORD })).errors).toBeUndefined();

    await staff.ok(ARCHIVE, { id: String(customer.id) });
    const archived = await app.client().gql(PASSWORD, { e: email, p: TEST_PASSWORD });
    const unknown = await app.client().gql(PASSWORD, { e: `${unique("ghost")}@example.com`, p: TEST_PASSWORD });
    expect(archived).toEqual(unknown);
  });

  it("leaves an archived customer out of a bulk invite's candidates", async () => {
    const live = await createCustomer(app, t.a.id);
    const gone = await createCustomer(app, t.a.id);
    await t.asA.ok(ARCHIVE, { id: String(gone.id) });
    const preview = await t.asA.ok<{
      previewBulkInvite: { total: number; toInvite: number; planCounts: Array<{ plan: string; count: number }> };
    }>(PREVIEW_IDS, { ids: [String(live.id), String(gone.id)] });
    expect(preview.previewBulkInvite.toInvite).toBe(1);
    expect(preview.previewBulkInvite.planCounts).toContainEqual({ plan: "NOT_FOUND", count: 1 });
  });

  it("a customer archived between a bulk invite's preview and its run is skipped, not invited", async () => {
    const live = await createCustomer(app, t.a.id);
    const gone = await createCustomer(app, t.a.id);
    const { previewBulkInvite } = await t.asA.ok<{ previewBulkInvite: { id: string } }>(PREVIEW_IDS, {
      ids: [String(live.id), String(gone.id)],
    });
    await t.asA.ok(ARCHIVE, { id: String(gone.id) });
    await t.asA.ok(`mutation($id: ID!) { startBulkInvite(id: $id) { id } }`, { id: previewBulkInvite.id });
    await app.runBulkInvites();
    expect(await countRows(app, "invitations", "customer_id = ?", gone.id)).toBe(0);
    expect(await countRows(app, "invitations", "customer_id = ?", live.id)).toBe(1);
  });

  it("archive and invite at once: the invite is refused, or voided by the archive", async () => {
    for (let round = 0; round < 4; round++) {
      const customer = await createCustomer(app, t.a.id);
      const [invite] = await Promise.all([
        t.asA.gql(INVITE, { id: String(customer.id) }),
        t.asA.gql(ARCHIVE, { id: String(customer.id) }),
      ]);
      const code = invite.errors?.[0]?.extensions?.code;
      expect(code === undefined || code === "CONFLICT").toBe(true);
      expect(await countRows(app, "invitations", "customer_id = ? AND state = 'PENDING'", customer.id)).toBe(0);
      expect(
        await countRows(
          app,
          "sign_in_links",
          "customer_id = ? AND consumed_at IS NULL AND voided_at IS NULL",
          customer.id,
        ),
      ).toBe(0);
    }
  });

  it("answers another facility's customer exactly like a missing one, and refuses portal people and anonymous callers", async () => {
    const theirs = await createCustomer(app, t.b.id);
    for (const mutation of [ARCHIVE, RESTORE]) {
      const foreign = await t.asA.gql(mutation, { id: String(theirs.id) });
      const missing = await t.asA.gql(mutation, { id: "987654321" });
      expect(foreign).toEqual(missing);
      expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const anonymous = await app.client().gql(mutation, { id: String(theirs.id) });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect(
      (await app.data.read.select().from(app.data.t.customers)).find((c) => c.id === theirs.id)?.archivedAt,
    ).toBeNull();
    const { browser } = await customerInPortal(app, t.asB, t.b.id, {
      name: "Portal Person",
      email: `${unique("portal")}@example.com`,
    });
    const asPortal = await browser.gql(ARCHIVE, { id: String(theirs.id) });
    expect(asPortal.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});
