import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createInvoice, customerInPortal, signInStaff, twoFacilities } from "../../../test/factories.js";
import { startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";

// 03:00 UTC on 11 March is still 10 March in New York (the facility's zone).
const LATE_EVENING_IN_NEW_YORK = new Date("2026-03-11T03:00:00.000Z");

type Status = { number: string; status: string; displayStatus: string; overdue: boolean };

describe("one rule for an invoice's status, in the facility's day, on every page", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let owner: TestClient;
  let customerId: number;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    ({
      browser: owner,
      customer: { id: customerId },
    } = await customerInPortal(app, t.asA, t.a.id, { name: "Olive Overdue", email: "olive@example.com" }));
    const invoice = (number: string, extra: Parameters<typeof createInvoice>[3]) =>
      createInvoice(app, t.a.id, customerId, { number, issuedOn: "2026-02-01", ...extra });
    await invoice("LATE", { dueOn: "2026-03-09" });
    await invoice("TODAY", { dueOn: "2026-03-10" });
    await invoice("SOON", { dueOn: "2026-03-20" });
    await invoice("NO-DATE", { dueOn: null });
    await invoice("PAID-LATE", { dueOn: "2026-03-01", status: "PAID", balanceCents: 0 });
    await invoice("VOIDED", { dueOn: "2026-03-01", status: "VOID" });
  });
  beforeEach(() => app.clock.set(LATE_EVENING_IN_NEW_YORK));
  afterAll(() => app.close());

  const expected = {
    LATE: "OVERDUE",
    TODAY: "DUE",
    SOON: "DUE",
    "NO-DATE": "DUE",
    "PAID-LATE": "PAID",
    VOIDED: "VOID",
  };

  it("the portal's Billing, home and order history agree", async () => {
    const billing = await owner.ok<{ portalBilling: { invoices: Status[] } }>(
      `{ portalBilling { invoices { number status displayStatus overdue } } }`,
    );
    const byNumber = Object.fromEntries(billing.portalBilling.invoices.map((i) => [i.number, i.displayStatus]));
    expect(byNumber).toEqual(expected);
    for (const i of billing.portalBilling.invoices) expect(i.overdue).toBe(i.displayStatus === "OVERDUE");

    const home = await owner.ok<{ portalHome: { overdueInvoices: number } }>(`{ portalHome { overdueInvoices } }`);
    expect(home.portalHome.overdueInvoices).toBe(1);

    const history = await owner.ok<{ portalOrderHistory: Array<{ title: string; status: string }> }>(
      `{ portalOrderHistory { title status } }`,
    );
    const historyByNumber = Object.fromEntries(
      history.portalOrderHistory.map((h) => [h.title.replace("Invoice ", ""), h.status]),
    );
    expect(historyByNumber).toEqual(expected);
  });

  it("staff see the same on the customer's page", async () => {
    await signInStaff(t.asA, t.staffA.email);
    const data = await t.asA.ok<{ customer: { invoices: Status[] } }>(
      `query($id: ID!) { customer(id: $id) { invoices { number status displayStatus overdue } } }`,
      { id: String(customerId) },
    );
    expect(Object.fromEntries(data.customer.invoices.map((i) => [i.number, i.displayStatus]))).toEqual(expected);
  });

  it("an invoice due today turns overdue when the facility's day ends, not the server's", async () => {
    app.clock.set(new Date("2026-03-11T05:30:00.000Z")); // 00:30 on 11 March in New York
    const home = await owner.ok<{ portalHome: { overdueInvoices: number } }>(`{ portalHome { overdueInvoices } }`);
    expect(home.portalHome.overdueInvoices).toBe(2);
    const history = await owner.ok<{ portalOrderHistory: Array<{ title: string; status: string }> }>(
      `{ portalOrderHistory { title status } }`,
    );
    expect(history.portalOrderHistory.find((h) => h.title === "Invoice TODAY")?.status).toBe("OVERDUE");
  });
});
