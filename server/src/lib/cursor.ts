import { badInput } from "./domain-error.js";

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
