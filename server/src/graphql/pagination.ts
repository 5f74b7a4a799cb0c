import { Field, ObjectType } from "type-graphql";
import { badInput } from "../lib/domain-error.js";

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: "Pass as `after` to get the next page." })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

/** A cursor carries a sort key (a name of up to 200 characters, up to 3 bytes each) as base64. */
export const MAX_CURSOR_LENGTH = 1000;

/** Keyset cursor: the sort key and id of the last row seen, opaque to clients. */
export function encodeCursor(sortKey: string, id: number): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString("base64url");
}

export function decodeCursor(cursor: string): { sortKey: string; id: number } {
  try {
    const [sortKey, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof sortKey === "string" && Number.isSafeInteger(id)) return { sortKey, id: id as number };
  } catch {
    // fall through to the error below
  }
  throw badInput("The page cursor is not valid; reload the list", { after: "Invalid cursor" });
}
