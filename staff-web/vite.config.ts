import { readFileSync } from "node:fs";
import path from "node:path";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

const GENERATED = path.resolve(import.meta.dirname, "src/gql/graphql.ts");

/** Each generated document's AST as JSON text, by operation or fragment name. */
function generatedDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  const line = /^export const (\w+?)(?:Document|FragmentDoc) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
  for (const [, name, json] of readFileSync(GENERATED, "utf8").matchAll(line)) {
    if (name && json) documents.set(name, json);
  }
  return documents;
}

/**
 * The client preset's `graphql()` finds each document in a map of every operation in the app,
 * and that map, with every document, lands in the first download: each new operation made the
 * sign-in page heavier. In builds, each `graphql(`…`)` call is replaced by its own generated
 * document, so a page's operations load with that page (the preset's Babel plugin does the same
 * with imports; inlining also keeps one shared module from gathering every document into a
 * chunk that loads first). Tests and the dev server keep the map, which behaves the same.
 */
function documentsWhereUsed(): Plugin {
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  let documents: Map<string, string> | null = null;
  return {
    name: "portico:graphql-documents-where-used",
    apply: "build",
    enforce: "pre",
    buildStart() {
      documents = generatedDocuments();
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(path.dirname(GENERATED)) || !code.includes("graphql(`")) return null;
      const out = code.replace(call, (whole: string, source: string) => {
        const name = /^\s*(?:query|mutation|subscription|fragment)\s+(\w+)/.exec(source)?.[1];
        const json = name ? documents?.get(name) : undefined;
        if (!json) this.error(`${id}: no generated document for ${name ?? "an unnamed document"}; run codegen`);
        // As many lines as the call had, so the lines after it keep their numbers in source maps.
        return `(${json}${"\n".repeat(whole.split("\n").length - 1)})`;
      });
      return { code: out, map: null };
    },
  };
}

// Served by the Portico server under /staff/; in development Vite proxies the API to it
// (PORTICO_API points at a server on another port).
const api = process.env.PORTICO_API ?? "http://localhost:4000";

export default defineConfig({
  base: "/staff/",
  plugins: [documentsWhereUsed(), react()],
  server: {
    port: 5173,
    // Uploads and downloads are plain HTTP routes beside the API; /portal opens a staff preview.
    proxy: { "/graphql": api, "/dev": api, "/uploads": api, "/files": api, "/exports": api, "/portal": api },
  },
  build: { target: "es2022", sourcemap: true },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["./src/test-setup.ts"],
    // Forms typed into key by key take seconds when every package's suite runs at once on two cores.
    // Only catches a hang: a busy 2-core machine must pass the same suite.
    testTimeout: 120_000,
  },
});
