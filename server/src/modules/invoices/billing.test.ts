import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerInPortal, twoFacilities, updateFacility } from "../../../test/factories.js";
import {
  compilationsDuring,
  countRows,
  countStatements,
  type GqlResult,
  latestEmailTo,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../../test/harness.js";
import { raceWhileHeld } from "../../../test/held-locks.js";

const CREATE = `mutation($c: ID!, $input: InvoiceInput!) { createInvoice(customerId: $c, input: $input) { id number status totalCents balanceCents } }`;
const ISSUE = `mutation($id: ID!) { issueInvoice(id: $id) { status } }`;
const PAY = `mutation($id: ID!, $input: PaymentInput!) { recordPayment(invoiceId: $id, input: $input) { status balanceCents payments { amountCents method } } }`;
const BILLING = `{ portalBilling { outstandingCents onlinePayments offlinePaymentInstructions invoices { number status balanceCents lines { description amountCents } } } }`;
const lines = [
  { description: "Indoor storage, March", quantity: 1, unitCents: 45_000 },
  { description: "Battery tending", quantity: 2, unitCents: 2_500 },
];

describe("billing", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: number;
  let owner: TestClient;
  let stranger: TestClient;

  async function portalClientFor(name: string, email: string) {
    const { customer, browser } = await customerInPortal(app, t.asA, t.a.id, { name, email });
    return { client: browser, customerId: customer.id };
  }

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    ({ client: owner, customerId } = await portalClientFor("Bill Payer", "bill@example.com"));
    ({ client: stranger } = await portalClientFor("Someone Else", "else@example.com"));
  });
  afterAll(() => app.close());

  it("drafts, issues (emailing those who want invoices), takes payments and shows the portal its balance", async () => {
    const draft = (
      await t.asA.ok<{ createInvoice: { id: string; number: string; totalCents: number; status: string } }>(CREATE, {
        c: String(customerId),
        input: { dueOn: "2026-04-01", lines },
      })
    ).createInvoice;
    expect(draft).toMatchObject({ status: "DRAFT", totalCents: 50_000 });
    expect((await owner.ok<{ portalBilling: { invoices: unknown[] } }>(BILLING)).portalBilling.invoices).toHaveLength(
      0,
    );
    const hidden = await owner.gql(`query($id: ID!) { invoice(id: $id) { id } }`, { id: draft.id });
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    await t.asA.ok(ISSUE, { id: draft.id });
    await app.deliver();
    expect((await latestEmailTo(app, "bill@example.com"))?.subject).toBe(`Invoice ${draft.number} · Harbor A`);
    const billing = (
      await owner.ok<{ portalBilling: { outstandingCents: number; invoices: Array<{ lines: unknown[] }> } }>(BILLING)
    ).portalBilling;
    expect(billing.outstandingCents).toBe(50_000);
    expect(billing.invoices[0]?.lines).toHaveLength(2);

    const partial = (
      await t.asA.ok<{ recordPayment: { status: string; balanceCents: number } }>(PAY, {
        id: draft.id,
        input: { amountCents: 20_000, method: "CHECK", reference: "#1042" },
      })
    ).recordPayment;
    expect(partial).toMatchObject({ status: "OPEN", balanceCents: 30_000 });
    const tooMuch = await t.asA.gql(PAY, { id: draft.id, input: { amountCents: 30_001, method: "CASH" } });
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { amountCents: expect.any(String) },
    });
    const paid = (
      await t.asA.ok<{ recordPayment: { status: string; payments: unknown[] } }>(PAY, {
        id: draft.id,
        input: { amountCents: 30_000, method: "BANK_TRANSFER" },
      })
    ).recordPayment;
    expect(paid).toMatchObject({ status: "PAID" });
    expect(paid.payments).toHaveLength(2);
    expect(
      (await owner.ok<{ portalBilling: { outstandingCents: number } }>(BILLING)).portalBilling.outstandingCents,
    ).toBe(0);
  });

  it("ten simultaneous creates take ten consecutive invoice numbers", async () => {
    const created = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.asA.gql<{ createInvoice: { number: string } }>(CREATE, { c: String(customerId), input: { lines } }),
      ),
    );
    expect(created.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = created.map((r) => Number(r.data?.createInvoice.number.slice("INV-".length))).sort((a, b) => a - b);
    const first = numbers[0] ?? 0;
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => first + i));
  });

  it("refuses negative amounts and empty invoices, storing nothing", async () => {
    const before = await countRows(app, "invoices");
    const negative = await t.asA.gql(CREATE, {
      c: String(customerId),
      input: { lines: [{ description: "Refund?", quantity: 1, unitCents: -500 }] },
    });
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const empty = await t.asA.gql(CREATE, { c: String(customerId), input: { lines: [] } });
    expect(empty.errors?.[0]?.message).toMatch(/at least one line/);
    const badDates = await t.asA.gql(CREATE, {
      c: String(customerId),
      input: { issuedOn: "2026-04-02", dueOn: "2026-04-01", lines },
    });
    expect(badDates.errors?.[0]?.extensions).toMatchObject({ fields: { dueOn: expect.any(String) } });
    expect(await countRows(app, "invoices")).toBe(before);
  });

  it("edits a draft's lines and dates, recomputing the total, and refuses issued invoices", async () => {
    const UPDATE = `mutation($id: ID!, $input: InvoiceInput!) { updateDraftInvoice(id: $id, input: $input) { id issuedOn dueOn status totalCents balanceCents lines { description quantity unitCents amountCents } } }`;
    const id = (
      await t.asA.ok<{ createInvoice: { id: string } }>(CREATE, {
        c: String(customerId),
        input: { issuedOn: "2026-03-01", dueOn: "2026-03-31", lines },
      })
    ).createInvoice.id;
    const edited = (
      await t.asA.ok<{ updateDraftInvoice: Record<string, unknown> }>(UPDATE, {
        id,
        input: {
          issuedOn: "2026-03-02",
          dueOn: null,
          lines: [{ description: "Outdoor storage, March", quantity: 3, unitCents: 10_000 }],
        },
      })
    ).updateDraftInvoice;
    expect(edited).toMatchObject({
      issuedOn: "2026-03-02",
      dueOn: null,
      status: "DRAFT",
      totalCents: 30_000,
      balanceCents: 30_000,
      lines: [{ description: "Outdoor storage, March", quantity: 3, unitCents: 10_000, amountCents: 30_000 }],
    });
    expect(await countRows(app, "invoice_lines", "invoice_id = ?", Number(id))).toBe(1);

    // A bad line refuses the whole edit: the old lines and total stay.
    const bad = await t.asA.gql(UPDATE, {
      id,
      input: { lines: [...lines, { description: " ", quantity: 1, unitCents: 5 }] },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { "lines.2.description": expect.any(String) },
    });
    const badDue = await t.asA.gql(UPDATE, { id, input: { dueOn: "2026-03-01", lines } });
    expect(badDue.errors?.[0]?.extensions).toMatchObject({ fields: { dueOn: expect.any(String) } });
    expect(await countRows(app, "invoice_lines", "invoice_id = ?", Number(id))).toBe(1);
    expect(await countRows(app, "invoices", "id = ? AND total_cents = 30000", Number(id))).toBe(1);

    expect((await t.asB.gql(UPDATE, { id, input: { lines } })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await owner.gql(UPDATE, { id, input: { lines } })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    await t.asA.ok(ISSUE, { id });
    const issued = await t.asA.gql(UPDATE, { id, input: { lines } });
    expect(issued.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await countRows(app, "invoices", "id = ? AND total_cents = 30000", Number(id))).toBe(1);
  });

  it("voids an unpaid invoice but not one with payments", async () => {
    const id = (await t.asA.ok<{ createInvoice: { id: string } }>(CREATE, { c: String(customerId), input: { lines } }))
      .createInvoice.id;
    await t.asA.ok(ISSUE, { id });
    await t.asA.ok(PAY, { id, input: { amountCents: 100, method: "CASH" } });
    const refused = await t.asA.gql(`mutation($id: ID!) { voidInvoice(id: $id) { status } }`, { id });
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const other = (
      await t.asA.ok<{ createInvoice: { id: string } }>(CREATE, { c: String(customerId), input: { lines } })
    ).createInvoice.id;
    const voided = await t.asA.ok<{ voidInvoice: { status: string } }>(
      `mutation($id: ID!) { voidInvoice(id: $id) { status } }`,
      { id: other },
    );
    expect(voided.voidInvoice.status).toBe("VOID");
  });

  // Forced where PostgreSQL would let the races happen: another connection holds the invoice's row
  // while the requests start, so whatever they read without a lock, they read before either writes
  // (test/held-locks.ts).
  const raced = <T>(invoiceId: string, requests: Array<() => Promise<T>>) =>
    raceWhileHeld(app, "SELECT 1 FROM invoices WHERE id = $1 FOR UPDATE", [Number(invoiceId)], requests);
  const codes = (results: GqlResult[]) => results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK");
  async function issuedInvoice(): Promise<string> {
    const id = (await t.asA.ok<{ createInvoice: { id: string } }>(CREATE, { c: String(customerId), input: { lines } }))
      .createInvoice.id;
    await t.asA.ok(ISSUE, { id });
    return id;
  }

  it("two simultaneous Issues issue and email an invoice once", async () => {
    const id = (await t.asA.ok<{ createInvoice: { id: string } }>(CREATE, { c: String(customerId), input: { lines } }))
      .createInvoice.id;
    const emailsBefore = await countRows(app, "email_outbox", "kind = ?", "INVOICE");
    const issue = () => t.asA.gql(ISSUE, { id });
    expect(codes(await raced(id, [issue, issue])).sort()).toEqual(["CONFLICT", "OK"]);
    // One email for each person of the account who wants invoices (the owner), not two.
    expect(await countRows(app, "email_outbox", "kind = ?", "INVOICE")).toBe(emailsBefore + 1);
  });

  it("two payments of the whole balance at once: one is recorded, the other finds the invoice paid", async () => {
    const id = await issuedInvoice();
    const pay = () => t.asA.gql(PAY, { id, input: { amountCents: 50_000, method: "CHECK" } });
    expect(codes(await raced(id, [pay, pay])).sort()).toEqual(["CONFLICT", "OK"]);
    expect(await countRows(app, "payments", "invoice_id = ?", Number(id))).toBe(1);
    expect(await countRows(app, "invoices", "id = ? AND balance_cents = 0 AND status = ?", Number(id), "PAID")).toBe(1);
  });

  it("a payment and a void at the same moment never leave a voided invoice with a payment", async () => {
    const id = await issuedInvoice();
    const pay = () => t.asA.gql(PAY, { id, input: { amountCents: 100, method: "CASH" } });
    const voidIt = () => t.asA.gql(`mutation($id: ID!) { voidInvoice(id: $id) { status } }`, { id });
    const [paid, voided] = codes(await raced(id, [pay, voidIt]));
    const payments = await countRows(app, "payments", "invoice_id = ?", Number(id));
    const isVoid = await countRows(app, "invoices", "id = ? AND status = ?", Number(id), "VOID");
    // Whichever went first, the other saw it.
    expect({ paid, voided, payments, isVoid }).toEqual(
      paid === "OK"
        ? { paid: "OK", voided: "CONFLICT", payments: 1, isVoid: 0 }
        : { paid: "CONFLICT", voided: "OK", payments: 0, isVoid: 1 },
    );
  });

  it("keeps invoices to their account and facility", async () => {
    const id = (await t.asA.ok<{ createInvoice: { id: string } }>(CREATE, { c: String(customerId), input: { lines } }))
      .createInvoice.id;
    await t.asA.ok(ISSUE, { id });
    const q = `query($id: ID!) { invoice(id: $id) { number } }`;
    expect((await stranger.gql(q, { id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await t.asB.gql(q, { id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(
      (await t.asB.gql(PAY, { id, input: { amountCents: 100, method: "CASH" } })).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect((await t.asB.gql(CREATE, { c: String(customerId), input: { lines } })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await owner.gql(PAY, { id, input: { amountCents: 100, method: "CASH" } })).errors?.[0]?.extensions?.code,
    ).toBe("UNAUTHENTICATED");
  });

  it("refuses the billing section when the facility turned it off, and shows offline instructions", async () => {
    await updateFacility(app, t.a.id, { offlinePaymentInstructions: "Pay by check at the desk." });
    const on = (
      await owner.ok<{ portalBilling: { onlinePayments: boolean; offlinePaymentInstructions: string } }>(BILLING)
    ).portalBilling;
    expect(on).toMatchObject({ onlinePayments: false, offlinePaymentInstructions: "Pay by check at the desk." });
    await updateFacility(app, t.a.id, { sectionBilling: false });
    try {
      expect((await owner.gql(BILLING)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    } finally {
      await updateFacility(app, t.a.id, { sectionBilling: true });
    }
  });

  it("reads Billing's card with its invoices, and only what a page asks for", async () => {
    const { client: payer, customerId: payerId } = await portalClientFor("Card Holder", "card@example.com");
    const HOW_TO_PAY = `{ portalBilling { onlinePayments offlinePaymentInstructions } }`;
    const CARD = `{ portalBilling { paymentMethodOnFile savedCard { brand last4 expires } } }`;
    const PAGE = `{ portalBilling { outstandingCents paymentMethodOnFile savedCard { brand last4 expires } invoices { number status balanceCents } } }`;
    type Page = {
      portalBilling: {
        outstandingCents: number;
        paymentMethodOnFile: boolean;
        savedCard: object | null;
        invoices: Array<{ number: string; status: string; balanceCents: number }>;
      };
    };
    // No invoice yet: the customer's row alone, with nothing on file.
    expect((await payer.ok<Page>(PAGE)).portalBilling).toEqual({
      outstandingCents: 0,
      paymentMethodOnFile: false,
      savedCard: null,
      invoices: [],
    });
    const { customers } = app.data.t;
    await app.data.transaction((tx) =>
      tx
        .update(customers)
        .set({ paymentMethodConnected: true, cardBrand: "visa", cardLast4: "4242", cardExpires: "08/2030" })
        .where(eq(customers.id, payerId)),
    );
    const made: Array<{ id: string; number: string }> = [];
    for (const cents of [1_000, 2_000, 4_000]) {
      const invoice = (
        await t.asA.ok<{ createInvoice: { id: string; number: string } }>(CREATE, {
          c: String(payerId),
          input: { lines: [{ description: "Storage", quantity: 1, unitCents: cents }] },
        })
      ).createInvoice;
      made.push(invoice);
    }
    // The third stays a draft.
    const [paid, open] = made as [(typeof made)[0], (typeof made)[0]];
    await t.asA.ok(ISSUE, { id: paid.id });
    await t.asA.ok(ISSUE, { id: open.id });
    await t.asA.ok(PAY, { id: paid.id, input: { amountCents: 1_000, method: "CASH" } });
    const card = { brand: "visa", last4: "4242", expires: "08/2030" };
    const page = await countStatements(app, () => payer.ok<Page>(PAGE));
    // Newest first (same day: the higher id first); the draft and other customers' invoices not at all.
    expect(page.result.portalBilling).toEqual({
      outstandingCents: 2_000,
      paymentMethodOnFile: true,
      savedCard: card,
      invoices: [
        { number: open.number, status: "OPEN", balanceCents: 2_000 },
        { number: paid.number, status: "PAID", balanceCents: 0 },
      ],
    });
    expect(page.statements).toHaveLength(2);
    const cardOnly = await countStatements(app, () => payer.ok<Page>(CARD));
    expect(cardOnly.result.portalBilling).toEqual({ paymentMethodOnFile: true, savedCard: card });
    expect(cardOnly.statements).toHaveLength(2);
    // How to pay is the facility's, read with the session.
    expect((await countStatements(app, () => payer.ok(HOW_TO_PAY))).statements).toHaveLength(1);
  });

  it("answers an invoice page's lines and payments as the Billing list's fields read them", async () => {
    const id = (
      await t.asA.ok<{ createInvoice: { id: string } }>(CREATE, {
        c: String(customerId),
        input: {
          dueOn: "2026-05-01",
          lines: [...lines, { description: `Quotes "and" ‘more’ — ü`, quantity: 3, unitCents: 0 }],
        },
      })
    ).createInvoice.id;
    await t.asA.ok(ISSUE, { id });
    await t.asA.ok(PAY, {
      id,
      input: { amountCents: 100, method: "CHECK", reference: "#7", receivedOn: "2026-03-01" },
    });
    await t.asA.ok(PAY, { id, input: { amountCents: 250, method: "CASH" } });
    const FIELDS = `id number status balanceCents overdue displayStatus lines { id description quantity unitCents amountCents } payments { id amountCents method reference receivedOn }`;
    type Listed = { portalBilling: { invoices: Array<{ id: string }> } };
    const listed = (await owner.ok<Listed>(`{ portalBilling { invoices { ${FIELDS} } } }`)).portalBilling.invoices.find(
      (i) => i.id === id,
    );
    const portal = (await owner.ok<{ invoice: object }>(`query($id: ID!) { invoice(id: $id) { ${FIELDS} } }`, { id }))
      .invoice;
    const staff = (await t.asA.ok<{ invoice: object }>(`query($id: ID!) { invoice(id: $id) { ${FIELDS} } }`, { id }))
      .invoice;
    expect(portal).toEqual(listed);
    expect(staff).toEqual(listed);
    expect(portal).toMatchObject({
      balanceCents: 49_650,
      lines: [
        { description: "Indoor storage, March", quantity: 1, unitCents: 45_000, amountCents: 45_000 },
        { description: "Battery tending", quantity: 2, unitCents: 2_500, amountCents: 5_000 },
        { description: `Quotes "and" ‘more’ — ü`, quantity: 3, unitCents: 0, amountCents: 0 },
      ],
      payments: [
        { amountCents: 100, method: "CHECK", reference: "#7", receivedOn: "2026-03-01" },
        { amountCents: 250, method: "CASH", reference: null },
      ],
    });
    // Another account's invoice, or another facility's, answers as missing.
    expect(
      (await stranger.gql(`query($id: ID!) { invoice(id: $id) { lines { id } } }`, { id })).errors?.[0]?.extensions
        ?.code,
    ).toBe("NOT_FOUND");
    expect(
      (await t.asB.gql(`query($id: ID!) { invoice(id: $id) { payments { id } } }`, { id })).errors?.[0]?.extensions
        ?.code,
    ).toBe("NOT_FOUND");
  });

  it("prepares the reads of the portal's Billing, an invoice, the home's balance and the customer page once", async () => {
    const id = (await t.asA.ok<{ createInvoice: { id: string } }>(CREATE, { c: String(customerId), input: { lines } }))
      .createInvoice.id;
    await t.asA.ok(ISSUE, { id });
    // What the portal's Billing page, invoice page and home ask, and the staff customer page's billing.
    const BILLING_PAGE = `{ portalBilling { outstandingCents onlinePayments paymentMethodOnFile savedCard { brand last4 expires } offlinePaymentInstructions invoices { id number issuedOn dueOn status totalCents balanceCents overdue displayStatus } } }`;
    const INVOICE_PAGE = `query($id: ID!) { invoice(id: $id) { number lines { description amountCents } payments { amountCents method } } portalBilling { onlinePayments offlinePaymentInstructions } }`;
    const HOME = `{ portalHome { balanceDueCents overdueInvoices estimatesWaiting { id number title totalCents } } }`;
    const CUSTOMER_PAGE = `query($id: ID!) { customer(id: $id) { savedCard { last4 } invoices { number displayStatus } estimates { number totalCents } } }`;
    const requests = [
      () => owner.ok(BILLING_PAGE),
      () => owner.ok(INVOICE_PAGE, { id }),
      () => owner.ok(HOME),
      () => owner.ok(`{ portalOrderHistory { title status } }`),
      () => t.asA.ok(CUSTOMER_PAGE, { id: String(customerId) }),
      () =>
        t.asA.ok(`query($id: ID!) { invoice(id: $id) { number lines { description } payments { method } } }`, { id }),
    ];
    for (const request of requests) await request(); // warm-up: the first of each compiles its reads once
    for (const request of requests) expect(await compilationsDuring(app, request)).toBe(0);
    // The count is not blind: the webhook's look-up of a facility's Stripe keys is read unprepared.
    const webhook = () => fetch(`${app.url}/webhooks/stripe/${t.a.id}`, { method: "POST", body: "{}" });
    await webhook();
    expect(await compilationsDuring(app, webhook)).toBeGreaterThan(0);

    // Before the data layer the Billing page took 8 statements and the home's billing 2 on invoices.
    // Now the session, then the saved card with the list in one statement (the balance is summed
    // from the list); the invoice page the session, then the invoice with its lines and payments
    // (how to pay comes with the session's facility); the home's billing is two subqueries of its
    // one counts statement.
    expect((await countStatements(app, () => owner.ok(BILLING_PAGE))).statements.length).toBe(2);
    expect((await countStatements(app, () => owner.ok(INVOICE_PAGE, { id }))).statements.length).toBe(2);
    const home = await countStatements(app, () => owner.ok(HOME));
    expect(home.statements.filter((sql) => /from "invoices"/.test(sql))).toHaveLength(1);
  });
});
