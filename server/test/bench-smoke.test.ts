import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { sqliteOnly } from "./engine.js";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// The bench itself is never timed here: this runs it on a small facility with --check-only, which
// compares Portico's answers with the raw baseline's (it exits non-zero when they differ), counts
// statements and renders the table, so a change that breaks the bench or the baseline's JSON shows.
sqliteOnly("bench", () => {
  it("answers like the raw baseline on a small facility and renders the table", { timeout: 120_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-bench-smoke-"));
    const markdown = path.join(dir, "table.md");
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          "--import",
          "@swc-node/register/esm-register",
          "bench/run.ts",
          "--customers",
          "300",
          "--engine",
          "sqlite",
          "--check-only",
          "--markdown",
          markdown,
        ],
        { cwd: serverDir, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? dir } },
      );
      for (const page of ["portal home", "portal Billing", "Contacts page 1", "Contacts page 51", "search"]) {
        expect(stdout).toMatch(new RegExp(`SQLite\\s+${page}\\s+answers compared\\s+same JSON`));
      }
      const table = fs.readFileSync(markdown, "utf8").split("\n");
      expect(table[0]).toBe("| engine | case | Portico | baseline | ratio | target | met? | statements | note |");
      expect(table.filter((line) => line.startsWith("| SQLite | Contacts page 1 |"))).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
