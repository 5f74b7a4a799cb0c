import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sqliteOnlyIt } from "../../../test/engine.js";
import { createCar, createCustomer, signInStaff, twoFacilities, updateFacility } from "../../../test/factories.js";
import {
  compilationsDuring,
  countRows,
  countStatements,
  latestEmailTo,
  startTestApp,
  type TestApp,
} from "../../../test/harness.js";
import { DAY, HOUR, MINUTE } from "../../lib/clock.js";

const SEND = `mutation($id: ID!) {
  sendInvite(customerId: $id) {
    customer { id lastInvitedAt portalStatus { state action reason resendAvailableAt changesAt } }
    invitation { id email state deliveryState expiresAt invitedByName }
  }
}`;
const STATUS = `query($id: ID!) {
  customer(id: $id) {
    portalStatus { state action reason resendAvailableAt }
    lastInvitation { id state voidReason deliveryState deliveryDetail }
    invitations { id state voidReason }
  }
}`;

type Status = { state: string; action: string | null; reason: string; resendAvailableAt: string | null };
type StatusData = {
  customer: {
    portalStatus: Status;
    lastInvitation: { id: string; state: string; voidReason: string | null; deliveryState: string } | null;
    invitations: Array<{ id: string; state: string; voidReason: string | null }>;
  };
};

describe("invitations", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  const start = new Date("2026-03-02T09:00:00.000Z");

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());
  beforeEach(() => app.clock.set(start));

  const status = async (id: number) => (await t.asA.ok<StatusData>(STATUS, { id: String(id) })).customer;

  it("sends an invite: status INVITED, invitation + link + outbox row in one go, worker wakes", async () => {
    const c = await createCustomer(app, t.a.id, { email: "ivy@example.com" });
    await createCar(app, t.a.id, c.id);
    const nudgesBefore = app.nudges();
    const data = await t.asA.ok<{
      sendInvite: { customer: { portalStatus: Status; lastInvitedAt: string }; invitation: Record<string, unknown> };
    }>(SEND, { id: String(c.id) });
    expect(data.sendInvite.customer.portalStatus).toMatchObject({
      state: "INVITED",
      action: null,
      resendAvailableAt: new Date(start.getTime() + 24 * HOUR).toISOString(),
    });
    expect(data.sendInvite.invitation).toMatchObject({
      email: "ivy@example.com",
      state: "PENDING",
      deliveryState: "QUEUED",
      expiresAt: new Date(start.getTime() + 7 * DAY).toISOString(),
      invitedByName: t.staffA.name,
    });
    expect(await countRows(app, "email_outbox", "to_email = ? AND kind = 'INVITE'", "ivy@example.com")).toBe(1);
    expect(await countRows(app, "sign_in_links", "email = ? AND purpose = 'INVITE'", "ivy@example.com")).toBe(1);
    expect(app.nudges()).toBe(nudgesBefore + 1);
  });

  it("the email carries the facility, a link whose token is stored only as a hash, a code and the expiry", async () => {
    const c = await createCustomer(app, t.a.id, { name: "Hugo Hash", email: "hugo@example.com" });
    await t.asA.ok(SEND, { id: String(c.id) });
    await app.deliver();
    const email = await latestEmailTo(app, "hugo@example.com");
    expect(email?.subject).toContain("Harbor A");
    expect(email?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(email?.code).toMatch(/^\d{8}$/);
    const links = await app.data.read
      .select()
      .from(app.data.t.signInLinks)
      .where(eq(app.data.t.signInLinks.email, "hugo@example.com"));
    expect(JSON.stringify(links)).not.toContain(email?.token);
    expect(JSON.stringify(links)).not.toContain(email?.code);
    expect(await status(c.id)).toMatchObject({ lastInvitation: { deliveryState: "SENT" } });
  });

  it("enforces the 24-hour cooldown on the server, then allows a resend that voids the old link", async () => {
    const c = await createCustomer(app, t.a.id, { email: "cool@example.com" });
    await t.asA.ok(SEND, { id: String(c.id) });
    app.clock.advance(3 * HOUR);
    const early = await t.asA.gql(SEND, { id: String(c.id) });
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      resendAvailableAt: new Date(start.getTime() + 24 * HOUR).toISOString(),
    });
    expect(await countRows(app, "email_outbox", "to_email = ?", "cool@example.com")).toBe(1);

    app.clock.advance(21 * HOUR);
    await signInStaff(t.asA, t.staffA.email); // staff sessions last 12 hours
    expect((await status(c.id)).portalStatus).toMatchObject({ state: "INVITE_RESENDABLE", action: "RESEND" });
    await t.asA.ok(SEND, { id: String(c.id) });
    const after = await status(c.id);
    expect(after.invitations.map((i) => [i.state, i.voidReason])).toEqual([
      ["PENDING", null],
      ["VOID", "RESENT"],
    ]);
    expect(await countRows(app, "sign_in_links", "email = ? AND voided_at IS NULL", "cool@example.com")).toBe(1);
  });

  it("sends one email for two simultaneous clicks", async () => {
    const c = await createCustomer(app, t.a.id, { email: "twice@example.com" });
    const results = await Promise.all([t.asA.gql(SEND, { id: String(c.id) }), t.asA.gql(SEND, { id: String(c.id) })]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT").length).toBe(1);
    expect(await countRows(app, "email_outbox", "to_email = ?", "twice@example.com")).toBe(1);
  });

  it("queues one invite for eight simultaneous clicks on a contact's Send Invite", async () => {
    const c = await createCustomer(app, t.a.id, { email: "owner-of-helper@example.com" });
    const contact = await t.asA.ok<{ addContact: { id: string } }>(
      `mutation($c: ID!, $input: ContactInput!) { addContact(customerId: $c, input: $input) { id } }`,
      {
        c: String(c.id),
        input: {
          name: "Busy Helper",
          email: "busy-helper@example.com",
          role: "ASSISTANT",
          canAccessPortal: true,
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
    const SEND_CONTACT = `mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id } } }`;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => t.asA.gql(SEND_CONTACT, { id: contact.addContact.id })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT").length).toBe(7);
    expect(await countRows(app, "invitations", "email = ?", "busy-helper@example.com")).toBe(1);
    expect(await countRows(app, "email_outbox", "to_email = ?", "busy-helper@example.com")).toBe(1);
  });

  it("expires the link after 7 days and allows an immediate resend", async () => {
    const c = await createCustomer(app, t.a.id, { email: "late@example.com" });
    await t.asA.ok(SEND, { id: String(c.id) });
    app.clock.advance(7 * DAY + MINUTE);
    await signInStaff(t.asA, t.staffA.email);
    expect((await status(c.id)).portalStatus).toMatchObject({ state: "INVITE_EXPIRED", action: "RESEND" });
    await t.asA.ok(SEND, { id: String(c.id) });
  });

  it("counts an invite whose replacement sign-in link expired as expired: Resend works at once", async () => {
    const REQUEST = `mutation($e: String!) { requestSignInLink(email: $e) { message } }`;
    const FILTER = `query($s: [PortalState!]) { customers(first: 100, portalStates: $s) { nodes { id } } }`;
    const inFilter = async (state: string) =>
      (await t.asA.ok<{ customers: { nodes: Array<{ id: string }> } }>(FILTER, { s: [state] })).customers.nodes.map(
        (n) => n.id,
      );
    const c = await createCustomer(app, t.a.id, { email: "asked-for-link@example.com" });
    await t.asA.ok(SEND, { id: String(c.id) });
    app.clock.advance(HOUR);
    // The customer asks for a sign-in link: it voids the invite link and carries the invite on.
    await app.client().ok(REQUEST, { e: "asked-for-link@example.com" });
    app.clock.advance(14 * MINUTE);
    expect((await status(c.id)).portalStatus).toMatchObject({ state: "INVITED", action: null });
    expect(await inFilter("INVITED")).toContain(String(c.id));
    const early = await t.asA.gql(SEND, { id: String(c.id) });
    expect(early.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    app.clock.advance(MINUTE);
    const expired = (await status(c.id)).portalStatus;
    expect(expired).toMatchObject({ state: "INVITE_EXPIRED", action: "RESEND", resendAvailableAt: null });
    expect(expired.reason).toMatch(/replaced by a sign-in link that has since expired/);
    expect(await inFilter("INVITE_EXPIRED")).toContain(String(c.id));
    expect(await inFilter("INVITED")).not.toContain(String(c.id));

    await t.asA.ok(SEND, { id: String(c.id) });
    await app.deliver();
    const mail = await latestEmailTo(app, "asked-for-link@example.com");
    expect(mail?.subject).not.toMatch(/sign-in link/i);
    expect((await status(c.id)).portalStatus).toMatchObject({ state: "INVITED" });
    await app.client().ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, { t: mail?.token });
    expect((await status(c.id)).portalStatus.state).toBe("IN_PORTAL");
  });

  it("honours the facility's expiry and cooldown settings", async () => {
    await updateFacility(app, t.a.id, { inviteExpiryDays: 2, resendCooldownHours: 1 });
    try {
      const c = await createCustomer(app, t.a.id, { email: "settings@example.com" });
      const sent = await t.asA.ok<{ sendInvite: { invitation: { expiresAt: string } } }>(SEND, { id: String(c.id) });
      expect(sent.sendInvite.invitation.expiresAt).toBe(new Date(start.getTime() + 2 * DAY).toISOString());
      app.clock.advance(61 * MINUTE);
      expect((await status(c.id)).portalStatus.state).toBe("INVITE_RESENDABLE");
    } finally {
      await updateFacility(app, t.a.id, { inviteExpiryDays: 7, resendCooldownHours: 24 });
    }
  });

  it("refuses a customer without email with a clear message and sends nothing", async () => {
    const c = await createCustomer(app, t.a.id, { email: null });
    const result = await t.asA.gql(SEND, { id: String(c.id) });
    expect(result.errors?.[0]).toMatchObject({
      message: "Add an email address to invite.",
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(await countRows(app, "invitations", "customer_id = ?", c.id)).toBe(0);
  });

  it("voids pending links when the email changes; the new address is not invited yet", async () => {
    const c = await createCustomer(app, t.a.id, { name: "Eve Change", email: "old@example.com" });
    await t.asA.ok(SEND, { id: String(c.id) });
    await t.asA.ok(
      `mutation($id: ID!) { updateCustomer(id: $id, input: { name: "Eve Change", email: "new@example.com" }) { id } }`,
      {
        id: String(c.id),
      },
    );
    const after = await status(c.id);
    expect(after.portalStatus).toMatchObject({ state: "NOT_INVITED", action: "SEND" });
    expect(after.lastInvitation).toMatchObject({ state: "VOID", voidReason: "EMAIL_CHANGED" });
    expect(await countRows(app, "sign_in_links", "customer_id = ? AND voided_at IS NULL", c.id)).toBe(0);
    await t.asA.ok(SEND, { id: String(c.id) });
  });

  it("keeps the pending invite when a profile edit leaves the email as it was", async () => {
    const c = await createCustomer(app, t.a.id, { name: "Stay Same", email: "same@example.com" });
    await t.asA.ok(SEND, { id: String(c.id) });
    await t.asA.ok(
      `mutation($id: ID!) { updateCustomer(id: $id, input: { name: "Stay Same", email: "SAME@example.com ", phone: "(207) 555-0101" }) { id } }`,
      {
        id: String(c.id),
      },
    );
    expect((await status(c.id)).portalStatus.state).toBe("INVITED");
  });

  it("shows a bounced invite with its reason and allows an immediate resend", async () => {
    const c = await createCustomer(app, t.a.id, { email: "bounce@example.com" });
    const sent = await t.asA.ok<{ sendInvite: { invitation: { id: string } } }>(SEND, { id: String(c.id) });
    const { invitations } = app.data.t;
    await app.data.transaction((tx) =>
      tx
        .update(invitations)
        .set({ deliveryState: "BOUNCED", deliveryDetail: "Mailbox does not exist" })
        .where(eq(invitations.id, Number(sent.sendInvite.invitation.id)))
        .returning({ id: invitations.id }),
    );
    const s = await status(c.id);
    expect(s.portalStatus).toMatchObject({ state: "BOUNCED", action: "RESEND" });
    expect(s.portalStatus.reason).toContain("Mailbox does not exist");
    await t.asA.ok(SEND, { id: String(c.id) });
  });

  it("does not let another facility's staff invite this facility's customers", async () => {
    const c = await createCustomer(app, t.a.id, { email: "mine@example.com" });
    const result = await t.asB.gql(SEND, { id: String(c.id) });
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await countRows(app, "invitations", "customer_id = ?", c.id)).toBe(0);
  });

  sqliteOnlyIt(
    "reads every invite timeline of a customer and their contacts in one statement, however many invites",
    async () => {
      const PAGE = `query($id: ID!) {
      customer(id: $id) {
        invitations { id timeline { kind } }
        contacts { invitations { id timeline { kind } } }
      }
    }`;
      type Page = {
        customer: {
          invitations: Array<{ id: string; timeline: Array<{ kind: string }> }>;
          contacts: Array<{ invitations: Array<{ id: string; timeline: Array<{ kind: string }> }> }>;
        };
      };
      const timelineStatements = async (customerId: number) => {
        const { result, statements } = await countStatements(app, () =>
          t.asA.ok<Page>(PAGE, { id: String(customerId) }),
        );
        return { page: result.customer, count: statements.filter((sql) => /invitation_events/.test(sql)).length };
      };

      const one = await createCustomer(app, t.a.id, { email: "one-invite@example.com" });
      await t.asA.ok(SEND, { id: String(one.id) });
      const many = await createCustomer(app, t.a.id, { email: "many-invites@example.com" });
      for (let i = 0; i < 4; i++) {
        await t.asA.ok(SEND, { id: String(many.id) });
        // Expired links can be sent again at once: four invites without waiting out the cooldown.
        await app.data.transaction((tx) =>
          tx
            .update(app.data.t.invitations)
            .set({ expiresAt: new Date(0) })
            .where(eq(app.data.t.invitations.customerId, many.id))
            .returning({ id: app.data.t.invitations.id }),
        );
      }
      const contact = (
        await t.asA.ok<{ addContact: { id: string } }>(
          `mutation($c: ID!, $input: ContactInput!) { addContact(customerId: $c, input: $input) { id } }`,
          {
            c: String(many.id),
            input: {
              name: "Pat Helper",
              email: "pat-helper@example.com",
              role: "ASSISTANT",
              canAccessPortal: true,
              preferences: {
                invoices: false,
                estimates: false,
                scheduling: true,
                carUpdates: true,
                contracts: false,
                socialEvents: false,
                marketing: false,
              },
            },
          },
        )
      ).addContact;
      await t.asA.ok(`mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id } } }`, {
        id: contact.id,
      });
      await app.deliver();

      const small = await timelineStatements(one.id);
      const large = await timelineStatements(many.id);
      expect(small.page.invitations).toHaveLength(1);
      expect(large.page.invitations).toHaveLength(4);
      expect(large.page.contacts[0]?.invitations).toHaveLength(1);
      expect(small.count).toBe(1);
      expect(large.count).toBe(1);
      // Each timeline is its own invite's, oldest first.
      for (const invitation of [...large.page.invitations, ...(large.page.contacts[0]?.invitations ?? [])]) {
        expect(invitation.timeline[0]?.kind).toBe("QUEUED");
      }
      expect(large.page.invitations[0]?.timeline.map((e) => e.kind)).toEqual(["QUEUED", "SENT"]);
    },
  );

  it("reads the customer page's invites and timelines with statements compiled once per process", async () => {
    const PAGE = `query($id: ID!) {
      customer(id: $id) {
        lastInvitation { id timeline { kind } }
        invitations { id invitedByName timeline { kind } }
        contacts { lastInvitation { id } invitations { id timeline { kind } } }
      }
    }`;
    const invited = await createCustomer(app, t.a.id, { email: "compiled-once@example.com" });
    await t.asA.ok(SEND, { id: String(invited.id) });
    const other = await createCustomer(app, t.a.id, { email: "compiled-once-too@example.com" });
    await t.asA.ok(SEND, { id: String(other.id) });
    await app.deliver();
    const page = (id: number) => () => t.asA.ok(PAGE, { id: String(id) });
    await page(invited.id)(); // warm-up: the first request compiles each read once
    expect(await compilationsDuring(app, page(invited.id))).toBe(0);
    expect(await compilationsDuring(app, page(other.id))).toBe(0);
  });

  it("refuses anonymous callers", async () => {
    const c = await createCustomer(app, t.a.id, { email: "anon@example.com" });
    const result = await app.client().gql(SEND, { id: String(c.id) });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
