// Regenerates every generated file (printed schema, GraphQL codegen, drizzle migrations) and fails
// if anything changed: generated files are committed and must never drift from their sources.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const generated = [
  "schema",
  "staff-web/src/gql",
  "portal-web/src/gql",
  "server/src/db/migrations",
  "server/src/db/migrations-pg",
];

function snapshot() {
  const files = new Map();
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(full, createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  for (const dir of generated) walk(dir);
  return files;
}

const run = (command) => execSync(command, { stdio: ["ignore", "inherit", "inherit"] });

const before = snapshot();
run("pnpm --filter server run schema:print");
run("pnpm --filter staff-web --filter portal-web run codegen");
run("pnpm --filter server exec drizzle-kit generate");
// The PostgreSQL migrations come from schema.pg.ts through their own config.
run("pnpm --filter server exec drizzle-kit generate --config drizzle.pg.config.ts");
const after = snapshot();

const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
if (changed.length) {
  console.error("\nGenerated files were stale (now regenerated; review and commit them):");
  for (const file of changed.sort()) console.error(`  ${file}`);
  process.exit(1);
}
console.log("Generated files are fresh: schema, codegen, migrations.");
