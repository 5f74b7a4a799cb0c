import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, twoFacilities, updateFacility } from "../../../test/factories.js";
import { latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { FacilityScope } from "../../db/tenancy.js";
import { recipientsFor } from "../notifications/recipients.service.js";

const PROFILE = `{ portalProfile { name email phone address isContact onboardingPending preferences { invoices marketing } } }`;
const prefs = {
  invoices: false,
  estimates: true,
  scheduling: true,
  carUpdates: true,
  contracts: true,
  socialEvents: true,
  marketing: true,
};

describe("portal profile and onboarding", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: number;
  let owner: TestClient;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    await updateFacility(app, t.a.id, { onboardingCompleteProfile: true });
    customerId = (await createCustomer(app, t.a.id, { name: "Pia Profile", email: "pia@example.com" })).id;
    await t.asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(customerId),
    });
    await app.deliver();
    owner = app.client();
    await owner.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
      t: (await latestEmailTo(app, "pia@example.com"))?.token,
    });
  });
  afterAll(() => app.close());

  it("shows the person's details and whether onboarding is pending", async () => {
    const profile = (await owner.ok<{ portalProfile: Record<string, unknown> }>(PROFILE)).portalProfile;
    expect(profile).toMatchObject({
      name: "Pia Profile",
      email: "pia@example.com",
      isContact: false,
      onboardingPending: true,
    });
  });

  it("saves phone, address and email preferences, which then decide who gets which email", async () => {
    const saved = await owner.ok<{
      updatePortalProfile: { phone: string; address: string; preferences: { invoices: boolean; marketing: boolean } };
    }>(
      `mutation($input: PortalProfileInput!) { updatePortalProfile(input: $input) { phone address preferences { invoices marketing } } }`,
      { input: { phone: "207 555 0123", address: "1 Harbor Rd", preferences: prefs } },
    );
    expect(saved.updatePortalProfile).toEqual({
      phone: "+12075550123",
      address: "1 Harbor Rd",
      preferences: { invoices: false, marketing: true },
    });
    const scope = new FacilityScope(t.a.id);
    expect(await recipientsFor(app.data.read, app.data.t, scope, customerId, "invoices")).toEqual([]);
    expect(
      (await recipientsFor(app.data.read, app.data.t, scope, customerId, "marketing")).map((r) => r.email),
    ).toEqual(["pia@example.com"]);
    const search = await t.asA.ok<{ customers: { nodes: Array<{ name: string }> } }>(
      `{ customers(search: "(207) 555-0123") { nodes { name } } }`,
    );
    expect(search.customers.nodes.map((n) => n.name)).toEqual(["Pia Profile"]);
    const shown = await owner.ok<{ portalProfile: { phoneDisplay: string } }>(`{ portalProfile { phoneDisplay } }`);
    expect(shown.portalProfile.phoneDisplay).toBe("(207) 555-0123");
  });

  it("refuses a phone number that is not one, keeping the saved one", async () => {
    const result = await owner.gql(
      `mutation($input: PortalProfileInput!) { updatePortalProfile(input: $input) { phone } }`,
      { input: { phone: "call me maybe", address: "1 Harbor Rd", preferences: prefs } },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { phone: expect.stringContaining("is not a phone number") },
    });
    const profile = await owner.ok<{ portalProfile: { phone: string } }>(`{ portalProfile { phone } }`);
    expect(profile.portalProfile.phone).toBe("+12075550123");
  });

  it("finishes onboarding once", async () => {
    const done = await owner.ok<{ completeOnboarding: { onboardingPending: boolean } }>(
      `mutation { completeOnboarding { onboardingPending } }`,
    );
    expect(done.completeOnboarding.onboardingPending).toBe(false);
  });

  it("is for portal people only", async () => {
    expect((await t.asA.gql(PROFILE)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await app.client().gql(PROFILE)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
