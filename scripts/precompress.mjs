// Writes a brotli (.br) and a gzip (.gz) copy beside each compressible file of a built app, once, at
// build time, at the highest levels: the server sends them as they are (server/src/http/static.ts)
// instead of compressing on every request. Run after `vite build`: node ../scripts/precompress.mjs dist
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
// Below this a compressed copy saves less than its headers cost.
const MIN_BYTES = 1024;

const dir = process.argv[2];
if (!dir) {
  console.error("usage: precompress.mjs <dist folder>");
  process.exit(2);
}

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

let before = 0;
let brotli = 0;
let gzip = 0;
for (const file of files(dir)) {
  if (statSync(file).size < MIN_BYTES) continue;
  const data = readFileSync(file);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
  before += data.length;
  brotli += br.length;
  gzip += gz.length;
}
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`precompressed ${dir}: ${kB(before)} → brotli ${kB(brotli)}, gzip ${kB(gzip)}`);
