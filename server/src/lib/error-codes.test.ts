import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "./error-codes.js";

// The error codes are a contract with API clients: docs/api.md lists every one, with its HTTP
// status and meaning, and nothing else.
describe("the documented error codes", () => {
  const doc = fs.readFileSync(path.resolve(import.meta.dirname, "../../../docs/api.md"), "utf8");
  const section = doc.slice(doc.indexOf("## Errors"), doc.indexOf("\n## ", doc.indexOf("## Errors") + 1));
  const rows = [...section.matchAll(/^\| `([A-Z_]+)` +\| (\d{3}) +\| (.+?) *\|$/gm)].map(
    ([, code, status, meaning]) => ({
      code,
      status: Number(status),
      meaning,
    }),
  );

  it("are the codes the API answers with, each with its status and meaning", () => {
    expect(rows).toEqual(Object.entries(ERROR_CODES).map(([code, { status, meaning }]) => ({ code, status, meaning })));
  });
});
