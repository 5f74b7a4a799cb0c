import { notFound } from "../lib/domain-error.js";

/** GraphQL ids are decimal row ids; anything else is answered exactly like a missing row. */
export function parseId(value: string, what: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw notFound(what);
  return Number(value);
}
