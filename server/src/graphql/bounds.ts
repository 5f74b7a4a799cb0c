import { getMetadataStorage as validationMetadata } from "class-validator";
import {
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
} from "graphql";
import { Arg, getMetadataStorage as typeMetadata, type ValidatorFn } from "type-graphql";
import { badInput } from "../lib/domain-error.js";

/**
 * Every string a caller can send has a maximum length (DESIGN §8 "input"). Input-object fields
 * carry it as class-validator's `@MaxLength`/`@Length`, nested inputs as `@ValidateNested`; a bare
 * String argument is declared with `@StringArg`, which validates it and records its bound here.
 * `unboundedStringInputs` reads both back from the metadata the schema was built from, so a test
 * fails on any string input without a bound — and a bound the walk can read is, by construction,
 * the one enforced at runtime.
 */
const argumentBounds = new WeakMap<ValidatorFn, number>();

type StringArgOptions = {
  maxLength: number;
  nullable?: boolean;
  description?: string;
  /** Shown under the field; defaults to "At most N characters". */
  message?: string;
};

export function StringArg(name: string, options: StringArgOptions): ReturnType<typeof Arg> {
  const { maxLength, message, ...argOptions } = options;
  const validateFn: ValidatorFn = (value) => {
    if (typeof value === "string" && value.length > maxLength) {
      const text = message ?? `At most ${maxLength.toLocaleString("en-US")} characters`;
      throw badInput(text, { [name]: text });
    }
  };
  argumentBounds.set(validateFn, maxLength);
  return Arg(name, () => String, { ...argOptions, validateFn });
}

/** A class, as type-graphql and class-validator key their metadata. */
// biome-ignore lint/complexity/noBannedTypes: both libraries type their targets as Function.
type Target = Function;

type ParamMetadata = { kind: string; name?: string; validateFn?: ValidatorFn };
type HandlerMetadata = {
  target: Target;
  schemaName: string;
  params?: ParamMetadata[];
  getObjectType?: () => Target;
};
type ClassMetadata = {
  name: string;
  target: Target;
  fields?: Array<{ name: string; schemaName: string; params?: ParamMetadata[] }>;
};

const isString = (type: GraphQLInputType) => getNamedType(type).name === "String";

/** A list of strings is bounded only by a rule applied to each item (`{ each: true }`). */
function maxLengthOf(target: Target, property: string, list: boolean): number | undefined {
  const rules = validationMetadata()
    .getTargetValidationMetadatas(target, "", true, false)
    .filter((rule) => rule.propertyName === property && (!list || rule.each));
  for (const rule of rules) {
    if (rule.name === "maxLength") return rule.constraints[0] as number;
    if (rule.name === "isLength") return rule.constraints[1] as number;
  }
  return undefined;
}

function validatesNested(target: Target, property: string): boolean {
  return validationMetadata()
    .getTargetValidationMetadatas(target, "", true, false)
    .some((rule) => rule.propertyName === property && rule.type === "nestedValidation");
}

/** Schema coordinates (`Type.field` or `Type.field(arg:)`) of string inputs with no known bound. */
export function unboundedStringInputs(schema: GraphQLSchema): string[] {
  const storage = typeMetadata() as unknown as {
    inputTypes: ClassMetadata[];
    objectTypes: ClassMetadata[];
    queries: HandlerMetadata[];
    mutations: HandlerMetadata[];
    subscriptions: HandlerMetadata[];
    fieldResolvers: HandlerMetadata[];
  };
  const problems: string[] = [];

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type) || type.name.startsWith("__")) continue;
    const meta = storage.inputTypes.find((input) => input.name === type.name);
    for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
      const property = meta?.fields?.find((f) => f.schemaName === field.name)?.name;
      const coordinate = `${type.name}.${field.name}`;
      if (!meta || !property) {
        problems.push(coordinate);
      } else if (isString(field.type)) {
        const list = isListType(getNullableType(field.type));
        if (maxLengthOf(meta.target, property, list) === undefined) problems.push(coordinate);
      } else if (isInputObjectType(getNamedType(field.type)) && !validatesNested(meta.target, property)) {
        // class-validator stops at a nested object unless told to go in: its strings would be unchecked.
        problems.push(`${coordinate} (not @ValidateNested)`);
      }
    }
  }

  const roots = new Map<string, HandlerMetadata[]>([
    [schema.getQueryType()?.name ?? "Query", storage.queries],
    [schema.getMutationType()?.name ?? "Mutation", storage.mutations],
    [schema.getSubscriptionType()?.name ?? "Subscription", storage.subscriptions],
  ]);
  const paramsOf = (typeName: string, fieldName: string): ParamMetadata[] | undefined => {
    const root = roots.get(typeName)?.find((handler) => handler.schemaName === fieldName);
    if (root) return root.params;
    const objectType = storage.objectTypes.find((object) => object.name === typeName);
    if (!objectType) return undefined;
    const resolver = storage.fieldResolvers.find(
      (handler) => handler.schemaName === fieldName && handler.getObjectType?.() === objectType.target,
    );
    return resolver?.params ?? objectType.fields?.find((f) => f.schemaName === fieldName)?.params;
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args as readonly GraphQLArgument[]) {
        if (!isString(arg.type)) continue;
        const param = paramsOf(type.name, field.name)?.find((p) => p.kind === "arg" && p.name === arg.name);
        const bound = param?.validateFn ? argumentBounds.get(param.validateFn) : undefined;
        if (bound === undefined) problems.push(`${type.name}.${field.name}(${arg.name}:)`);
      }
    }
  }
  return problems.sort();
}
