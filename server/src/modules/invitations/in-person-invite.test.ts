import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCustomer, createStaff, signInStaff, twoFacilities } from "../../../test/factories.js";
import { countRows, latestEmailTo, startTestApp, type TestApp } from "../../../test/harness.js";
import { HOUR, MINUTE } from "../../lib/clock.js";
import { sha256 } from "../../lib/tokens.js";
import { IN_PERSON_LINKS_PER_PERSON_PER_HOUR } from "./in-person-invite.service.js";

const IN_PERSON = `mutation($id: ID!, $via: InPersonDelivery!) {
  inviteInPerson(customerId: $id, via: $via) {
    customer { id portalStatus { state action reason changesAt resendAvailableAt } }
    invitation { id email state deliveryState deliveredVia inPersonLinkExpiresAt expiresAt invitedByName }
    link { url qrCodeSvg expiresAt }
  }
}`;
const IN_PERSON_CONTACT = `mutation($id: ID!, $via: InPersonDelivery!) {
  inviteContactInPerson(contactId: $id, via: $via) { invitation { id deliveredVia } link { url } }
}`;
const SEND = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const PREVIEW = `query($t: String!) { signInLink(token: $t) { state purpose } }`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name } }`;
const HISTORY = `query($id: ID!) {
  customer(id: $id) {
    portalStatus { state action }
    invitations { id state voidReason deliveredVia deliveryState timeline { kind detail } }
  }
}`;
const AUDIT = `query($customerId: ID) { auditLog(first: 10, customerId: $customerId) { nodes { action actorName details { key value } } } }`;

type Shown = {
  inviteInPerson: {
    customer: {
      portalStatus: {
        state: string;
        action: string | null;
        reason: string;
        changesAt: string | null;
        resendAvailableAt: string | null;
      };
    };
    invitation: Record<string, unknown> & { id: string };
    link: { url: string; qrCodeSvg: string | null; expiresAt: string };
  };
};
type History = {
  customer: {
    portalStatus: { state: string; action: string | null };
    invitations: Array<{
      id: string;
      state: string;
      voidReason: string | null;
      deliveredVia: string;
      deliveryState: string;
      timeline: Array<{ kind: string; detail: string | null }>;
    }>;
  };
};

const tokenOf = (url: string) => url.split("/portal/link/")[1] ?? "";

describe("in-person invites", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  const start = new Date("2026-03-02T09:00:00.000Z");

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    app.clock.set(start);
    await signInStaff(t.asA, t.staffA.email);
  });

  const show = (id: number, via = "QR_CODE") => t.asA.ok<Shown>(IN_PERSON, { id: String(id), via });

  it("shows a one-time link as a QR code: Continue page, signs in once, records how it was delivered", async () => {
    const c = await createCustomer(app, t.a.id, { name: "Quinn Counter", email: "quinn@example.com" });
    const shown = (await show(c.id)).inviteInPerson;
    expect(shown.link.url).toMatch(/^http:\/\/portico\.test\/portal\/link\/[A-Za-z0-9_-]{43}$/);
    expect(shown.link.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(shown.link.expiresAt).toBe(new Date(start.getTime() + 15 * MINUTE).toISOString());
    expect(shown.invitation).toMatchObject({
      email: "quinn@example.com",
      state: "PENDING",
      deliveredVia: "QR_CODE",
      // Handed over: nothing claims an email went out.
      deliveryState: "DELIVERED",
      inPersonLinkExpiresAt: shown.link.expiresAt,
      invitedByName: t.staffA.name,
    });
    // While the code lives, the invite can go again when it expires, not after the email cooldown.
    expect(shown.customer.portalStatus).toMatchObject({
      state: "INVITED",
      reason: "Invite link open; a new invite can go once it expires",
      changesAt: shown.link.expiresAt,
      resendAvailableAt: shown.link.expiresAt,
    });
    // Nothing is sent, and the token is kept only as its hash.
    expect(await countRows(app, "email_outbox", "to_email = ?", "quinn@example.com")).toBe(0);
    const token = tokenOf(shown.link.url);
    const tokens = await app.data.read.select().from(app.data.t.signInLinkTokens);
    expect(JSON.stringify(tokens)).not.toContain(token);
    expect(tokens.some((row) => row.tokenHash === sha256(token))).toBe(true);

    // The GET-side page only reads; the POST signs in, once.
    const phone = app.client();
    expect((await phone.ok<{ signInLink: { state: string } }>(PREVIEW, { t: token })).signInLink.state).toBe("VALID");
    expect((await phone.ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: token })).redeemSignInLink.name).toBe(
      "Quinn Counter",
    );
    const again = await app.client().gql(REDEEM, { t: token });
    expect(again.errors?.[0]).toBeTruthy();
    expect((await app.client().ok<{ signInLink: { state: string } }>(PREVIEW, { t: token })).signInLink.state).toBe(
      "USED",
    );

    const history = (await t.asA.ok<History>(HISTORY, { id: String(c.id) })).customer;
    expect(history.portalStatus.state).toBe("IN_PORTAL");
    expect(history.invitations[0]).toMatchObject({ state: "ACCEPTED", deliveredVia: "QR_CODE" });
    expect(history.invitations[0]?.timeline.map((e) => e.kind)).toEqual(["QR_CODE_SHOWN", "LINK_OPENED", "SIGNED_IN"]);
    expect(history.invitations[0]?.timeline[0]?.detail).toBe(t.staffA.name);
  });

  it("the link lives 15 minutes, then the invite can be sent by email at once", async () => {
    const c = await createCustomer(app, t.a.id, { email: "late@example.com" });
    const token = tokenOf((await show(c.id, "COPIED_LINK")).inviteInPerson.link.url);
    app.clock.advance(15 * MINUTE - 1);
    expect((await app.client().ok<{ signInLink: { state: string } }>(PREVIEW, { t: token })).signInLink.state).toBe(
      "VALID",
    );
    app.clock.advance(1);
    expect((await app.client().ok<{ signInLink: { state: string } }>(PREVIEW, { t: token })).signInLink.state).toBe(
      "EXPIRED",
    );
    expect((await app.client().gql(REDEEM, { t: token })).errors?.[0]).toBeTruthy();
    // No cooldown to wait out: nothing was emailed, and the link that was shown is dead.
    const status = (await t.asA.ok<History>(HISTORY, { id: String(c.id) })).customer.portalStatus;
    expect(status).toMatchObject({ state: "INVITE_EXPIRED", action: "RESEND" });
    await t.asA.ok(SEND, { id: String(c.id) });
    expect(await countRows(app, "email_outbox", "to_email = ?", "late@example.com")).toBe(1);
  });

  it("a new code voids the one shown before, like a resend, and ignores the email cooldown", async () => {
    const c = await createCustomer(app, t.a.id, { email: "again@example.com" });
    await t.asA.ok(SEND, { id: String(c.id) });
    await app.deliver();
    const emailed = await latestEmailTo(app, "again@example.com");
    const first = tokenOf((await show(c.id)).inviteInPerson.link.url);
    const second = tokenOf((await show(c.id)).inviteInPerson.link.url);
    expect(second).not.toBe(first);
    for (const old of [emailed?.token, first]) {
      expect((await app.client().ok<{ signInLink: { state: string } }>(PREVIEW, { t: old })).signInLink.state).toBe(
        "REPLACED",
      );
    }
    await app.client().ok(REDEEM, { t: second });
    const invites = (await t.asA.ok<History>(HISTORY, { id: String(c.id) })).customer.invitations;
    expect(invites.map((i) => [i.state, i.voidReason, i.deliveredVia])).toEqual([
      ["ACCEPTED", null, "QR_CODE"],
      ["VOID", "RESENT", "QR_CODE"],
      ["VOID", "RESENT", "EMAIL"],
    ]);
  });

  it("twenty simultaneous Continue presses of one in-person link give exactly one session", async () => {
    const c = await createCustomer(app, t.a.id, { email: "crowd@example.com" });
    const token = tokenOf((await show(c.id)).inviteInPerson.link.url);
    const results = await Promise.all(Array.from({ length: 20 }, () => app.client().gql(REDEEM, { t: token })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
  });

  it("is for the facility's staff only: another facility's customer answers like a missing one", async () => {
    const c = await createCustomer(app, t.a.id, { email: "mine@example.com" });
    const foreign = await t.asB.gql(IN_PERSON, { id: String(c.id), via: "QR_CODE" });
    const missing = await t.asB.gql(IN_PERSON, { id: "987654321", via: "QR_CODE" });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(await countRows(app, "invitations", "customer_id = ?", c.id)).toBe(0);
    const anonymous = await app.client().gql(IN_PERSON, { id: String(c.id), via: "QR_CODE" });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(anonymous.data).toBeNull();
  });

  it("refuses an archived customer, a contact without access, a removed contact and someone already in", async () => {
    const archived = await createCustomer(app, t.a.id, { email: "archived@example.com" });
    await t.asA.ok(`mutation($id: ID!) { archiveCustomer(id: $id) { id } }`, { id: String(archived.id) });
    const refusedArchived = await t.asA.gql(IN_PERSON, { id: String(archived.id), via: "QR_CODE" });
    expect(refusedArchived.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", archived: true });

    const owner = await createCustomer(app, t.a.id, { email: "owner@example.com" });
    const contact = await t.asA.ok<{ addContact: { id: string } }>(
      `mutation($c: ID!, $input: ContactInput!) { addContact(customerId: $c, input: $input) { id } }`,
      {
        c: String(owner.id),
        input: {
          name: "No Access",
          email: "no-access@example.com",
          role: "ASSISTANT",
          canAccessPortal: false,
          preferences: {
            invoices: false,
            estimates: false,
            scheduling: false,
            carUpdates: false,
            contracts: false,
            socialEvents: false,
            marketing: false,
          },
        },
      },
    );
    const noAccess = await t.asA.gql(IN_PERSON_CONTACT, { id: contact.addContact.id, via: "QR_CODE" });
    expect(noAccess.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await t.asA.ok(`mutation($id: ID!) { removeContact(id: $id) }`, { id: contact.addContact.id });
    const removed = await t.asA.gql(IN_PERSON_CONTACT, { id: contact.addContact.id, via: "QR_CODE" });
    expect(removed.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const noEmail = await createCustomer(app, t.a.id, { email: null });
    expect((await t.asA.gql(IN_PERSON, { id: String(noEmail.id), via: "QR_CODE" })).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );

    const inPortal = await createCustomer(app, t.a.id, { name: "Already In", email: "in@example.com" });
    await app.client().ok(REDEEM, { t: tokenOf((await show(inPortal.id)).inviteInPerson.link.url) });
    expect(
      (await t.asA.gql(IN_PERSON, { id: String(inPortal.id), via: "QR_CODE" })).errors?.[0]?.extensions?.code,
    ).toBe("CONFLICT");
    expect(await countRows(app, "invitations", "customer_id = ?", archived.id)).toBe(0);
  });

  it("archiving the customer kills a code already shown", async () => {
    const c = await createCustomer(app, t.a.id, { email: "shown-then-archived@example.com" });
    const token = tokenOf((await show(c.id)).inviteInPerson.link.url);
    await t.asA.ok(`mutation($id: ID!) { archiveCustomer(id: $id) { id } }`, { id: String(c.id) });
    expect((await app.client().gql(REDEEM, { t: token })).errors?.[0]).toBeTruthy();
  });

  it("writes one audit line naming the staff member and how the link was handed over", async () => {
    const c = await createCustomer(app, t.a.id, { name: "Audra Audit", email: "audra@example.com" });
    await show(c.id, "COPIED_LINK");
    const { auditLog } = await t.asA.ok<{
      auditLog: { nodes: Array<{ action: string; actorName: string; details: Array<{ key: string; value: string }> }> };
    }>(AUDIT, { customerId: String(c.id) });
    expect(auditLog.nodes).toHaveLength(1);
    expect(auditLog.nodes[0]).toMatchObject({ action: "INVITE_SHOWN_IN_PERSON", actorName: t.staffA.name });
    expect(auditLog.nodes[0]?.details).toEqual(
      expect.arrayContaining([
        { key: "email", value: "audra@example.com" },
        { key: "via", value: "COPIED_LINK" },
      ]),
    );
    const timeline = (await t.asA.ok<History>(HISTORY, { id: String(c.id) })).customer.invitations[0]?.timeline;
    expect(timeline).toEqual([{ kind: "LINK_COPIED", detail: t.staffA.name }]);
    // The token is in no audit line.
    const rows = await app.data.read.select().from(app.data.t.auditEvents);
    expect(JSON.stringify(rows)).not.toMatch(/portal\/link\//);
  });

  it("limits links per person per hour, counted before deciding, and opens again with the next window", async () => {
    const c = await createCustomer(app, t.a.id, { email: "limit@example.com" });
    const results = await Promise.all(
      Array.from({ length: IN_PERSON_LINKS_PER_PERSON_PER_HOUR + 5 }, () =>
        t.asA.gql(IN_PERSON, { id: String(c.id), via: "QR_CODE" }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(IN_PERSON_LINKS_PER_PERSON_PER_HOUR);
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === "TOO_MANY_REQUESTS");
    expect(refused.length).toBe(5);
    expect(refused[0]?.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Of all those links only the latest opens.
    expect(await countRows(app, "sign_in_links", "email = ? AND voided_at IS NULL", "limit@example.com")).toBe(1);
    // Another staff member of the facility is held by the same per-person limit.
    const colleague = await createStaff(app, t.a.id);
    const asColleague = await signInStaff(app.client(), colleague.email);
    expect((await asColleague.gql(IN_PERSON, { id: String(c.id), via: "QR_CODE" })).errors?.[0]?.extensions?.code).toBe(
      "TOO_MANY_REQUESTS",
    );
    app.clock.advance(HOUR);
    await signInStaff(t.asA, t.staffA.email);
    await show(c.id);
  });

  it("a reminder of an in-person invite goes by email with a fresh link", async () => {
    const c = await createCustomer(app, t.a.id, { email: "remind-me@example.com" });
    const shown = (await show(c.id)).inviteInPerson;
    // 15:00 UTC: daytime in the facility's zone (New York), when reminders go out.
    app.clock.advance(6 * HOUR);
    await signInStaff(t.asA, t.staffA.email);
    const reminded = await t.asA.ok<{ sendInviteReminders: Array<{ reminded: boolean; skip: string | null }> }>(
      `mutation($ids: [ID!]!) { sendInviteReminders(invitationIds: $ids) { reminded skip } }`,
      { ids: [shown.invitation.id] },
    );
    expect(reminded.sendInviteReminders[0]).toMatchObject({ reminded: true });
    await app.deliver();
    const mail = await latestEmailTo(app, "remind-me@example.com");
    expect(mail?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await app.client().ok(REDEEM, { t: mail?.token });
    const [invite] = (await t.asA.ok<History>(HISTORY, { id: String(c.id) })).customer.invitations;
    expect(invite).toMatchObject({ state: "ACCEPTED", deliveredVia: "QR_CODE" });
    const links = await app.data.read
      .select({ expiresAt: app.data.t.signInLinks.expiresAt })
      .from(app.data.t.signInLinks)
      .where(eq(app.data.t.signInLinks.invitationId, Number(shown.invitation.id)));
    expect(links).toHaveLength(2);
  });
});
