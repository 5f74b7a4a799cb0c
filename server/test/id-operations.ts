import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildSchema,
  type GraphQLArgument,
  GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLOutputType,
  GraphQLScalarType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isObjectType,
} from "graphql";

// Every Query and Mutation field of the published schema that takes an ID, turned into an operation
// the tenancy test can send with any id in any ID position. Reading the schema file (not a list in
// the test) is the point: a new ID-taking field is tested the day it is added.

const schemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql");

export function loadPublishedSchema(): GraphQLSchema {
  return buildSchema(fs.readFileSync(schemaFile, "utf8"));
}

/** One place an ID goes in a field's arguments: `["id"]`, `["input", "carId"]`, `["customerIds"]`. */
export type IdSlot = {
  path: string[];
  /** A list of ids: filled with one id. */
  list: boolean;
  /** The slot must be filled for the operation to be valid. */
  required: boolean;
};

export type IdField = {
  operation: "query" | "mutation";
  name: string;
  /** The field's return type, unwrapped: names what a cursor argument pages through. */
  returns: string;
  slots: IdSlot[];
  field: GraphQLField<unknown, unknown>;
};

const isRequired = (arg: GraphQLArgument | GraphQLInputField) =>
  arg.type instanceof GraphQLNonNull && arg.defaultValue === undefined;

function unwrapInput(type: GraphQLInputType): { named: GraphQLInputType; list: boolean } {
  let current = type;
  let list = false;
  while (current instanceof GraphQLNonNull || current instanceof GraphQLList) {
    if (current instanceof GraphQLList) list = true;
    current = current.ofType;
  }
  return { named: current, list };
}

function slotsIn(type: GraphQLInputType, at: string[], required: boolean, seen: Set<string>): IdSlot[] {
  const { named, list } = unwrapInput(type);
  if (named instanceof GraphQLScalarType && named.name === "ID") return [{ path: at, list, required }];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inner = new Set(seen).add(named.name);
  return Object.values(named.getFields()).flatMap((f) =>
    slotsIn(f.type, [...at, f.name], required && isRequired(f), inner),
  );
}

/** The Query and Mutation fields that take at least one ID, directly, in a list or in an input. */
export function idTakingFields(schema: GraphQLSchema): IdField[] {
  const roots = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const;
  const fields: IdField[] = [];
  for (const [operation, root] of roots) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const slots = field.args.flatMap((a) => slotsIn(a.type, [a.name], isRequired(a), new Set()));
      if (slots.length > 0)
        fields.push({ operation, name: field.name, returns: getNamedType(field.type).name, slots, field });
    }
  }
  return fields;
}

export const slotName = (slot: IdSlot) => slot.path.join(".");

/** Values the generic fill cannot guess, keyed by `field` and then by argument path. */
export type ValueOverrides = Record<string, Record<string, unknown>>;

/** An ISO day and instant inside the test clock's world, for dates typed as strings or DateTimeISO. */
const DAY = "2026-03-05";
const INSTANT = "2026-03-05T10:00:00.000Z";

function leafValue(type: GraphQLInputType, name: string): unknown {
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.value;
  if (!(type instanceof GraphQLScalarType)) throw new Error(`no value for ${name}: ${String(type)}`);
  switch (type.name) {
    case "String":
      if (/(On|Date)$/.test(name)) return DAY;
      if (/email/i.test(name)) return "someone@example.com";
      if (/colou?r/i.test(name)) return "#225588";
      return "Test";
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "DateTimeISO":
      return INSTANT;
    default:
      throw new Error(`no generic value for the scalar ${type.name} (argument ${name}): teach id-operations.ts one`);
  }
}

/**
 * A valid value of `type` at `at`: required parts filled generically, ID slots from `ids` (a slot
 * left out of `ids` is omitted when optional), overrides from `overrides`.
 */
function fillValue(
  type: GraphQLInputType,
  at: string[],
  ids: Map<string, string>,
  overrides: Record<string, unknown>,
): unknown {
  const key = at.join(".");
  if (key in overrides) return overrides[key];
  const { named, list } = unwrapInput(type);
  let value: unknown;
  if (named instanceof GraphQLScalarType && named.name === "ID") {
    value = ids.get(key);
    if (value === undefined) return undefined;
  } else if (named instanceof GraphQLInputObjectType) {
    const object: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) {
      const wanted =
        isRequired(f) || mentions([...at, f.name], ids.keys()) || mentions([...at, f.name], Object.keys(overrides));
      if (!wanted) continue;
      const inner = fillValue(f.type, [...at, f.name], ids, overrides);
      if (inner !== undefined) object[f.name] = inner;
      else if (isRequired(f)) throw new Error(`cannot fill ${[...at, f.name].join(".")}`);
    }
    value = object;
  } else if (isLeafType(named)) {
    value = leafValue(named, at[at.length - 1] ?? "");
  }
  return list ? [value] : value;
}

/** True when the path is given or something inside it is: decides which optional parts to send. */
const mentions = (at: string[], keys: Iterable<string>) => {
  const prefix = at.join(".");
  for (const key of keys) if (key === prefix || key.startsWith(`${prefix}.`)) return true;
  return false;
};

/**
 * The operation and variables calling `field` with `ids` (slot path → id) in its ID slots.
 * Optional arguments are sent only when they hold a given id or an override; the selection is
 * `__typename` for objects and unions, nothing for leaves, or with `rich` every field two levels
 * deep that needs no argument.
 */
export function buildOperation(
  field: IdField,
  ids: Map<string, string>,
  overrides: Record<string, unknown> = {},
  options: { rich?: boolean } = {},
): { query: string; variables: Record<string, unknown> } {
  const definitions: string[] = [];
  const args: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.field.args) {
    const wanted = isRequired(arg) || mentions([arg.name], ids.keys()) || mentions([arg.name], Object.keys(overrides));
    if (!wanted) continue;
    const value = fillValue(arg.type, [arg.name], ids, overrides);
    if (value === undefined) {
      if (isRequired(arg)) throw new Error(`${field.name}: no value for ${arg.name}`);
      continue;
    }
    definitions.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = value;
  }
  const selection = options.rich ? richSelection(field.field.type, 2) : minimalSelection(field.field.type);
  const head = definitions.length ? `(${definitions.join(", ")})` : "";
  const call = args.length ? `(${args.join(", ")})` : "";
  return { query: `${field.operation} Tenancy${head} { ${field.name}${call}${selection} }`, variables };
}

const minimalSelection = (type: GraphQLOutputType) => (isLeafType(getNamedType(type)) ? "" : " { __typename }");

/** Every field that takes no required argument, `depth` object levels deep: what a reader could see. */
function richSelection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (!isObjectType(named) || depth === 0) return " { __typename }";
  const parts = Object.values(named.getFields())
    .filter((f) => !f.args.some((a) => isRequired(a)))
    .map((f) => `${f.name}${richSelection(f.type, depth - 1)}`);
  return ` { __typename ${parts.join(" ")} }`;
}
