import type { ApolloServerPlugin, GraphQLRequestListener } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { type DocumentNode, Kind, visit } from "graphql";
import { forbidden } from "../lib/domain-error.js";
import type { Context } from "./context.js";

export const MAX_TOKENS = 2000;

/**
 * Depth, alias, directive, token and cost limits (DESIGN §8), as validation rules, plugins and
 * parse options. The token limit is graphql-js's own parser option rather than graphql-armor's:
 * armor's Apollo plugin throws from `parsingDidStart`, which Apollo answers as a 500, while a
 * parse error answers 400 GRAPHQL_PARSE_FAILED like any other unparsable document.
 */
export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 10 },
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20_000 },
    // Suggestions are removed per viewer by `fieldSuggestionGate`: staff keep them in the playground.
    blockFieldSuggestion: { enabled: false },
  });
  return { ...armor.protect(), parseOptions: { maxTokens: MAX_TOKENS } };
}

const suggestion = / ?Did you mean .+\?$/;

/**
 * "Did you mean …?" hints map the schema for whoever probes it. In production, callers who are
 * not signed-in staff get the bare validation message; staff (the playground) keep the hints.
 */
export function fieldSuggestionGate(production: boolean): ApolloServerPlugin<Context> {
  // One listener for every request (what it needs comes with each call): outside production none.
  const listener: GraphQLRequestListener<Context> = {
    async willSendResponse({ response, contextValue }) {
      if (contextValue.staff || response.body.kind !== "single") return;
      const errors = response.body.singleResult.errors;
      if (!errors) return;
      response.body.singleResult.errors = errors.map((error) =>
        suggestion.test(error.message) ? { ...error, message: error.message.replace(suggestion, "") } : error,
      );
    },
  };
  return {
    async requestDidStart() {
      return production ? listener : undefined;
    },
  };
}

/**
 * Apollo hands every request for a document it has seen the same parsed DocumentNode from its
 * document cache, so the walk below runs once per document rather than once per request.
 */
const introspecting = new WeakMap<DocumentNode, boolean>();

function asksForIntrospection(document: DocumentNode): boolean {
  let found = introspecting.get(document);
  if (found === undefined) {
    found = findsIntrospection(document);
    introspecting.set(document, found);
  }
  return found;
}

function findsIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
    [Kind.FRAGMENT_DEFINITION]: { enter: () => undefined },
  });
  return found;
}

/** In production, only signed-in staff may introspect (the playground); anonymous callers may not. */
export function introspectionGate(production: boolean): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ document, contextValue }) {
      if (!contextValue.staff && asksForIntrospection(document)) {
        throw forbidden("Introspection is available to signed-in staff only");
      }
    },
  };
  return {
    async requestDidStart() {
      return production ? listener : undefined;
    },
  };
}
