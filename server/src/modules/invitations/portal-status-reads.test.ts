import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createFacility } from "../../../test/factories.js";
import { type Db, openDataLayer } from "../../db/client.js";
import { type Database, preparedRead } from "../../db/database.js";
import { contacts, customers, invitations, portalAccounts, signInLinks } from "../../db/schema.js";
import { FacilityScope } from "../../db/tenancy.js";
import { DAY, HOUR, MINUTE } from "../../lib/clock.js";
import {
  computePortalStatus,
  customerAccountJoin,
  customerPortalState,
  type PortalState,
  portalStateValues,
  statusInputsOfContacts,
  statusInputsOfCustomers,
} from "./portal-status.service.js";

const settings = { resendCooldownHours: 24 };

// The Contacts list's filter as that list selects it: each customer's state by the SQL rule.
const stateByCustomer = preparedRead("test_portal_state_by_customer", (db, t) =>
  db
    .select({ id: t.customers.id, state: customerPortalState(t) })
    .from(t.customers)
    .leftJoin(t.portalAccounts, customerAccountJoin(t.portalAccounts, t.customers))
    .leftJoin(t.invitations, eq(t.invitations.id, t.customers.latestInvitationId))
    .where(FacilityScope.preparedWhere(t.customers)),
);

const customersInStates = preparedRead("test_customers_in_states", (db, t, dialect) =>
  db
    .select({ id: t.customers.id })
    .from(t.customers)
    .leftJoin(t.portalAccounts, customerAccountJoin(t.portalAccounts, t.customers))
    .leftJoin(t.invitations, eq(t.invitations.id, t.customers.latestInvitationId))
    .where(FacilityScope.preparedWhere(t.customers, dialect.inList(customerPortalState(t), sql.placeholder("states")))),
);

describe("portal status reads", () => {
  let db: Db;
  let data: Database;
  let dir: string;
  let scope: FacilityScope;
  const ids: Record<string, number> = {};
  let contactId: number;
  const now = new Date("2026-03-02T09:00:00.000Z");

  /** An invitation sent ageHours ago, with its link; the person's latest. */
  function invite(
    customerId: number,
    email: string,
    ageHours: number,
    extra: Partial<typeof invitations.$inferInsert> = {},
  ) {
    const createdAt = new Date(now.getTime() - ageHours * HOUR);
    const expiresAt = new Date(createdAt.getTime() + 7 * DAY);
    const facilityId = scope.facilityId;
    const invitation = db
      .insert(invitations)
      .values({ facilityId, customerId, email, expiresAt, createdAt, deliveryState: "SENT", ...extra })
      .returning()
      .get();
    db.insert(signInLinks)
      .values({ facilityId, customerId, invitationId: invitation.id, purpose: "INVITE", email, expiresAt, createdAt })
      .run();
    db.update(customers).set({ latestInvitationId: invitation.id }).where(eq(customers.id, customerId)).run();
    return invitation;
  }

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-portal-status-"));
    ({ db, data } = openDataLayer(path.join(dir, "db.sqlite")));
    scope = new FacilityScope((await createFacility({ data })).id);
    const make = async (name: string, email: string | null) => {
      ids[name] = (await createCustomer({ data }, scope.facilityId, { name, email })).id;
      return ids[name] as number;
    };
    await make("No Email", null);
    await make("Never Invited", "never@example.com");
    invite(await make("Just Invited", "just@example.com"), "just@example.com", 1);
    invite(await make("Resendable", "resend@example.com"), "resend@example.com", 30);
    invite(await make("Expired", "expired@example.com"), "expired@example.com", 200);
    invite(await make("Bounced", "bounced@example.com"), "bounced@example.com", 2, { deliveryState: "BOUNCED" });
    invite(await make("Old Address", "new@example.com"), "old@example.com", 2);
    invite(await make("Voided", "void@example.com"), "void@example.com", 2, { state: "VOID" });
    const dead = invite(await make("Dead Link", "dead@example.com"), "dead@example.com", 2);
    db.update(signInLinks).set({ voidedAt: now }).where(eq(signInLinks.invitationId, dead.id)).run();
    const member = await make("Member", "member@example.com");
    invite(member, "member@example.com", 50, { state: "ACCEPTED" });
    db.insert(portalAccounts)
      .values({ facilityId: scope.facilityId, customerId: member, personKey: 0, activatedAt: now })
      .run();
    contactId = db
      .insert(contacts)
      .values({ facilityId: scope.facilityId, customerId: member, name: "Helper", email: "helper@example.com" })
      .returning()
      .get().id;
  });
  afterAll(async () => {
    await data.close();
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const expected: Record<string, PortalState> = {
    "No Email": "NO_EMAIL",
    "Never Invited": "NOT_INVITED",
    "Just Invited": "INVITED",
    Resendable: "INVITE_RESENDABLE",
    Expired: "INVITE_EXPIRED",
    Bounced: "BOUNCED",
    "Old Address": "NOT_INVITED",
    Voided: "NOT_INVITED",
    "Dead Link": "INVITE_EXPIRED",
    Member: "IN_PORTAL",
  };

  it("reads what computePortalStatus needs for a list of customers in one prepared statement", async () => {
    const inputs = await statusInputsOfCustomers(data, scope, Object.values(ids));
    const states = Object.fromEntries(
      Object.entries(ids).map(([name, id]) => {
        const person = inputs.get(id);
        if (!person) throw new Error(`${name} missing`);
        return [name, computePortalStatus(person, person.latestInvitation, settings, now).state];
      }),
    );
    expect(states).toEqual(expected);
    expect(inputs.get(ids["Never Invited"] as number)?.latestInvitation).toBeNull();
    expect(inputs.get(ids["Just Invited"] as number)?.latestInvitation?.openLinkExpiresAt).toBeInstanceOf(Date);

    const before = data.stats.compilations;
    await statusInputsOfCustomers(data, scope, [ids.Member as number]);
    expect(data.stats.compilations - before).toBe(0);
  });

  it("answers nothing for ids of another facility", async () => {
    const other = new FacilityScope((await createFacility({ data })).id);
    expect((await statusInputsOfCustomers(data, other, Object.values(ids))).size).toBe(0);
    expect((await statusInputsOfContacts(data, other, [contactId])).size).toBe(0);
  });

  it("reads a contact's status inputs: their own access, account and invite", async () => {
    const inputs = await statusInputsOfContacts(data, scope, [contactId]);
    expect(inputs.get(contactId)).toMatchObject({
      email: "helper@example.com",
      canAccessPortal: false,
      activatedAt: null,
      latestInvitation: null,
    });
  });

  it("decides in SQL exactly as computePortalStatus does, and filters by it, at any moment", async () => {
    for (const at of [now, new Date(now.getTime() + 23 * HOUR), new Date(now.getTime() + 24 * HOUR + MINUTE)]) {
      const inputs = await statusInputsOfCustomers(data, scope, Object.values(ids));
      const rows = await stateByCustomer(data).execute(scope.values(portalStateValues(at, settings)));
      for (const { id, state } of rows) {
        const person = inputs.get(id);
        if (!person) throw new Error(`customer ${id} missing`);
        expect({ id, state }).toEqual({
          id,
          state: computePortalStatus(person, person.latestInvitation, settings, at).state,
        });
      }
      const invited = await customersInStates(data).execute(
        scope.values({ ...portalStateValues(at, settings), states: data.dialect.listParam(["INVITED", "BOUNCED"]) }),
      );
      expect(invited.map((r) => r.id).sort()).toEqual(
        rows
          .filter((r) => r.state === "INVITED" || r.state === "BOUNCED")
          .map((r) => r.id)
          .sort(),
      );
    }
  });
});
