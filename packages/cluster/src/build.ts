// The cluster runs the built server and apps, as production does. They are rebuilt when a build
// output is missing or older than a source it comes from, so a pull followed by the command never
// runs yesterday's code.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./repo.js";

/** Each build output with the sources it is made from. */
const OUTPUTS: Array<{ output: string; sources: string[] }> = [
  { output: "server/dist/main.js", sources: ["server/src"] },
  { output: "staff-web/dist/index.html", sources: ["staff-web/src", "staff-web/index.html", "packages/web-core/src"] },
  {
    output: "portal-web/dist/index.html",
    sources: ["portal-web/src", "portal-web/index.html", "packages/web-core/src"],
  },
];

/** The newest file's modification time under `target` (a folder's own time is not a change of source). */
function newestIn(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestIn(path.join(target, entry)));
  return newest;
}

/** The outputs that are missing or older than one of their sources. */
export function staleBuildOutputs(root = repoRoot): string[] {
  return OUTPUTS.filter(({ output, sources }) => {
    const built = path.join(root, output);
    if (!existsSync(built)) return true;
    const builtAt = statSync(built).mtimeMs;
    return sources.some((source) => newestIn(path.join(root, source)) > builtAt);
  }).map(({ output }) => output);
}

/** Runs the workspace's build with the pnpm running us, or pnpm 10 through npx. */
export function build(): void {
  const pnpm = process.env.npm_execpath;
  const [command, args] =
    pnpm && /pnpm/.test(path.basename(pnpm))
      ? [process.execPath, [pnpm, "run", "build"]]
      : ["npx", ["-y", "pnpm@10", "run", "build"]];
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) throw new Error("The build failed (see above)");
}
