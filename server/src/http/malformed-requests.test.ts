import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCar, createCustomer, twoFacilities } from "../../test/factories.js";
import { startTestApp, type TestApp } from "../../test/harness.js";

describe("a malformed request answers 4xx in the API's JSON error shape, never 500", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let carId: number;
  let customerId: number;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    customerId = (await createCustomer(app, t.a.id, { name: "Mal Formed" })).id;
    carId = (await createCar(app, t.a.id, customerId)).id;
  });
  afterAll(() => app.close());

  const graphqlPost = (body: string) =>
    fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
      body,
    });

  it.each([
    ["car photo", () => `/uploads/cars/${carId}/photos`],
    ["customer document", () => `/uploads/customers/${customerId}/documents?title=Lease`],
    ["facility logo", () => "/uploads/facility/logo"],
  ])("refuses a broken percent-escape in X-File-Name on a %s upload with 400", async (_what, path) => {
    const res = await fetch(`${app.url}${path()}`, {
      method: "POST",
      headers: {
        "x-portico-request": "1",
        "x-file-name": "%E0%A4%A",
        cookie: `portico_staff=${t.asA.cookie("portico_staff")}`,
      },
      body: Buffer.from("%PDF-1.7\n%%EOF\n"),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await res.json()) as { error: { code: string; fields?: Record<string, string> } };
    expect(body.error.code).toBe("BAD_USER_INPUT");
    expect(body.error.fields).toHaveProperty("file");
  });

  it("answers a /graphql body that is not JSON with 400 and a GraphQL error", async () => {
    const res = await graphqlPost('{"query": "{ staffViewer { id } }"');
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(await res.json()).toEqual({
      errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("answers a /graphql body over the size limit with 413 and a GraphQL error", async () => {
    const res = await graphqlPost(
      JSON.stringify({ query: "{ staffViewer { id } }", variables: { x: "x".repeat(13 * 1024 * 1024) } }),
    );
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: "The request body is too large", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("answers a document over the token limit with 400, not 500", async () => {
    const fields = Array.from({ length: 2500 }, () => "__typename").join(" ");
    const res = await graphqlPost(JSON.stringify({ query: `{ ${fields} }` }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(body.errors[0]?.message).toMatch(/token/i);
  });
});
