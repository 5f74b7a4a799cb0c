import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

const require = createRequire(import.meta.url);

/**
 * How often the background connection checkpoints the write-ahead log. Each look that finds nothing
 * to copy costs microseconds; during bulk writes each copies what was committed since the last one.
 */
export const CHECKPOINT_EVERY_MS = 200;

/**
 * The log size (pages) at which the writer checkpoints by itself when background checkpoints run:
 * only if the background connection stopped keeping up. SQLite's default is 1,000 (4 MB).
 */
export const WRITER_CHECKPOINT_PAGES = 10_000;

// The thread's program: plain CommonJS, so it runs the same under the build, a TypeScript loader
// and the test runner. better-sqlite3 is given by path, resolved from here.
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 5000");
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const timer = setInterval(() => {
  try {
    checkpoint.all();
  } catch {
    // Busy or locked: the next look tries again.
  }
}, workerData.everyMs);
parentPort.on("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export type BackgroundCheckpoints = { stop(): Promise<void> };

/**
 * Checkpoints the write-ahead log of the SQLite file from a connection of its own on a worker
 * thread, so the event loop never waits for one. Left to the writer, a checkpoint runs inside the
 * COMMIT that crosses 1,000 pages of log: a few megabytes copied into the database and synced while
 * every request waits, 30–50 ms at a time during a bulk invite. PASSIVE checkpoints never wait for
 * (or block) the writer or the readers. The writer keeps a far larger threshold of its own
 * (WRITER_CHECKPOINT_PAGES) as the backstop should this thread fall behind.
 */
export function startBackgroundCheckpoints(file: string, everyMs = CHECKPOINT_EVERY_MS): BackgroundCheckpoints {
  const driver = require.resolve("better-sqlite3");
  const worker = new Worker(THREAD, { eval: true, workerData: { file, driver, everyMs } });
  // The thread only opens the file and runs pragmas; should it fail, the writer's own checkpoints
  // still keep the log bounded.
  worker.on("error", () => {});
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  worker.unref();
  return {
    async stop() {
      // Held by nothing else, an unreferenced thread would let the process end before it closed.
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}
