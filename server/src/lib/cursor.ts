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

/** A keyset cursor of rows ordered by a time then id: "1767225600000_42" (epoch ms and id). */
export function encodeTimeCursor(at: Date, id: string | number): string {
  return `${at.getTime()}_${id}`;
}

export function decodeTimeCursor(after: string | null): { at: Date; id: number } | null {
  if (after == null) return null;
  const match = /^(\d{1,15})_([1-9]\d{0,15})$/.exec(after);
  if (!match) throw badInput("That cursor is not from this list", { after: "Invalid cursor" });
  return { at: new Date(Number(match[1])), id: Number(match[2]) };
}

/** A keyset cursor of rows listed newest first by id alone: the id of the last row seen. */
export function encodeIdCursor(id: number): string {
  return encodeNamedIdCursor("id", id);
}

export function decodeIdCursor(after: string | null): number | null {
  return decodeNamedIdCursor("id", after);
}

/**
 * A keyset cursor by id under the name of its list ("msg_42", "thread_42"): a cursor of another
 * list does not parse, so it is refused rather than read as a position in this one.
 */
export function encodeNamedIdCursor(name: string, id: number): string {
  return `${name}_${id}`;
}

export function decodeNamedIdCursor(name: string, after: string | null): number | null {
  if (after == null) return null;
  const match = /^([a-z]+)_([1-9]\d{0,15})$/.exec(after);
  if (!match || match[1] !== name) throw badInput("That cursor is not from this list", { after: "Invalid cursor" });
  return Number(match[2]);
}
