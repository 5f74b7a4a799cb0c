import { describe, expect, it } from "vitest";
import { createFacility, createStaff, signInStaff } from "../../test/factories.js";
import { startTestApp } from "../../test/harness.js";

describe("introspection in production", () => {
  const schemaQuery = "{ __schema { queryType { name } } }";
  const typeQuery = 'query Probe { __type(name: "Query") { name } }';

  it("is refused to anonymous callers every time the same document comes, and allowed to staff", async () => {
    const app = await startTestApp({ NODE_ENV: "production" });
    try {
      const anonymous = app.client();
      // The second request for each document is served from Apollo's document cache.
      for (const query of [schemaQuery, schemaQuery, typeQuery, typeQuery]) {
        const answer = await anonymous.gql(query);
        expect(answer.data).toBeUndefined();
        expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
      expect((await anonymous.gql("{ __typename }")).data).toEqual({ __typename: "Query" });

      const facility = await createFacility(app);
      const staff = await createStaff(app, facility.id);
      const signedIn = await signInStaff(app.client(), staff.email);
      for (const query of [schemaQuery, schemaQuery]) {
        expect((await signedIn.gql(query)).data).toEqual({ __schema: { queryType: { name: "Query" } } });
      }
    } finally {
      await app.close();
    }
  });
});
