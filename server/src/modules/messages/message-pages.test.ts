import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../../test/engine.js";
import { createCustomer, customerInPortal, twoFacilities } from "../../../test/factories.js";
import { countStatements, startTestApp, type TestApp, type TestClient } from "../../../test/harness.js";
import { onPostgres, planOf, statementOf } from "../../../test/query-plans.js";
import { FacilityScope } from "../../db/tenancy.js";
import { inboxPage, messagesPage, portalUnread } from "./message.service.js";

// The staff inbox, a customer's conversation and the portal's Messages as keyset connections,
// newest first: pages of any size walk each list exactly once, messages written between pages
// neither repeat nor hide what was still to come, and each page is one statement on an index.

const INBOX = `query($first: Int, $after: String) {
  inbox(first: $first, after: $after) {
    nodes { customerId customerName lastMessage unread }
    pageInfo { endCursor hasNextPage }
  }
}`;
const CONVERSATION = `query($customerId: ID!, $first: Int, $after: String) {
  conversation(customerId: $customerId, first: $first, after: $after) {
    nodes { id body mine fromTeam }
    pageInfo { endCursor hasNextPage }
  }
}`;
const PORTAL = `query($first: Int, $after: String) {
  portalConversation {
    messages(first: $first, after: $after) {
      nodes { id body mine fromTeam }
      pageInfo { endCursor hasNextPage }
    }
  }
}`;
const SEND = `mutation($id: ID!, $body: String!) { sendMessage(customerId: $id, body: $body) { id } }`;
const SEND_PORTAL = `mutation($body: String!) { sendPortalMessage(body: $body) { id } }`;

type PageInfo = { endCursor: string | null; hasNextPage: boolean };
type Connection<N> = { nodes: N[]; pageInfo: PageInfo };
type Thread = { customerId: string; customerName: string; lastMessage: string; unread: number };
type Msg = { id: string; body: string; mine: boolean; fromTeam: boolean };

/** Reads one page of a list: its connection, given `first` and `after`. */
type PageOf<N> = (variables: { first?: number; after?: string | null }) => Promise<Connection<N>>;

const inboxOf =
  (client: TestClient): PageOf<Thread> =>
  async (variables) =>
    (await client.ok<{ inbox: Connection<Thread> }>(INBOX, variables)).inbox;
const conversationOf =
  (client: TestClient, customerId: number): PageOf<Msg> =>
  async (variables) =>
    (
      await client.ok<{ conversation: Connection<Msg> }>(CONVERSATION, {
        customerId: String(customerId),
        ...variables,
      })
    ).conversation;
const portalOf =
  (client: TestClient): PageOf<Msg> =>
  async (variables) =>
    (await client.ok<{ portalConversation: { messages: Connection<Msg> } }>(PORTAL, variables)).portalConversation
      .messages;

async function walk<N>(page: PageOf<N>, first: number) {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const found: Connection<N> = await page({ first, after });
    nodes.push(...found.nodes);
    if (!found.pageInfo.hasNextPage) return { nodes, pages };
    after = found.pageInfo.endCursor;
  }
}

/** Inserts messages in the order given, as the team (staff) or the customer's portal person (portal). */
async function insertMessages(
  app: TestApp,
  facilityId: number,
  messages: Array<{ customerId: number; body: string; staffUserId?: number; portalAccountId?: number }>,
): Promise<number[]> {
  const { t } = app.data;
  const ids: number[] = [];
  for (let i = 0; i < messages.length; i += 2_000) {
    const rows = messages.slice(i, i + 2_000).map((m) => ({
      facilityId,
      customerId: m.customerId,
      staffUserId: m.staffUserId ?? null,
      portalAccountId: m.portalAccountId ?? null,
      authorName: m.staffUserId ? "Team Member" : "Customer",
      body: m.body,
      createdAt: app.clock.now(),
    }));
    const made = await app.data.transaction((tx) =>
      tx.insert(t.messages).values(rows).returning({ id: t.messages.id }),
    );
    ids.push(...made.map((r) => r.id));
  }
  return ids;
}

describe("the message lists as pages", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  /** Customer names of facility A, the latest activity first, as the inbox should list them. */
  let inboxOrder: string[];
  let ada: number;
  let portal: TestClient;
  let portalCustomer: number;
  let adaIds: number[];

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    const inPortal = await customerInPortal(app, t.asA, t.a.id, { name: "Pia Portal", email: "pia@example.com" });
    portal = inPortal.browser;
    portalCustomer = inPortal.customer.id;
    const names = ["Ada Page", "Ben Page", "Cy Page", "Dee Page", "Eli Page", "Fay Page", "Gus Page"];
    const customers: Record<string, number> = {};
    for (const name of names) customers[name] = (await createCustomer(app, t.a.id, { name })).id;
    ada = customers["Ada Page"] as number;
    const gone = (await createCustomer(app, t.a.id, { name: "Zed Archived", archivedAt: app.clock.now() })).id;
    const other = (await createCustomer(app, t.b.id, { name: "Other Page" })).id;
    // Conversations interleaved, as in life: Ada writes often, the others now and then; the latest
    // activity decides the order, not the first message.
    const plan = ["Ada Page", "Ben Page", "Ada Page", "Cy Page", "Dee Page", "Ada Page", "Eli Page", "Ben Page"]
      .concat(["Fay Page", "Ada Page", "Gus Page", "Cy Page", "Ada Page", "Ada Page"])
      .map((name, i) => ({ customerId: customers[name] as number, body: `${name} ${i}`, staffUserId: t.staffA.id }));
    const ids = await insertMessages(app, t.a.id, plan);
    adaIds = ids.filter((_, i) => plan[i]?.customerId === ada);
    await insertMessages(app, t.a.id, [{ customerId: gone, body: "Archived customer's", staffUserId: t.staffA.id }]);
    await insertMessages(app, t.b.id, [{ customerId: other, body: "Other facility's", staffUserId: t.staffB.id }]);
    for (let i = 1; i <= 7; i++) await portal.ok(SEND_PORTAL, { body: `Pia ${i}` });
    const latest = new Map<string, number>();
    plan.forEach((m, i) => {
      latest.set(names.find((n) => customers[n] === m.customerId) as string, ids[i] as number);
    });
    inboxOrder = ["Pia Portal", ...[...latest].sort((x, y) => y[1] - x[1]).map(([name]) => name)];
  });
  afterAll(() => app.close());

  it("walks the inbox once, the latest activity first, whatever the page size", async () => {
    for (const first of [1, 2, 3, 7, 100]) {
      const { nodes, pages } = await walk(inboxOf(t.asA), first);
      expect({ first, names: nodes.map((n) => n.customerName) }).toEqual({ first, names: inboxOrder });
      expect(pages).toBe(Math.ceil(inboxOrder.length / first));
    }
    const pia = (await inboxOf(t.asA)({ first: 1 })).nodes[0];
    expect(pia).toMatchObject({ customerName: "Pia Portal", lastMessage: "Pia 7", unread: 7 });
    const theirs = await walk(inboxOf(t.asB), 5);
    expect(theirs.nodes.map((n) => n.customerName)).toEqual(["Other Page"]);
  });

  it("walks a conversation and the portal's Messages once, newest first, whatever the page size", async () => {
    for (const first of [1, 2, 3, 6, 100]) {
      const { nodes, pages } = await walk(conversationOf(t.asA, ada), first);
      expect({ first, ids: nodes.map((n) => Number(n.id)) }).toEqual({ first, ids: [...adaIds].reverse() });
      expect(pages).toBe(Math.ceil(adaIds.length / first));
      const mine = await walk(portalOf(portal), first);
      expect(mine.nodes.map((n) => n.body)).toEqual(["Pia 7", "Pia 6", "Pia 5", "Pia 4", "Pia 3", "Pia 2", "Pia 1"]);
      expect(mine.nodes.every((n) => n.mine && !n.fromTeam)).toBe(true);
    }
    const staffView = await walk(conversationOf(t.asA, portalCustomer), 4);
    expect(staffView.nodes).toHaveLength(7);
    expect(staffView.nodes.every((n) => !n.mine && !n.fromTeam)).toBe(true);
  });

  it("keeps a walk whole while messages arrive between its pages", async () => {
    const fresh = (await createCustomer(app, t.a.id, { name: "Hal Fresh" })).id;
    for (let i = 1; i <= 5; i++) await t.asA.ok(SEND, { id: String(fresh), body: `Hal ${i}` });
    // A conversation: new messages go on top, the pages below stay as they were.
    const page = conversationOf(t.asA, fresh);
    const one = await page({ first: 2 });
    await t.asA.ok(SEND, { id: String(fresh), body: "Hal 6" });
    const rest = await walk((v) => page({ ...v, after: v.after ?? one.pageInfo.endCursor }), 2);
    expect([...one.nodes, ...rest.nodes].map((n) => n.body)).toEqual(["Hal 5", "Hal 4", "Hal 3", "Hal 2", "Hal 1"]);
    expect((await page({ first: 1 })).nodes[0]?.body).toBe("Hal 6");

    // The inbox: a conversation already listed that moves to the top is not listed again; one not
    // reached yet that moves to the top is on top now, where the next first page shows it; every
    // other conversation comes once, in order.
    const inbox = inboxOf(t.asA);
    const top = await inbox({ first: 3 });
    const listed = top.nodes.map((n) => n.customerName);
    expect(listed).toEqual(["Hal Fresh", "Pia Portal", inboxOrder[1]]);
    const waiting = inboxOrder.at(-2) as string;
    await portal.ok(SEND_PORTAL, { body: "Pia again" });
    const waitingId = (await inboxOf(t.asA)({ first: 100 })).nodes.find((n) => n.customerName === waiting)?.customerId;
    await t.asA.ok(SEND, { id: waitingId, body: "Back on top" });
    const rest2 = await walk((v) => inbox({ ...v, after: v.after ?? top.pageInfo.endCursor }), 2);
    const after = rest2.nodes.map((n) => n.customerName);
    expect([...listed, ...after]).toEqual(["Hal Fresh", ...inboxOrder].filter((name) => name !== waiting));
    expect((await inbox({ first: 2 })).nodes.map((n) => n.customerName)).toEqual([waiting, "Pia Portal"]);
  });

  it("reads one statement per page, however deep", async () => {
    const onMessages = (statements: string[]) => statements.filter((sql) => /from "messages"/i.test(sql)).length;
    const reads: Array<[string, PageOf<unknown>]> = [
      ["inbox", inboxOf(t.asA) as PageOf<unknown>],
      ["conversation", conversationOf(t.asA, ada) as PageOf<unknown>],
      ["portal", portalOf(portal) as PageOf<unknown>],
    ];
    for (const [name, page] of reads) {
      const counts: number[] = [];
      let after: string | null = null;
      for (let depth = 0; depth < 4; depth++) {
        const { result, statements } = await countStatements(app, () => page({ first: 1, after }));
        counts.push(onMessages(statements));
        after = result.pageInfo.endCursor;
      }
      expect({ name, counts }).toEqual({ name, counts: [1, 1, 1, 1] });
    }
    // Past the last message the page is empty; the staff view then asks whether the customer is theirs.
    const { result, statements } = await countStatements(app, () =>
      conversationOf(t.asA, ada)({ first: 1, after: `msg_${adaIds[0]}` }),
    );
    expect(result).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
    expect(statements.filter((sql) => /from "(messages|customers)"/i.test(sql))).toHaveLength(2);
  });

  it("refuses a page size out of range and a cursor of another list", async () => {
    const cases: Array<[TestClient, string, Record<string, unknown>]> = [];
    for (const first of [0, 101]) {
      cases.push([t.asA, INBOX, { first }]);
      cases.push([t.asA, CONVERSATION, { customerId: String(ada), first }]);
      cases.push([portal, PORTAL, { first }]);
    }
    for (const after of ["msg_4", "id_4", "thread_0", "thread_", "4", "thread_4x"])
      cases.push([t.asA, INBOX, { after }]);
    for (const after of ["thread_4", "id_4", "msg_0", "msg_-1", "msg_4.5"]) {
      cases.push([t.asA, CONVERSATION, { customerId: String(ada), after }]);
      cases.push([portal, PORTAL, { after }]);
    }
    for (const [client, query, variables] of cases) {
      const answer = await client.gql(query, variables);
      expect({ query: query.slice(0, 30), variables, code: answer.errors?.[0]?.extensions?.code }).toEqual({
        query: query.slice(0, 30),
        variables,
        code: "BAD_USER_INPUT",
      });
    }
    // A position past every id PostgreSQL holds is a first page, on both engines.
    const far = await conversationOf(t.asA, ada)({ first: 2, after: "msg_9999999999999" });
    expect(far.nodes.map((n) => Number(n.id))).toEqual(adaIds.slice(-2).reverse());
    expect((await app.client().gql(INBOX)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await portal.gql(INBOX)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("keeps each list to its viewer: another facility's conversation answers like a missing one", async () => {
    const foreign = await t.asB.gql(CONVERSATION, { customerId: String(ada), after: `msg_${adaIds.at(-1)}` });
    const missing = await t.asB.gql(CONVERSATION, { customerId: "987654321", after: `msg_${adaIds.at(-1)}` });
    expect(foreign).toEqual(missing);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const first = await t.asB.gql(CONVERSATION, { customerId: String(ada) });
    expect(first.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    // A portal person's cursor is only a position: past another customer's message, still their own.
    const sent = await t.asA.ok<{ sendMessage: { id: string } }>(SEND, { id: String(ada), body: "For Ada only" });
    const theirs = await walk((v) => portalOf(portal)({ ...v, after: v.after ?? `msg_${sent.sendMessage.id}` }), 3);
    expect(theirs.nodes.map((n) => n.body)).toEqual((await walk(portalOf(portal), 100)).nodes.map((n) => n.body));
    expect(theirs.nodes.length).toBeGreaterThan(7);
    expect(theirs.nodes.every((n) => n.body.startsWith("Pia"))).toBe(true);
  });
});

describe("each message page reads one index in order", () => {
  let app: TestApp;
  let scope: FacilityScope;
  let customerId: number;
  let middle: number;

  beforeAll(async () => {
    app = await startTestApp();
    const { a, b, staffA, staffB } = await twoFacilities(app);
    scope = new FacilityScope(a.id);
    const customersOf = async (facilityId: number, n: number) => {
      const ids: number[] = [];
      for (let i = 0; i < n; i++) ids.push((await createCustomer(app, facilityId, { name: `Plan ${i}` })).id);
      return ids;
    };
    // A small facility beside a far busier one, their messages interleaved as in life: a walk of
    // every facility's messages, or a sort of the facility's or of a conversation's, costs far more
    // than a page. Each round some of the small facility's customers write back and forth, and one
    // has written all along: a long conversation, the kind a page must not gather whole to sort.
    const ours = await customersOf(a.id, 101);
    const theirs = await customersOf(b.id, 100);
    customerId = ours[0] as number;
    const ourIds: number[] = [];
    for (let round = 0; round < 5; round++) {
      const long = Array.from({ length: 40 }, (_, i) => ({ customerId, body: `Long ${round}.${i}` }));
      ourIds.push(...(await insertMessages(app, a.id, long)));
      const mine = Array.from({ length: 200 }, (_, i) => ({
        customerId: ours[1 + round * 20 + (i % 20)] as number,
        body: `Ours ${round}.${i}`,
        staffUserId: i % 3 === 0 ? staffA.id : undefined,
      }));
      ourIds.push(...(await insertMessages(app, a.id, mine)));
      const busy = Array.from({ length: 10_000 }, (_, i) => ({
        customerId: theirs[i % theirs.length] as number,
        body: `Theirs ${round}.${i}`,
        staffUserId: staffB.id,
      }));
      await insertMessages(app, b.id, busy);
    }
    middle = ourIds[ourIds.length - 500] as number;
    if (testEngine === "pg")
      await onPostgres(app, (client) => client.query("ANALYZE messages; ANALYZE customers; ANALYZE message_reads"));
  });
  afterAll(() => app.close());

  it.each([
    ["the inbox, first page", () => inboxPage(app.data, scope, { first: 20, afterId: null }), "messages_facility"],
    ["the inbox, deeper", () => inboxPage(app.data, scope, { first: 20, afterId: middle }), "messages_facility"],
    [
      "a conversation, first page",
      () => messagesPage(app.data, scope, customerId, { first: 20, afterId: null }),
      "messages_customer",
    ],
    [
      "a conversation, deeper",
      () => messagesPage(app.data, scope, customerId, { first: 20, afterId: middle }),
      "messages_customer",
    ],
    // The portal's unread badge and home count: the conversation's messages after the last read,
    // not every message of the facility after it.
    ["a conversation's unread count", () => portalUnread(app.data, scope, customerId, 0), "messages_customer"],
  ] as const)("%s", async (_name, read, walked) => {
    const plan = await planOf(app, await statementOf(app, read), "messages");
    const messageIndexes = plan.indexes.filter((name) => name.startsWith("messages_"));
    // The inbox walks the facility's messages in order, probing each one's conversation on the
    // customer's index. A conversation is read on the customer's index; PostgreSQL may gather one
    // it counts short from that index and sort it, which costs it less than a walk in order.
    const conversation = walked === "messages_customer";
    expect({ walked: messageIndexes[0], scans: plan.scansTable, sorts: plan.sorts }).toEqual({
      walked,
      scans: false,
      sorts: conversation && testEngine === "pg" ? expect.any(Boolean) : false,
    });
    expect(new Set(messageIndexes)).toEqual(
      new Set(conversation ? ["messages_customer"] : ["messages_facility", "messages_customer"]),
    );
  });
});
