import fs from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// The built server is a bundle (decision 26): a stack trace names dist/main.js and a column on one
// long line. Node maps traces only when source maps are turned on before the code loads, which costs
// every start the reading of the maps; errors are rare, so a logged stack is mapped here instead,
// reading a bundle's map the first time one of its frames is logged. Frames of files without a map
// beside them (the source run by tests and `dev`, Node's own) are left as they are.

const maps = new Map<string, { map: SourceMap; dir: string } | null>();

function mapOf(file: string): { map: SourceMap; dir: string } | null {
  let known = maps.get(file);
  if (known === undefined) {
    known = null;
    try {
      const mapFile = `${file}.map`;
      if (fs.existsSync(mapFile)) {
        known = { map: new SourceMap(JSON.parse(fs.readFileSync(mapFile, "utf8"))), dir: path.dirname(mapFile) };
      }
    } catch {
      // An unreadable map: the frame stays as Node wrote it.
    }
    maps.set(file, known);
  }
  return known;
}

/** `file:///…/main.js:1:2345` or `/…/main.js:1:2345` as the source position it was built from. */
function mapLocation(location: string): string {
  const match = /^(.*):(\d+):(\d+)$/.exec(location);
  if (!match) return location;
  const [, where = "", line, column] = match;
  const file = where.startsWith("file://") ? fileURLToPath(where) : where;
  if (!path.isAbsolute(file) || !file.endsWith(".js")) return location;
  const known = mapOf(file);
  if (!known) return location;
  const entry = known.map.findEntry(Number(line) - 1, Number(column) - 1) as {
    originalSource?: string;
    originalLine?: number;
    originalColumn?: number;
  };
  if (!entry.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined) return location;
  const source = entry.originalSource.startsWith("file://")
    ? fileURLToPath(entry.originalSource)
    : path.resolve(known.dir, entry.originalSource);
  const shown = where.startsWith("file://") ? pathToFileURL(source).href : source;
  return `${shown}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
}

/** A stack trace with each frame in a built file moved to its place in the TypeScript source. */
export function sourceMappedStack(stack: string): string {
  try {
    return stack
      .split("\n")
      .map((line) =>
        line.replace(
          /^(\s+at (?:.* \()?)(.+?:\d+:\d+)(\)?)$/,
          (_all, before: string, location: string, after: string) => {
            return `${before}${mapLocation(location)}${after}`;
          },
        ),
      )
      .join("\n");
  } catch {
    return stack;
  }
}
