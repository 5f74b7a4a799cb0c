import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sourceMappedStack } from "./stack-trace.js";

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A two-file "server" bundled and minified as scripts/bundle.mjs does, with its map beside it.
describe("sourceMappedStack", () => {
  let dir: string;
  let bundle: string;
  let source: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-stack-"));
    source = path.join(dir, "src", "fail.ts");
    fs.mkdirSync(path.dirname(source));
    fs.writeFileSync(
      source,
      [
        "export function fail(): never {",
        "  const reason: string = 'boom';",
        "  throw new Error(reason);",
        "}",
        "",
      ].join("\n"),
    );
    fs.writeFileSync(
      path.join(dir, "src", "main.ts"),
      'import { fail } from "./fail";\nexport const run = () => fail();\n',
    );
    bundle = path.join(dir, "dist", "main.js");
    buildSync({
      entryPoints: [path.join(dir, "src", "main.ts")],
      bundle: true,
      format: "esm",
      platform: "node",
      outfile: bundle,
      sourcemap: "linked",
      sourcesContent: false,
      minifyWhitespace: true,
      minifySyntax: true,
      logLevel: "silent",
    });
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A stack as Node writes it for an error thrown in the bundle (vitest maps real ones itself). */
  function builtStack(at: (file: string) => string): string {
    const code = fs.readFileSync(bundle, "utf8");
    const lines = code.split("\n");
    const line = lines.findIndex((text) => text.includes("throw new Error"));
    const column = (lines[line] ?? "").indexOf("throw new Error") + 1;
    return [
      "Error: boom",
      `    at fail (${at(bundle)}:${line + 1}:${column})`,
      `    at ${at(bundle)}:${line + 1}:1`,
    ].join("\n");
  }

  it("moves each frame of a built file to its line in the TypeScript source", () => {
    const mapped = sourceMappedStack(builtStack((file) => pathToFileURL(file).href));
    expect(mapped).toMatch(
      new RegExp(`^Error: boom\n    at fail \\(${literally(pathToFileURL(source).href)}:3:\\d+\\)\n`),
    );
    expect(mapped).not.toContain("dist/main.js");
  });

  it("leaves frames without a map beside them as they are", () => {
    const stack = [
      "Error: boom",
      "    at fail (/work/server/src/lib/fail.ts:3:9)",
      "    at node:internal/main/run_main_module:28:49",
      "    at async Promise.all (index 0)",
    ].join("\n");
    expect(sourceMappedStack(stack)).toBe(stack);
  });

  it("takes plain paths as well as file URLs", () => {
    expect(sourceMappedStack(builtStack((file) => file))).toContain(`at fail (${source}:3:`);
  });
});
