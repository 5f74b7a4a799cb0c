import { MaxLength } from "class-validator";
import { Arg, buildSchemaSync, Field, InputType, Query, Resolver } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCar, createCustomer, customerInPortal, twoFacilities } from "../../test/factories.js";
import { countRows, startTestApp, type TestApp } from "../../test/harness.js";
import { StringArg, unboundedStringInputs } from "./bounds.js";
import { buildPorticoSchema } from "./schema.js";

@InputType()
class RogueLineInput {
  @Field()
  description: string;
}

@InputType()
class RogueInput {
  @Field()
  @MaxLength(10)
  title: string;

  @Field(() => [RogueLineInput])
  lines: RogueLineInput[];

  @Field(() => [String])
  @MaxLength(10)
  tags: string[];

  @Field(() => [String])
  @MaxLength(10, { each: true })
  labels: string[];
}

@Resolver()
class RogueResolver {
  @Query(() => String)
  rogue(
    @Arg("free", () => String) free: string,
    @StringArg("kept", { maxLength: 5 }) kept: string,
    @Arg("input", () => RogueInput) input: RogueInput,
  ): string {
    return `${free}${kept}${input.title}`;
  }
}

describe("every string input has a maximum length", () => {
  it("holds for every input-object field and every argument in Portico's schema", () => {
    expect(unboundedStringInputs(buildPorticoSchema())).toEqual([]);
  });

  it("names an unbounded argument, an unbounded input field, a list not bounded item by item, and a nested input without @ValidateNested", () => {
    const rogue = buildSchemaSync({ resolvers: [RogueResolver], authChecker: () => true, validate: true });
    expect(unboundedStringInputs(rogue)).toEqual([
      "Query.rogue(free:)",
      "RogueInput.lines (not @ValidateNested)",
      "RogueInput.tags",
      "RogueLineInput.description",
    ]);
  });
});

describe("bounds and clean emails are enforced through GraphQL", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: number;
  const megabyte = "x".repeat(1024 * 1024);

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    customerId = (await createCustomer(app, t.a.id, { name: "Bo Bounds" })).id;
    await createCar(app, t.a.id, customerId);
  });
  afterAll(() => app.close());

  it("refuses a 1 MB invoice line description, naming the nested field", async () => {
    const result = await t.asA.gql(
      `mutation($c: ID!, $input: InvoiceInput!) { createInvoice(customerId: $c, input: $input) { id } }`,
      {
        c: String(customerId),
        input: {
          lines: [
            { description: "Storage", quantity: 1, unitCents: 100 },
            { description: megabyte, quantity: 1, unitCents: 100 },
          ],
        },
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { "lines.1.description": "Describe the item (up to 300 characters)" },
    });
    expect(await countRows(app, "invoices")).toBe(0);
  });

  it("refuses a 1 MB estimate line description", async () => {
    const result = await t.asA.gql(
      `mutation($c: ID!, $input: EstimateInput!) { createEstimate(customerId: $c, input: $input) { id } }`,
      {
        c: String(customerId),
        input: { title: "Brakes", lines: [{ description: megabyte, quantity: 1, unitCents: 100 }] },
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { "lines.0.description": "Describe the item (up to 300 characters)" },
    });
  });

  it("refuses a bare String argument over its bound with the argument as the field", async () => {
    const search = await t.asA.gql(`query($s: String) { customers(search: $s) { totalCount } }`, { s: megabyte });
    expect(search.errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      fields: { search: "At most 200 characters" },
    });

    const message = await t.asA.gql(`mutation($c: ID!, $b: String!) { sendMessage(customerId: $c, body: $b) { id } }`, {
      c: String(customerId),
      b: megabyte,
    });
    expect(message.errors?.[0]).toMatchObject({
      message: "Messages are at most 5000 characters",
      extensions: { code: "BAD_USER_INPUT", fields: { body: "Messages are at most 5000 characters" } },
    });

    const signIn = await app
      .client()
      .gql(`mutation($e: String!, $p: String!) { staffSignIn(email: $e, password: $p) { id } }`, {
        e: "someone@example.com",
        p: megabyte,
      });
    expect(signIn.errors?.[0]?.extensions?.fields).toEqual({ password: "At most 256 characters" });
  });

  it.each([
    ["zero-width space", "ana\u200B@example.com"],
    ["right-to-left override", "ana@exa\u202Emple.com"],
    ["byte-order mark", "\uFEFFana@example.com"],
    ["carriage return and line feed", "ana@example.com\r\nBcc: all@example.com"],
    ["trailing line feed", "ana@example.com\n"],
    ["no-break space", "ana\u00A0@example.com"],
  ])("refuses an email address with a %s", async (_what, email) => {
    const result = await t.asA.gql(`mutation($input: CustomerInput!) { createCustomer(input: $input) { id } }`, {
      input: { name: "Ana Invisible", email },
    });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      fields: { email: "Enter a valid email address, like name@example.com" },
    });
  });

  it("sends no sign-in link to an address typed with an invisible character, answering as always", async () => {
    await customerInPortal(app, t.asA, t.a.id, { name: "Ida Invisible", email: "ida@example.com" });
    const REQUEST = `mutation($e: String!) { requestSignInLink(email: $e) { message } }`;
    const before = await countRows(app, "email_outbox");
    const answers = [];
    for (const e of ["\uFEFFida@example.com", "ida@example.com\r\n", "ida\u200B@example.com"]) {
      answers.push(
        (await app.client().ok<{ requestSignInLink: { message: string } }>(REQUEST, { e })).requestSignInLink,
      );
    }
    expect(await countRows(app, "email_outbox")).toBe(before);
    const clean = await app.client().ok<{ requestSignInLink: { message: string } }>(REQUEST, { e: "ida@example.com" });
    expect(answers).toEqual([clean.requestSignInLink, clean.requestSignInLink, clean.requestSignInLink]);
    expect(await countRows(app, "email_outbox")).toBe(before + 1);
  });

  it("still forgives plain spaces around an address", async () => {
    const data = await t.asA.ok<{ createCustomer: { email: string } }>(
      `mutation($input: CustomerInput!) { createCustomer(input: $input) { email } }`,
      { input: { name: "Ana Spaces", email: "  Ana@Example.com " } },
    );
    expect(data.createCustomer.email).toBe("ana@example.com");
  });
});
