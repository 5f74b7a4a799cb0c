import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { pgArrayParam } from "./pg-array.js";

// pg's own encoding of a parameter, which pgArrayParam must match character for character.
const { prepareValue } = createRequire(import.meta.url)("pg/lib/utils") as { prepareValue(value: unknown): unknown };

describe("pgArrayParam", () => {
  it("writes a list as the very text pg sends for it", () => {
    const lists: unknown[][] = [
      [],
      [1, 2, 3],
      [-7, 0, 2.5, 12345678901234567890n],
      ["plain", "", "NULL", "null", " spaced ", "a,b", "{braces}", "new\nline"],
      ['say "hi"', "back\\slash", '\\"both\\"', "ünïcödé — 東京", "emoji 🚗"],
      [true, false],
      [null, "x", undefined, 4],
      ["2026-12-08T01:30:00.000Z", null],
    ];
    for (const list of lists)
      expect(
        pgArrayParam(list),
        JSON.stringify(list, (_, v) => String(v)),
      ).toBe(prepareValue(list));
  });

  it("leaves a list of anything else to pg, unchanged", () => {
    const withBytes = [Buffer.from("ab"), "x"];
    const withDate = ["x", new Date(0)];
    expect(pgArrayParam(withBytes)).toEqual(withBytes);
    expect(pgArrayParam(withDate)).toEqual(withDate);
  });
});
