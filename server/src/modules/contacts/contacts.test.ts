import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer, signInStaff, twoFacilities } from "../../../test/factories.js";
import { countRows, latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { raceWhileHeld } from "../../../test/held-locks.js";

const prefs = {
  invoices: true,
  estimates: false,
  scheduling: true,
  carUpdates: true,
  contracts: false,
  socialEvents: false,
  marketing: false,
};
const ADD = `mutation($customerId: ID!, $input: ContactInput!) {
  addContact(customerId: $customerId, input: $input) {
    id name email role canAccessPortal preferences { invoices estimates marketing } portalStatus { state action reason }
  }
}`;
const UPDATE = `mutation($id: ID!, $input: ContactInput!) { updateContact(id: $id, input: $input) { id email canAccessPortal portalStatus { state } } }`;
const INVITE = `mutation($id: ID!) { sendContactInvite(contactId: $id) { contact { id portalStatus { state } } invitation { email } } }`;
const CONTACTS = `query($id: ID!) { customer(id: $id) { contacts { id name portalStatus { state } lastInvitation { timeline { kind } } } } }`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name email isContact account { customerName } accounts { customerId customerName current } } }`;
const VIEWER = `{ portalViewer { name isContact account { customerName } } }`;

type ContactData = { id: string; portalStatus: { state: string; action: string | null; reason: string } };

describe("sub-contacts", () => {
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

  const input = (overrides: Record<string, unknown> = {}) => ({
    name: "Sam Spouse",
    email: "sam@example.com",
    phone: "(207) 555-0100",
    role: "SPOUSE",
    canAccessPortal: true,
    preferences: prefs,
    ...overrides,
  });

  async function add(customerId: number, overrides: Record<string, unknown> = {}) {
    return (
      await t.asA.ok<{ addContact: ContactData }>(ADD, { customerId: String(customerId), input: input(overrides) })
    ).addContact;
  }

  async function inviteAndSignIn(contactId: string, email: string): Promise<TestClient> {
    await t.asA.ok(INVITE, { id: contactId });
    await app.deliver();
    const mail = await latestEmailTo(app, email);
    const browser = app.client();
    await browser.ok(REDEEM, { t: mail?.token });
    return browser;
  }

  it("adds a contact with role, portal access and preferences", async () => {
    const customer = await createCustomer(app, t.a.id, { name: "Owner Adams" });
    const contact = await add(customer.id, { email: " Sam@Example.com " });
    expect(contact).toMatchObject({
      email: "sam@example.com",
      role: "SPOUSE",
      canAccessPortal: true,
      preferences: { invoices: true, estimates: false, marketing: false },
      portalStatus: { state: "NOT_INVITED", action: "SEND" },
    });
  });

  it("says what is missing before a contact can be invited", async () => {
    const customer = await createCustomer(app, t.a.id);
    const noEmail = await add(customer.id, { email: null, name: "No Mail" });
    expect(noEmail.portalStatus).toMatchObject({
      state: "NO_EMAIL",
      action: null,
      reason: "Add an email address to invite",
    });
    const noAccess = await add(customer.id, { email: "bk@example.com", canAccessPortal: false, role: "BOOKKEEPER" });
    expect(noAccess.portalStatus).toMatchObject({ state: "ACCESS_DISABLED", action: null });
    const refused = await t.asA.gql(INVITE, { id: noAccess.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("rejects an invalid contact email with a field error", async () => {
    const customer = await createCustomer(app, t.a.id);
    const result = await t.asA.gql(ADD, { customerId: String(customer.id), input: input({ email: "nope" }) });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { email: expect.any(String) },
    });
  });

  it("stores a contact's phone as E.164, shows it nationally, and refuses text that is not a number", async () => {
    const customer = await createCustomer(app, t.a.id);
    const saved = await t.asA.ok<{ addContact: { phone: string; phoneDisplay: string } }>(
      `mutation($customerId: ID!, $input: ContactInput!) { addContact(customerId: $customerId, input: $input) { phone phoneDisplay } }`,
      { customerId: String(customer.id), input: input({ phone: "+1 207-555-0193" }) },
    );
    expect(saved.addContact).toEqual({ phone: "+12075550193", phoneDisplay: "(207) 555-0193" });
    for (const phone of ["call me maybe", "not a phone at all ###"]) {
      const result = await t.asA.gql(ADD, { customerId: String(customer.id), input: input({ phone }) });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: { phone: expect.stringContaining("is not a phone number") },
      });
    }
  });

  it("warns before a contact takes the address of another person on the same account", async () => {
    const customer = await createCustomer(app, t.a.id, { name: "Eleanor Whitaker", email: "eleanor@example.com" });
    const first = await add(customer.id, { name: "Michael Whitaker", email: "michael@example.com" });
    const asHolder = await t.asA.gql(ADD, {
      customerId: String(customer.id),
      input: input({ name: "Someone", email: "Eleanor@Example.com" }),
    });
    expect(asHolder.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      duplicateEmail: { kind: "CUSTOMER", name: "Eleanor Whitaker", email: "eleanor@example.com" },
    });
    const second = await add(customer.id, { name: "Second", email: "second@example.com" });
    const taken = await t.asA.gql(UPDATE, {
      id: second.id,
      input: input({ name: "Second", email: "michael@example.com" }),
    });
    expect(taken.errors?.[0]).toMatchObject({
      message: "Michael Whitaker (contact) already has michael@example.com. Save anyway if both should keep it.",
      extensions: { code: "CONFLICT", duplicateEmail: { kind: "CONTACT", id: first.id, name: "Michael Whitaker" } },
    });
    const confirmed = await t.asA.ok<{ updateContact: { email: string } }>(
      `mutation($id: ID!, $input: ContactInput!) { updateContact(id: $id, input: $input, allowDuplicateEmail: true) { email } }`,
      { id: second.id, input: input({ name: "Second", email: "michael@example.com" }) },
    );
    expect(confirmed.updateContact.email).toBe("michael@example.com");
    // The same person helping on another account is not a duplicate.
    const other = await createCustomer(app, t.a.id, { name: "Other Account" });
    await add(other.id, { name: "Michael Whitaker", email: "michael@example.com" });
  });

  it("an invited contact signs in to the customer's portal as themself; the timeline records it", async () => {
    const customer = await createCustomer(app, t.a.id, { name: "Main Holder" });
    const contact = await add(customer.id, { name: "Alex Assistant", email: "alex@example.com", role: "ASSISTANT" });
    const browser = await inviteAndSignIn(contact.id, "alex@example.com");
    const viewer = await browser.ok<{ portalViewer: Record<string, unknown> }>(VIEWER);
    expect(viewer.portalViewer).toMatchObject({
      name: "Alex Assistant",
      isContact: true,
      account: { customerName: "Main Holder" },
    });
    const staffView = await t.asA.ok<{
      customer: {
        contacts: Array<{
          name: string;
          portalStatus: { state: string };
          lastInvitation: { timeline: Array<{ kind: string }> };
        }>;
      };
    }>(CONTACTS, { id: String(customer.id) });
    const row = staffView.customer.contacts.find((c) => c.name === "Alex Assistant");
    expect(row?.portalStatus.state).toBe("IN_PORTAL");
    expect(row?.lastInvitation.timeline.map((e) => e.kind)).toEqual(["QUEUED", "SENT", "SIGNED_IN"]);
  });

  it("turning portal access off ends the contact's sessions at once", async () => {
    const customer = await createCustomer(app, t.a.id);
    const contact = await add(customer.id, { name: "Soon Gone", email: "gone@example.com" });
    const browser = await inviteAndSignIn(contact.id, "gone@example.com");
    expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).not.toBeNull();
    const updated = await t.asA.ok<{ updateContact: { portalStatus: { state: string } } }>(UPDATE, {
      id: contact.id,
      input: input({ name: "Soon Gone", email: "gone@example.com", canAccessPortal: false }),
    });
    expect(updated.updateContact.portalStatus.state).toBe("ACCESS_DISABLED");
    // The request that finds the session ended says why, so the portal can tell the person.
    const ended = await browser.gql(VIEWER);
    expect(ended.errors?.[0]?.extensions).toMatchObject({
      code: "UNAUTHENTICATED",
      signedOutBecause: "ACCESS_REMOVED",
    });
    expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).toBeNull();
  });

  it("a contact whose access is turned off mid-visit is told why on their next page", async () => {
    const customer = await createCustomer(app, t.a.id);
    const contact = await add(customer.id, { name: "Cut Off", email: "cutoff@example.com" });
    const browser = await inviteAndSignIn(contact.id, "cutoff@example.com");
    await t.asA.ok(UPDATE, {
      id: contact.id,
      input: input({ name: "Cut Off", email: "cutoff@example.com", canAccessPortal: false }),
    });
    const page = await browser.gql(`{ portalHome { unreadMessages } }`);
    expect(page.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED", signedOutBecause: "ACCESS_REMOVED" });
    const later = await browser.gql(`{ portalHome { unreadMessages } }`);
    expect(later.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED", signedOutBecause: "NO_SESSION" });
  });

  it("a new contact's unread messages start from when they joined, not the start of the thread", async () => {
    const customer = await createCustomer(app, t.a.id);
    const SEND = `mutation($c: ID!, $b: String!) { sendMessage(customerId: $c, body: $b) { id } }`;
    await t.asA.ok(SEND, { c: String(customer.id), b: "Your car is ready." });
    await t.asA.ok(SEND, { c: String(customer.id), b: "Invoice attached." });
    app.clock.advance(60_000);
    const contact = await add(customer.id, { name: "New Helper", email: "helper@example.com" });
    const browser = await inviteAndSignIn(contact.id, "helper@example.com");
    const UNREAD = "{ portalConversation { unread messages { nodes { body } } } portalHome { unreadMessages } }";
    type Unread = {
      portalConversation: { unread: number; messages: { nodes: unknown[] } };
      portalHome: { unreadMessages: number };
    };
    const before = await browser.ok<Unread>(UNREAD);
    // The whole history is there to read; none of it counts as new for them.
    expect(before.portalConversation.messages.nodes).toHaveLength(2);
    expect(before.portalConversation.unread).toBe(0);
    expect(before.portalHome.unreadMessages).toBe(0);

    app.clock.advance(60_000);
    await t.asA.ok(SEND, { c: String(customer.id), b: "Welcome aboard." });
    const after = await browser.ok<Unread>(UNREAD);
    expect(after.portalConversation.unread).toBe(1);
    expect(after.portalHome.unreadMessages).toBe(1);
  });

  it("removing a contact ends their sessions and kills their links", async () => {
    const customer = await createCustomer(app, t.a.id);
    const contact = await add(customer.id, { name: "Removed", email: "removed@example.com" });
    const browser = await inviteAndSignIn(contact.id, "removed@example.com");
    await t.asA.ok(`mutation($id: ID!) { removeContact(id: $id) }`, { id: contact.id });
    expect((await browser.ok<{ portalViewer: unknown }>(VIEWER)).portalViewer).toBeNull();
    expect(await countRows(app, "sign_in_links", "contact_id = ?", Number(contact.id))).toBe(0);
  });

  it("a contact's pending invite dies when their email changes", async () => {
    const customer = await createCustomer(app, t.a.id);
    const contact = await add(customer.id, { name: "Mover", email: "mover@example.com" });
    await t.asA.ok(INVITE, { id: contact.id });
    await app.deliver();
    const mail = await latestEmailTo(app, "mover@example.com");
    const updated = await t.asA.ok<{ updateContact: ContactData }>(UPDATE, {
      id: contact.id,
      input: input({ name: "Mover", email: "mover2@example.com" }),
    });
    expect(updated.updateContact.portalStatus.state).toBe("NOT_INVITED");
    const result = await app.client().gql(REDEEM, { t: mail?.token });
    expect(result.errors?.[0]?.extensions?.linkState).toBe("REPLACED");
  });

  it("one address on two accounts chooses which account to open", async () => {
    const first = await createCustomer(app, t.a.id, { name: "First Account", email: "shared@example.com" });
    const second = await createCustomer(app, t.a.id, { name: "Second Account" });
    const contact = await add(second.id, {
      name: "Shared Person",
      email: "shared@example.com",
      role: "VEHICLE_HANDLER",
    });
    await t.asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(first.id),
    });
    await t.asA.ok(INVITE, { id: contact.id });
    await app.deliver();
    const browser = app.client();
    const mail = await latestEmailTo(app, "shared@example.com");
    const signedIn = await browser.ok<{
      redeemSignInLink: { accounts: Array<{ customerId: string; customerName: string; current: boolean }> };
    }>(REDEEM, { t: mail?.token });
    expect(signedIn.redeemSignInLink.accounts.map((a) => a.customerName).sort()).toEqual([
      "First Account",
      "Second Account",
    ]);
    const other = signedIn.redeemSignInLink.accounts.find((a) => !a.current);
    const switched = await browser.ok<{ switchPortalAccount: { account: { customerName: string } } }>(
      `mutation($id: ID!) { switchPortalAccount(customerId: $id) { account { customerName } } }`,
      { id: other?.customerId },
    );
    expect(switched.switchPortalAccount.account.customerName).toBe(other?.customerName);
    const stranger = await createCustomer(app, t.a.id, { name: "Not Mine", email: "someone@example.com" });
    const refused = await browser.gql(`mutation($id: ID!) { switchPortalAccount(customerId: $id) { name } }`, {
      id: String(stranger.id),
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("keeps other facilities' staff out of contacts", async () => {
    const customer = await createCustomer(app, t.a.id);
    const contact = await add(customer.id, { name: "Private", email: "private@example.com" });
    for (const [query, variables] of [
      [INVITE, { id: contact.id }],
      [UPDATE, { id: contact.id, input: input() }],
      [`mutation($id: ID!) { removeContact(id: $id) }`, { id: contact.id }],
      [ADD, { customerId: String(customer.id), input: input() }],
    ] as const) {
      const result = await t.asB.gql(query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect(await countRows(app, "invitations", "contact_id = ?", Number(contact.id))).toBe(0);
  });

  it("a contact signed in cannot reach another account's data or staff operations", async () => {
    const customer = await createCustomer(app, t.a.id, { name: "Mine" });
    const contact = await add(customer.id, { name: "Helper", email: "helper@example.com" });
    const browser = await inviteAndSignIn(contact.id, "helper@example.com");
    const elsewhere = await createCustomer(app, t.a.id, { name: "Theirs" });
    const staffOnly = await browser.gql(CONTACTS, { id: String(elsewhere.id) });
    expect(staffOnly.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const switched = await browser.gql(`mutation($id: ID!) { switchPortalAccount(customerId: $id) { name } }`, {
      id: String(elsewhere.id),
    });
    expect(switched.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("two simultaneous adds of one address to an account: one is saved, the other names it", async () => {
    const holder = await createCustomer(app, t.a.id, { name: "Twin Holder" });
    const addTwin = () =>
      t.asA.gql(ADD, { customerId: String(holder.id), input: input({ email: "twin-contact@example.com" }) });
    // Another connection holds the account's row, which both inserts wait on once they have read
    // (test/held-locks.ts): on PostgreSQL an unlocked check would find no holder for either.
    const answers = await raceWhileHeld(
      app,
      "SELECT 1 FROM customers WHERE id = $1 FOR UPDATE",
      [holder.id],
      [addTwin, addTwin],
    );
    expect(answers.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
    expect(await countRows(app, "contacts", "email = ?", "twin-contact@example.com")).toBe(1);
  });

  it("switching to an account while staff change that person's address never leaves them signed in as that person", async () => {
    const first = await createCustomer(app, t.a.id, { name: "Switch From", email: "switcher@example.com" });
    const second = await createCustomer(app, t.a.id, { name: "Switch To" });
    const contact = await add(second.id, { name: "Switching Person", email: "switcher@example.com" });
    await t.asA.ok(INVITE, { id: contact.id });
    await t.asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(first.id),
    });
    await app.deliver();
    const browser = app.client();
    await browser.ok(REDEEM, { t: (await latestEmailTo(app, "switcher@example.com"))?.token });
    const switchTo = () =>
      browser.gql(`mutation($id: ID!) { switchPortalAccount(customerId: $id) { name } }`, { id: String(second.id) });
    const changeAddress = () =>
      t.asA.gql(UPDATE, { id: contact.id, input: input({ name: "Switching Person", email: "moved@example.com" }) });
    // Another connection holds the second account's row: the switch waits there (its new portal
    // account refers to it) while staff change the contact's address (test/held-locks.ts).
    const [, changed] = await raceWhileHeld(
      app,
      "SELECT 1 FROM customers WHERE id = $1 FOR UPDATE",
      [second.id],
      [switchTo, changeAddress],
    );
    expect(changed?.errors).toBeUndefined();
    const viewer = (await browser.ok<{ portalViewer: { name: string } | null }>(VIEWER)).portalViewer;
    // Refused, or switched and then signed out by the change: never the contact at the old address.
    expect(viewer?.name).not.toBe("Switching Person");
  });
});
