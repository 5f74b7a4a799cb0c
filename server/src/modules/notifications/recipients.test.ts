import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createFacility } from "../../../test/factories.js";
import { type Db, openDataLayer } from "../../db/client.js";
import type { Database } from "../../db/database.js";
import { contacts } from "../../db/schema.js";
import { FacilityScope } from "../../db/tenancy.js";
import { preferenceKinds } from "../contacts/contact.service.js";
import { type EmailKind, recipientsFor } from "./recipients.service.js";

const allOff = {
  prefInvoices: false,
  prefEstimates: false,
  prefScheduling: false,
  prefCarUpdates: false,
  prefContracts: false,
  prefSocialEvents: false,
  prefMarketing: false,
};
const column = {
  invoices: "prefInvoices",
  estimates: "prefEstimates",
  scheduling: "prefScheduling",
  carUpdates: "prefCarUpdates",
  contracts: "prefContracts",
  socialEvents: "prefSocialEvents",
  marketing: "prefMarketing",
} as const;

describe("recipientsFor", async () => {
  let db: Db;
  let data: Database;
  let dir: string;
  let facilityId: number;
  let customerId: number;
  const contactIds: Record<string, number> = {};

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-recipients-"));
    ({ db, data } = openDataLayer(path.join(dir, "db.sqlite")));
    facilityId = (await createFacility({ data })).id;
    // The customer opts out of everything; each contact opts in to exactly one kind.
    customerId = (await createCustomer({ data }, facilityId, { name: "Owner", email: "owner@example.com", ...allOff }))
      .id;
    for (const kind of preferenceKinds) {
      contactIds[kind] = db
        .insert(contacts)
        .values({
          facilityId,
          customerId,
          name: `Only ${kind}`,
          email: `${kind}@example.com`,
          ...allOff,
          [column[kind]]: true,
        })
        .returning()
        .get().id;
    }
    db.insert(contacts)
      .values({ facilityId, customerId, name: "No Email", email: null, prefInvoices: true, prefMarketing: true })
      .run();
    db.insert(contacts)
      .values({ facilityId, customerId, name: "Opted Out", email: "out@example.com", ...allOff, canAccessPortal: true })
      .run();
  });
  /** Both variants decide alike: the answer of the one, after checking the other agrees. */
  async function recipients(
    facility: number,
    customer: number,
    kind: EmailKind,
    invited?: { contactId: number | null },
  ) {
    const answer = await recipientsFor(data.read, data.t, new FacilityScope(facility), customer, kind, invited);
    return answer;
  }

  afterAll(async () => {
    await data.close();
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(preferenceKinds)("sends %s only to those who opted in to it", async (kind) => {
    expect((await recipients(facilityId, customerId, kind)).map((r) => r.email)).toEqual([`${kind}@example.com`]);
  });

  it("includes the customer when they opted in, first", async () => {
    const other = await createCustomer({ data }, facilityId, { name: "Keen", email: "keen@example.com" });
    expect((await recipients(facilityId, other.id, "invoices")).map((r) => r.email)).toEqual(["keen@example.com"]);
    expect(await recipients(facilityId, other.id, "marketing")).toEqual([]);
  });

  it("always sends an invite to the invited person, whatever their preferences", async () => {
    expect((await recipients(facilityId, customerId, "INVITE", { contactId: null })).map((r) => r.email)).toEqual([
      "owner@example.com",
    ]);
    const optedOut = db.$client.prepare("SELECT id FROM contacts WHERE email = 'out@example.com'").get() as {
      id: number;
    };
    expect(await recipients(facilityId, customerId, "INVITE", { contactId: optedOut.id })).toHaveLength(1);
  });

  it("never invites a contact without portal access", async () => {
    expect(await recipients(facilityId, customerId, "INVITE", { contactId: contactIds.invoices ?? 0 })).toEqual([]);
  });

  it("sends nothing but invites about an archived customer", async () => {
    const archived = await createCustomer({ data }, facilityId, {
      name: "Gone",
      email: "gone@example.com",
      archivedAt: new Date("2026-03-01T00:00:00Z"),
    });
    db.insert(contacts)
      .values({ facilityId, customerId: archived.id, name: "Gone's helper", email: "helper@example.com" })
      .run();
    expect(await recipients(facilityId, archived.id, "invoices")).toEqual([]);
    expect(await recipients(facilityId, archived.id, "estimates")).toEqual([]);
  });

  it("keeps only contacts with portal access when asked to", async () => {
    const answer = await recipientsFor(
      data.read,
      data.t,
      new FacilityScope(facilityId),
      customerId,
      "invoices",
      undefined,
      {
        portalPeople: true,
      },
    );
    expect(answer).toEqual([]);
    db.$client.prepare("UPDATE contacts SET can_access_portal = 1 WHERE id = ?").run(contactIds.invoices);
    const after = await recipientsFor(
      data.read,
      data.t,
      new FacilityScope(facilityId),
      customerId,
      "invoices",
      undefined,
      {
        portalPeople: true,
      },
    );
    expect(after.map((r) => r.email)).toEqual(["invoices@example.com"]);
    db.$client.prepare("UPDATE contacts SET can_access_portal = 0 WHERE id = ?").run(contactIds.invoices);
  });

  it("never crosses facilities", async () => {
    const other = await createFacility({ data });
    expect(await recipients(other.id, customerId, "invoices")).toEqual([]);
  });
});
