import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "./portico.js";
import { repoRoot } from "./repo.js";

// The operator's command is written out in places code cannot import from; they must not drift
// from the flags the cluster and the bench start servers with.
describe("the node flags a server starts with", () => {
  const flags = SERVER_NODE_FLAGS.join(" ");
  const serverScripts = JSON.parse(fs.readFileSync(path.join(repoRoot, "server/package.json"), "utf8")).scripts;

  it.each(["start", "demo"])("are in server/package.json's %s script", (script) => {
    expect(serverScripts[script]).toMatch(new RegExp(`^node ${flags} dist/main\\.js\\b`));
  });

  it("are in the deploy guide's command and the browser tests' server", () => {
    const guide = fs.readFileSync(path.join(repoRoot, "docs/deploy.md"), "utf8");
    expect(guide).toContain(`node ${flags} server/dist/main.js`);
    const e2e = fs.readFileSync(path.join(repoRoot, "packages/e2e/playwright.config.ts"), "utf8");
    expect(e2e).toContain(`node ${flags} dist/main.js`);
  });
});
