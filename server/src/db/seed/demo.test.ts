import { eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, latestEmailTo, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { parsePhone } from "../../lib/phone.js";
import { seedDemo } from "./demo.js";
import { SHOWCASE_CUSTOMER } from "./showcase.js";

const HOME = `{ portalHome {
  balanceDueCents overdueInvoices unreadMessages openServiceRequests
  contractsToSign { title } estimatesWaiting { number title } upcomingEvents { title kind }
} }`;
const CARS = `{ portalViewer { name account { customerName cars {
  id displayName status coverThumbnailUrl photos { url thumbnailUrl width caption }
  history { kind notes } conditionReports { inspector odometer photos { thumbnailUrl } }
} } } }`;
const BILLING = `{ portalBilling { outstandingCents invoices { number status overdue balanceCents totalCents dueOn payments { amountCents } } } }`;
const DOCUMENTS = `{ portalDocuments { title kind requiresSignature contentType url signature { typedName } } }`;
const SCHEDULE = `{ portalSchedule { upcoming { title kind carName myRsvp myGuests customerId } past { title kind } } }`;
const CONVERSATION = `{ portalConversation { unread messages { nodes { authorName body } } } }`;
const ESTIMATES = `{ portalEstimates { number status totalCents carName lines { description } } }`;
const REQUESTS = `{ portalServiceRequests { type status carName requestedByName updates { body } } }`;

type Car = {
  displayName: string;
  status: string;
  coverThumbnailUrl: string | null;
  photos: Array<{ url: string; thumbnailUrl: string; width: number; caption: string | null }>;
  history: Array<{ kind: string; notes: string | null }>;
  conditionReports: Array<{ inspector: string; odometer: number | null; photos: Array<{ thumbnailUrl: string }> }>;
};

describe("demo seed: the showcase customer's portal", () => {
  let app: TestApp;
  let eleanor: TestClient;

  beforeAll(async () => {
    app = await startTestApp({ DEMO_MODE: "true" });
    const seeded = await seedDemo(app, { clock: app.clock });
    expect(seeded?.facilityName).toBe("Harbor Point Storage");
    eleanor = app.client();
    await eleanor.ok(`mutation($e: String!) { requestSignInLink(email: $e) { message } }`, {
      e: SHOWCASE_CUSTOMER.email,
    });
    await app.deliver();
    const mail = await latestEmailTo(app, SHOWCASE_CUSTOMER.email);
    expect(mail?.token).toBeDefined();
    await eleanor.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, { t: mail?.token });
  });
  afterAll(() => app.close());

  it("queues no email for the seeded records, and seeds once", async () => {
    // The only email so far is the sign-in link asked for above.
    expect(await countRows(app, "email_outbox")).toBe(1);
    expect(await countRows(app, "dev_mailbox")).toBe(1);
    expect(await seedDemo(app, { clock: app.clock })).toBeNull();
    expect(await countRows(app, "customers", "email = ?", SHOWCASE_CUSTOMER.email)).toBe(1);
  });

  it("tells the portal's sign-in page whom to sign in as, in a demo emailing to the local mailbox only", async () => {
    const HINT = "{ portalDemoSignIn { email mailboxPath } }";
    const hint = async () => (await app.client().ok<{ portalDemoSignIn: unknown }>(HINT)).portalDemoSignIn;
    expect(await hint()).toEqual({ email: SHOWCASE_CUSTOMER.email, mailboxPath: "/dev/mailbox" });
    expect((await app.client().get("/dev/mailbox")).status).toBe(200);
    app.config.postmark.serverToken = "real-token";
    expect(await hint()).toBeNull();
    app.config.postmark.serverToken = undefined;
    app.config.demoMode = false;
    expect(await hint()).toBeNull();
    app.config.demoMode = true;
  });

  it("stores every phone number as a valid E.164 number", async () => {
    const { customers, contacts } = app.data.t;
    const phones = [
      ...(await app.data.read.select({ phone: customers.phone }).from(customers).where(isNotNull(customers.phone))),
      ...(await app.data.read.select({ phone: contacts.phone }).from(contacts).where(isNotNull(contacts.phone))),
    ].map((row) => row.phone as string);
    expect(phones.length).toBeGreaterThan(1);
    for (const phone of phones) expect(parsePhone(phone, "US")).toEqual({ e164: phone });
  });

  it("is in the portal with a spouse who is too", async () => {
    const { portalAccounts, customers, contacts } = app.data.t;
    const people = await app.data.read
      .select({ personKey: portalAccounts.personKey, role: contacts.role })
      .from(portalAccounts)
      .innerJoin(customers, eq(customers.id, portalAccounts.customerId))
      .leftJoin(contacts, eq(contacts.id, portalAccounts.contactId))
      .where(eq(customers.email, SHOWCASE_CUSTOMER.email))
      .orderBy(portalAccounts.personKey);
    expect(people).toEqual([
      { personKey: 0, role: null },
      { personKey: expect.any(Number), role: "SPOUSE" },
    ]);
  });

  it("has something needing attention on the home page", async () => {
    const { portalHome } = await eleanor.ok<{ portalHome: Record<string, unknown> }>(HOME);
    expect(portalHome).toMatchObject({
      overdueInvoices: 1,
      unreadMessages: 1,
      openServiceRequests: 1,
      contractsToSign: [{ title: "Storage Agreement 2026" }],
      estimatesWaiting: [{ title: "Spring recommissioning" }],
    });
    expect(portalHome.balanceDueCents).toBeGreaterThan(0);
    expect((portalHome.upcomingEvents as Array<{ kind: string }>).map((e) => e.kind)).toEqual(["PICK_UP", "SOCIAL"]);
  });

  it("shows two cars, one with photos, history and a condition report with a photo", async () => {
    const { portalViewer } = await eleanor.ok<{ portalViewer: { account: { cars: Car[] } } }>(CARS);
    const cars = portalViewer.account.cars;
    expect(cars).toHaveLength(2);
    const jaguar = cars.find((c) => c.displayName.includes("Jaguar")) as Car;
    expect(jaguar.photos).toHaveLength(3);
    expect(jaguar.coverThumbnailUrl).toBe(jaguar.photos[0]?.thumbnailUrl);
    expect(jaguar.photos[0]?.caption).toBe("Front three-quarter");
    const kinds = new Set(cars.flatMap((c) => c.history.map((h) => h.kind)));
    for (const kind of ["MOVED", "WASHED", "BATTERY_TENDED", "SERVICED"]) expect(kinds).toContain(kind);
    expect(jaguar.conditionReports).toMatchObject([{ inspector: "Sam Rivera", odometer: 48_213 }]);
    expect(jaguar.conditionReports[0]?.photos).toHaveLength(1);

    // The photos are real images, served to her like any upload.
    for (const url of [
      jaguar.photos[0]?.url,
      jaguar.photos[0]?.thumbnailUrl,
      jaguar.conditionReports[0]?.photos[0]?.thumbnailUrl,
    ]) {
      const res = await eleanor.get(url as string);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/webp");
    }
    expect((jaguar.photos[0]?.width ?? 0) >= 1000).toBe(true);
  });

  it("bills her: one paid with a payment, one open and due soon, one overdue", async () => {
    type Invoice = { status: string; overdue: boolean; balanceCents: number; totalCents: number; payments: unknown[] };
    const { portalBilling } = await eleanor.ok<{ portalBilling: { outstandingCents: number; invoices: Invoice[] } }>(
      BILLING,
    );
    const paid = portalBilling.invoices.filter((i) => i.status === "PAID");
    const open = portalBilling.invoices.filter((i) => i.status === "OPEN");
    expect(paid).toHaveLength(1);
    expect(paid[0]?.payments).toHaveLength(1);
    expect(open.map((i) => i.overdue).sort()).toEqual([false, true]);
    expect(portalBilling.outstandingCents).toBe(open.reduce((s, i) => s + i.balanceCents, 0));
  });

  it("has a contract to sign, a signed waiver and a shared PDF, all downloadable", async () => {
    type Doc = { title: string; requiresSignature: boolean; contentType: string; url: string; signature: unknown };
    const { portalDocuments } = await eleanor.ok<{ portalDocuments: Doc[] }>(DOCUMENTS);
    expect(portalDocuments.map((d) => [d.title, d.requiresSignature, d.signature !== null])).toEqual(
      expect.arrayContaining([
        ["Storage Agreement 2026", true, false],
        ["Liability Waiver", true, true],
        ["Spring recommissioning checklist", false, false],
      ]),
    );
    for (const doc of portalDocuments) {
      expect(doc.contentType).toBe("application/pdf");
      const res = await eleanor.get(doc.url);
      expect(res.status).toBe(200);
      const body = Buffer.from(await res.arrayBuffer()).toString("latin1");
      expect(body.startsWith("%PDF-1.4")).toBe(true);
      expect(body.trimEnd().endsWith("%%EOF")).toBe(true);
    }
  });

  it("schedules a pick-up and her own social evening (RSVPed), with a past detailing", async () => {
    type Event = {
      title: string;
      kind: string;
      carName: string | null;
      myRsvp: string | null;
      customerId: string | null;
    };
    const { portalSchedule } = await eleanor.ok<{ portalSchedule: { upcoming: Event[]; past: Event[] } }>(SCHEDULE);
    expect(portalSchedule.upcoming).toMatchObject([
      { kind: "PICK_UP", carName: "1965 Jaguar E-Type Series 1 Roadster" },
      { kind: "SOCIAL", myRsvp: "GOING", myGuests: 1 },
    ]);
    // Her account's alone: other customers' schedules stay empty.
    expect(portalSchedule.upcoming.every((e) => e.customerId !== null)).toBe(true);
    expect(await countRows(app, "events", "customer_id IS NULL")).toBe(0);
    expect(portalSchedule.past).toMatchObject([{ kind: "DETAILING" }]);
  });

  it("has a conversation both ways with one message unread, an estimate waiting and a request in progress", async () => {
    const { portalConversation } = await eleanor.ok<{
      portalConversation: { unread: number; messages: { nodes: Array<{ authorName: string }> } };
    }>(CONVERSATION);
    expect(portalConversation.unread).toBe(1);
    expect(new Set(portalConversation.messages.nodes.map((m) => m.authorName))).toEqual(
      new Set(["Alex Morgan", "Eleanor Whitaker", "Michael Whitaker"]),
    );

    const { portalEstimates } = await eleanor.ok<{
      portalEstimates: Array<{ status: string; totalCents: number; lines: unknown[] }>;
    }>(ESTIMATES);
    expect(portalEstimates).toHaveLength(1);
    expect(portalEstimates[0]).toMatchObject({ status: "SENT", totalCents: 28_500 + 18_000 + 4 * 46_500 });
    expect(portalEstimates[0]?.lines).toHaveLength(3);

    const { portalServiceRequests } = await eleanor.ok<{
      portalServiceRequests: Array<{ status: string; updates: Array<{ body: string | null }> }>;
    }>(REQUESTS);
    expect(portalServiceRequests).toHaveLength(1);
    expect(portalServiceRequests[0]?.status).toBe("IN_PROGRESS");
    expect(portalServiceRequests[0]?.updates[0]?.body).toMatch(/window regulator/);
  });
});
