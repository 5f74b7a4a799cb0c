import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../../test/engine.js";
import { createCustomer, twoFacilities } from "../../../test/factories.js";
import { countStatements, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { onPostgres, planOf, statementOf } from "../../../test/query-plans.js";
import { FacilityScope } from "../../db/tenancy.js";
import { requestQueuePage } from "./request-queue.service.js";
import type { RequestStatus } from "./service-request.service.js";

// The staff queue as a keyset connection: open requests first (new, scheduled, in progress), oldest
// first within each, closed ones after, newest first; pages of any size walk it exactly once, and
// each run of the queue is read on an index in its own order.

const QUEUE = `query($first: Int, $after: String, $statuses: [ServiceRequestStatus!]) {
  serviceRequests(first: $first, after: $after, statuses: $statuses) {
    nodes { id status customerName }
    pageInfo { endCursor hasNextPage }
  }
}`;

const OPEN = ["NEW", "SCHEDULED", "IN_PROGRESS"] as const;

type Node = { id: string; status: RequestStatus; customerName: string };
type Page = { nodes: Node[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };

async function walk(client: TestClient, variables: Record<string, unknown>) {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const { serviceRequests: page }: { serviceRequests: Page } = await client.ok(QUEUE, { ...variables, after });
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { ids: nodes.map((n) => Number(n.id)), pages, nodes };
    after = page.pageInfo.endCursor;
  }
}

/** Inserts requests of the given statuses, in order, round-robin over the customers; answers their ids. */
async function insertRequests(app: TestApp, facilityId: number, customers: number[], statuses: RequestStatus[]) {
  const { t } = app.data;
  const ids: number[] = [];
  for (let i = 0; i < statuses.length; i += 500) {
    const rows = statuses.slice(i, i + 500).map((status, j) => ({
      facilityId,
      customerId: customers[(i + j) % customers.length] as number,
      type: "SERVICE" as const,
      status,
      requestedByName: "Queue Test",
      createdAt: app.clock.now(),
      updatedAt: app.clock.now(),
    }));
    const made = await app.data.transaction((tx) =>
      tx.insert(t.serviceRequests).values(rows).returning({ id: t.serviceRequests.id }),
    );
    ids.push(...made.map((r) => r.id));
  }
  return ids;
}

describe("the staff queue of service requests", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let made: { id: number; status: RequestStatus }[];

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    const ada = (await createCustomer(app, t.a.id, { name: "Ada Queue" })).id;
    const archived = (await createCustomer(app, t.a.id, { name: "Zed Gone", archivedAt: app.clock.now() })).id;
    const other = (await createCustomer(app, t.b.id, { name: "Other Queue" })).id;
    const statuses: RequestStatus[] = ["DONE", "NEW", "IN_PROGRESS", "CANCELLED", "SCHEDULED", "NEW", "DONE"];
    const ids = await insertRequests(app, t.a.id, [ada], [...statuses, "NEW", "SCHEDULED", "IN_PROGRESS", "CANCELLED"]);
    made = statuses.concat(["NEW", "SCHEDULED", "IN_PROGRESS", "CANCELLED"]).map((status, i) => ({
      id: ids[i] as number,
      status,
    }));
    await insertRequests(app, t.a.id, [archived], ["NEW", "DONE"]);
    await insertRequests(app, t.b.id, [other], ["NEW", "DONE"]);
  });
  afterAll(() => app.close());

  const idsOf = (status: RequestStatus, newestFirst = false) => {
    const ids = made.filter((r) => r.status === status).map((r) => r.id);
    return newestFirst ? ids.reverse() : ids;
  };
  const closedNewestFirst = () =>
    made
      .filter((r) => r.status === "DONE" || r.status === "CANCELLED")
      .map((r) => r.id)
      .sort((a, b) => b - a);

  it("walks open requests oldest first, then closed ones newest first, once, whatever the page size", async () => {
    const expected = [...idsOf("NEW"), ...idsOf("SCHEDULED"), ...idsOf("IN_PROGRESS"), ...closedNewestFirst()];
    for (const first of [1, 2, 3, 5, 100]) {
      const { ids, pages } = await walk(t.asA, { first });
      expect({ first, ids }).toEqual({ first, ids: expected });
      expect(pages).toBe(Math.max(1, Math.ceil(expected.length / first)));
    }
  });

  it("keeps only the statuses asked for, in the same order", async () => {
    const { ids } = await walk(t.asA, { first: 2, statuses: ["DONE", "NEW"] });
    expect(ids).toEqual([...idsOf("NEW"), ...idsOf("DONE", true)]);
    const closed = await walk(t.asA, { first: 2, statuses: ["CANCELLED", "DONE"] });
    expect(closed.ids).toEqual(closedNewestFirst());
    const open = await walk(t.asA, { first: 4, statuses: ["IN_PROGRESS", "SCHEDULED"] });
    expect(open.ids).toEqual([...idsOf("SCHEDULED"), ...idsOf("IN_PROGRESS")]);
  });

  it("leaves out archived customers' requests and other facilities'", async () => {
    const { nodes } = await walk(t.asA, { first: 100 });
    expect(new Set(nodes.map((n) => n.customerName))).toEqual(new Set(["Ada Queue"]));
    const theirs = await walk(t.asB, { first: 100 });
    expect(theirs.nodes.map((n) => [n.customerName, n.status])).toEqual([
      ["Other Queue", "NEW"],
      ["Other Queue", "DONE"],
    ]);
  });

  it("reads at most one statement per run, however deep the page", async () => {
    const { serviceRequests: firstPage } = await t.asA.ok<{ serviceRequests: Page }>(QUEUE, { first: 2 });
    const { result, statements } = await countStatements(app, () =>
      t.asA.ok<{ serviceRequests: Page }>(QUEUE, { first: 100, after: firstPage.pageInfo.endCursor }),
    );
    expect(result.serviceRequests.nodes).toHaveLength(made.length - 2);
    expect(statements.filter((sql) => /from "service_requests"/.test(sql))).toHaveLength(4);
    const { statements: one } = await countStatements(app, () => t.asA.ok(QUEUE, { first: 1 }));
    expect(one.filter((sql) => /from "service_requests"/.test(sql))).toHaveLength(1);
  });

  it("refuses a page size out of range, a cursor of another list, and anyone but staff", async () => {
    for (const variables of [{ first: 0 }, { first: 101 }, { after: "id_4" }, { after: "q9_4" }, { after: "q1_0" }]) {
      expect((await t.asA.gql(QUEUE, variables)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    expect((await app.client().gql(QUEUE)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("each run of the staff queue reads one index in its order", () => {
  let app: TestApp;
  let scope: FacilityScope;
  let after: Record<"open" | "closed", number>;

  beforeAll(async () => {
    app = await startTestApp();
    const { a, b } = await twoFacilities(app);
    scope = new FacilityScope(a.id);
    const customersOf = async (facilityId: number, n: number) => {
      const ids: number[] = [];
      for (let i = 0; i < n; i++) ids.push((await createCustomer(app, facilityId, { name: `Queue ${i}` })).id);
      return ids;
    };
    // Closed requests piling up beside a few open ones, and a far bigger facility next door: a sort
    // of the facility's requests, or a walk down every facility's ids, costs far more than a page.
    const mix = (closed: number, open: number): RequestStatus[] => [
      ...Array.from({ length: closed }, (_, i): RequestStatus => (i % 5 === 0 ? "CANCELLED" : "DONE")),
      ...Array.from({ length: open }, (_, i): RequestStatus => OPEN[i % 3] as RequestStatus),
    ];
    // The two facilities' requests arrive interleaved, as in life: a run read past a request cannot
    // walk the ids down and meet only its own facility's.
    const ourCustomers = await customersOf(a.id, 30);
    const theirCustomers = await customersOf(b.id, 30);
    const ours: number[] = [];
    for (let round = 0; round < 10; round++) {
      ours.push(...(await insertRequests(app, a.id, ourCustomers, mix(60, 30))));
      await insertRequests(app, b.id, theirCustomers, mix(2_500, 90));
    }
    after = { closed: ours[450] as number, open: ours[530] as number };
    if (testEngine === "pg")
      await onPostgres(app, (client) => client.query("ANALYZE service_requests; ANALYZE customers"));
  });
  afterAll(() => app.close());

  const page = (statuses: RequestStatus[], position: { run: number; id: number } | null) => () =>
    requestQueuePage(app.data, scope, statuses, { first: 20, after: position });

  it.each([
    ["new, from the start", ["NEW"], null, "service_requests_facility"],
    ["scheduled, past a request", ["SCHEDULED"], { run: 1, key: "open" }, "service_requests_facility"],
    // One closed status may be read on either index: both give it newest first.
    ["done only, from the start", ["DONE"], null, "service_requests_facility(_closed)?"],
    ["done only, past a request", ["DONE"], { run: 3, key: "closed" }, "service_requests_facility(_closed)?"],
    ["closed, from the start", ["DONE", "CANCELLED"], null, "service_requests_facility_closed"],
    ["closed, past a request", ["DONE", "CANCELLED"], { run: 3, key: "closed" }, "service_requests_facility_closed"],
  ] as const)("%s", async (_name, statuses, position, indexes) => {
    const read = page([...statuses], position && { run: position.run, id: after[position.key as "open" | "closed"] });
    const plan = await planOf(app, await statementOf(app, read), "service_requests");
    const requestIndexes = [...new Set(plan.indexes.filter((name) => name.startsWith("service_requests_")))];
    // An open status holds few requests: PostgreSQL may gather them from the index's range and sort
    // them, which costs it less than a walk in order. The closed pile only grows: it is never sorted.
    const open = !statuses.some((s) => s === "DONE" || s === "CANCELLED");
    expect({ requestIndexes, scans: plan.scansTable, sorts: plan.sorts }).toEqual({
      requestIndexes: [expect.stringMatching(new RegExp(`^${indexes}$`))],
      scans: false,
      sorts: open && testEngine === "pg" ? expect.any(Boolean) : false,
    });
  });
});
