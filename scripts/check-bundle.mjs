// Fails when the JavaScript a first visit downloads (the entry script and the chunks index.html
// preloads) is over the budget, gzip-compressed as served. Run after `vite build`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

// Usage: node scripts/check-bundle.mjs <app folder> <budget in kB>, e.g. staff-web 200.
const [app, budget] = process.argv.slice(2);
const BUDGET_KB = Number(budget);
if (!app || !(BUDGET_KB > 0)) {
  console.error("usage: check-bundle.mjs <app folder> <budget kB>");
  process.exit(2);
}
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, app, "dist");
const html = readFileSync(path.join(dist, "index.html"), "utf8");
// Built with a base path (/staff/, /portal/): index.html names its scripts under it.
const files = [
  ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/[a-z-]+\/([^"]+\.js)"/g),
].map((m) => m[1]);
let total = 0;
for (const file of files) {
  const kb = gzipSync(readFileSync(path.join(dist, file))).length / 1000;
  total += kb;
  console.log(`${kb.toFixed(1).padStart(7)} kB  ${file}`);
}
console.log(`${total.toFixed(1).padStart(7)} kB  ${app}: initial JavaScript, gzip (budget ${BUDGET_KB} kB)`);
if (!files.length || total > BUDGET_KB) process.exit(1);
