import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFacility, createStaff, signInStaff, TEST_PASSWORD } from "../../../test/factories.js";
import { countRows, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { raceWhileHeld } from "../../../test/held-locks.js";
import { TAKE_KEY_STATEMENT } from "../../db/pg.js";
import { DAY, MINUTE } from "../../lib/clock.js";

const NEW_PASSWORD = "lantern orchard velvet";
const VIEWER = `{ staffViewer { id name email role } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { id } }`;
const TEAM = `{ team { id name email role status lastActiveAt inviteExpiresAt } }`;
const INVITE = `mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { id name email role status inviteExpiresAt } }`;
const RESEND = `mutation($id: ID!) { resendStaffInvite(staffUserId: $id) { id status } }`;
const ROLE = `mutation($id: ID!, $role: StaffRole!) { changeStaffRole(staffUserId: $id, role: $role) { id role } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateStaff(staffUserId: $id) { id status } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateStaff(staffUserId: $id) { id status } }`;
const LINK = `query($t: String!) { staffLink(token: $t) { state purpose name email facilityName } }`;
const ACCEPT = `mutation($t: String!, $p: String!) { acceptStaffInvite(token: $t, password: $p) { id name role } }`;
const FORGOT = `mutation($e: String!) { requestStaffPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetStaffPassword(token: $t, password: $p) }`;
const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }`;
const RENAME = `mutation($n: String!) { updateMyName(name: $n) { name } }`;

type Member = { id: string; name: string; email: string; role: string; status: string; inviteExpiresAt: string | null };

describe("the team", () => {
  let app: TestApp;
  let facilityId: number;
  let admin: TestClient;
  let adminId: number;

  /** The link of the newest staff email to `to`, after the worker has sent what is queued. */
  async function staffLinkTo(to: string, page: "accept-invite" | "reset-password") {
    await app.deliver();
    const { devMailbox: m } = app.data.t;
    const rows = await app.data.read.select().from(m);
    const mine = rows.filter((r) => r.toEmail === to.toLowerCase()).sort((a, b) => b.id - a.id);
    const text = mine[0]?.textBody ?? "";
    const token = new RegExp(`/staff/${page}/([A-Za-z0-9_-]{43})`).exec(text)?.[1];
    if (!token) throw new Error(`No ${page} link in the newest email to ${to}`);
    return { token, subject: mine[0]?.subject ?? "", count: mine.length };
  }

  async function invite(email: string, role = "STAFF", name = "Robin Ames") {
    return (await admin.ok<{ inviteStaff: Member }>(INVITE, { input: { email, name, role } })).inviteStaff;
  }

  beforeAll(async () => {
    app = await startTestApp();
    const facility = await createFacility(app, { name: "Harbor Storage" });
    facilityId = facility.id;
    const row = await createStaff(app, facility.id, { email: "owner@harbor.test", name: "Olive Owner" });
    adminId = row.id;
    admin = await signInStaff(app.client(), row.email);
  });
  afterAll(() => app.close());

  it("invites by email; the link's page signs no one in, choosing a password does, once", async () => {
    const invited = await invite(" Robin@Harbor.test ");
    expect(invited).toMatchObject({ email: "robin@harbor.test", role: "STAFF", status: "INVITED" });
    expect(new Date(invited.inviteExpiresAt ?? 0).getTime()).toBe(app.clock.now().getTime() + 7 * DAY);
    const { token, subject } = await staffLinkTo("robin@harbor.test", "accept-invite");
    expect(subject).toContain("Harbor Storage");
    // Only the hash is stored, never the token.
    expect(await countRows(app, "staff_link_tokens", "token_hash = ?", token)).toBe(0);

    const opener = app.client();
    for (let i = 0; i < 2; i++) {
      const link = await opener.ok<{ staffLink: Record<string, string> }>(LINK, { t: token });
      expect(link.staffLink).toMatchObject({ state: "VALID", purpose: "INVITE", name: "Robin Ames" });
    }
    expect((await opener.ok<{ staffViewer: unknown }>(VIEWER)).staffViewer).toBeNull();

    const weak = await opener.gql(ACCEPT, { t: token, p: "password1" });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { password: expect.any(String) },
    });
    const short = await opener.gql(ACCEPT, { t: token, p: "short" });
    expect(short.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    await opener.ok(ACCEPT, { t: token, p: NEW_PASSWORD });
    expect((await opener.ok<{ staffViewer: { email: string } }>(VIEWER)).staffViewer.email).toBe("robin@harbor.test");
    expect((await opener.ok<{ staffLink: { state: string } }>(LINK, { t: token })).staffLink.state).toBe("USED");
    const again = await app.client().gql(ACCEPT, { t: token, p: NEW_PASSWORD });
    expect(again.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const team = (await admin.ok<{ team: Member[] }>(TEAM)).team;
    expect(team.find((m) => m.email === "robin@harbor.test")).toMatchObject({
      status: "ACTIVE",
      inviteExpiresAt: null,
    });
    await opener.ok(`mutation { staffSignOut }`);
    await signInStaff(app.client(), "robin@harbor.test", NEW_PASSWORD);
    expect(await countRows(app, "audit_events", "action = ? AND subject = ?", "STAFF_INVITED", "Robin Ames")).toBe(1);
    expect(await countRows(app, "audit_events", "action = ? AND subject = ?", "STAFF_JOINED", "Robin Ames")).toBe(1);
  });

  it("20 simultaneous uses of one invite link make exactly one session", async () => {
    const invited = await invite("sam@harbor.test", "STAFF", "Sam Race");
    const { token } = await staffLinkTo("sam@harbor.test", "accept-invite");
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => app.client().gql(ACCEPT, { t: token, p: NEW_PASSWORD })),
    );
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === "BAD_USER_INPUT").length).toBe(19);
    expect(await countRows(app, "sessions", "staff_user_id = ?", Number(invited.id))).toBe(1);
  });

  it("only the latest invite link works, and a link works for 7 days", async () => {
    const invited = await invite("lee@harbor.test", "ADMIN", "Lee Later");
    const first = await staffLinkTo("lee@harbor.test", "accept-invite");
    await admin.ok(RESEND, { id: invited.id });
    const second = await staffLinkTo("lee@harbor.test", "accept-invite");
    expect(second.token).not.toBe(first.token);
    expect((await app.client().ok<{ staffLink: { state: string } }>(LINK, { t: first.token })).staffLink.state).toBe(
      "REPLACED",
    );
    expect((await app.client().gql(ACCEPT, { t: first.token, p: NEW_PASSWORD })).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    app.clock.advance(7 * DAY + MINUTE);
    admin = await signInStaff(app.client(), "owner@harbor.test");
    expect((await app.client().ok<{ staffLink: { state: string } }>(LINK, { t: second.token })).staffLink.state).toBe(
      "EXPIRED",
    );
    expect((await app.client().gql(ACCEPT, { t: second.token, p: NEW_PASSWORD })).errors).toBeDefined();
    // Inviting the address again (still invited) sends a fresh link that works.
    await invite("lee@harbor.test", "ADMIN", "Lee Later");
    const third = await staffLinkTo("lee@harbor.test", "accept-invite");
    const lee = await app
      .client()
      .ok<{ acceptStaffInvite: { role: string } }>(ACCEPT, { t: third.token, p: NEW_PASSWORD });
    expect(lee.acceptStaffInvite.role).toBe("ADMIN");
  });

  it("refuses an address that is already someone's account, a bad address, and staff who are not admins", async () => {
    const active = await admin.gql(INVITE, { input: { email: "robin@harbor.test", name: "Robin", role: "STAFF" } });
    expect(active.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const elsewhere = await createFacility(app);
    await createStaff(app, elsewhere.id, { email: "taken@elsewhere.test" });
    const foreign = await admin.gql(INVITE, { input: { email: "taken@elsewhere.test", name: "T", role: "STAFF" } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const bad = await admin.gql(INVITE, { input: { email: "not an email", name: "X", role: "STAFF" } });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const long = await admin.gql(INVITE, { input: { email: "a@b.test", name: "x".repeat(121), role: "STAFF" } });
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const robin = await signInStaff(app.client(), "robin@harbor.test", NEW_PASSWORD);
    for (const [query, variables] of [
      [TEAM, {}],
      [INVITE, { input: { email: "x@harbor.test", name: "X", role: "ADMIN" } }],
      [ROLE, { id: String(adminId), role: "STAFF" }],
      [DEACTIVATE, { id: String(adminId) }],
    ] as const) {
      expect((await robin.gql(query, variables)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("deactivation ends the person's sessions at once and refuses their sign-in as an unknown address", async () => {
    const team = (await admin.ok<{ team: Member[] }>(TEAM)).team;
    const robin = team.find((m) => m.email === "robin@harbor.test") as Member;
    const session = await signInStaff(app.client(), robin.email, NEW_PASSWORD);
    expect((await admin.ok<{ deactivateStaff: Member }>(DEACTIVATE, { id: robin.id })).deactivateStaff.status).toBe(
      "DEACTIVATED",
    );
    expect(await countRows(app, "sessions", "staff_user_id = ?", Number(robin.id))).toBe(0);
    expect((await session.ok<{ staffViewer: unknown }>(VIEWER)).staffViewer).toBeNull();
    const refused = await app.client().gql(SIGN_IN, { e: robin.email, p: NEW_PASSWORD });
    const unknown = await app.client().gql(SIGN_IN, { e: "nobody-here@harbor.test", p: NEW_PASSWORD });
    expect(refused.errors?.[0]).toEqual(unknown.errors?.[0]);
    // A reset asked for a deactivated address answers alike and sends nothing.
    const before = await countRows(app, "email_outbox", "to_email = ?", robin.email);
    expect(await app.client().ok(FORGOT, { e: robin.email })).toEqual({ requestStaffPasswordReset: true });
    expect(await countRows(app, "email_outbox", "to_email = ?", robin.email)).toBe(before);

    expect((await admin.ok<{ reactivateStaff: Member }>(REACTIVATE, { id: robin.id })).reactivateStaff.status).toBe(
      "ACTIVE",
    );
    await signInStaff(app.client(), robin.email, NEW_PASSWORD);
    for (const action of ["STAFF_DEACTIVATED", "STAFF_REACTIVATED"]) {
      expect(await countRows(app, "audit_events", "action = ? AND subject = ?", action, "Robin Ames")).toBe(1);
    }
  });

  it("changes roles, and never demotes or deactivates the last active admin", async () => {
    const solo = await createFacility(app);
    const only = await createStaff(app, solo.id, { email: "solo@solo.test", name: "Solo Admin" });
    const soloAdmin = await signInStaff(app.client(), only.email);
    for (const [query, variables] of [
      [ROLE, { id: String(only.id), role: "STAFF" }],
      [DEACTIVATE, { id: String(only.id) }],
    ] as const) {
      const refused = await soloAdmin.gql(query, variables);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", lastAdmin: true });
    }
    const helper = await createStaff(app, solo.id, { email: "helper@solo.test", role: "STAFF" });
    expect(
      (await soloAdmin.ok<{ changeStaffRole: Member }>(ROLE, { id: String(helper.id), role: "ADMIN" })).changeStaffRole
        .role,
    ).toBe("ADMIN");
    expect(await countRows(app, "audit_events", "action = ? AND facility_id = ?", "STAFF_ROLE_CHANGED", solo.id)).toBe(
      1,
    );
    // Now two admins: either may step down, but not both.
    expect(
      (await soloAdmin.ok<{ changeStaffRole: Member }>(ROLE, { id: String(only.id), role: "STAFF" })).changeStaffRole
        .role,
    ).toBe("STAFF");
  });

  it("two admins demoting each other at once: at most one succeeds", async () => {
    const pair = await createFacility(app);
    const a = await createStaff(app, pair.id, { email: "a@pair.test", name: "Ada" });
    const b = await createStaff(app, pair.id, { email: "b@pair.test", name: "Bea" });
    const asA = await signInStaff(app.client(), a.email);
    const asB = await signInStaff(app.client(), b.email);
    // The admins' key is held by another connection while both requests arrive (PostgreSQL): a
    // change that counted the admins before taking it would let both through.
    const answers = await raceWhileHeld(
      app,
      TAKE_KEY_STATEMENT,
      [`staff-admins:${pair.id}`],
      [
        () => asA.gql(ROLE, { id: String(b.id), role: "STAFF" }),
        () => asB.gql(ROLE, { id: String(a.id), role: "STAFF" }),
      ],
    );
    expect(answers.filter((x) => !x.errors).length).toBe(1);
    expect(
      answers.filter(
        (x) => x.errors?.[0]?.extensions?.code === "CONFLICT" || x.errors?.[0]?.extensions?.code === "FORBIDDEN",
      ).length,
    ).toBe(1);
    expect(await countRows(app, "staff_users", "facility_id = ? AND role = 'ADMIN'", pair.id)).toBe(1);
  });

  it("two admins deactivating each other at once, unforced: at most one succeeds", async () => {
    const pair = await createFacility(app);
    const a = await createStaff(app, pair.id, { email: "c@pair.test", name: "Cai" });
    const b = await createStaff(app, pair.id, { email: "d@pair.test", name: "Dee" });
    const asA = await signInStaff(app.client(), a.email);
    const asB = await signInStaff(app.client(), b.email);
    const answers = await Promise.all([
      asA.gql(DEACTIVATE, { id: String(b.id) }),
      asB.gql(DEACTIVATE, { id: String(a.id) }),
    ]);
    expect(answers.filter((x) => !x.errors).length).toBe(1);
    expect(
      await countRows(app, "staff_users", "facility_id = ? AND role = 'ADMIN' AND status = 'ACTIVE'", pair.id),
    ).toBe(1);
  });

  it("admins cannot see or act on another facility's staff: their ids answer like missing ones", async () => {
    const other = await createFacility(app);
    const stranger = await createStaff(app, other.id, { email: "stranger@other.test", name: "Stranger" });
    const team = (await admin.ok<{ team: Member[] }>(TEAM)).team;
    expect(team.some((m) => m.email === stranger.email)).toBe(false);
    for (const query of [RESEND, DEACTIVATE, REACTIVATE]) {
      const foreign = await admin.gql(query, { id: String(stranger.id) });
      const missing = await admin.gql(query, { id: "987654321" });
      expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(foreign).toEqual(missing);
    }
    const foreign = await admin.gql(ROLE, { id: String(stranger.id), role: "STAFF" });
    expect(foreign).toEqual(await admin.gql(ROLE, { id: "987654321", role: "STAFF" }));
    const [row] = await app.data.read
      .select()
      .from(app.data.t.staffUsers)
      .where((await import("drizzle-orm")).eq(app.data.t.staffUsers.id, stranger.id));
    expect(row).toMatchObject({ role: "ADMIN", status: "ACTIVE" });
  });

  it("everyone changes their own name, and their password with the current one; other sessions end", async () => {
    const me = await createStaff(app, facilityId, { email: "me@harbor.test", name: "Mo", role: "STAFF" });
    const here = await signInStaff(app.client(), me.email);
    const elsewhere = await signInStaff(app.client(), me.email);
    expect((await here.ok<{ updateMyName: { name: string } }>(RENAME, { n: "  Morgan Reed " })).updateMyName.name).toBe(
      "Morgan Reed",
    );
    expect((await here.gql(RENAME, { n: "  " })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const wrong = await here.gql(CHANGE_PASSWORD, { c: "not my password", n: NEW_PASSWORD });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { currentPassword: expect.any(String) },
    });
    const weak = await here.gql(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: "12345678" });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { newPassword: expect.any(String) },
    });
    await here.ok(CHANGE_PASSWORD, { c: TEST_PASSWORD, n: NEW_PASSWORD });
    expect((await here.ok<{ staffViewer: { name: string } }>(VIEWER)).staffViewer.name).toBe("Morgan Reed");
    expect((await elsewhere.ok<{ staffViewer: unknown }>(VIEWER)).staffViewer).toBeNull();
    expect((await app.client().gql(SIGN_IN, { e: me.email, p: TEST_PASSWORD })).errors).toBeDefined();
    await signInStaff(app.client(), me.email, NEW_PASSWORD);
  });

  it("forgot password: the same answer for every address, a 30-minute link, all sessions end", async () => {
    const who = await createStaff(app, facilityId, { email: "forgetful@harbor.test", name: "Fran", role: "STAFF" });
    const session = await signInStaff(app.client(), who.email);
    const answers = await Promise.all(
      [who.email, "unknown@harbor.test", "Robin@harbor.test "].map((e) => app.client().gql(FORGOT, { e })),
    );
    for (const a of answers) expect(a).toEqual({ data: { requestStaffPasswordReset: true } });
    const first = await staffLinkTo(who.email, "reset-password");
    // At most one email per address a minute.
    await app.client().ok(FORGOT, { e: who.email });
    expect((await staffLinkTo(who.email, "reset-password")).count).toBe(first.count);
    app.clock.advance(MINUTE + 1000);
    await app.client().ok(FORGOT, { e: who.email });
    const second = await staffLinkTo(who.email, "reset-password");
    expect(second.token).not.toBe(first.token);
    expect((await app.client().gql(RESET, { t: first.token, p: NEW_PASSWORD })).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    await app.client().ok(RESET, { t: second.token, p: NEW_PASSWORD });
    expect((await session.ok<{ staffViewer: unknown }>(VIEWER)).staffViewer).toBeNull();
    expect(await countRows(app, "sessions", "staff_user_id = ?", who.id)).toBe(0);
    expect((await app.client().gql(RESET, { t: second.token, p: "another fine passphrase" })).errors).toBeDefined();
    await signInStaff(app.client(), who.email, NEW_PASSWORD);

    app.clock.advance(MINUTE + 1000);
    await app.client().ok(FORGOT, { e: who.email });
    const late = await staffLinkTo(who.email, "reset-password");
    app.clock.advance(30 * MINUTE + 1000);
    expect((await app.client().ok<{ staffLink: { state: string } }>(LINK, { t: late.token })).staffLink.state).toBe(
      "EXPIRED",
    );
    expect((await app.client().gql(RESET, { t: late.token, p: "yet another passphrase" })).errors).toBeDefined();
  });

  it("limits reset requests per network, in the database", async () => {
    app.clock.advance(DAY);
    let limited = 0;
    for (let i = 0; i < 21; i++) {
      const answer = await app.client().gql(FORGOT, { e: `someone${i}@harbor.test` });
      if (answer.errors?.[0]?.extensions?.code === "TOO_MANY_REQUESTS") limited++;
    }
    expect(limited).toBe(1);
    expect(await countRows(app, "rate_limits", "key LIKE 'staff-reset:ip:%'")).toBeGreaterThan(0);
  });
});
