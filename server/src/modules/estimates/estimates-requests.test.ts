import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteOnlyIt } from "../../../test/engine.js";
import { createCar, createCustomer, customerInPortal, twoFacilities, updateFacility } from "../../../test/factories.js";
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

const CREATE = `mutation($c: ID!, $input: EstimateInput!) { createEstimate(customerId: $c, input: $input) { id number status totalCents } }`;
const LINES = `query($id: ID!) { estimate(id: $id) { status acceptedCents respondedByName lines { id description accepted } } }`;
const RESPOND = `mutation($id: ID!, $input: EstimateResponseInput!) { respondToEstimate(id: $id, input: $input) { status acceptedCents } }`;

describe("estimates and service requests", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: number;
  let carId: number;
  let owner: TestClient;
  let other: TestClient;

  async function signedIn(name: string, email: string) {
    const { customer, browser } = await customerInPortal(app, t.asA, t.a.id, { name, email });
    return { client: browser, id: customer.id };
  }

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    ({ client: owner, id: customerId } = await signedIn("Ed Estimate", "ed@example.com"));
    ({ client: other } = await signedIn("Ola Other", "ola@example.com"));
    carId = (await createCar(app, t.a.id, customerId, { make: "Porsche", model: "911" })).id;
  });
  afterAll(() => app.close());

  async function sentEstimate() {
    const estimate = (
      await t.asA.ok<{ createEstimate: { id: string; totalCents: number } }>(CREATE, {
        c: String(customerId),
        input: {
          title: "Spring service",
          carId: String(carId),
          lines: [
            { description: "Oil change", quantity: 1, unitCents: 18_000 },
            { description: "Paint correction", quantity: 1, unitCents: 90_000 },
          ],
        },
      })
    ).createEstimate;
    await t.asA.ok(`mutation($id: ID!) { sendEstimate(id: $id) { status } }`, { id: estimate.id });
    return estimate;
  }

  it("sends an estimate, the customer accepts some lines, staff turn it into an invoice", async () => {
    const estimate = await sentEstimate();
    expect(estimate.totalCents).toBe(108_000);
    await app.deliver();
    expect((await latestEmailTo(app, "ed@example.com"))?.subject).toMatch(/^Estimate EST-\d+: Spring service/);
    const lines = (
      await owner.ok<{ estimate: { lines: Array<{ id: string; description: string }> } }>(LINES, { id: estimate.id })
    ).estimate.lines;
    const oil = lines.find((l) => l.description === "Oil change");
    const answered = await owner.ok<{ respondToEstimate: { status: string; acceptedCents: number } }>(RESPOND, {
      id: estimate.id,
      input: { accept: true, acceptedLineIds: [oil?.id], note: "Paint next year" },
    });
    expect(answered.respondToEstimate).toEqual({ status: "PARTIALLY_ACCEPTED", acceptedCents: 18_000 });
    const again = await owner.gql(RESPOND, { id: estimate.id, input: { accept: false } });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const staffView = (await t.asA.ok<{ estimate: { respondedByName: string } }>(LINES, { id: estimate.id })).estimate;
    expect(staffView.respondedByName).toBe("Ed Estimate");
    // The answer is the new draft invoice itself, for the dashboard to open without asking again.
    const converted = (
      await t.asA.ok<{
        convertEstimateToInvoice: { id: string; number: string; status: string; totalCents: number; lines: unknown[] };
      }>(
        `mutation($id: ID!) { convertEstimateToInvoice(id: $id) { id number status totalCents lines { description } } }`,
        { id: estimate.id },
      )
    ).convertEstimateToInvoice;
    expect(converted).toMatchObject({
      number: expect.stringMatching(/^INV-/),
      status: "DRAFT",
      totalCents: 18_000,
      lines: [{ description: "Oil change" }],
    });
    const invoice = await t.asA.ok<{
      invoice: { status: string; totalCents: number; lines: Array<{ description: string }> };
    }>(`query($id: ID!) { invoice(id: $id) { status totalCents lines { description } } }`, { id: converted.id });
    expect(invoice.invoice).toEqual({ status: "DRAFT", totalCents: 18_000, lines: [{ description: "Oil change" }] });
    const twice = await t.asA.gql(`mutation($id: ID!) { convertEstimateToInvoice(id: $id) { id } }`, {
      id: estimate.id,
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("declines whole when line choice is off, and keeps estimates private", async () => {
    const SETTING = "{ portalViewer { facility { allowEstimateLineChoice } } }";
    type Setting = { portalViewer: { facility: { allowEstimateLineChoice: boolean } } };
    expect((await owner.ok<Setting>(SETTING)).portalViewer.facility.allowEstimateLineChoice).toBe(true);
    await updateFacility(app, t.a.id, { allowEstimateLineChoice: false });
    try {
      // The portal reads the setting to offer whole answers only; the server enforces it too.
      expect((await owner.ok<Setting>(SETTING)).portalViewer.facility.allowEstimateLineChoice).toBe(false);
      const estimate = await sentEstimate();
      const lines = (await owner.ok<{ estimate: { lines: Array<{ id: string }> } }>(LINES, { id: estimate.id }))
        .estimate.lines;
      const partial = await owner.gql(RESPOND, {
        id: estimate.id,
        input: { accept: true, acceptedLineIds: [lines[0]?.id] },
      });
      expect(partial.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect((await other.gql(LINES, { id: estimate.id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(
        (await other.gql(RESPOND, { id: estimate.id, input: { accept: true } })).errors?.[0]?.extensions?.code,
      ).toBe("NOT_FOUND");
      expect((await t.asB.gql(LINES, { id: estimate.id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const declined = await owner.ok<{ respondToEstimate: { status: string } }>(RESPOND, {
        id: estimate.id,
        input: { accept: false },
      });
      expect(declined.respondToEstimate.status).toBe("DECLINED");
    } finally {
      await updateFacility(app, t.a.id, { allowEstimateLineChoice: true });
    }
  });

  it("ten simultaneous creates take ten consecutive estimate numbers", async () => {
    const created = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.asA.gql<{ createEstimate: { number: string } }>(CREATE, {
          c: String(customerId),
          input: { title: `Batch ${i}`, lines: [{ description: "A", quantity: 1, unitCents: 100 }] },
        }),
      ),
    );
    expect(created.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = created
      .map((r) => Number(r.data?.createEstimate.number.slice("EST-".length)))
      .sort((a, b) => a - b);
    const first = numbers[0] ?? 0;
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => first + i));
  });

  // Each race below is forced where PostgreSQL would let it happen: another connection holds the
  // estimate's row while both requests start, so whatever they read without a lock, they read before
  // either writes (test/held-locks.ts).
  const raced = <T>(estimateId: string, requests: Array<() => Promise<T>>) =>
    raceWhileHeld(app, "SELECT 1 FROM estimates WHERE id = $1 FOR UPDATE", [Number(estimateId)], requests);
  const codes = (results: GqlResult[]) => results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();

  it("two simultaneous Sends send an estimate once", async () => {
    const draft = (
      await t.asA.ok<{ createEstimate: { id: string } }>(CREATE, {
        c: String(customerId),
        input: { title: "Sent twice", lines: [{ description: "A", quantity: 1, unitCents: 100 }] },
      })
    ).createEstimate;
    const send = () => t.asA.gql(`mutation($id: ID!) { sendEstimate(id: $id) { status } }`, { id: draft.id });
    expect(codes(await raced(draft.id, [send, send]))).toEqual(["CONFLICT", "OK"]);
    expect(await countRows(app, "email_outbox", "subject LIKE ?", "%: Sent twice%")).toBe(1);
  });

  it("two simultaneous answers from two tabs: the first counts, the second is refused", async () => {
    const estimate = await sentEstimate();
    const answer = (accept: boolean) => () => owner.gql(RESPOND, { id: estimate.id, input: { accept } });
    expect(codes(await raced(estimate.id, [answer(true), answer(false)]))).toEqual(["CONFLICT", "OK"]);
  });

  it("two simultaneous Converts make one invoice", async () => {
    const estimate = await sentEstimate();
    await owner.ok(RESPOND, { id: estimate.id, input: { accept: true } });
    const invoicesBefore = await countRows(app, "invoices", "customer_id = ?", customerId);
    const convert = () =>
      t.asA.gql(`mutation($id: ID!) { convertEstimateToInvoice(id: $id) { id } }`, { id: estimate.id });
    expect(codes(await raced(estimate.id, [convert, convert]))).toEqual(["CONFLICT", "OK"]);
    expect(await countRows(app, "invoices", "customer_id = ?", customerId)).toBe(invoicesBefore + 1);
  });

  it("refuses negative prices and hides drafts from the customer", async () => {
    const negative = await t.asA.gql(CREATE, {
      c: String(customerId),
      input: { title: "X", lines: [{ description: "A", quantity: 1, unitCents: -1 }] },
    });
    expect(negative.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const draft = (
      await t.asA.ok<{ createEstimate: { id: string } }>(CREATE, {
        c: String(customerId),
        input: { title: "Draft", lines: [{ description: "A", quantity: 1, unitCents: 100 }] },
      })
    ).createEstimate;
    expect((await owner.gql(LINES, { id: draft.id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("takes a service request for the customer's own car; staff move it along and the portal sees progress", async () => {
    const REQUEST = `mutation($input: ServiceRequestInput!) { requestService(input: $input) { id status carName requestedByName } }`;
    const created = (
      await owner.ok<{ requestService: { id: string; carName: string; requestedByName: string } }>(REQUEST, {
        input: {
          type: "DETAILING",
          carId: String(carId),
          notes: "Before the show on the 20th",
          preferredDate: "2026-03-15",
        },
      })
    ).requestService;
    expect(created).toMatchObject({ carName: "1967 Porsche 911", requestedByName: "Ed Estimate" });
    const otherCar = (await createCar(app, t.a.id, (await createCustomer(app, t.a.id)).id)).id;
    expect(
      (await owner.gql(REQUEST, { input: { type: "REPAIR", carId: String(otherCar) } })).errors?.[0]?.extensions,
    ).toMatchObject({
      fields: { carId: expect.any(String) },
    });
    expect(
      (await owner.gql(REQUEST, { input: { type: "REPAIR", preferredDate: "2020-01-01" } })).errors?.[0]?.extensions
        ?.code,
    ).toBe("BAD_USER_INPUT");
    const queue = await t.asA.ok<{ serviceRequests: { nodes: Array<{ id: string; status: string }> } }>(
      `{ serviceRequests(statuses: [NEW]) { nodes { id status } } }`,
    );
    expect(queue.serviceRequests.nodes.map((r) => r.id)).toContain(created.id);
    expect(
      (await t.asB.ok<{ serviceRequests: { nodes: unknown[] } }>(`{ serviceRequests { nodes { id } } }`))
        .serviceRequests.nodes,
    ).toHaveLength(0);
    await t.asA.ok(
      `mutation($id: ID!) { updateServiceRequest(id: $id, status: SCHEDULED, reply: "Booked for the 14th.") { status } }`,
      {
        id: created.id,
      },
    );
    await app.deliver();
    expect((await latestEmailTo(app, "ed@example.com"))?.text).toContain("Booked for the 14th.");
    const seen = await owner.ok<{
      portalServiceRequests: Array<{
        status: string;
        updates: Array<{ body: string; status: string; fromStaff: boolean }>;
      }>;
    }>(`{ portalServiceRequests { status updates { body status fromStaff } } }`);
    expect(seen.portalServiceRequests[0]).toEqual({
      status: "SCHEDULED",
      updates: [{ body: "Booked for the 14th.", status: "SCHEDULED", fromStaff: true }],
    });
    expect(
      (await other.gql(`query($id: ID!) { serviceRequest(id: $id) { id } }`, { id: created.id })).errors?.[0]
        ?.extensions?.code,
    ).toBe("NOT_FOUND");
  });

  sqliteOnlyIt(
    "lists a customer's requests on the customer and counts NEW ones for the staff badge in one statement",
    async () => {
      const COUNT = "{ newServiceRequestCount }";
      const ON_CUSTOMER = `query($id: ID!) { customer(id: $id) { serviceRequests { id status type carName } } }`;
      const before = (await t.asA.ok<{ newServiceRequestCount: number }>(COUNT)).newServiceRequestCount;
      const asked = (
        await owner.ok<{ requestService: { id: string } }>(
          `mutation($input: ServiceRequestInput!) { requestService(input: $input) { id } }`,
          { input: { type: "SERVICE", carId: String(carId), notes: "Oil" } },
        )
      ).requestService;
      const { result, statements } = await countStatements(app, () =>
        t.asA.ok<{ newServiceRequestCount: number }>(COUNT),
      );
      expect(result.newServiceRequestCount).toBe(before + 1);
      expect(statements.filter((sql) => /from "service_requests"/.test(sql))).toHaveLength(1);
      expect((await t.asB.ok<{ newServiceRequestCount: number }>(COUNT)).newServiceRequestCount).toBe(0);

      const listed = (
        await t.asA.ok<{ customer: { serviceRequests: Array<{ id: string; status: string; carName: string }> } }>(
          ON_CUSTOMER,
          { id: String(customerId) },
        )
      ).customer.serviceRequests;
      expect(listed[0]).toMatchObject({ id: asked.id, status: "NEW", carName: "1967 Porsche 911" });
      expect(listed.length).toBeGreaterThan(1);
      expect((await t.asB.gql(ON_CUSTOMER, { id: String(customerId) })).errors?.[0]?.extensions?.code).toBe(
        "NOT_FOUND",
      );

      await t.asA.ok(`mutation($id: ID!) { updateServiceRequest(id: $id, status: IN_PROGRESS) { status } }`, {
        id: asked.id,
      });
      expect((await t.asA.ok<{ newServiceRequestCount: number }>(COUNT)).newServiceRequestCount).toBe(before);
      expect((await owner.gql(COUNT)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    },
  );

  it("compiles no statement through the data layer for a second identical request queue, badge or request page", async () => {
    const [request] = (
      await owner.ok<{ portalServiceRequests: Array<{ id: string }> }>("{ portalServiceRequests { id } }")
    ).portalServiceRequests;
    const PAGE = `query($id: ID!) { serviceRequest(id: $id) { status carName updates { body status } } }`;
    const requests = [
      () => t.asA.ok("{ serviceRequests { nodes { id status carName } } }"),
      () =>
        t.asA.ok("query($s: [ServiceRequestStatus!]) { serviceRequests(statuses: $s) { nodes { id } } }", {
          s: ["NEW"],
        }),
      () =>
        t.asA.ok("query($s: [ServiceRequestStatus!]) { serviceRequests(statuses: $s) { nodes { id } } }", {
          s: ["DONE", "NEW"],
        }),
      () => t.asA.ok("{ newServiceRequestCount }"),
      () => t.asA.ok(PAGE, { id: request?.id }),
      () => owner.ok(PAGE, { id: request?.id }),
      () => owner.ok("{ portalServiceRequests { id updates { body } } }"),
    ];
    expect(request).toBeDefined();
    for (const r of requests) await r();
    for (const r of requests) expect(await compilationsDuring(app, r)).toBe(0);
  });

  it("two staff marking a service request done at once record and announce the change once", async () => {
    const { requestService } = await owner.ok<{ requestService: { id: string } }>(
      `mutation($input: ServiceRequestInput!) { requestService(input: $input) { id } }`,
      { input: { type: "REPAIR", notes: "Squeaky brakes" } },
    );
    const markDone = (reply: string) => () =>
      t.asA.gql(
        `mutation($id: ID!, $r: String) { updateServiceRequest(id: $id, status: DONE, reply: $r) { status } }`,
        {
          id: requestService.id,
          r: reply,
        },
      );
    const answers = await raceWhileHeld(
      app,
      "SELECT 1 FROM service_requests WHERE id = $1 FOR UPDATE",
      [Number(requestService.id)],
      [markDone("Ready for pickup."), markDone("All done.")],
    );
    expect(answers.flatMap((r) => r.errors ?? [])).toEqual([]);
    const changes = await countRows(
      app,
      "service_request_updates",
      "request_id = ? AND status = ?",
      Number(requestService.id),
      "DONE",
    );
    expect(changes).toBe(1);
  });
});
