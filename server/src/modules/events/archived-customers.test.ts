import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, customerInPortal, twoFacilities } from "../../../test/factories.js";
import { countRows, startTestApp, type TestApp } from "../../../test/harness.js";
import { DAY } from "../../lib/clock.js";

// An archived customer leaves the schedule, the count of who is coming and the unread badge, and
// hears about no new event; restoring brings them back (docs/decisions/0032-archive-customers.md).
const ARCHIVE = `mutation($id: ID!) { archiveCustomer(id: $id) { id } }`;
const RESTORE = `mutation($id: ID!) { restoreCustomer(id: $id) { id } }`;
const SCHEDULE = `mutation($input: EventInput!) { scheduleEvent(input: $input) { id } }`;
const STAFF_SCHEDULE = `query($f: DateTimeISO!, $t: DateTimeISO!) { schedule(from: $f, to: $t) { id title goingCount goingGuests } }`;
const RSVP = `mutation($id: ID!, $r: RsvpResponse!, $g: Int) { rsvp(eventId: $id, response: $r, guests: $g) { goingCount } }`;

type Scheduled = { schedule: Array<{ id: string; title: string; goingCount: number; goingGuests: number }> };

describe("an archived customer in events and messages", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  const at = (offset: number) => new Date(app.clock.now().getTime() + offset).toISOString();
  const staffSchedule = async () => (await t.asA.ok<Scheduled>(STAFF_SCHEDULE, { f: at(0), t: at(30 * DAY) })).schedule;

  it("leaves the staff schedule and the count of who is coming, and comes back when restored", async () => {
    const { customer: gone, browser: goneBrowser } = await customerInPortal(app, t.asA, t.a.id, {
      name: "Gina Gone",
      email: "gina.gone@example.com",
    });
    const { browser: stays } = await customerInPortal(app, t.asA, t.a.id, {
      name: "Stan Stays",
      email: "stan.stays@example.com",
    });
    const schedule = async (input: Record<string, unknown>) =>
      (await t.asA.ok<{ scheduleEvent: { id: string } }>(SCHEDULE, { input })).scheduleEvent.id;
    const pickUp = await schedule({
      customerId: String(gone.id),
      kind: "PICK_UP",
      title: "Gina's pick-up",
      startsAt: at(2 * DAY),
    });
    const social = await schedule({ kind: "SOCIAL", title: "Winter run", startsAt: at(3 * DAY) });
    await goneBrowser.ok(RSVP, { id: social, r: "GOING", g: 2 });
    await stays.ok(RSVP, { id: social, r: "GOING", g: 0 });
    const before = await staffSchedule();
    expect(before.map((e) => e.id)).toEqual(expect.arrayContaining([pickUp, social]));
    expect(before.find((e) => e.id === social)).toMatchObject({ goingCount: 4, goingGuests: 2 });

    await t.asA.ok(ARCHIVE, { id: String(gone.id) });
    const archived = await staffSchedule();
    expect(archived.map((e) => e.id)).not.toContain(pickUp);
    expect(archived.find((e) => e.id === social)).toMatchObject({ goingCount: 1, goingGuests: 0 });
    // The other customers see the same count.
    const portal = await stays.ok<{ portalSchedule: { upcoming: Array<{ id: string; goingCount: number }> } }>(
      "{ portalSchedule { upcoming { id goingCount } } }",
    );
    expect(portal.portalSchedule.upcoming.find((e) => e.id === social)?.goingCount).toBe(1);

    await t.asA.ok(RESTORE, { id: String(gone.id) });
    const restored = await staffSchedule();
    expect(restored.map((e) => e.id)).toEqual(expect.arrayContaining([pickUp, social]));
    expect(restored.find((e) => e.id === social)).toMatchObject({ goingCount: 4, goingGuests: 2 });
  });

  it("emails no one about an event scheduled for an archived customer", async () => {
    const email = "sally.social@example.com";
    const customer = await createCustomer(app, t.a.id, { name: "Sally Social", email, prefSocialEvents: true });
    const queued = () => countRows(app, "email_outbox", "to_email = ? AND kind = 'EVENT'", email);
    const schedule = (title: string, kind: string) =>
      t.asA.ok(SCHEDULE, { input: { customerId: String(customer.id), kind, title, startsAt: at(4 * DAY) } });

    await schedule("Track day", "SOCIAL");
    expect(await queued()).toBe(1);
    await t.asA.ok(ARCHIVE, { id: String(customer.id) });
    await schedule("Private track day", "SOCIAL");
    await schedule("Collection", "PICK_UP");
    expect(await queued()).toBe(1);
    await t.asA.ok(RESTORE, { id: String(customer.id) });
    await schedule("Spring track day", "SOCIAL");
    expect(await queued()).toBe(2);
  });

  it("leaves the unread badge with the inbox, and counts again when restored", async () => {
    const { customer, browser } = await customerInPortal(app, t.asA, t.a.id, {
      name: "Una Unread",
      email: "una.unread@example.com",
    });
    const badge = async () =>
      (await t.asA.ok<{ unreadMessageCount: number }>("{ unreadMessageCount }")).unreadMessageCount;
    const start = await badge();
    await browser.ok(`mutation { sendPortalMessage(body: "Is the car ready?") { id } }`);
    await browser.ok(`mutation { sendPortalMessage(body: "Any news?") { id } }`);
    expect(await badge()).toBe(start + 2);
    await t.asA.ok(ARCHIVE, { id: String(customer.id) });
    expect(await badge()).toBe(start);
    const inbox = await t.asA.ok<{ inbox: { nodes: Array<{ customerId: string }> } }>(
      "{ inbox { nodes { customerId } } }",
    );
    expect(inbox.inbox.nodes.map((c) => c.customerId)).not.toContain(String(customer.id));
    await t.asA.ok(RESTORE, { id: String(customer.id) });
    expect(await badge()).toBe(start + 2);
    // Another facility's badge never counted them.
    expect((await t.asB.ok<{ unreadMessageCount: number }>("{ unreadMessageCount }")).unreadMessageCount).toBe(0);
  });
});
