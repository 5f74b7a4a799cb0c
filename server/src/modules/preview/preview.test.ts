import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCar, createCustomer, createInvoice, twoFacilities } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";

describe("staff preview of a customer's portal", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: number;

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    customerId = (await createCustomer(app, t.a.id, { name: "Hana Home", email: "hana@example.com" })).id;
    await createCar(app, t.a.id, customerId, { year: 1970, make: "Plymouth", model: "Hemi 'Cuda" });
    await createInvoice(app, t.a.id, customerId, { number: "INV-2", status: "DRAFT" });
  });
  afterAll(() => app.close());

  it("lets staff preview the portal as the customer, read-only", async () => {
    const staffBrowser = t.asA;
    await staffBrowser.ok(`mutation($id: ID!) { previewPortalAs(customerId: $id) }`, { id: String(customerId) });
    const asPortal = { "x-portico-app": "portal" };
    const viewer = await staffBrowser.post(
      "/graphql",
      { query: `{ portalViewer { name preview account { cars { displayName } } } }` },
      asPortal,
    );
    const body = (await viewer.json()) as { data: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      portalViewer: {
        name: "Hana Home",
        preview: true,
        account: { cars: [{ displayName: "1970 Plymouth Hemi 'Cuda" }] },
      },
    });
    const write = await staffBrowser.post(
      "/graphql",
      { query: `mutation { sendPortalMessage(body: "hi") { id } }` },
      asPortal,
    );
    expect(
      ((await write.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe("FORBIDDEN");
    const draft = await staffBrowser.post(
      "/graphql",
      {
        query: `query($id: ID!) { invoice(id: $id) { number } }`,
        variables: {
          id: String(
            (
              await app.data.read
                .select({ id: app.data.t.invoices.id })
                .from(app.data.t.invoices)
                .where(eq(app.data.t.invoices.number, "INV-2"))
            )[0]?.id,
          ),
        },
      },
      asPortal,
    );
    expect(
      ((await draft.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe("NOT_FOUND");
    const foreign = await t.asB.gql(`mutation($id: ID!) { previewPortalAs(customerId: $id) }`, {
      id: String(customerId),
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("previews a contact of the customer only, and never another facility's", async () => {
    const other = await createCustomer(app, t.a.id, { name: "Other", email: "other@example.com" });
    const PREVIEW = `mutation($id: ID!, $contact: ID) { previewPortalAs(customerId: $id, contactId: $contact) }`;
    const foreignContact = await t.asA.gql(PREVIEW, { id: String(customerId), contact: "999999" });
    expect(foreignContact.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const otherCustomer = await t.asB.gql(PREVIEW, { id: String(other.id), contact: null });
    expect(otherCustomer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
