import { and, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createFacility, createStaff, customerInPortal, signInStaff } from "../../../test/factories.js";
import { startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { FacilityScope } from "../../db/tenancy.js";
import { DAY } from "../../lib/clock.js";
import { updatePortalSettings } from "../facilities/facility.service.js";
import { adoptionFunnel, weekStartsBefore } from "./adoption.service.js";
import { foldAdoptionChanges, mondayOf } from "./adoption-counts.service.js";

// The funnel's counts are kept by triggers as changes and folded later (docs/decisions/0045-adoption-counts.md).
// Whatever moves a person, and whenever folding runs, they must equal a count of the people themselves.

const INVITE = `mutation($id: ID!) { sendInvite(customerId: $id) { invitation { id } } }`;
const CONTACT_INVITE = `mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id } } }`;
const ARCHIVE = `mutation($id: ID!) { archiveCustomer(id: $id) { id } }`;
const RESTORE = `mutation($id: ID!) { restoreCustomer(id: $id) { id } }`;

describe("the adoption funnel's kept counts", () => {
  let app: TestApp;
  let staff: TestClient;
  let facilityId: number;
  let timeZone = "America/New_York";
  const scope = () => new FacilityScope(facilityId);

  /** The funnel counted from the people themselves, as the page did before the counts were kept. */
  async function countedFromPeople() {
    const { customers: c, contacts: ct } = app.data.t;
    const customers = await app.data.read
      .select({ stage: c.adoptionStage, email: c.email, phone: c.phoneDigits, firstInvitedAt: c.firstInvitedAt })
      .from(c)
      .where(and(eq(c.facilityId, facilityId), isNull(c.archivedAt)));
    const contacts = await app.data.read
      .select({ stage: ct.adoptionStage, email: ct.email, phone: ct.phone, firstInvitedAt: ct.firstInvitedAt })
      .from(ct)
      .innerJoin(c, eq(c.id, ct.customerId))
      .where(and(eq(ct.facilityId, facilityId), eq(ct.canAccessPortal, true), isNull(c.archivedAt)));
    const people = [...customers, ...contacts];
    const weekStarts = weekStartsBefore(app.clock.now(), timeZone);
    const at = (least: number) => people.filter((p) => p.stage >= least).length;
    const weekOf = (start: string, least: number) =>
      people.filter((p) => p.firstInvitedAt && p.stage >= least && mondayOf(p.firstInvitedAt, timeZone) === start)
        .length;
    return {
      totals: {
        people: people.length,
        reachable: people.filter((p) => p.email !== null || p.phone !== null).length,
        invited: at(1),
        delivered: at(2),
        opened: at(3),
        signedIn: at(4),
      },
      weeks: weekStarts.map((weekStart) => ({
        weekStart,
        invited: weekOf(weekStart, 1),
        delivered: weekOf(weekStart, 2),
        opened: weekOf(weekStart, 3),
        signedIn: weekOf(weekStart, 4),
      })),
    };
  }

  /** The funnel as kept, before and after folding, against the people. */
  async function expectCountsTrue() {
    const truth = await countedFromPeople();
    const read = async () => {
      const { totals, weeks } = await adoptionFunnel(app.data, scope(), { now: app.clock.now(), timeZone });
      const { active: _active, ...rest } = totals;
      return { totals: rest, weeks };
    };
    expect(await read()).toEqual(truth);
    await foldAdoptionChanges(app.data, facilityId);
    expect(await read()).toEqual(truth);
  }

  async function contactOf(customerId: number, name: string, values: Record<string, unknown> = {}) {
    const { contacts } = app.data.t;
    const [row] = await app.data.transaction((tx) =>
      tx
        .insert(contacts)
        .values({
          facilityId,
          customerId,
          name,
          email: `${name.toLowerCase()}@example.com`,
          canAccessPortal: true,
          ...values,
        })
        .returning({ id: contacts.id }),
    );
    return (row as { id: number }).id;
  }

  async function setContact(id: number, values: Record<string, unknown>) {
    const { contacts } = app.data.t;
    await app.data.transaction((tx) => tx.update(contacts).set(values).where(eq(contacts.id, id)).returning());
  }

  beforeAll(async () => {
    app = await startTestApp();
    facilityId = (await createFacility(app, { name: "Counting Cove", timeZone })).id;
    staff = await signInStaff(app.client(), (await createStaff(app, facilityId)).email);
    // Another facility's people never count here.
    const other = await createFacility(app, { name: "Elsewhere" });
    for (let k = 0; k < 3; k++) await createCustomer(app, other.id, { name: `Far ${k}` });
  });
  afterAll(() => app.close());

  it("follow new people, invites, a changed address, contacts let in and out, archiving and sign-in", async () => {
    await expectCountsTrue();
    const ann = await createCustomer(app, facilityId, { name: "Ann Anchor" });
    const phoneOnly = await createCustomer(app, facilityId, { name: "Pat Phone", email: null, phone: "+12075550123" });
    const nobody = await createCustomer(app, facilityId, { name: "Nell Nowhere", email: null });
    await expectCountsTrue();

    await staff.ok(INVITE, { id: String(ann.id) });
    const spouse = await contactOf(ann.id, "Sam");
    const bookkeeper = await contactOf(ann.id, "Bea", { canAccessPortal: false });
    await staff.ok(CONTACT_INVITE, { id: String(spouse) });
    await expectCountsTrue();

    // An address added to the unreachable, a phone taken away, a contact let in and another out.
    const { customers: c } = app.data.t;
    await app.data.transaction((tx) =>
      tx.update(c).set({ email: "nell@example.com" }).where(eq(c.id, nobody.id)).returning(),
    );
    await app.data.transaction((tx) =>
      tx.update(c).set({ phone: null, phoneDigits: null }).where(eq(c.id, phoneOnly.id)).returning(),
    );
    await setContact(bookkeeper, { canAccessPortal: true, email: null });
    await setContact(spouse, { canAccessPortal: false });
    await expectCountsTrue();

    // One statement moving several people at once, one of them not at all: each counted once.
    await app.data.transaction((tx) =>
      tx
        .update(c)
        .set({ firstInvitedAt: new Date(app.clock.now().getTime() - 3 * DAY), adoptionStage: 1 })
        .where(inArray(c.id, [phoneOnly.id, nobody.id]))
        .returning(),
    );
    await app.data.transaction((tx) =>
      tx
        .update(c)
        .set({ notes: "seen" })
        .where(inArray(c.id, [ann.id, phoneOnly.id, nobody.id]))
        .returning(),
    );
    await expectCountsTrue();

    // Archiving takes the customer and their contacts out; restoring brings them back.
    await staff.ok(ARCHIVE, { id: String(ann.id) });
    await expectCountsTrue();
    await staff.ok(RESTORE, { id: String(ann.id) });
    await setContact(spouse, { canAccessPortal: true });
    await expectCountsTrue();

    // A contact removed; a customer who signs in (stage 4, and an earlier first invite moved by hand).
    const { contacts } = app.data.t;
    await app.data.transaction((tx) => tx.delete(contacts).where(eq(contacts.id, bookkeeper)).returning());
    await customerInPortal(app, staff, facilityId, { name: "Ida In", email: "ida@example.com" });
    await app.data.transaction((tx) =>
      tx
        .update(c)
        .set({ firstInvitedAt: new Date(app.clock.now().getTime() - 20 * DAY) })
        .where(eq(c.id, ann.id))
        .returning(),
    );
    await expectCountsTrue();
    const { totals } = await adoptionFunnel(app.data, scope(), { now: app.clock.now(), timeZone });
    expect(totals.signedIn).toBe(1);
    expect(totals.invited).toBeGreaterThanOrEqual(3);
  });

  it("follow many people moved by one statement each: added, invited together, renamed, archived, removed", async () => {
    await foldAdoptionChanges(app.data, facilityId);
    const { customers: c, invitations: i, adoptionChanges: ac } = app.data.t;
    const changesNow = () => app.data.read.$count(ac, eq(ac.facilityId, facilityId));
    const at = new Date(app.clock.now().getTime() - 2 * DAY);
    const crew = await app.data.transaction((tx) =>
      tx
        .insert(c)
        .values(
          Array.from({ length: 40 }, (_, k) => ({
            facilityId,
            name: `Crew ${k}`,
            sortName: `crew ${k}`,
            email: k % 4 === 0 ? null : `crew${k}@example.com`,
          })),
        )
        .returning({ id: c.id, email: c.email }),
    );
    await expectCountsTrue();
    // As a bulk invite's chunk does: one INSERT of invitations, whose trigger moves every customer in one UPDATE.
    const invited = crew.flatMap((person) => (person.email === null ? [] : [{ id: person.id, email: person.email }]));
    await app.data.transaction((tx) =>
      tx
        .insert(i)
        .values(
          invited.map((person) => ({
            facilityId,
            customerId: person.id,
            email: person.email,
            expiresAt: new Date(),
            createdAt: at,
          })),
        )
        .returning({ id: i.id }),
    );
    // On PostgreSQL the moves are summed per statement: 30 people out of "not invited", 30 into "invited".
    if (app.data.engine === "pg") expect(await changesNow()).toBe(2);
    await expectCountsTrue();

    const ids = crew.map((person) => person.id);
    // A change that moves no count (every customer of the statement renamed, say) adds none.
    await app.data.transaction((tx) =>
      tx.update(c).set({ notes: "renamed crew" }).where(inArray(c.id, ids)).returning(),
    );
    expect(await changesNow()).toBe(0);
    await app.data.transaction((tx) =>
      tx
        .update(c)
        .set({ archivedAt: app.clock.now() })
        .where(inArray(c.id, ids.slice(0, 10)))
        .returning(),
    );
    await expectCountsTrue();
    await app.data.transaction((tx) =>
      tx
        .delete(c)
        .where(inArray(c.id, ids.slice(5, 25)))
        .returning(),
    );
    await expectCountsTrue();
  });

  it("folded by several callers at once, beside new people, count each change once", async () => {
    const created = Array.from({ length: 12 }, (_, k) =>
      createCustomer(app, facilityId, { name: `Rush ${k}`, email: k % 3 === 0 ? null : `rush${k}@example.com` }),
    );
    const folds = Array.from({ length: 6 }, () => foldAdoptionChanges(app.data));
    const [people, folded] = await Promise.all([Promise.all(created), Promise.all(folds)]);
    expect(people).toHaveLength(12);
    expect(folded.every((n) => n >= 0)).toBe(true);
    await expectCountsTrue();
    // Everything folded: nothing waits in the changes.
    await foldAdoptionChanges(app.data);
    expect(await app.data.read.$count(app.data.t.adoptionChanges)).toBe(0);
  });

  it("counts the weeks again on the facility's new clock when its time zone changes", async () => {
    // First invited late on a Sunday in New York: Monday morning in Berlin, the next week there.
    const now = app.clock.now();
    const sundayInNewYork = mondayOf(now, "America/New_York");
    const lateSunday = new Date(`${sundayInNewYork}T03:30:00Z`);
    const late = await createCustomer(app, facilityId, { name: "Lou Late" });
    await staff.ok(INVITE, { id: String(late.id) });
    const { customers: c } = app.data.t;
    await app.data.transaction((tx) =>
      tx.update(c).set({ firstInvitedAt: lateSunday }).where(eq(c.id, late.id)).returning(),
    );
    await foldAdoptionChanges(app.data, facilityId);
    await expectCountsTrue();
    expect(mondayOf(lateSunday, "America/New_York")).not.toBe(mondayOf(lateSunday, "Europe/Berlin"));

    await updatePortalSettings(
      app.data,
      scope(),
      { signInMethod: "MAGIC_LINK", inviteExpiryDays: 7, resendCooldownHours: 24, timeZone: "Europe/Berlin" },
      now,
    );
    timeZone = "Europe/Berlin";
    await expectCountsTrue();
    const { weeks } = await adoptionFunnel(app.data, scope(), { now, timeZone });
    const berlinWeek = weeks.find((week) => week.weekStart === mondayOf(lateSunday, "Europe/Berlin"));
    expect(berlinWeek?.invited).toBeGreaterThanOrEqual(1);
  });
});
