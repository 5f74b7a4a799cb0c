import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, signInStaff, twoFacilities } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";

const SETTINGS = `mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { country } }`;
const base = { signInMethod: "MAGIC_LINK", inviteExpiryDays: 7, resendCooldownHours: 24 };

describe("facility country (for phone numbers)", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  const countryOf = async (client: typeof t.asA) =>
    (await client.ok<{ facility: { country: string } }>(`{ facility { country } }`)).facility.country;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  it("starts as US and lets an admin pick another, leaving it as it is when omitted", async () => {
    expect(await countryOf(t.asA)).toBe("US");
    const saved = await t.asA.ok<{ updatePortalSettings: { country: string } }>(SETTINGS, {
      input: { ...base, country: "ca" },
    });
    expect(saved.updatePortalSettings.country).toBe("CA");
    await t.asA.ok(SETTINGS, { input: base });
    expect(await countryOf(t.asA)).toBe("CA");
    expect(await countryOf(t.asB)).toBe("US");
  });

  it("refuses a code that is not a country, with a field error", async () => {
    for (const country of ["XX", "U", "USA"]) {
      const result = await t.asB.gql(SETTINGS, { input: { ...base, country } });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: { country: "Pick a country from the list" },
      });
    }
    expect(await countryOf(t.asB)).toBe("US");
  });

  it("lists the countries by name with their calling codes", async () => {
    const data = await t.asA.ok<{ phoneCountries: Array<{ code: string; name: string; callingCode: string }> }>(
      `{ phoneCountries { code name callingCode } }`,
    );
    expect(data.phoneCountries).toContainEqual({ code: "GB", name: "United Kingdom", callingCode: "44" });
    expect(data.phoneCountries).toContainEqual({ code: "US", name: "United States", callingCode: "1" });
    const names = data.phoneCountries.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("is changed by admins only", async () => {
    const staff = await createStaff(app, t.a.id, { role: "STAFF" });
    const client = await signInStaff(app.client(), staff.email);
    const result = await client.gql(SETTINGS, { input: { ...base, country: "GB" } });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
