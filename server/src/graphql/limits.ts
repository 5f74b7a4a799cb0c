import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { type DocumentNode, Kind, visit } from "graphql";
import type { Context } from "./context.js";
import { forbidden } from "./errors.js";

/** Depth, alias, directive, token and cost limits (DESIGN §8), as validation rules and plugins. */
export function queryLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 10 },
    maxTokens: { n: 2000 },
    costLimit: { maxCost: 20_000 },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect();
}

function asksForIntrospection(document: DocumentNode): boolean {
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
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (production && !contextValue.staff && asksForIntrospection(document)) {
            throw forbidden("Introspection is available to signed-in staff only");
          }
        },
      };
    },
  };
}
