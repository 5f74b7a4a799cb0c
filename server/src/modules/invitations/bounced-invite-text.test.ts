import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, twoFacilities } from "../../../test/factories.js";
import { countRows, latestEmailTo, startTestApp, type TestApp } from "../../../test/harness.js";
import { applyEvent } from "../../http/postmark-webhook.js";

const SEND = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id deliveredVia } } }`;
const STATUS = `query($id: ID!) {
  customer(id: $id) {
    portalStatus { state }
    lastInvitation { id deliveredVia phone deliveryState timeline { kind detail } }
  }
}`;
const REDEEM = `mutation($t: String!) { redeemSignInLink(token: $t) { name } }`;

type Status = {
  customer: {
    portalStatus: { state: string };
    lastInvitation: {
      id: string;
      deliveredVia: string;
      phone: string | null;
      deliveryState: string;
      timeline: Array<{ kind: string; detail: string | null }>;
    };
  };
};

describe("an invite whose email bounced goes out by text instead", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let n = 0;
  let eventId = 1000;
  const nextPhone = () => `+1207556${String(++n).padStart(4, "0")}`;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  /** A customer of Harbor A with a number, consent for it unless `consent` is false, and `channel`. */
  async function person(options: { channel?: "EMAIL" | "TEXT" | "BOTH"; consent?: boolean } = {}) {
    const phone = nextPhone();
    const consent = options.consent !== false;
    return createCustomer(app, t.a.id, {
      name: `Bounce ${n}`,
      email: `bounce${n}@example.com`,
      phone,
      channel: options.channel ?? "EMAIL",
      ...(consent ? { smsConsentPhone: phone, smsConsentAt: new Date(), smsConsentSource: "At the counter" } : {}),
    });
  }

  /** Invites them, sends the email, and answers the invite email's outbox id. */
  async function invite(customer: { id: number; email: string | null }) {
    await t.asA.ok(SEND, { id: String(customer.id) });
    await app.deliver();
    const o = app.data.t.emailOutbox;
    const [email] = await app.data.read
      .select({ id: o.id, messageId: o.providerMessageId })
      .from(o)
      .where(and(eq(o.facilityId, t.a.id), eq(o.kind, "INVITE"), eq(o.toEmail, customer.email ?? "")));
    if (!email) throw new Error("no invite email");
    return email;
  }

  const deps = () => ({ data: app.data, clock: app.clock, config: app.config });
  const bounce = (email: { id: number; messageId: string | null }, type = "HardBounce") =>
    applyEvent(deps(), {
      RecordType: "Bounce",
      ID: ++eventId,
      MessageID: email.messageId ?? "",
      Type: type,
      Inactive: type === "HardBounce",
      Description: "Unknown user",
      Metadata: { outboxId: String(email.id) },
    });
  const status = async (customerId: number) => (await t.asA.ok<Status>(STATUS, { id: String(customerId) })).customer;
  const invitesTexted = (phone: string | null) =>
    countRows(app, "text_outbox", "to_phone = ? AND kind = 'INVITE'", phone ?? "");

  it("a hard bounce texts the invite once to a person who may be texted, on the timeline, with a link that signs in", async () => {
    const customer = await person();
    const email = await invite(customer);
    expect(await bounce(email)).toBe("applied");
    // Postmark reports another bounce of the same message (or of a reminder): still one text.
    expect(await bounce(email)).toBe("applied");
    expect(await invitesTexted(customer.phone)).toBe(1);
    expect(await app.deliverTexts()).toBe(1);

    const after = await status(customer.id);
    // Staff still see that the email bounced: the address wants fixing.
    expect(after.portalStatus.state).toBe("BOUNCED");
    expect(after.lastInvitation).toMatchObject({ deliveredVia: "EMAIL_AND_TEXT", deliveryState: "BOUNCED" });
    expect(after.lastInvitation.timeline.map((e) => e.kind)).toEqual([
      "QUEUED",
      "SENT",
      "BOUNCED",
      "TEXT_INSTEAD",
      "BOUNCED",
      "TEXT_SENT",
    ]);
    const national = (customer.phone ?? "").replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");
    expect(after.lastInvitation.timeline.find((e) => e.kind === "TEXT_INSTEAD")?.detail).toBe(`To ${national}`);

    const text = await latestEmailTo(app, customer.phone ?? "");
    expect(text?.text).toContain("invites you to its customer portal");
    const redeemed = await app.client().ok<{ redeemSignInLink: { name: string } }>(REDEEM, { t: text?.token });
    expect(redeemed.redeemSignInLink.name).toBe(customer.name);
    expect((await status(customer.id)).portalStatus.state).toBe("IN_PORTAL");
  });

  it("two bounces applied at once text once", async () => {
    const customer = await person({ channel: "TEXT" });
    // A person who chose texts but had no consent when invited got the email alone.
    await app.data.transaction((tx) =>
      tx.update(app.data.t.customers).set({ smsConsentPhone: null }).where(eq(app.data.t.customers.id, customer.id)),
    );
    const email = await invite(customer);
    await app.data.transaction((tx) =>
      tx
        .update(app.data.t.customers)
        .set({ smsConsentPhone: customer.phone })
        .where(eq(app.data.t.customers.id, customer.id)),
    );
    const outcomes = await Promise.all([bounce(email), bounce(email), bounce(email)]);
    expect(outcomes).toEqual(["applied", "applied", "applied"]);
    expect(await invitesTexted(customer.phone)).toBe(1);
    const steps = (await status(customer.id)).lastInvitation.timeline.map((e) => e.kind);
    expect(steps.filter((k) => k === "TEXT_INSTEAD")).toHaveLength(1);
  });

  it("never to a number that replied STOP, to a person with no consent (email only), or after a soft bounce", async () => {
    const stopped = await person();
    await app.data.transaction((tx) =>
      tx
        .insert(app.data.t.smsOptOuts)
        .values({ phone: stopped.phone ?? "", state: "OPTED_OUT", optedOutAt: new Date(), updatedAt: new Date() }),
    );
    const emailOnly = await person({ consent: false });
    const soft = await person();
    for (const [customer, type] of [
      [stopped, "HardBounce"],
      [emailOnly, "HardBounce"],
      [soft, "SoftBounce"],
    ] as const) {
      const email = await invite(customer);
      expect(await bounce(email, type)).toBe("applied");
      expect(await invitesTexted(customer.phone)).toBe(0);
      const steps = (await status(customer.id)).lastInvitation.timeline.map((e) => e.kind);
      expect(steps).not.toContain("TEXT_INSTEAD");
    }
  });

  it("not after a spam complaint, nor a second text to one the invite already texted", async () => {
    const complained = await person();
    const email = await invite(complained);
    expect(
      await applyEvent(deps(), {
        RecordType: "SpamComplaint",
        ID: ++eventId,
        MessageID: email.messageId ?? "",
        Metadata: { outboxId: String(email.id) },
      }),
    ).toBe("applied");
    expect(await invitesTexted(complained.phone)).toBe(0);

    const both = await person({ channel: "BOTH" });
    const bothEmail = await invite(both);
    expect(await invitesTexted(both.phone)).toBe(1);
    expect(await bounce(bothEmail)).toBe("applied");
    expect(await invitesTexted(both.phone)).toBe(1);
    expect((await status(both.id)).lastInvitation.timeline.map((e) => e.kind)).not.toContain("TEXT_INSTEAD");
  });

  it("not for an invite replaced since, nor once the email on record changed", async () => {
    const resent = await person();
    const first = await invite(resent);
    // Bounced invites may be resent at once: the bounce of the old email concerns a dead invite.
    await app.data.transaction((tx) =>
      tx
        .update(app.data.t.invitations)
        .set({ deliveryState: "BOUNCED" })
        .where(eq(app.data.t.invitations.customerId, resent.id)),
    );
    await t.asA.ok(SEND, { id: String(resent.id) });
    expect(await bounce(first)).toBe("applied");
    expect(await invitesTexted(resent.phone)).toBe(0);

    const moved = await person();
    const email = await invite(moved);
    await app.data.transaction((tx) =>
      tx
        .update(app.data.t.customers)
        .set({ email: `elsewhere${n}@example.com` })
        .where(eq(app.data.t.customers.id, moved.id)),
    );
    expect(await bounce(email)).toBe("applied");
    expect(await invitesTexted(moved.phone)).toBe(0);
  });
});
