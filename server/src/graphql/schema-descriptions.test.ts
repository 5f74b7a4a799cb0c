import {
  buildSchema,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from "graphql";
import { describe, expect, it } from "vitest";
import { buildPorticoSchema } from "./schema.js";

/**
 * Every element of the schema an integrating developer reads: types, fields, arguments, input
 * fields and enum values. Built-in scalars and introspection types are the GraphQL spec's own.
 */
function undescribedSchemaElements(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text?.trim();
  const types = Object.values(schema.getTypeMap()).filter(
    (type: GraphQLNamedType) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );
  for (const type of types) {
    const rootType = type === schema.getQueryType() || type === schema.getMutationType();
    if (!rootType && blank(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (blank(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`input field ${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
      }
    }
  }
  return missing.sort();
}

describe("schema descriptions", () => {
  it("describes every type, field, argument, input field and enum value for integrating developers", () => {
    expect(undescribedSchemaElements(buildPorticoSchema())).toEqual([]);
  });

  it("notices each kind of element left without a description", () => {
    const rogue = buildSchema(`
      type Query { "A described field." thing(id: ID): Thing }
      type Thing { name: String }
      input ThingInput { "A described input field." name: String, size: Int }
      "A described enum." enum Size { "A described value." SMALL, LARGE }
    `);
    expect(undescribedSchemaElements(rogue)).toEqual([
      "argument Query.thing(id)",
      "enum value Size.LARGE",
      "field Thing.name",
      "input field ThingInput.size",
      "type Thing",
      "type ThingInput",
    ]);
  });
});
