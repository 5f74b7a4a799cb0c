import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { GraphQLObjectType, GraphQLSchema, GraphQLString, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compilationsDuring, countStatements, startTestApp, type TestApp } from "../../test/harness.js";
import { notFound } from "../lib/domain-error.js";
import { createLogger } from "../lib/logger.js";
import { PUBLIC_ROOT_FIELDS, unguardedRootFields } from "./auth.js";
import { createErrorFormatter } from "./errors.js";
import { queryLimits } from "./limits.js";
import { buildPorticoSchema, printPorticoSchema } from "./schema.js";

const committed = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../schema/schema.graphql");

describe("schema contract", () => {
  it("matches the committed, sorted schema/schema.graphql (run `pnpm generate` after changing resolvers)", () => {
    expect(fs.readFileSync(committed, "utf8")).toBe(printPorticoSchema());
  });

  it("guards every root field: @Authorized or on the explicit public list", () => {
    expect(unguardedRootFields(buildPorticoSchema())).toEqual([]);
  });

  it("notices a root field without a rule", () => {
    const rogue = new GraphQLSchema({
      query: new GraphQLObjectType({ name: "Query", fields: { secrets: { type: GraphQLString } } }),
    });
    expect(unguardedRootFields(rogue)).toEqual(["Query.secrets"]);
  });

  it("lists only fields that exist as public", () => {
    const schema = buildPorticoSchema();
    const fields = new Set([
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ]);
    for (const publicField of PUBLIC_ROOT_FIELDS) expect(fields).toContain(publicField);
  });
});

describe("GraphQL endpoint hardening", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("refuses anonymous calls to guarded fields with UNAUTHENTICATED", async () => {
    const result = await app.client().gql("{ customers { totalCount } }");
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.data).toBeNull();
  });

  it("blocks CSRF-able requests (a simple GET without the preflight header)", async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent("{ staffViewer { id } }")}`);
    expect(res.status).toBe(400);
  });

  it("blocks a CSRF-able POST (a form's text/plain body) without running it", async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "mutation { staffSignOut }" }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it("refuses batched HTTP requests", async () => {
    const res = await app
      .client()
      .post("/graphql", [{ query: "{ staffViewer { id } }" }, { query: "{ staffViewer { id } }" }]);
    expect(res.status).toBe(400);
  });

  it("limits aliases", async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: staffViewer { id }`).join(" ");
    const tooManyAliases = await app.client().gql(`{ ${aliases} }`);
    expect(tooManyAliases.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("rejects queries deeper than the limit", () => {
    const node: GraphQLObjectType = new GraphQLObjectType({
      name: "Node",
      fields: () => ({ id: { type: GraphQLString }, child: { type: node } }),
    });
    const recursive = new GraphQLSchema({
      query: new GraphQLObjectType({ name: "Query", fields: { node: { type: node } } }),
    });
    const rules = queryLimits().validationRules;
    const nested = (depth: number): string => (depth === 0 ? "id" : `child { ${nested(depth - 1)} }`);
    expect(validate(recursive, parse(`{ node { ${nested(6)} } }`), rules)).toEqual([]);
    const errors = validate(recursive, parse(`{ node { ${nested(14)} } }`), rules);
    expect(errors[0]?.message).toMatch(/depth/i);
  });

  it("answers GET /healthz with 200, compiling no statement once warm", async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await res.json()).toEqual({ ok: true });
    // Probed every few seconds for the life of the process.
    expect(await compilationsDuring(app, () => fetch(`${app.url}/healthz`))).toBe(0);
  });

  it("answers a storm of /healthz probes with one database query", async () => {
    const probe = async () => expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const { statements } = await countStatements(app, async () => {
      await Promise.all(Array.from({ length: 10 }, probe));
      for (let i = 0; i < 10; i++) await probe();
    });
    // One, or none when the probe before this test checked the database less than a second ago.
    expect(statements.length).toBeLessThanOrEqual(1);
  });

  it("sends a request id and safe headers", async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get("x-request-id")).toMatch(/[0-9a-f-]{36}/);
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  });
});

describe("error formatting", () => {
  const format = createErrorFormatter(createLogger("silent"));

  it("masks unexpected errors as Internal server error", () => {
    const formatted = format({ message: "SQLITE_CORRUPT: secret detail" }, new Error("SQLITE_CORRUPT: secret detail"));
    expect(formatted.message).toBe("Internal server error");
    expect(formatted.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("passes domain errors through with their code", () => {
    const error = notFound("Customer");
    const formatted = format({ message: error.message, extensions: error.extensions }, error);
    expect(formatted).toMatchObject({ message: "Customer not found", extensions: { code: "NOT_FOUND" } });
  });
});
