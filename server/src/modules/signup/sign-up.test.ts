import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createFacility, createStaff, signInStaff } from "../../../test/factories.js";
import { countRows, startTestApp, type TestApp } from "../../../test/harness.js";
import { MINUTE } from "../../lib/clock.js";
import { createFacilityWithAdmin } from "./sign-up.service.js";

const PASSWORD = "lantern orchard velvet";
const OPEN = `{ signUpOpen }`;
const SIGN_UP = `mutation($input: SignUpFacilityInput!) { signUpFacility(input: $input) }`;
const LINK = `query($t: String!) { facilitySignUpLink(token: $t) { state facilityName adminEmail } }`;
const CONFIRM = `mutation($t: String!) { confirmFacilitySignUp(token: $t) { id name email role } }`;
const VIEWER = `{ staffViewer { id name email role } }`;
const FACILITY = `{ facility { name timeZone country } }`;
const STEPS = `{ gettingStarted { importedCustomers reviewedPortalSettings invitedFirstCustomer dismissed } }`;
const DISMISS = `mutation { dismissGettingStarted { dismissed } }`;

const input = (overrides: Record<string, string> = {}) => ({
  facilityName: "Bayside Autos",
  timeZone: "Europe/London",
  country: "GB",
  adminName: "Bea Bayside",
  adminEmail: "bea@bayside.test",
  password: PASSWORD,
  ...overrides,
});

describe("facility sign-up", () => {
  let app: TestApp;
  let ip = 0;
  /** Each sign-up from its own network, so the per-network limit is met only where a test means it. */
  const fresh = () => {
    const client = app.client();
    client.headers["x-forwarded-for"] = `10.9.0.${++ip}`;
    return client;
  };

  /** The token of the newest confirmation email to `to`, after the worker sent what is queued. */
  async function confirmationTo(to: string) {
    await app.deliver();
    const { devMailbox: m } = app.data.t;
    const mine = (await app.data.read.select().from(m))
      .filter((r) => r.toEmail === to && r.textBody.includes("/confirm-sign-up/"))
      .sort((a, b) => b.id - a.id);
    const token = /\/staff\/confirm-sign-up\/([A-Za-z0-9_-]{43})/.exec(mine[0]?.textBody ?? "")?.[1];
    return { token, subject: mine[0]?.subject ?? "", count: mine.length };
  }

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("creates nothing until the email is confirmed; the link's page confirms nothing; confirming signs the admin in", async () => {
    expect((await fresh().ok<{ signUpOpen: boolean }>(OPEN)).signUpOpen).toBe(true);
    const facilities = await countRows(app, "facilities", "1 = 1");
    const client = fresh();
    expect((await client.ok(SIGN_UP, { input: input({ adminEmail: " Bea@Bayside.test " }) })).signUpFacility).toBe(
      true,
    );
    expect(await countRows(app, "facilities", "1 = 1")).toBe(facilities);
    expect(await countRows(app, "staff_users", "email = ?", "bea@bayside.test")).toBe(0);
    const { token, subject } = await confirmationTo("bea@bayside.test");
    if (!token) throw new Error("no confirmation link");
    expect(subject).toContain("Bayside Autos");
    expect(await countRows(app, "facility_sign_up_tokens", "token_hash = ?", token)).toBe(0);

    const opener = app.client();
    const link = await opener.ok<{ facilitySignUpLink: Record<string, string> }>(LINK, { t: token });
    expect(link.facilitySignUpLink).toEqual({
      state: "VALID",
      facilityName: "Bayside Autos",
      adminEmail: "bea@bayside.test",
    });
    expect((await opener.ok<{ staffViewer: unknown }>(VIEWER)).staffViewer).toBeNull();

    const confirmed = await opener.ok<{ confirmFacilitySignUp: Record<string, string> }>(CONFIRM, { t: token });
    expect(confirmed.confirmFacilitySignUp).toMatchObject({
      name: "Bea Bayside",
      email: "bea@bayside.test",
      role: "ADMIN",
    });
    expect((await opener.ok<{ staffViewer: { email: string } }>(VIEWER)).staffViewer.email).toBe("bea@bayside.test");
    expect((await opener.ok<{ facility: Record<string, string> }>(FACILITY)).facility).toEqual({
      name: "Bayside Autos",
      timeZone: "Europe/London",
      country: "GB",
    });
    expect(await countRows(app, "facility_customer_counts", "customers = 0")).toBeGreaterThan(0);
    expect(
      await countRows(app, "audit_events", "action = ? AND subject = ?", "FACILITY_CREATED", "Bayside Autos"),
    ).toBe(1);
    expect(await countRows(app, "audit_events", "action = ? AND subject = ?", "STAFF_JOINED", "Bea Bayside")).toBe(1);
    expect(
      (await opener.ok<{ facilitySignUpLink: { state: string } }>(LINK, { t: token })).facilitySignUpLink.state,
    ).toBe("USED");
    // The password chosen at sign-up is the admin's.
    await signInStaff(app.client(), "bea@bayside.test", PASSWORD);
  });

  it("20 simultaneous confirmations of one link make exactly one facility, admin and session", async () => {
    await fresh().ok(SIGN_UP, { input: input({ facilityName: "Race Garage", adminEmail: "race@garage.test" }) });
    const { token } = await confirmationTo("race@garage.test");
    const answers = await Promise.all(Array.from({ length: 20 }, () => app.client().gql(CONFIRM, { t: token })));
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === "BAD_USER_INPUT").length).toBe(19);
    expect(await countRows(app, "facilities", "name = ?", "Race Garage")).toBe(1);
    expect(await countRows(app, "staff_users", "email = ?", "race@garage.test")).toBe(1);
    expect(
      await countRows(
        app,
        "sessions",
        "staff_user_id IN (SELECT id FROM staff_users WHERE email = ?)",
        "race@garage.test",
      ),
    ).toBe(1);
  });

  it("answers the same for an address that already has an account, and sends it nothing", async () => {
    const facility = await createFacility(app, { name: "Known Place" });
    await createStaff(app, facility.id, { email: "known@place.test" });
    const answer = await fresh().gql(SIGN_UP, { input: input({ adminEmail: "known@place.test" }) });
    expect(answer).toEqual({ data: { signUpFacility: true } });
    expect((await confirmationTo("known@place.test")).count).toBe(0);
    expect(await countRows(app, "facility_sign_ups", "admin_email = ?", "known@place.test")).toBe(0);
  });

  it("only the latest sign-up of an address works, one email a minute, and a link works for 24 hours", async () => {
    await fresh().ok(SIGN_UP, { input: input({ adminEmail: "twice@x.test", facilityName: "First Name" }) });
    const first = await confirmationTo("twice@x.test");
    await fresh().ok(SIGN_UP, { input: input({ adminEmail: "twice@x.test", facilityName: "Too Soon" }) });
    expect((await confirmationTo("twice@x.test")).count).toBe(1);
    app.clock.advance(MINUTE + 1);
    await fresh().ok(SIGN_UP, { input: input({ adminEmail: "twice@x.test", facilityName: "Second Name" }) });
    const second = await confirmationTo("twice@x.test");
    expect(second.token).not.toBe(first.token);
    const stale = await app.client().ok<{ facilitySignUpLink: { state: string } }>(LINK, { t: first.token });
    expect(stale.facilitySignUpLink.state).toBe("REPLACED");
    expect((await app.client().gql(CONFIRM, { t: first.token })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    app.clock.advance(24 * 60 * MINUTE);
    expect((await app.client().gql(CONFIRM, { t: second.token })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await countRows(app, "facilities", "name IN (?, ?)", "First Name", "Second Name")).toBe(0);
  });

  it("refuses bad input with the field, and unknown links like dead ones", async () => {
    const client = fresh();
    for (const [field, value] of [
      ["timeZone", "Mars/Olympus"],
      ["country", "ZZ"],
      ["adminEmail", "not-an-email"],
      ["password", "short"],
      ["facilityName", "   "],
      ["adminName", "x".repeat(121)],
    ] as const) {
      const answer = await client.gql(SIGN_UP, { input: input({ adminEmail: `bad-${field}@x.test`, [field]: value }) });
      expect(answer.errors?.[0]?.extensions?.code, field).toBe("BAD_USER_INPUT");
    }
    const long = await client.gql(SIGN_UP, { input: input({ facilityName: "x".repeat(5000) }) });
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(
      (await client.ok<{ facilitySignUpLink: unknown }>(LINK, { t: "x".repeat(43) })).facilitySignUpLink,
    ).toBeNull();
    expect((await client.gql(CONFIRM, { t: "nope" })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("limits sign-ups per network", async () => {
    const client = fresh();
    const answers = [];
    for (let i = 0; i < 11; i++) {
      answers.push(await client.gql(SIGN_UP, { input: input({ adminEmail: `many${i}@x.test` }) }));
    }
    expect(answers.slice(0, 10).every((a) => !a.errors)).toBe(true);
    expect(answers[10]?.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
  });

  it("ticks the getting-started steps from the facility's own records; an admin dismisses it for everyone", async () => {
    // Another facility's customers, settings and dismissal tick nothing here.
    const other = await createFacility(app, { name: "Other Tenant" });
    await createCustomer(app, other.id, { name: "Not Yours" });
    const otherAdmin = await signInStaff(app.client(), (await createStaff(app, other.id, { role: "ADMIN" })).email);
    await otherAdmin.ok(DISMISS);
    await otherAdmin.ok(`mutation($i: PortalSettingsInput!) { updatePortalSettings(input: $i) { signInMethod } }`, {
      i: { signInMethod: "PASSWORD", inviteExpiryDays: 7, resendCooldownHours: 24 },
    });
    await fresh().ok(SIGN_UP, { input: input({ facilityName: "Steps Yard", adminEmail: "steps@yard.test" }) });
    const { token } = await confirmationTo("steps@yard.test");
    const admin = app.client();
    await admin.ok(CONFIRM, { t: token });
    type Steps = { gettingStarted: Record<string, boolean> };
    expect((await admin.ok<Steps>(STEPS)).gettingStarted).toEqual({
      importedCustomers: false,
      reviewedPortalSettings: false,
      invitedFirstCustomer: false,
      dismissed: false,
    });
    const facility = (await admin.ok<{ facility: { name: string } }>(`{ facility { id name } }`)) as unknown as {
      facility: { id: string };
    };
    const facilityId = Number(facility.facility.id);
    await createCustomer(app, facilityId, { name: "First Customer", email: "first@customer.test" });
    await admin.ok(`mutation($i: PortalSettingsInput!) { updatePortalSettings(input: $i) { signInMethod } }`, {
      i: { signInMethod: "PASSWORD", inviteExpiryDays: 7, resendCooldownHours: 24 },
    });
    const steps = (await admin.ok<Steps>(STEPS)).gettingStarted;
    expect(steps).toMatchObject({ importedCustomers: true, reviewedPortalSettings: true, invitedFirstCustomer: false });

    const staff = await createStaff(app, facilityId, { email: "helper@yard.test", role: "STAFF" });
    const helper = await signInStaff(app.client(), staff.email);
    expect((await helper.gql(DISMISS)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await admin.ok<{ dismissGettingStarted: { dismissed: boolean } }>(DISMISS)).dismissGettingStarted.dismissed,
    ).toBe(true);
    expect((await helper.ok<Steps>(STEPS)).gettingStarted.dismissed).toBe(true);
    expect((await app.client().gql(STEPS)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("the operator's command creates a facility with an invited admin and a link to choose a password", async () => {
    const made = await createFacilityWithAdmin(app, { facilityName: "Closed Shop", adminEmail: "Owner@Closed.test" });
    const token = /\/staff\/accept-invite\/([A-Za-z0-9_-]{43})$/.exec(made.link)?.[1];
    const client = app.client();
    await client.ok(`mutation($t: String!, $p: String!) { acceptStaffInvite(token: $t, password: $p) { id } }`, {
      t: token,
      p: PASSWORD,
    });
    expect((await client.ok<{ staffViewer: { role: string } }>(VIEWER)).staffViewer.role).toBe("ADMIN");
    await expect(
      createFacilityWithAdmin(app, { facilityName: "Again", adminEmail: "owner@closed.test" }),
    ).rejects.toThrow(/already has a Portico account/);
  });
});

describe("facility sign-up closed", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ PORTICO_OPEN_SIGN_UP: "false" });
  });
  afterAll(() => app.close());

  it("answers FORBIDDEN and tells the page", async () => {
    const client = app.client();
    expect((await client.ok<{ signUpOpen: boolean }>(OPEN)).signUpOpen).toBe(false);
    expect((await client.gql(SIGN_UP, { input: input() })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await countRows(app, "facility_sign_ups", "1 = 1")).toBe(0);
  });
});
