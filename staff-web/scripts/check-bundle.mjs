// Fails when the JavaScript a first visit downloads (the entry script and the chunks index.html
// preloads) is over the budget, gzip-compressed as served. Run after `vite build`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 200;
const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
const html = readFileSync(path.join(dist, "index.html"), "utf8");
const files = [
  ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/staff\/([^"]+\.js)"/g),
].map((m) => m[1]);
let total = 0;
for (const file of files) {
  const kb = gzipSync(readFileSync(path.join(dist, file))).length / 1000;
  total += kb;
  console.log(`${kb.toFixed(1).padStart(7)} kB  ${file}`);
}
console.log(`${total.toFixed(1).padStart(7)} kB  initial JavaScript, gzip (budget ${BUDGET_KB} kB)`);
if (!files.length || total > BUDGET_KB) process.exit(1);
