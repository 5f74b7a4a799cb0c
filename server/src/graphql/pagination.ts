import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a page of a list ends, to ask for the next one." })
export class PageInfo {
  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page." })
  endCursor: string | null;

  @Field({ description: "True when more items follow this page." })
  hasNextPage: boolean;
}

/** A cursor carries a sort key (a name of up to 200 characters, up to 3 bytes each) as base64. */
export const MAX_CURSOR_LENGTH = 1000;

/**
 * Whether the query asks this field for any of `names` among its own fields (directly, in an inline
 * fragment or a named one; a field under @skip or @include counts as asked): a list resolver reads
 * its count with its page, in one statement, only when the count will be shown.
 */
export function selectsAnyOf(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, names: readonly string[]) {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return names.includes(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return visit(info.fragments[name]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/**
 * The nodes of this field's subfield `name` the query asks for (in fragments too), as an info that
 * selectsAnyOf reads: what a resolver asks of a list it returns inside an object.
 */
export function subfield(
  info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">,
  name: string,
): Pick<GraphQLResolveInfo, "fieldNodes" | "fragments"> {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return { fieldNodes: found, fragments: info.fragments };
}
