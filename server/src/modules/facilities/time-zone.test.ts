import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createInvoice, createStaff, customerInPortal, signInStaff, twoFacilities } from "../../../test/factories.js";
import { latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { localDate } from "../../lib/time-zone.js";

const SETTINGS = `mutation($input: PortalSettingsInput!) { updatePortalSettings(input: $input) { timeZone } }`;
const base = { signInMethod: "MAGIC_LINK", inviteExpiryDays: 7, resendCooldownHours: 24 };
const START = new Date("2026-03-02T09:00:00.000Z");

describe("facility time zone", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let owner: TestClient;
  let customerId: number;

  const zoneOf = async (client: TestClient) =>
    (await client.ok<{ facility: { timeZone: string } }>(`{ facility { timeZone } }`)).facility.timeZone;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    ({
      browser: owner,
      customer: { id: customerId },
    } = await customerInPortal(app, t.asA, t.a.id, { name: "Wes West", email: "wes@example.com" }));
  });
  beforeEach(() => app.clock.set(START));
  afterAll(() => app.close());

  it("starts on America/New_York and lets an admin pick any IANA zone, stored by its canonical name", async () => {
    expect(await zoneOf(t.asA)).toBe("America/New_York");
    const saved = await t.asA.ok<{ updatePortalSettings: { timeZone: string } }>(SETTINGS, {
      input: { ...base, timeZone: "america/los_angeles" },
    });
    expect(saved.updatePortalSettings.timeZone).toBe("America/Los_Angeles");
    // Omitted, it is left as it is.
    await t.asA.ok(SETTINGS, { input: base });
    expect(await zoneOf(t.asA)).toBe("America/Los_Angeles");
    expect(await zoneOf(t.asB)).toBe("America/New_York");
    expect(
      (
        await owner.ok<{ portalViewer: { facility: { timeZone: string } } }>(
          `{ portalViewer { facility { timeZone } } }`,
        )
      ).portalViewer.facility.timeZone,
    ).toBe("America/Los_Angeles");
  });

  it("refuses a zone Intl does not know, and staff who are not admins", async () => {
    const bad = await t.asA.gql(SETTINGS, { input: { ...base, timeZone: "Mars/Olympus_Mons" } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { timeZone: "Pick a time zone from the list" },
    });
    const staff = await signInStaff(app.client(), (await createStaff(app, t.a.id, { role: "STAFF" })).email);
    expect(
      (await staff.gql(SETTINGS, { input: { ...base, timeZone: "Europe/Paris" } })).errors?.[0]?.extensions?.code,
    ).toBe("FORBIDDEN");
    expect(await zoneOf(t.asA)).toBe("America/Los_Angeles");
  });

  it("writes a late-evening event in the facility's local date, time and zone", async () => {
    // 04:30 UTC on the 11th is 21:30 on the 10th in Los Angeles (daylight time began on 8 March).
    await t.asA.ok(`mutation($input: EventInput!) { scheduleEvent(input: $input) { id } }`, {
      input: {
        customerId: String(customerId),
        kind: "PICK_UP",
        title: "Evening pick-up",
        startsAt: "2026-03-11T04:30:00.000Z",
        location: "Gate 2",
      },
    });
    await app.deliver();
    const email = await latestEmailTo(app, "wes@example.com");
    expect(email?.text).toContain("Tuesday, 10 March 2026 at 21:30 PDT · Gate 2");
    expect(email?.html).toContain("Tuesday, 10 March 2026 at 21:30 PDT");
    expect(email?.text).not.toContain("UTC");
  });

  it("writes sign-in link expiry times in the facility's zone", async () => {
    await app
      .client()
      .ok(`mutation($e: String!) { requestSignInLink(email: $e) { message } }`, { e: "wes@example.com" });
    await app.deliver();
    // 09:15 UTC on 2 March is 01:15 in Los Angeles, still standard time.
    expect((await latestEmailTo(app, "wes@example.com"))?.text).toContain(
      "This link expires on Monday, 2 March 2026 at 01:15 PST (in 15 minutes).",
    );
  });

  it("counts an invoice overdue only once its due date has passed at the facility", async () => {
    const invoice = await createInvoice(app, t.a.id, customerId, { dueOn: "2026-03-01" });
    const overdue = async () =>
      (
        await t.asA.ok<{ invoice: { overdue: boolean } }>(`query($id: ID!) { invoice(id: $id) { overdue } }`, {
          id: String(invoice.id),
        })
      ).invoice.overdue;
    const portalOverdue = async () =>
      (await owner.ok<{ portalHome: { overdueInvoices: number } }>(`{ portalHome { overdueInvoices } }`)).portalHome
        .overdueInvoices;

    // 05:00 UTC on 2 March: already the 2nd in UTC, still the evening of the 1st in Los Angeles.
    app.clock.set(new Date("2026-03-02T05:00:00.000Z"));
    expect(localDate(app.clock.now(), "UTC")).toBe("2026-03-02");
    expect(await overdue()).toBe(false);
    expect(await portalOverdue()).toBe(0);

    // 08:30 UTC is 00:30 on the 2nd in Los Angeles: the due date has passed there.
    app.clock.set(new Date("2026-03-02T08:30:00.000Z"));
    expect(await overdue()).toBe(true);
    expect(await portalOverdue()).toBe(1);
  });

  it("lets a customer ask for service today in the facility's day, even when UTC is already tomorrow", async () => {
    app.clock.set(new Date("2026-03-02T05:00:00.000Z"));
    const ask = (preferredDate: string) =>
      owner.gql(`mutation($input: ServiceRequestInput!) { requestService(input: $input) { id } }`, {
        input: { type: "DETAILING", preferredDate },
      });
    expect((await ask("2026-03-01")).errors).toBeUndefined();
    expect((await ask("2026-02-28")).errors?.[0]?.extensions?.fields).toEqual({ preferredDate: "In the past" });
  });
});
