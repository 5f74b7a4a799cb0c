// Which Portico the bench measures: what an operator runs.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compiledServer } from "../test/cross-server/servers.js";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** When any file under `dir` was last changed. */
function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * The built server when it is newer than every source file, else the source compiled as the
 * cross-server tests do: a build left over from older code would measure (or fail on) that code.
 */
export async function porticoMain(): Promise<string> {
  const built = path.join(serverDir, "dist/main.js");
  const fresh = fs.existsSync(built) && fs.statSync(built).mtimeMs >= newestChange(path.join(serverDir, "src"));
  return fresh ? built : compiledServer();
}
