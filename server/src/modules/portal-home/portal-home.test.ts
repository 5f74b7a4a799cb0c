import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCar, createCustomer, createInvoice, twoFacilities, updateFacility } from "../../../test/factories.js";
import {
  compilationsDuring,
  countStatements,
  latestEmailTo,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../../test/harness.js";
import { DAY } from "../../lib/clock.js";

const HOME = `{ portalHome { balanceDueCents overdueInvoices contractsToSign { id } estimatesWaiting { id } upcomingEvents { title } unreadMessages openServiceRequests } }`;

describe("portal home, order history, a preview's unread counts, car updates", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: number;
  let carId: number;
  let owner: TestClient;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    const customer = await createCustomer(app, t.a.id, { name: "Hana Home", email: "hana@example.com" });
    customerId = customer.id;
    carId = (await createCar(app, t.a.id, customerId, { year: 1970, make: "Plymouth", model: "Hemi 'Cuda" })).id;
    await createInvoice(app, t.a.id, customerId, {
      number: "INV-1",
      dueOn: "2026-02-01",
      balanceCents: 12_500,
      totalCents: 12_500,
    });
    await createInvoice(app, t.a.id, customerId, { number: "INV-2", status: "DRAFT" });
    await t.asA.ok(`mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`, {
      id: String(customerId),
    });
    await app.deliver();
    owner = app.client();
    await owner.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
      t: (await latestEmailTo(app, "hana@example.com"))?.token,
    });
    await t.asA.ok(`mutation($input: EventInput!) { scheduleEvent(input: $input) { id } }`, {
      input: {
        customerId: String(customerId),
        kind: "DROP_OFF",
        title: "Drop-off",
        startsAt: new Date(app.clock.now().getTime() + DAY).toISOString(),
      },
    });
    await t.asA.ok(`mutation($id: ID!) { sendMessage(customerId: $id, body: "Welcome!") { id } }`, {
      id: String(customerId),
    });
  });
  afterAll(() => app.close());

  it("shows what needs attention, section by section", async () => {
    const home = (await owner.ok<{ portalHome: Record<string, unknown> }>(HOME)).portalHome;
    expect(home).toMatchObject({
      balanceDueCents: 12_500,
      overdueInvoices: 1,
      upcomingEvents: [{ title: "Drop-off" }],
      unreadMessages: 1,
      openServiceRequests: 0,
    });
    await updateFacility(app, t.a.id, { sectionBilling: false, sectionMessages: false });
    try {
      const limited = (await owner.ok<{ portalHome: Record<string, unknown> }>(HOME)).portalHome;
      expect(limited).toMatchObject({ balanceDueCents: null, overdueInvoices: null, unreadMessages: null });
    } finally {
      await updateFacility(app, t.a.id, { sectionBilling: true, sectionMessages: true });
    }
  });

  it("serves the home page's requests with no statement compiled after the first visit, in fewer statements than before", async () => {
    // What the portal's home page asks for (portal-web's PortalViewer, PortalHome, PortalOrderHistory).
    const visit = [
      `{ portalViewer { name email isContact preview account { customerName } accounts { customerId customerName current }
          facility { name brandColor logoUrl timeZone sections allowEstimateLineChoice
            onboarding { signContracts addPaymentMethod completeProfile } } } }`,
      `{ portalHome { balanceDueCents overdueInvoices contractsToSign { id title } estimatesWaiting { id number title totalCents }
          upcomingEvents { id title kind startsAt location } unreadMessages openServiceRequests }
         portalProfile { onboardingPending } }`,
      `{ portalOrderHistory { kind refId title status date amountCents } }`,
    ].map((query) => () => owner.ok(query));
    for (const request of visit) await request();
    for (const request of visit) expect(await compilationsDuring(app, request)).toBe(0);
    const counts = [];
    for (const request of visit) counts.push((await countStatements(app, request)).statements.length);
    // Measured before the data layer: viewer 8, home 14. Now the session brings the facility, and
    // the home's counts (balance, overdue, unread, open requests) are one statement; the history's
    // reads are one per section. This facility has no onboarding steps, so onboardingPending reads nothing.
    expect(counts).toEqual([5, 5, 3]);
    // With a step, the home reads the account's onboarding, and only that: not the person's profile.
    await updateFacility(app, t.a.id, { onboardingCompleteProfile: true });
    try {
      const home = visit[1] as () => Promise<unknown>;
      const { result, statements } = await countStatements(app, home);
      expect((result as { portalProfile: unknown }).portalProfile).toEqual({ onboardingPending: true });
      expect(statements.length).toBe(6);
      expect(statements.filter((text) => /from "(customers|contacts)"/.test(text))).toEqual([]);
    } finally {
      await updateFacility(app, t.a.id, { onboardingCompleteProfile: false });
    }
  });

  it("lists order history without drafts", async () => {
    const history = await owner.ok<{ portalOrderHistory: Array<{ title: string; kind: string }> }>(
      `{ portalOrderHistory { title kind } }`,
    );
    expect(history.portalOrderHistory).toEqual([{ title: "Invoice INV-1", kind: "INVOICE" }]);
  });

  it("shows a preview the customer's own unread counts, and reading there marks nothing read", async () => {
    const asPortal = { "x-portico-app": "portal" };
    const SEND = `mutation($id: ID!, $body: String!) { sendMessage(customerId: $id, body: $body) { id } }`;
    await t.asA.ok(SEND, { id: String(customerId), body: "Your car is washed." });
    await owner.ok("mutation { markPortalConversationRead }");
    await owner.ok(`mutation { sendPortalMessage(body: "Thanks!") { id } }`);
    await t.asA.ok(SEND, { id: String(customerId), body: "Ready Friday." });
    await t.asA.ok(SEND, { id: String(customerId), body: "Keys at the desk." });
    const CONVERSATION =
      "{ portalConversation { unread messages { nodes { body mine } } } portalHome { unreadMessages } }";
    type Conversation = {
      portalConversation: { unread: number; messages: { nodes: Array<{ body: string; mine: boolean }> } };
      portalHome: { unreadMessages: number };
    };
    const customerSees = await owner.ok<Conversation>(CONVERSATION);
    expect(customerSees.portalConversation.unread).toBe(2);

    await t.asA.ok(`mutation($id: ID!) { previewPortalAs(customerId: $id) }`, { id: String(customerId) });
    const ask = async (query: string) =>
      (await (await t.asA.post("/graphql", { query }, asPortal)).json()) as {
        data?: Conversation;
        errors?: Array<{ extensions: { code: string } }>;
      };
    const previewSees = await ask(CONVERSATION);
    expect(previewSees.errors).toBeUndefined();
    expect(previewSees.data?.portalConversation.unread).toBe(2);
    expect(previewSees.data?.portalHome.unreadMessages).toBe(2);
    // The customer's own messages read as theirs in the preview too.
    expect(previewSees.data?.portalConversation.messages.nodes.find((m) => m.body === "Thanks!")?.mine).toBe(true);
    expect((await ask("mutation { markPortalConversationRead }")).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    expect((await owner.ok<Conversation>(CONVERSATION)).portalConversation.unread).toBe(2);
  });

  it("emails car status changes to those who want car updates, and records them in the history", async () => {
    await t.asA.ok(
      `mutation($id: ID!) { updateCar(id: $id, input: { year: 1970, make: "Plymouth", model: "Hemi 'Cuda", status: OUT }) { status } }`,
      {
        id: String(carId),
      },
    );
    await app.deliver();
    expect((await latestEmailTo(app, "hana@example.com"))?.subject).toBe("1970 Plymouth Hemi 'Cuda: out · Harbor A");
  });
});
