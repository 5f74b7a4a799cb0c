import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { staleBuildOutputs } from "./build.js";

let root: string | undefined;
afterEach(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

function write(file: string, at: Date): void {
  const full = path.join(root as string, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, "");
  fs.utimesSync(full, at, at);
}

describe("whether the build is current", () => {
  it("rebuilds what is missing or older than one of its sources, however deep the source", () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "portico-build-"));
    const earlier = new Date("2026-01-01T10:00:00Z");
    const later = new Date("2026-01-01T11:00:00Z");
    write("server/src/modules/customers/customer.service.ts", earlier);
    write("server/dist/main.js", later);
    write("staff-web/src/app/App.tsx", earlier);
    write("staff-web/index.html", earlier);
    write("packages/web-core/src/errors.ts", earlier);
    write("staff-web/dist/index.html", later);
    write("portal-web/src/main.tsx", earlier);
    expect(staleBuildOutputs(root)).toEqual(["portal-web/dist/index.html"]);

    write("portal-web/dist/index.html", later);
    expect(staleBuildOutputs(root)).toEqual([]);

    // Shared web code changed after both apps were built.
    write("packages/web-core/src/errors.ts", new Date("2026-01-01T12:00:00Z"));
    expect(staleBuildOutputs(root)).toEqual(["staff-web/dist/index.html", "portal-web/dist/index.html"]);
  });
});
