import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, twoFacilities } from "../../../test/factories.js";
import { countRows, type GqlResult, startTestApp, type TestApp } from "../../../test/harness.js";
import { createLogger } from "../../lib/logger.js";
import { createCustomerImportRunner } from "./customer-import.runner.js";
import { TEMPLATE_HEADER } from "./customer-import.service.js";

const TEMPLATE = `query { customerImportTemplateCsv }`;
const PREVIEW = `mutation($csv: String!, $name: String) {
  previewCustomerImport(csv: $csv, fileName: $name) {
    id status total newCustomers newCars duplicates errors
    rows(first: 500) { line plan name email phone car detail groupLine matchedCustomerId result }
  }
}`;
const RUN = `mutation($id: ID!) { runCustomerImport(id: $id) { id status } }`;
const JOB = `query($id: ID!) {
  customerImport(id: $id) {
    status total processed customersCreated carsCreated skipped finishedAt
    rows(first: 500) { line plan result customerId detail }
    problems: rows(problems: true) { line plan }
  }
}`;
const REPORT = `query($id: ID!) { customerImportReportCsv(id: $id) }`;

type Row = {
  line: number;
  plan: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  car: string | null;
  detail: string | null;
  groupLine: number | null;
  matchedCustomerId: string | null;
  result: string;
};
type Preview = {
  id: string;
  status: string;
  total: number;
  newCustomers: number;
  newCars: number;
  duplicates: number;
  errors: number;
  rows: Row[];
};

const HEADER = TEMPLATE_HEADER.join(",");
const linesOf = (result: GqlResult) =>
  (result.errors?.[0]?.extensions?.lines ?? []) as Array<{ line: number; message: string }>;

describe("customer import", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
  });
  afterAll(() => app.close());

  const preview = async (csv: string, name = "customers.csv") =>
    (await t.asA.ok<{ previewCustomerImport: Preview }>(PREVIEW, { csv, name })).previewCustomerImport;

  const customersOf = (facilityId: number) =>
    app.data.read
      .select({
        id: app.data.t.customers.id,
        name: app.data.t.customers.name,
        email: app.data.t.customers.email,
        phone: app.data.t.customers.phone,
      })
      .from(app.data.t.customers)
      .where(eq(app.data.t.customers.facilityId, facilityId));

  const customerCount = async (facilityId: number) => {
    const [row] = await app.data.read
      .select({ customers: app.data.t.facilityCustomerCounts.customers })
      .from(app.data.t.facilityCustomerCounts)
      .where(eq(app.data.t.facilityCustomerCounts.facilityId, facilityId));
    return row?.customers;
  };

  it("offers a template naming every column, one line per car", async () => {
    const { customerImportTemplateCsv } = await t.asA.ok<{ customerImportTemplateCsv: string }>(TEMPLATE);
    expect(customerImportTemplateCsv.trim()).toBe(HEADER);
  });

  it("previews new customers, their cars, duplicates by email and by phone and errors with their lines, writing nothing; then runs once and reports", async () => {
    const ben = await createCustomer(app, t.a.id, { name: "Ben Busy", email: "ben@example.com" });
    const cara = await createCustomer(app, t.a.id, {
      name: "Cara Call",
      email: null,
      phone: "+12075550102",
      phoneDigits: "12075550102",
    });
    // Facility B's customers are none of A's business: the same address is new to A.
    const other = await createCustomer(app, t.b.id, { name: "Other Facility", email: "otto@example.com" });
    const bBefore = await customersOf(t.b.id);
    const countBefore = await customerCount(t.a.id);
    const csv = [
      HEADER,
      "Ann Able,ann@example.com,(207) 555-0101,1 Main St,,Porsche,911,1973,ab12 cde,Silver,",
      "Ann Able,ANN@example.com,,,,Jaguar,E-Type,1965,,,", // line 3: Ann's second car
      "Ben Again, Ben@Example.com ,,,,Ford,Model A,,,,", // line 4: Ben is on record (email)
      "Cara Copy,,207.555.0102,,,,,,,,", // line 5: Cara is on record (phone, typed another way)
      "", // line 6: blank, still counted
      'Dan Dup,dan@example.com,,,"Two',
      'line notes",Ford,Model T,1915,,,', // lines 7-8: one record
      "Dan Dup,,+1 207 555 0199,,,,,,,,", // line 9: no phone match, no email: a new customer
      "Dan Dup,dan@example.com,,,,,,,,,", // line 10: same as line 7, nothing to add
      ",noname@example.com,,,,,,,,,", // line 11: no name
      "Eve Error,not-an-email,12,,,Ford,,19x5,,,", // line 12: four problems
      "Zed Zero,zed\u200b@example.com,,,,,,,,,", // line 13: invisible character
      "Otto Other,otto@example.com,,,,,,,,,", // line 14: B's customer, new to A
      "=HYPERLINK(1),formula@example.com,,,,,,,,,", // line 15
      "Short,row", // line 16: shifted columns
    ].join("\r\n");
    const p = await preview(csv);
    expect(p).toMatchObject({ status: "PREVIEW", total: 13, newCustomers: 5, newCars: 3, duplicates: 3, errors: 4 });
    expect(p.rows.map((r) => [r.line, r.plan])).toEqual([
      [2, "NEW_CUSTOMER"],
      [3, "SAME_CUSTOMER"],
      [4, "DUPLICATE"],
      [5, "DUPLICATE"],
      [7, "NEW_CUSTOMER"],
      [9, "NEW_CUSTOMER"],
      [10, "DUPLICATE"],
      [11, "ERROR"],
      [12, "ERROR"],
      [13, "ERROR"],
      [14, "NEW_CUSTOMER"],
      [15, "NEW_CUSTOMER"],
      [16, "ERROR"],
    ]);
    const byLine = new Map(p.rows.map((r) => [r.line, r]));
    expect(byLine.get(2)).toMatchObject({ phone: "+12075550101", car: "1973 Porsche 911 (AB12 CDE)" });
    expect(byLine.get(3)).toMatchObject({ groupLine: 2, car: "1965 Jaguar E-Type" });
    expect(byLine.get(4)).toMatchObject({ matchedCustomerId: String(ben.id) });
    expect(byLine.get(4)?.detail).toContain("Same email as Ben Busy");
    expect(byLine.get(5)).toMatchObject({ matchedCustomerId: String(cara.id) });
    expect(byLine.get(5)?.detail).toContain("Same phone as Cara Call");
    expect(byLine.get(10)).toMatchObject({ groupLine: 7 });
    expect(byLine.get(11)?.detail).toContain("name is empty");
    const eve = byLine.get(12)?.detail ?? "";
    for (const part of ["email", "phone", "car_model is empty", "car_year"]) expect(eve).toContain(part);
    expect(byLine.get(13)?.detail).toContain("not a valid email");
    expect(byLine.get(16)?.detail).toContain("Has 2 cells");
    // Nothing is written by a preview.
    expect(await customersOf(t.a.id)).toHaveLength(2);
    expect(await countRows(app, "cars")).toBe(0);

    const runs = await Promise.all([1, 2, 3].map(() => t.asA.gql(RUN, { id: p.id })));
    expect(runs.filter((r) => !r.errors)).toHaveLength(1);
    expect(runs.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(2);
    await app.runCustomerImports();
    const done = (
      await t.asA.ok<{
        customerImport: Record<string, unknown> & { rows: Array<{ line: number; result: string; customerId: string }> };
      }>(JOB, { id: p.id })
    ).customerImport;
    expect(done).toMatchObject({ status: "DONE", processed: 13, customersCreated: 5, carsCreated: 3, skipped: 7 });
    expect(done.problems).toHaveLength(7);
    const rows = new Map(done.rows.map((r) => [r.line, r]));
    expect(rows.get(3)?.customerId).toBe(rows.get(2)?.customerId);
    expect(rows.get(4)?.result).toBe("SKIPPED");

    const a = await customersOf(t.a.id);
    expect(a.map((c) => c.name).sort()).toEqual(
      ["Ann Able", "Ben Busy", "Cara Call", "Dan Dup", "Dan Dup", "Otto Other", "=HYPERLINK(1)"].sort(),
    );
    expect(a.find((c) => c.name === "Ann Able")).toMatchObject({ email: "ann@example.com", phone: "+12075550101" });
    expect(await countRows(app, "cars", "customer_id = ?", Number(rows.get(2)?.customerId))).toBe(2);
    expect(await customerCount(t.a.id)).toBe((countBefore ?? 0) + 5);
    // Facility B is untouched, its customer never matched.
    expect(await customersOf(t.b.id)).toEqual(bBefore);
    expect(a.find((c) => c.email === "otto@example.com")?.id).not.toBe(other.id);

    // Found by the Contacts search, as any customer.
    const search = await t.asA.ok<{ customers: { nodes: Array<{ name: string }> } }>(
      `query { customers(search: "Otto") { nodes { name } } }`,
    );
    expect(search.customers.nodes.map((n) => n.name)).toEqual(["Otto Other"]);

    const [audit] = await app.data.read
      .select()
      .from(app.data.t.auditEvents)
      .where(
        and(eq(app.data.t.auditEvents.facilityId, t.a.id), eq(app.data.t.auditEvents.action, "CUSTOMERS_IMPORTED")),
      );
    expect(audit).toMatchObject({ actorKind: "STAFF", actorStaffUserId: t.staffA.id, subject: "customers.csv" });
    expect(JSON.parse(audit?.details ?? "{}")).toEqual({ customers: 5, cars: 3, skipped: 7, lines: 13 });

    const { customerImportReportCsv: report } = await t.asA.ok<{ customerImportReportCsv: string }>(REPORT, {
      id: p.id,
    });
    const reportLines = report.split("\r\n");
    expect(reportLines[0]).toBe("line,outcome,reason,customer_id,name,email,phone,car");
    expect(reportLines).toHaveLength(14);
    expect(report).toContain(`"'=HYPERLINK(1)"`);
    expect(reportLines.find((l) => l.startsWith("4,"))).toContain("Skipped");

    // Run again: refused, nothing more created.
    const again = await t.asA.gql(RUN, { id: p.id });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await app.runCustomerImports();
    expect(await customersOf(t.a.id)).toHaveLength(7);
  });

  it("refuses files it cannot read, naming each line, and files over the caps", async () => {
    const noHeader = await t.asA.gql(PREVIEW, { csv: "Ann,ann@example.com\nBen,ben@example.com" });
    expect(noHeader.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(linesOf(noHeader)[0]?.line).toBe(1);

    const openQuote = await t.asA.gql(PREVIEW, {
      csv: `${HEADER}\nAnn,ann@example.com\n\nBen,"ben@example.com\nCara,c@example.com`,
    });
    expect(openQuote.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(linesOf(openQuote)).toEqual([{ line: 4, message: "A quoted cell starting on this line is never closed" }]);

    const tooMany = await t.asA.gql(PREVIEW, {
      csv: [HEADER, ...Array.from({ length: 10_001 }, (_, i) => `P${i},p${i}@example.com`)].join("\n"),
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooMany.errors?.[0]?.message).toContain("10,001 rows");

    const empty = await t.asA.gql(PREVIEW, { csv: `${HEADER}\n\n` });
    expect(empty.errors?.[0]?.message).toContain("no rows");

    const tooBig = await t.asA.gql(PREVIEW, { csv: `${HEADER}\n${"x".repeat(5 * 1024 * 1024)}` });
    expect(tooBig.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const long = await preview(`${HEADER}\n${"N".repeat(201)},long@example.com\nOk,,,,${"n".repeat(5001)}`);
    expect(long.rows.map((r) => [r.line, r.plan])).toEqual([
      [2, "ERROR"],
      [3, "ERROR"],
    ]);
    expect(long.rows[0]?.detail).toContain("name is longer than 200");
    expect(long.rows[1]?.detail).toContain("notes is longer than 5000");
  });

  it("keeps each facility's imports to itself", async () => {
    const p = await preview(`${HEADER}\nTess Tenant,tess@example.com`);
    const asB = [
      await t.asB.gql(JOB, { id: p.id }),
      await t.asB.gql(RUN, { id: p.id }),
      await t.asB.gql(REPORT, { id: p.id }),
      await t.asB.gql(`mutation($id: ID!) { cancelCustomerImport(id: $id) { id } }`, { id: p.id }),
    ];
    for (const answer of asB) expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await t.asA.ok<{ customerImport: { status: string } }>(JOB, { id: p.id })).customerImport.status).toBe(
      "PREVIEW",
    );
    const anonymous = await app.client().gql(JOB, { id: p.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("is imported once by runners working side by side, across chunks", async () => {
    // Odd lines from 201 on add a car to the customer of a line 201 earlier, often in an earlier chunk.
    const lines = Array.from({ length: 1203 }, (_, i) =>
      i % 2 === 0
        ? `Para ${i},para${i}@example.com,,,,Ford,Model ${i},,,,`
        : i < 201
          ? `Solo ${i},solo${i}@example.com,,,,Fiat,Car ${i},,,,`
          : `Para ${i - 201},para${i - 201}@example.com,,,,Fiat,Car ${i},,,,`,
    );
    const p = await preview([HEADER, ...lines].join("\n"), "big.csv");
    expect(p).toMatchObject({ newCustomers: 702, newCars: 1203, duplicates: 0, errors: 0 });
    const before = (await customersOf(t.a.id)).length;
    await t.asA.ok(RUN, { id: p.id });
    const runners = [1, 2, 3].map(() =>
      createCustomerImportRunner({ data: app.data, clock: app.clock, logger: createLogger("silent") }),
    );
    await Promise.all(runners.map((r) => r.runOnce()));
    await app.runCustomerImports();
    const done = (await t.asA.ok<{ customerImport: Record<string, unknown> }>(JOB, { id: p.id })).customerImport;
    expect(done).toMatchObject({
      status: "DONE",
      processed: 1203,
      customersCreated: 702,
      carsCreated: 1203,
      skipped: 0,
    });
    expect((await customersOf(t.a.id)).length).toBe(before + 702);
    expect(await countRows(app, "cars", "facility_id = ?", t.a.id)).toBeGreaterThanOrEqual(1203);
    expect(await countRows(app, "audit_events", "action = 'CUSTOMERS_IMPORTED' AND subject = 'big.csv'")).toBe(1);
  });
});
