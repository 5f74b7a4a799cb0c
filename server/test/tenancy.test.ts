import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PORTAL_COOKIE, STAFF_COOKIE } from "../src/modules/auth/sessions.service.js";
import { createCustomer, customerInPortal, twoFacilities } from "./factories.js";
import { startFakeStripe } from "./fake-stripe.js";
import { type GqlResult, latestEmailTo, startTestApp, type TestApp, type TestClient } from "./harness.js";
import {
  buildOperation,
  type IdField,
  type IdSlot,
  idTakingFields,
  loadPublishedSchema,
  slotName,
  type ValueOverrides,
} from "./id-operations.js";
import {
  buildCustomerWithEntities,
  buildEntities,
  crossReferences,
  type EntityIds,
  type EntityKind,
  entityKinds,
  isOwned,
  type OwnerScope,
  snapshotOwnedRows,
} from "./tenancy-world.js";

// Every Query and Mutation field that takes an ID, called through the HTTP API with an id of
// another facility (as staff) or of another customer (as a portal person), then with an id that
// exists nowhere: the two answers must be the same, word for word. Afterwards the other tenant's
// rows must be unchanged, none of the viewer's rows may point at them, and no answer may show them.
// The operations are generated from schema/schema.graphql, so a new field is covered without
// editing this file; one whose ID argument names no known entity fails the test.

/** An id no row of any table has. */
const MISSING = "987654321";
const PORTAL_PERSON = "Pat Tenant";
/** In every name and text of the other tenant's rows: no answer may contain it. */
const MARK = "Qzforeign";
const STRIPE_KEY = "sk_test_tenancyKey1";

/** A keyset cursor: a position in the viewer's own list, not a reference to a row. */
type Position = "Position";

/** Argument names that do not spell their entity, with why they name it. */
const argumentAliases: Record<string, { kind: EntityKind; reason: string }> = {
  acceptedLineIds: { kind: "EstimateLine", reason: "the lines of the estimate being answered" },
  endpointId: { kind: "WebhookEndpoint", reason: "the endpoint a test event goes to" },
};

/** Fields the generic fill cannot make valid, with why and what they need. */
const valueOverrides: ValueOverrides = {
  // Validated before the lookup: a generic name and no consent would be refused for both ids alike.
  signDocument: { "input.consent": true, "input.typedName": PORTAL_PERSON },
  // Validated before the lookup: a call that changes nothing is refused for both ids alike.
  updateServiceRequest: { reply: "On it" },
  // Checked after the lookup, against the name of the viewer's own fresh customer (buildCustomerWithEntities).
  deleteCustomer: { confirmName: " Customer" },
  // The sorted schema lists BOTH first, which needs consent: email alone is valid for any person.
  setTextSettings: { "input.channel": "EMAIL" },
};

/** Fields with no ID argument a foreign tenant could be told apart by, and why. */
const notComparable: Record<string, string> = {};

/**
 * The entity an ID slot names: an alias, a cursor, `<kind>Id(s)`, or for a bare `id` the kind the
 * field's name starts with (earliest, then longest: removeCarPhoto → CarPhoto,
 * convertEstimateToInvoice → Estimate).
 */
function kindOf(field: IdField, slot: IdSlot): EntityKind | Position | undefined {
  const name = slot.path[slot.path.length - 1] ?? "";
  const alias = argumentAliases[name];
  if (alias) return alias.kind;
  if (name === "before" || name === "after") return "Position";
  if (name === "id") {
    const lower = field.name.toLowerCase();
    const matches = entityKinds
      .map((kind) => ({ kind, at: lower.indexOf(kind.toLowerCase()) }))
      .filter((m) => m.at >= 0)
      .sort((x, y) => x.at - y.at || y.kind.length - x.kind.length);
    return matches[0]?.kind;
  }
  const stem = name.replace(/Ids?$/, "");
  const kind = stem.charAt(0).toUpperCase() + stem.slice(1);
  return (entityKinds as string[]).includes(kind) ? (kind as EntityKind) : undefined;
}

type Answer = { data: unknown; errors: Array<{ message: string; extensions: Record<string, unknown> }> | undefined };

function normalise(result: GqlResult): Answer {
  return {
    data: result.data ?? null,
    errors: result.errors?.map(({ message, extensions = {} }) => {
      const { stacktrace: _stacktrace, ...rest } = extensions;
      return { message, extensions: rest };
    }),
  };
}

type Scenario = {
  /** A browser signed in as the viewer; every call goes through a copy of its session cookies. */
  viewer: TestClient;
  /** The other tenant's rows. */
  foreign: EntityIds;
  /** Fresh rows of the viewer's own, for the ID slots not under test. */
  own: () => Promise<EntityIds>;
  /** Whose rows must come out unchanged. */
  protect: OwnerScope;
  /** The viewer's own rows, which must not come to point at the protected ones. */
  viewerScope: OwnerScope;
};

type Mismatch = { field: string; slot: string; ids: number[]; foreign: Answer; missing: Answer };
type Revealed = { field: string; slot: string; ids: number[]; answer: Answer };
type Control = { field: string; code: string; message?: string };

const schema = loadPublishedSchema();
const fields = idTakingFields(schema);
const testable = (field: IdField) =>
  field.slots.filter((slot) => {
    const kind = kindOf(field, slot);
    return kind !== undefined && kind !== "Position";
  });

/**
 * Calls every field with a foreign id in each ID slot (the other slots hold the viewer's own ids),
 * and with all slots foreign at once, then the same with a missing id. Answers the mismatches, and
 * how each field answered with the viewer's own ids (which shows the generated call is valid).
 */
async function probe(
  scenario: Scenario,
): Promise<{ mismatches: Mismatch[]; revealed: Revealed[]; controls: Control[]; calls: number }> {
  const mismatches: Mismatch[] = [];
  const revealed: Revealed[] = [];
  const controls: Control[] = [];
  let calls = 0;
  // A fresh browser with the viewer's session per call: a staff call that starts a portal preview
  // must not make the next calls portal calls.
  const send = async (field: IdField, ids: Map<string, string>, options: { rich?: boolean } = {}) => {
    calls += 1;
    const { query, variables } = buildOperation(field, ids, valueOverrides[field.name], options);
    const browser = app.client();
    for (const name of [STAFF_COOKIE, PORTAL_COOKIE]) {
      const value = scenario.viewer.cookie(name);
      if (value) browser.setCookie(name, value);
    }
    const answer = normalise(await browser.gql(query, variables));
    // Switching account replaces the session: the viewer goes on with the new one.
    for (const name of [STAFF_COOKIE, PORTAL_COOKIE]) {
      const value = browser.cookie(name);
      if (scenario.viewer.cookie(name) && value) scenario.viewer.setCookie(name, value);
    }
    return answer;
  };
  for (const field of fields) {
    const slots = testable(field);
    if (slots.length === 0) continue;
    const kindAt = (slot: IdSlot) => kindOf(field, slot) as EntityKind;
    // The slots under test get `value(slot)`, the others the viewer's own ids.
    // A cursor the field cannot do without starts nowhere in particular: the same in every call.
    const positions = field.slots.filter((slot) => slot.required && kindOf(field, slot) === "Position");
    const fill = async (under: IdSlot | "all", value: (slot: IdSlot) => string) => {
      const own = slots.length > 1 && under !== "all" ? await scenario.own() : undefined;
      const ids = new Map(positions.map((slot) => [slotName(slot), MISSING]));
      for (const slot of slots)
        ids.set(slotName(slot), under === "all" || under === slot ? value(slot) : String(own?.[kindAt(slot)][0]));
      return ids;
    };
    const compare = async (under: IdSlot | "all", foreignId: (slot: IdSlot) => number) => {
      const foreign = await send(field, await fill(under, (slot) => String(foreignId(slot))));
      const missing = await send(field, await fill(under, () => MISSING));
      const slot = under === "all" ? "all" : slotName(under);
      const ids = (under === "all" ? slots : [under]).map((s) => foreignId(s));
      if (JSON.stringify(foreign) !== JSON.stringify(missing))
        mismatches.push({ field: field.name, slot, ids, foreign, missing });
      // Accepted both ways (an unknown id ignored): `__typename` cannot show what came back, so
      // the call is made again reading every field, which must show none of the other tenant's rows.
      const shown =
        foreign.errors || missing.errors
          ? foreign
          : await send(field, await fill(under, (slot) => String(foreignId(slot))), { rich: true });
      if (JSON.stringify(shown).toLowerCase().includes(MARK.toLowerCase()))
        revealed.push({ field: field.name, slot, ids, answer: shown });
    };
    for (const slot of slots) for (const id of scenario.foreign[kindAt(slot)]) await compare(slot, () => id);
    if (slots.length > 1) await compare("all", (slot) => scenario.foreign[kindAt(slot)][0] as number);
    // The same call with the viewer's own rows, in each state they are built in, until one is
    // accepted: shows the generated call is one the server can accept.
    const own = await scenario.own();
    const states = Math.max(...slots.map((slot) => own[kindAt(slot)].length));
    let answer: Answer | undefined;
    for (let state = 0; state < states && (!answer || answer.errors); state++) {
      const pick = (slot: IdSlot) => own[kindAt(slot)][Math.min(state, own[kindAt(slot)].length - 1)];
      const ids = new Map(positions.map((slot) => [slotName(slot), MISSING]));
      for (const slot of slots) ids.set(slotName(slot), String(pick(slot)));
      answer = await send(field, ids);
    }
    const error = answer?.errors?.[0];
    controls.push({ field: field.name, code: error ? String(error.extensions.code) : "ok", message: error?.message });
  }
  return { mismatches, revealed, controls, calls };
}

let app: TestApp;
let world: {
  facilityA: number;
  facilityB: number;
  staffB: TestClient;
  portalB: TestClient;
  contactB: TestClient;
  customerB: number;
  customerB2: number;
  staffBId: number;
  foreignFacility: EntityIds;
  foreignCustomer: EntityIds;
};

let stripe: Awaited<ReturnType<typeof startFakeStripe>>;

beforeAll(async () => {
  // Online payments on in both facilities, so payment calls reach their lookup.
  stripe = await startFakeStripe({ secretKey: STRIPE_KEY });
  app = await startTestApp({ STRIPE_API_URL: stripe.url });
  const { a, b, staffA, staffB, asA, asB } = await twoFacilities(app);
  for (const staff of [asA, asB])
    await staff.ok(`mutation($i: StripeSettingsInput!) { updateStripeSettings(input: $i) { stripeConnected } }`, {
      i: { secretKey: STRIPE_KEY, webhookSecret: "whsec_tenancy" },
    });
  const { customer, browser } = await customerInPortal(app, asB, b.id, {
    name: PORTAL_PERSON,
    email: "pat.tenant@example.com",
  });
  // A sub-contact of the same account, signed in on their own: contacts take other code paths.
  const [contact] = await app.data.transaction((tx) =>
    tx
      .insert(app.data.t.contacts)
      .values({
        facilityId: b.id,
        customerId: customer.id,
        name: PORTAL_PERSON,
        email: "pat.contact@example.com",
        canAccessPortal: true,
      })
      .returning(),
  );
  await asB.ok(`mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id } } }`, {
    id: String(contact?.id),
  });
  await app.deliver();
  const contactBrowser = app.client();
  await contactBrowser.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
    t: (await latestEmailTo(app, "pat.contact@example.com"))?.token,
  });
  const b2 = await createCustomer(app, b.id, { name: `${MARK} Customer`, email: `${MARK}.b2@example.com` });
  world = {
    facilityA: a.id,
    facilityB: b.id,
    staffB: asB,
    portalB: browser,
    contactB: contactBrowser,
    customerB: customer.id,
    customerB2: b2.id,
    staffBId: staffB.id,
    foreignFacility: await buildCustomerWithEntities(app, a.id, staffA.id, { facilityWide: true, mark: MARK }),
    foreignCustomer: await buildEntities(
      app,
      { facilityId: b.id, customerId: b2.id, staffId: staffB.id },
      { mark: MARK },
    ),
  };
});

afterAll(async () => {
  await app?.close();
  await stripe?.close();
});

describe("the ID-taking fields of the schema", () => {
  it("are found in arguments, lists and nested inputs, and called with only what they require", () => {
    const tiny = buildSchema(`
      type Query { car(id: ID!): Car, plain(n: Int): Int }
      type Mutation { plan(input: PlanInput!, customerIds: [ID!]!, note: String): Int }
      type Car { make: String }
      input PlanInput { title: String!, carId: ID, when: Window! }
      input Window { startsOn: String!, customerId: ID!, kind: Kind! }
      enum Kind { SOCIAL OTHER }
    `);
    const found = idTakingFields(tiny);
    expect(found.map((f) => [f.name, f.slots.map(slotName)])).toEqual([
      ["car", ["id"]],
      ["plan", ["input.carId", "input.when.customerId", "customerIds"]],
    ]);
    const [car, plan] = found as [IdField, IdField];
    expect(buildOperation(car, new Map([["id", "7"]]))).toEqual({
      query: "query Tenancy($id: ID!) { car(id: $id) { __typename } }",
      variables: { id: "7" },
    });
    const ids = new Map([
      ["input.when.customerId", "1"],
      ["customerIds", "2"],
    ]);
    expect(buildOperation(plan, ids).variables).toEqual({
      input: { title: "Test", when: { startsOn: "2026-03-05", customerId: "1", kind: "SOCIAL" } },
      customerIds: ["2"],
    });
  });

  it("each names an entity kind the test can build, or is listed as not comparable", () => {
    const unknown = fields.flatMap((field) =>
      field.slots.filter((slot) => kindOf(field, slot) === undefined).map((slot) => `${field.name}(${slotName(slot)})`),
    );
    expect(unknown, "ID arguments naming no known entity: add the kind to tenancy-world.ts").toEqual([]);
    const uncovered = fields.filter((field) => testable(field).length === 0 && !(field.name in notComparable));
    expect(uncovered.map((f) => f.name)).toEqual([]);
    expect(Object.keys(notComparable).filter((name) => !fields.some((f) => f.name === name))).toEqual([]);
    expect(Object.keys(valueOverrides).filter((name) => !fields.some((f) => f.name === name))).toEqual([]);
    const argumentNames = new Set(fields.flatMap((f) => f.slots.map((slot) => slot.path[slot.path.length - 1])));
    expect(Object.keys(argumentAliases).filter((name) => !argumentNames.has(name))).toEqual([]);
    expect(fields.length).toBeGreaterThan(40);
  });

  it("are built from rows that exist and belong to the other tenant", async () => {
    for (const kind of entityKinds) {
      expect(world.foreignFacility[kind].length, kind).toBeGreaterThan(0);
      for (const id of world.foreignFacility[kind])
        expect(await isOwned(app, kind, id, { facilityId: world.facilityA }), `${kind} ${id}`).toBe(true);
    }
    for (const kind of entityKinds) {
      // facility rows, no customer's
      const facilityRows = [
        "File",
        "BulkInvite",
        "CustomerImport",
        "StaffUser",
        "ApiKey",
        "WebhookEndpoint",
        "WebhookDelivery",
      ];
      if (facilityRows.includes(kind)) continue;
      for (const id of world.foreignCustomer[kind])
        expect(await isOwned(app, kind, id, { customerId: world.customerB2 }), `${kind} ${id}`).toBe(true);
    }
  });
});

describe.each([
  {
    who: "staff of another facility",
    scenario: (): Scenario => ({
      viewer: world.staffB,
      foreign: world.foreignFacility,
      own: () => buildCustomerWithEntities(app, world.facilityB, world.staffBId),
      protect: { facilityId: world.facilityA },
      viewerScope: { facilityId: world.facilityB },
    }),
  },
  {
    who: "a portal person of another customer of the same facility",
    scenario: (): Scenario => ({
      viewer: world.portalB,
      foreign: world.foreignCustomer,
      own: () =>
        buildEntities(app, { facilityId: world.facilityB, customerId: world.customerB, staffId: world.staffBId }),
      protect: { customerId: world.customerB2 },
      viewerScope: { customerId: world.customerB },
    }),
  },
  {
    who: "a sub-contact in the portal, against another customer of the same facility",
    scenario: (): Scenario => ({
      viewer: world.contactB,
      foreign: world.foreignCustomer,
      own: () =>
        buildEntities(app, { facilityId: world.facilityB, customerId: world.customerB, staffId: world.staffBId }),
      protect: { customerId: world.customerB2 },
      viewerScope: { customerId: world.customerB },
    }),
  },
  {
    who: "a portal person of another facility",
    scenario: (): Scenario => ({
      viewer: world.portalB,
      foreign: world.foreignFacility,
      own: () =>
        buildEntities(app, { facilityId: world.facilityB, customerId: world.customerB, staffId: world.staffBId }),
      protect: { facilityId: world.facilityA },
      viewerScope: { facilityId: world.facilityB },
    }),
  },
])("as $who", ({ scenario: make }) => {
  it("a foreign id answers exactly like a missing one, and the foreign rows stay as they were", async () => {
    const scenario = make();
    const before = await snapshotOwnedRows(app, scenario.protect);
    const { mismatches, revealed, controls, calls } = await probe(scenario);
    const byCode = new Map<string, number>();
    for (const c of controls) byCode.set(c.code, (byCode.get(c.code) ?? 0) + 1);
    console.info(
      `${controls.length} fields in ${calls} calls; with the viewer's own ids: ${[...byCode].map((e) => e.join(" ")).join(", ")}`,
    );
    // A call the server rejects as malformed, or whose own ids it cannot find, proves nothing.
    const invalid = controls.filter(
      (c) => !["ok", "UNAUTHENTICATED", "FORBIDDEN", "CONFLICT", "SERVICE_UNAVAILABLE"].includes(c.code),
    );
    const after = await snapshotOwnedRows(app, scenario.protect);
    expect({
      mismatches,
      revealed,
      invalid,
      changedTables: Object.keys(before).filter((table) => after[table] !== before[table]),
      crossReferences: await crossReferences(app, scenario.viewerScope, scenario.protect),
    }).toEqual({ mismatches: [], revealed: [], invalid: [], changedTables: [], crossReferences: [] });
    // The viewer stayed signed in throughout: what its role may call, it could.
    expect(byCode.get("ok") ?? 0).toBeGreaterThan(5);
  });
});
