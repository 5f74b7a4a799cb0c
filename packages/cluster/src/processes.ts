// Child processes the cluster runs and stops itself. Each starts in a process group of its own, so
// the terminal's Ctrl-C reaches only the supervisor, which then stops them in an order that loses
// nothing (balancer, servers, database); and whatever way the supervisor's process ends short of
// SIGKILL, its exit kills every group still alive — no orphan keeps a port.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";

export type ExitStatus = { code: number | null; signal: NodeJS.Signals | null };

/** Where a child's output lines go, by the child's name. */
export type Output = (source: string, line: string) => void;

export interface Supervised {
  readonly name: string;
  readonly pid: number;
  /** Resolves once the process has exited; never rejects. */
  readonly exited: Promise<ExitStatus>;
  readonly running: boolean;
  /** The last lines it wrote, for the message when it dies. */
  recent(): string[];
  /** Sends `signal` to the process itself (not its group: nginx's master stops its own workers). */
  signal(signal: NodeJS.Signals): void;
  /** Sends `signal`, waits up to `timeoutMs` for the exit, then kills the whole group. */
  stop(signal: NodeJS.Signals, timeoutMs: number): Promise<ExitStatus>;
}

export type SpawnSpec = {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  output: Output;
};

const RECENT_LINES = 30;
const live = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Synchronous, as everything on exit must be: whatever is still alive goes with us.
  process.on("exit", () => {
    for (const child of live) killGroup(child, "SIGKILL");
  });
}

export function spawnSupervised(spec: SpawnSpec): Supervised {
  installExitHook();
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) {
    // Its error event (ENOENT, EACCES) follows; this throw already says it.
    child.once("error", () => {});
    throw new Error(`${spec.name}: ${spec.command} did not start`);
  }
  const pid = child.pid;
  live.add(child);
  const recent: string[] = [];
  let running = true;

  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on("line", (line) => {
      recent.push(line);
      if (recent.length > RECENT_LINES) recent.shift();
      spec.output(spec.name, line);
    });
  }

  const exited = new Promise<ExitStatus>((resolve) => {
    child.once("error", (error) => {
      spec.output(spec.name, `could not run ${spec.command}: ${error.message}`);
    });
    child.once("exit", (code, signal) => {
      running = false;
      live.delete(child);
      // A leader that died may leave its own children (nginx's workers) in its group.
      killGroup(child, "SIGKILL");
      resolve({ code, signal });
    });
  });

  return {
    name: spec.name,
    pid,
    exited,
    get running() {
      return running;
    },
    recent: () => [...recent],
    signal(signal) {
      if (!running) return;
      try {
        process.kill(pid, signal);
      } catch {
        // Exited between the check and the signal.
      }
    },
    async stop(signal, timeoutMs) {
      if (!running) return exited;
      this.signal(signal);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), timeoutMs);
      });
      const first = await Promise.race([exited, late]);
      clearTimeout(timer);
      if (first === "late") {
        spec.output(spec.name, `still running ${timeoutMs} ms after ${signal}; killing it`);
        killGroup(child, "SIGKILL");
        return exited;
      }
      return first;
    },
  };
}

/** "exit code 1", "signal SIGKILL": how a process ended, for messages. */
export function describeExit({ code, signal }: ExitStatus): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/**
 * A process a run started, as the next run finds it if this one was killed before stopping it:
 * `marker` is text its command line holds (a path of this repo, a temp dir of this run), so a
 * stranger that was given the same pid is never touched.
 */
export type LeftProcess = {
  name: string;
  pid: number;
  marker: string;
  /** A dir of its own (nginx's temp dir) to remove once it is stopped. */
  dir?: string;
};

function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return undefined;
  }
}

/** Whether the process is still the one recorded. */
export function stillRunning(left: LeftProcess): boolean {
  return commandLineOf(left.pid)?.includes(left.marker) ?? false;
}

/**
 * Stops what an earlier run left running (its supervisor got SIGKILL, which no exit hook sees):
 * SIGTERM to each group, SIGKILL to whatever is still there after `graceMs`. Returns the names.
 */
export async function stopLeftovers(leftovers: LeftProcess[], graceMs = 15_000): Promise<string[]> {
  const found = leftovers.filter(stillRunning);
  const signalGroup = (pid: number, signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Gone meanwhile.
    }
  };
  for (const left of found) signalGroup(left.pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (found.some(stillRunning) && Date.now() < deadline) await sleep(100);
  for (const left of found.filter(stillRunning)) signalGroup(left.pid, "SIGKILL");
  for (const left of found) if (left.dir) rmSync(left.dir, { recursive: true, force: true });
  return found.map((left) => left.name);
}
