import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, customerInPortal, signInStaff, twoFacilities } from "../../../test/factories.js";
import { latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";

// The sessions and sign-ins fields take no row id (a session's id is its hash; the sign-ins are the
// viewer's own account's), so the schema-wide tenancy test cannot probe them: these do, for each
// kind of neighbour. A foreign session id answers exactly like one that never existed, and leaves
// that session working.

const STAFF_SESSIONS = `{ staffSessions { id current } }`;
const END_STAFF = `mutation($s: String!) { endStaffSession(sessionId: $s) }`;
const PORTAL_SESSIONS = `{ portalSessions { id current } }`;
const END_PORTAL = `mutation($s: String!) { endPortalSession(sessionId: $s) }`;
const SIGN_INS = `{ portalSignIns(first: 50) { nodes { name } } }`;
const CUSTOMER_SIGN_INS = `query($id: ID!) { customer(id: $id) { signIns { nodes { name } } } }`;
const MISSING = "f".repeat(64);

type Sessions = {
  staffSessions?: { id: string; current: boolean }[];
  portalSessions?: { id: string; current: boolean }[];
};

async function ownSessionId(client: TestClient, query: string): Promise<string> {
  const data = await client.ok<Sessions>(query);
  const id = (data.staffSessions ?? data.portalSessions ?? []).find((s) => s.current)?.id;
  if (!id) throw new Error("no current session");
  return id;
}

/** The answer for a foreign id, and for a missing one: they must be the same. */
async function bothAnswers(client: TestClient, mutation: string, foreignId: string) {
  const foreign = await client.gql(mutation, { s: foreignId });
  const missing = await client.gql(mutation, { s: MISSING });
  return { foreign: foreign.errors, missing: missing.errors };
}

let app: TestApp;
let world: Awaited<ReturnType<typeof twoFacilities>> & {
  colleague: TestClient;
  holder: TestClient;
  contact: TestClient;
  neighbour: TestClient;
  customerId: number;
};

beforeAll(async () => {
  app = await startTestApp();
  const facilities = await twoFacilities(app);
  const { a, asA, b, asB } = facilities;
  const colleague = await signInStaff(app.client(), (await createStaff(app, a.id)).email);
  const { customer, browser: holder } = await customerInPortal(app, asA, a.id, {
    name: "Holder Tenant",
    email: "holder.tenant@example.com",
  });
  const { browser: neighbour } = await customerInPortal(app, asA, a.id, {
    name: "Neighbour Tenant",
    email: "neighbour.tenant@example.com",
  });
  await customerInPortal(app, asB, b.id, { name: "Far Tenant", email: "far.tenant@example.com" });
  const [row] = await app.data.transaction((tx) =>
    tx
      .insert(app.data.t.contacts)
      .values({
        facilityId: a.id,
        customerId: customer.id,
        name: "Contact Tenant",
        email: "contact.tenant@example.com",
        canAccessPortal: true,
      })
      .returning(),
  );
  await asA.ok(`mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id } } }`, {
    id: String(row?.id),
  });
  await app.deliver();
  const contact = app.client();
  await contact.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
    t: (await latestEmailTo(app, "contact.tenant@example.com"))?.token,
  });
  world = { ...facilities, colleague, holder, contact, neighbour, customerId: customer.id };
});
afterAll(() => app.close());

describe("sessions: only one's own", () => {
  it("staff of another facility, a colleague, and a portal session's id all answer like a missing session", async () => {
    const target = await ownSessionId(world.asA, STAFF_SESSIONS);
    for (const stranger of [world.asB, world.colleague]) {
      const { foreign, missing } = await bothAnswers(stranger, END_STAFF, target);
      expect(foreign?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(foreign).toEqual(missing);
      expect((await stranger.ok<Sessions>(STAFF_SESSIONS)).staffSessions?.map((s) => s.id)).not.toContain(target);
    }
    const portalSession = await ownSessionId(world.holder, PORTAL_SESSIONS);
    const asStaff = await bothAnswers(world.asA, END_STAFF, portalSession);
    expect(asStaff.foreign).toEqual(asStaff.missing);
    // Still signed in, both.
    expect(await ownSessionId(world.asA, STAFF_SESSIONS)).toBe(target);
    expect(await ownSessionId(world.holder, PORTAL_SESSIONS)).toBe(portalSession);
  });

  it("portal people: the account's contact, another customer, a staff session's id — all like missing", async () => {
    const holderSession = await ownSessionId(world.holder, PORTAL_SESSIONS);
    const contactSession = await ownSessionId(world.contact, PORTAL_SESSIONS);
    const staffSession = await ownSessionId(world.asA, STAFF_SESSIONS);
    for (const [client, target] of [
      [world.contact, holderSession],
      [world.holder, contactSession],
      [world.neighbour, holderSession],
      [world.holder, staffSession],
    ] as const) {
      const { foreign, missing } = await bothAnswers(client, END_PORTAL, target);
      expect(foreign?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(foreign).toEqual(missing);
    }
    const holderList = (await world.holder.ok<Sessions>(PORTAL_SESSIONS)).portalSessions ?? [];
    expect(holderList.map((s) => s.id)).toEqual([holderSession]);
    expect(await ownSessionId(world.contact, PORTAL_SESSIONS)).toBe(contactSession);
    expect(await ownSessionId(world.asA, STAFF_SESSIONS)).toBe(staffSession);
  });

  it("a staff preview of the portal lists no sessions and may end none, and is not among staff sessions", async () => {
    const staff = await signInStaff(app.client(), world.staffA.email);
    await staff.ok(`mutation($id: ID!) { previewPortalAs(customerId: $id) }`, { id: String(world.customerId) });
    const staffSessions = (await staff.ok<Sessions>(STAFF_SESSIONS)).staffSessions ?? [];
    // Theirs are the two sign-ins (the world's and this one); the preview is none of them.
    expect(staffSessions).toHaveLength(2);
    const preview = app.client();
    preview.setCookie("portico_portal", staff.cookie("portico_portal") ?? "");
    preview.headers = { "x-portico-app": "portal" };
    expect((await preview.ok<Sessions>(PORTAL_SESSIONS)).portalSessions).toEqual([]);
    const refused = await preview.gql(END_PORTAL, { s: MISSING });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // The holder's portal sessions do not count the preview.
    expect((await world.holder.ok<Sessions>(PORTAL_SESSIONS)).portalSessions).toHaveLength(1);
  });
});

describe("sign-ins: only the account's", () => {
  it("a portal person sees their own account's, never a neighbour's or another facility's", async () => {
    const names = async (client: TestClient) =>
      (await client.ok<{ portalSignIns: { nodes: { name: string }[] } }>(SIGN_INS)).portalSignIns.nodes.map(
        (n) => n.name,
      );
    expect(await names(world.holder)).toEqual(["Contact Tenant", "Holder Tenant"]);
    expect(await names(world.contact)).toEqual(["Contact Tenant"]);
    expect(await names(world.neighbour)).toEqual(["Neighbour Tenant"]);
  });

  it("staff of another facility reach a customer's sign-ins like a missing customer's", async () => {
    const foreign = await world.asB.gql(CUSTOMER_SIGN_INS, { id: String(world.customerId) });
    const missing = await world.asB.gql(CUSTOMER_SIGN_INS, { id: "987654321" });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(foreign).toEqual(missing);
    const portal = await world.holder.gql(CUSTOMER_SIGN_INS, { id: String(world.customerId) });
    expect(portal.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
