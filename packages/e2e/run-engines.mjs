// `pnpm test:e2e`: the browser suite on SQLite, then on PostgreSQL. One Playwright run per engine
// (playwright.config.ts reads E2E_DATABASE): each starts its own fakes, database and server, prefixes
// its report's lines with the engine, and keeps its traces in test-results/<engine>. Arguments go to
// both runs (a spec file, --grep …); E2E_DATABASE=sqlite or pg runs only that one. The PostgreSQL
// run starts even when the SQLite one failed, so that a failure says whether it belongs to one
// engine; an interrupt stops the run in progress and starts no other.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const ENGINES = { sqlite: "SQLite", pg: "PostgreSQL" };
const only = process.env.E2E_DATABASE;
if (only !== undefined && !Object.hasOwn(ENGINES, only)) {
  console.error(`E2E_DATABASE must be sqlite or pg, not ${only}`);
  process.exit(2);
}
const engines = only === undefined ? Object.keys(ENGINES) : [only];
const playwright = createRequire(import.meta.url).resolve("@playwright/test/cli");
// `pnpm test:e2e -- invite-flow` hands the `--` on; to Playwright it would end the options.
const args = process.argv[2] === "--" ? process.argv.slice(3) : process.argv.slice(2);

let running;
let interrupted = false;
// Playwright stops gracefully (the tests, then its webServer entries in reverse order) on SIGINT
// only; any other signal ends it at once and leaves the servers running. So it runs in a process
// group of its own, out of reach of a signal sent to ours (a terminal's Ctrl-C, a CI job's
// cancel), and hears of any of them from here as SIGINT.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    interrupted = true;
    running?.kill("SIGINT");
  });
}

const minutes = (ms) => `${Math.floor(ms / 60_000)}m${String(Math.round((ms % 60_000) / 1000)).padStart(2, "0")}s`;

const results = [];
for (const engine of engines) {
  if (interrupted) break;
  console.log(`\nBrowser suite on ${ENGINES[engine]} (E2E_DATABASE=${engine})`);
  const startedAt = performance.now();
  running = spawn(process.execPath, [playwright, "test", ...args], {
    stdio: "inherit",
    detached: true,
    env: { ...process.env, E2E_DATABASE: engine },
  });
  const code = await new Promise((resolve) => running.once("exit", (exitCode) => resolve(exitCode ?? 1)));
  running = undefined;
  results.push({ engine, code, ms: performance.now() - startedAt });
}

const summary = results.map(
  ({ engine, code, ms }) => `${ENGINES[engine]} ${code === 0 ? "passed" : "FAILED"} in ${minutes(ms)}`,
);
console.log(`\nBrowser suite: ${summary.join(", ")}${interrupted ? " (interrupted)" : ""}`);
process.exit(results.some(({ code }) => code !== 0) ? 1 : interrupted ? 130 : 0);
