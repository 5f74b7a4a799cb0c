import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, twoFacilities } from "../../test/factories.js";
import { startTestApp, type TestApp } from "../../test/harness.js";

const STATUS = `query($id: ID!) { customer(id: $id) { portalStatus { state action reason } lastInvitation { deliveryState deliveryDetail timeline { kind detail at } } } }`;
type Status = {
  customer: {
    portalStatus: { state: string; action: string | null; reason: string };
    lastInvitation: {
      deliveryState: string;
      deliveryDetail: string | null;
      timeline: Array<{ kind: string; detail: string | null; at: string }>;
    };
  };
};

describe("Postmark webhooks", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  const auth = `Basic ${Buffer.from("postmark:hook-secret").toString("base64")}`;

  beforeAll(async () => {
    app = await startTestApp({ POSTMARK_WEBHOOK_USER: "postmark", POSTMARK_WEBHOOK_PASSWORD: "hook-secret" });
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  async function sentInvite(email: string) {
    const customer = await createCustomer(app, t.a.id, { email });
    await t.asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(customer.id),
    });
    await app.deliver();
    const { emailOutbox } = app.data.t;
    const [sent] = await app.data.read
      .select({ messageId: emailOutbox.providerMessageId })
      .from(emailOutbox)
      .where(eq(emailOutbox.toEmail, email));
    return { customer, messageId: sent?.messageId as string };
  }

  const post = (body: unknown, authorization = auth) =>
    fetch(`${app.url}/webhooks/postmark`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify(body),
    });

  it("refuses requests without the right basic auth", async () => {
    expect((await post({ RecordType: "Delivery", MessageID: "x" }, "")).status).toBe(401);
    expect(
      (
        await post(
          { RecordType: "Delivery", MessageID: "x" },
          `Basic ${Buffer.from("postmark:nope").toString("base64")}`,
        )
      ).status,
    ).toBe(401);
  });

  it("records a delivery once, however often Postmark repeats it", async () => {
    const { customer, messageId } = await sentInvite("delivered@example.com");
    const event = {
      RecordType: "Delivery",
      MessageID: messageId,
      Recipient: "delivered@example.com",
      DeliveredAt: "2026-03-02T09:01:00Z",
    };
    expect(((await (await post(event)).json()) as { outcome: string }).outcome).toBe("applied");
    expect(((await (await post(event)).json()) as { outcome: string }).outcome).toBe("duplicate");
    const s = await t.asA.ok<Status>(STATUS, { id: String(customer.id) });
    expect(s.customer.lastInvitation.deliveryState).toBe("DELIVERED");
    expect(s.customer.lastInvitation.timeline.map((e) => e.kind)).toEqual(["QUEUED", "SENT", "DELIVERED"]);
  });

  it("a hard bounce shows Postmark's reason and allows an immediate resend", async () => {
    const { customer, messageId } = await sentInvite("bounced@example.com");
    const bounce = {
      RecordType: "Bounce",
      ID: 4242,
      Type: "HardBounce",
      TypeCode: 1,
      MessageID: messageId,
      Description: "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
      Details: "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
      Email: "bounced@example.com",
      BouncedAt: "2026-03-02T09:02:00Z",
      Inactive: true,
    };
    await post(bounce);
    await post(bounce);
    const s = await t.asA.ok<Status>(STATUS, { id: String(customer.id) });
    expect(s.customer.portalStatus).toMatchObject({ state: "BOUNCED", action: "RESEND" });
    expect(s.customer.portalStatus.reason).toContain("unable to deliver");
    // One dated event on the invite's timeline, at the time Postmark saw the bounce.
    const bounces = s.customer.lastInvitation.timeline.filter((e) => e.kind === "BOUNCED");
    expect(bounces).toHaveLength(1);
    expect(new Date(bounces[0]?.at ?? "").toISOString()).toBe("2026-03-02T09:02:00.000Z");
    expect(bounces[0]?.detail).toContain("unable to deliver");
    await t.asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(customer.id),
    });
  });

  it("a soft bounce is noted but does not mark the invite bounced", async () => {
    const { customer, messageId } = await sentInvite("soft@example.com");
    await post({
      RecordType: "Bounce",
      ID: 5151,
      Type: "SoftBounce",
      MessageID: messageId,
      Description: "Mailbox full",
      Inactive: false,
    });
    const s = await t.asA.ok<Status>(STATUS, { id: String(customer.id) });
    expect(s.customer.portalStatus.state).toBe("INVITED");
    expect(s.customer.lastInvitation.timeline.at(-1)?.detail).toMatch(/temporary/);
  });

  it("a spam complaint marks the invite bounced with a reason", async () => {
    const { customer, messageId } = await sentInvite("spam@example.com");
    await post({ RecordType: "SpamComplaint", ID: 777, MessageID: messageId, Email: "spam@example.com" });
    const s = await t.asA.ok<Status>(STATUS, { id: String(customer.id) });
    expect(s.customer.portalStatus.state).toBe("BOUNCED");
    expect(s.customer.lastInvitation.deliveryDetail).toMatch(/spam/);
  });

  it("ignores events for messages it does not know, and rejects malformed ones", async () => {
    expect(
      ((await (await post({ RecordType: "Delivery", MessageID: "unknown-id" })).json()) as { outcome: string }).outcome,
    ).toBe("ignored");
    expect((await post({ hello: "world" })).status).toBe(400);
  });
});
