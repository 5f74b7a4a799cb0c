import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCar, createCustomer, createStaff, signInStaff, twoFacilities } from "../../../test/factories.js";
import { latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";

const SETTINGS = `mutation($input: PortalSettingsInput!) {
  updatePortalSettings(input: $input) { sections onboarding { signContracts addPaymentMethod completeProfile } offlinePaymentInstructions }
}`;
const base = { signInMethod: "MAGIC_LINK", inviteExpiryDays: 7, resendCooldownHours: 24 };
const ALL = ["VEHICLES", "BILLING", "DOCUMENTS", "EVENTS", "MESSAGES", "ESTIMATES", "SERVICE_REQUESTS"];

describe("portal sections, onboarding and branding", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerPortal: TestClient;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    await t.asA.ok(SETTINGS, {
      input: { ...base, onboarding: { signContracts: true, addPaymentMethod: false, completeProfile: true } },
    });
    const customer = await createCustomer(app, t.a.id, { name: "Sally Sections", email: "sally@example.com" });
    await createCar(app, t.a.id, customer.id);
    await t.asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(customer.id),
    });
    await app.deliver();
    customerPortal = app.client();
    await customerPortal.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
      t: (await latestEmailTo(app, "sally@example.com"))?.token,
    });
  });
  afterAll(() => app.close());

  it("lists the facility's onboarding steps in the invite email", async () => {
    const mail = await latestEmailTo(app, "sally@example.com");
    expect(mail?.text).toContain("Sign your storage agreement and other contracts");
    expect(mail?.text).toContain("Complete your profile");
    expect(mail?.text).not.toContain("Add a payment method");
  });

  it("shows every section by default and tells the portal which are on", async () => {
    const data = await customerPortal.ok<{
      portalViewer: { facility: { sections: string[]; onboarding: Record<string, boolean> } };
    }>(`{ portalViewer { facility { sections onboarding { signContracts completeProfile } } } }`);
    expect(data.portalViewer.facility.sections).toEqual(ALL);
    expect(data.portalViewer.facility.onboarding).toEqual({ signContracts: true, completeProfile: true });
  });

  it("refuses a section the facility turned off, on the server", async () => {
    await t.asA.ok(SETTINGS, { input: { ...base, sections: ALL.filter((s) => s !== "VEHICLES") } });
    const refused = await customerPortal.gql(`{ portalViewer { account { cars { id } } } }`);
    expect(refused.errors?.[0]).toMatchObject({
      message: "Vehicles is not available in this portal",
      extensions: { code: "FORBIDDEN" },
    });
    await t.asA.ok(SETTINGS, { input: { ...base, sections: ALL } });
    const allowed = await customerPortal.ok<{ portalViewer: { account: { cars: unknown[] } } }>(
      `{ portalViewer { account { cars { id } } } }`,
    );
    expect(allowed.portalViewer.account.cars).toHaveLength(1);
  });

  it("keeps sections and onboarding when a settings save leaves them out", async () => {
    const saved = await t.asA.ok<{
      updatePortalSettings: { sections: string[]; onboarding: { signContracts: boolean } };
    }>(SETTINGS, { input: { ...base, offlinePaymentInstructions: "Pay by check at the front desk." } });
    expect(saved.updatePortalSettings.sections).toEqual(ALL);
    expect(saved.updatePortalSettings.onboarding.signContracts).toBe(true);
  });

  it("lets admins, and only admins, change the branding", async () => {
    const BRANDING = `mutation($input: BrandingInput!) { updateBranding(input: $input) { name brandColor } }`;
    const bad = await t.asA.gql(BRANDING, { input: { name: "Harbor A", brandColor: "teal" } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { brandColor: expect.any(String) },
    });
    const staff = await createStaff(app, t.a.id, { role: "STAFF" });
    const plain = await signInStaff(app.client(), staff.email);
    const refused = await plain.gql(BRANDING, { input: { name: "Mine Now", brandColor: "#000000" } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const ok = await t.asA.ok<{ updateBranding: { name: string; brandColor: string } }>(BRANDING, {
      input: { name: "Harbor A Storage", brandColor: "#2F9E44" },
    });
    expect(ok.updateBranding).toEqual({ name: "Harbor A Storage", brandColor: "#2f9e44" });
    const seen = await customerPortal.ok<{ portalViewer: { facility: { name: string; brandColor: string } } }>(
      `{ portalViewer { facility { name brandColor } } }`,
    );
    expect(seen.portalViewer.facility).toEqual({ name: "Harbor A Storage", brandColor: "#2f9e44" });
  });
});
