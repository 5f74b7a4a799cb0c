import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { testEngine } from "./engine.js";
import { freshPostgresDatabase } from "./postgres.js";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// The bench itself is never timed here: this runs it on a small facility with --check-only, which
// compares Portico's answers with the raw baseline's (it exits non-zero when they differ), counts
// statements and renders the table, so a change that breaks the bench or the baseline's JSON shows.
// On PostgreSQL it fills a database of the run's cluster.
describe("bench", () => {
  it("answers like the raw baseline on a small facility and renders the table", { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-bench-smoke-"));
    const markdown = path.join(dir, "table.md");
    const database = testEngine === "pg" ? await freshPostgresDatabase() : null;
    const label = testEngine === "pg" ? "PostgreSQL" : "SQLite";
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
          testEngine,
          ...(database ? ["--database-url", database.url] : []),
          "--check-only",
          "--markdown",
          markdown,
        ],
        { cwd: serverDir, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? dir } },
      );
      const pages = [
        "portal home",
        "portal Billing",
        "customer page \\(showcase\\)",
        "Adoption funnel \\(totals, 12 weeks\\)",
        "Adoption: who waits, page 1 \\(7\\+ days\\)",
        "Contacts page 1",
        "Contacts page 51",
        "search",
      ];
      for (const page of pages) {
        expect(stdout).toMatch(new RegExp(`${label}\\s+${page}\\s+answers compared\\s+same JSON`));
      }
      // Every page the bench times has a raw baseline to time it against.
      expect(stdout).not.toContain("no baseline yet");
      const table = fs.readFileSync(markdown, "utf8").split("\n");
      expect(table[0]).toBe("| engine | case | Portico | baseline | ratio | target | met? | statements | note |");
      expect(table.filter((line) => line.startsWith(`| ${label} | Contacts page 1 |`))).toHaveLength(1);
      // The customer page's baseline: the session, the customer, and one statement per list (cars,
      // invoices, invites, their timelines, contacts), whatever the lists' lengths.
      expect(table.find((line) => line.startsWith(`| ${label} | customer page (showcase) |`))).toMatch(/ vs 7 \|/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await database?.drop();
    }
  });
});
