// The GraphQL operations the web apps send, taken from their generated documents (the codegen
// output in portal-web/src/gql and staff-web/src/gql), with __typename added to every selection set
// below the root as Apollo Client's cache does before sending: the bench times what a browser asks.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type DocumentNode, Kind, print, type SelectionSetNode, visit } from "graphql";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const generated = {
  staff: path.join(repo, "staff-web/src/gql/graphql.ts"),
  portal: path.join(repo, "portal-web/src/gql/graphql.ts"),
};

/** Adds __typename to each selection set but the operation's own, unless it is already there. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node: SelectionSetNode, _key, parent) {
        if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION)
          return undefined;
        const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "__typename");
        if (has) return undefined;
        return {
          ...node,
          selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } }],
        };
      },
    },
  });
}

export type Operation = { app: "staff" | "portal"; operationName: string; query: string };

/** The operation `name` as the app sends it; throws when the generated documents no longer have it. */
export function webOperation(app: "staff" | "portal", name: string): Operation {
  const text = fs.readFileSync(generated[app], "utf8");
  const match = new RegExp(`export const ${name}Document = (\\{.*?\\}) as unknown as DocumentNode<`).exec(text);
  if (!match?.[1]) throw new Error(`${generated[app]} has no ${name}Document: regenerate the web app's documents`);
  return { app, operationName: name, query: print(withTypenames(JSON.parse(match[1]) as DocumentNode)) };
}
