import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff, customerInPortal, signInStaff, twoFacilities } from "../../../test/factories.js";
import { startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { buildEntities } from "../../../test/tenancy-world.js";

const AUDIT = `{ auditLog(first: 100, action: CUSTOMER_EXPORTED) { nodes { action subject actorName customer { id } } } }`;

describe("exporting a customer's data for an access request", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof twoFacilities>>;
  let asStaffRole: TestClient;
  let customerId: number;

  beforeAll(async () => {
    app = await startTestApp();
    world = await twoFacilities(app);
    const staff = await createStaff(app, world.a.id, { role: "STAFF" });
    asStaffRole = await signInStaff(app.client(), staff.email);
    const { customer } = await customerInPortal(app, world.asA, world.a.id, {
      name: "Qzexport Whitaker",
      email: "qzexport@example.com",
    });
    customerId = customer.id;
    await buildEntities(app, { facilityId: world.a.id, customerId, staffId: world.staffA.id }, { mark: "Qzexport" });
  });
  afterAll(() => app.close());

  it("downloads a ZIP of customer.json and their documents and photos, and records it", async () => {
    const res = await asStaffRole.get(`/exports/customers/${customerId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const entries = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(entries);
    expect(names).toContain("customer.json");
    expect(names.some((n) => n.startsWith("documents/"))).toBe(true);
    expect(names.some((n) => n.startsWith("photos/car-"))).toBe(true);
    const document = names.find((n) => n.startsWith("documents/")) as string;
    expect(Buffer.from(entries[document] as Uint8Array).toString()).toBe("%PDF");

    const json = JSON.parse(new TextDecoder().decode(entries["customer.json"]));
    expect(json.customer).toMatchObject({ id: customerId, name: "Qzexport Whitaker", email: "qzexport@example.com" });
    expect(json.customer.prefInvoices).toBe(true);
    expect(json.contacts).toHaveLength(1);
    expect(json.contacts[0]).toHaveProperty("prefMarketing");
    expect(json.cars[0].photos[0].file).toMatch(/^photos\//);
    expect(json.invoices.length).toBeGreaterThan(0);
    expect(json.invoices.some((i: { lines: unknown[] }) => i.lines.length > 0)).toBe(true);
    expect(json.invoices.some((i: { payments: unknown[] }) => i.payments.length > 0)).toBe(true);
    expect(json.estimates[0].lines.length).toBeGreaterThan(0);
    expect(json.events.length).toBeGreaterThan(0);
    expect(json.messages.length).toBeGreaterThan(0);
    expect(json.serviceRequests.length).toBeGreaterThan(0);
    expect(json.invitations.some((i: { timeline: unknown[] }) => i.timeline.length > 0)).toBe(true);
    expect(json.portalAccounts.length).toBeGreaterThan(0);
    expect(json.portalSignIns.length).toBeGreaterThan(0);
    expect(json.documents[0].file).toBe(document);
    // No secrets: password hashes, token hashes, file bytes.
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/passwordHash|tokenHash|codeHash|"data"/);

    const audit = await world.asA.ok<{ auditLog: { nodes: Array<Record<string, unknown>> } }>(AUDIT);
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: "CUSTOMER_EXPORTED",
      subject: "Qzexport Whitaker",
      customer: { id: String(customerId) },
    });
  });

  it("answers another facility's staff exactly like a missing customer, and needs a session", async () => {
    const foreign = await world.asB.get(`/exports/customers/${customerId}`);
    const missing = await world.asB.get("/exports/customers/987654321");
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await missing.json());
    expect(missing.status).toBe(404);
    const anonymous = await app.client().get(`/exports/customers/${customerId}`);
    expect(anonymous.status).toBe(401);
  });
});
