import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createStaff, signInStaff, twoFacilities } from "../../../test/factories.js";
import { startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";

const LOG = `query($first: Int, $after: String, $staffUserId: ID, $action: AuditAction, $customerId: ID) {
  auditLog(first: $first, after: $after, staffUserId: $staffUserId, action: $action, customerId: $customerId) {
    nodes { id action actorKind actorName actorStaffUserId subject customer { id name } details { key value } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const TRAIL = `query($id: ID!, $after: String) {
  customer(id: $id) { auditTrail(first: 2, after: $after) { nodes { action subject } pageInfo { endCursor hasNextPage } } }
}`;
const UPDATE_CUSTOMER = `mutation($id: ID!, $input: CustomerInput!) { updateCustomer(id: $id, input: $input) { id } }`;
const ADD_CONTACT = `mutation($customerId: ID!, $input: ContactInput!) { addContact(customerId: $customerId, input: $input) { id } }`;
const UPDATE_CONTACT = `mutation($id: ID!, $input: ContactInput!) { updateContact(id: $id, input: $input) { id } }`;
const SEND_INVITE = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const SETTINGS = `mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { id } }`;

type Line = {
  id: string;
  action: string;
  actorKind: string;
  actorName: string;
  actorStaffUserId: string | null;
  subject: string | null;
  customer: { id: string; name: string } | null;
  details: { key: string; value: string }[];
};
type Log = { auditLog: { nodes: Line[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };

const preferences = {
  invoices: true,
  estimates: true,
  scheduling: true,
  carUpdates: true,
  contracts: true,
  socialEvents: false,
  marketing: false,
};
const contact = (overrides: Record<string, unknown> = {}) => ({
  name: "Sam Spouse",
  email: "sam.audit@example.com",
  role: "SPOUSE",
  canAccessPortal: true,
  preferences,
  ...overrides,
});

describe("the audit log", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: string;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    const customer = await createCustomer(app, t.a.id, { name: "Ada Audit", email: "ada.audit@example.com" });
    customerId = String(customer.id);
    await t.asA.ok(UPDATE_CUSTOMER, {
      id: customerId,
      input: { name: "Ada Audit", email: "ada.audit@example.com", phone: "(207) 555-0199" },
    });
    const { addContact } = await t.asA.ok<{ addContact: { id: string } }>(ADD_CONTACT, {
      customerId,
      input: contact(),
    });
    await t.asA.ok(UPDATE_CONTACT, { id: addContact.id, input: contact({ canAccessPortal: false }) });
    await t.asA.ok(SEND_INVITE, { id: customerId });
    await t.asA.ok(SETTINGS, { input: { inviteExpiryDays: 10, resendCooldownHours: 24, signInMethod: "MAGIC_LINK" } });
  });
  afterAll(() => app.close());

  it("records who did what to which customer, newest first, in the same transaction as the change", async () => {
    const { auditLog } = await t.asA.ok<Log>(LOG, { first: 20 });
    expect(auditLog.nodes.map((l) => l.action)).toEqual([
      "SETTINGS_CHANGED",
      "INVITE_SENT",
      "PORTAL_ACCESS_OFF",
      "CONTACT_ADDED",
      "CUSTOMER_CHANGED",
    ]);
    const [settings, invite, accessOff, added, changed] = auditLog.nodes as [Line, Line, Line, Line, Line];
    for (const line of auditLog.nodes) {
      expect(line).toMatchObject({
        actorKind: "STAFF",
        actorName: t.staffA.name,
        actorStaffUserId: String(t.staffA.id),
      });
    }
    expect(settings).toMatchObject({ subject: "Settings → Portal", customer: null });
    expect(settings.details).toEqual([{ key: "fields", value: "inviteExpiryDays" }]);
    expect(invite).toMatchObject({ subject: "Ada Audit", customer: { id: customerId, name: "Ada Audit" } });
    expect(accessOff.subject).toBe("Sam Spouse");
    expect(added.details).toContainEqual({ key: "role", value: "SPOUSE" });
    expect(changed.details).toEqual([{ key: "fields", value: "phone" }]);
  });

  it("filters by person, by kind and by customer, and pages by keyset without gaps or repeats", async () => {
    const other = await createStaff(app, t.a.id, { name: "Olive Other" });
    const asOther = await signInStaff(app.client(), other.email);
    await asOther.ok(SEND_INVITE, { id: customerId }).catch(() => undefined); // refused by the cooldown: no line
    await asOther.ok(UPDATE_CUSTOMER, {
      id: customerId,
      input: { name: "Ada Audit-Lee", email: "ada.audit@example.com" },
    });

    const byOther = (await t.asA.ok<Log>(LOG, { staffUserId: String(other.id) })).auditLog.nodes;
    expect(byOther.map((l) => [l.action, l.actorName])).toEqual([["CUSTOMER_CHANGED", "Olive Other"]]);
    const invites = (await t.asA.ok<Log>(LOG, { action: "INVITE_SENT" })).auditLog.nodes;
    expect(invites).toHaveLength(1);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Log = await t.asA.ok<Log>(LOG, { first: 2, after, customerId });
      seen.push(...page.auditLog.nodes.map((l) => l.id));
      after = page.auditLog.pageInfo.hasNextPage ? page.auditLog.pageInfo.endCursor : null;
    } while (after);
    const all = (await t.asA.ok<Log>(LOG, { customerId })).auditLog.nodes.map((l) => l.id);
    expect(seen).toEqual(all);
    expect(all).toHaveLength(5);

    const trail = await t.asA.ok<{ customer: { auditTrail: { nodes: { action: string }[] } } }>(TRAIL, {
      id: customerId,
    });
    expect(trail.customer.auditTrail.nodes.map((n) => n.action)).toEqual(["CUSTOMER_CHANGED", "INVITE_SENT"]);
  });

  it("is the admins' to read for the whole facility, each staff member's for a customer, and never another facility's", async () => {
    const staff = await createStaff(app, t.a.id, { role: "STAFF" });
    const asStaff: TestClient = await signInStaff(app.client(), staff.email);
    const refused = await asStaff.gql(LOG);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const trail = await asStaff.ok<{ customer: { auditTrail: { nodes: unknown[] } } }>(TRAIL, { id: customerId });
    expect(trail.customer.auditTrail.nodes.length).toBeGreaterThan(0);

    expect((await t.asB.ok<Log>(LOG)).auditLog.nodes).toEqual([]);
    expect((await t.asB.ok<Log>(LOG, { customerId })).auditLog.nodes).toEqual([]);
    const foreign = await t.asB.gql(TRAIL, { id: customerId });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.client().gql(LOG)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers a clear error for a bad cursor or page size", async () => {
    const bad = await t.asA.gql(LOG, { after: "abc" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const big = await t.asA.gql(LOG, { first: 1000 });
    expect(big.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
