import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { spawnSupervised, stillRunning, stopLeftovers } from "./processes.js";

// The package root: swc-node compiles with the tsconfig of the folder it starts in.
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const quiet = () => {};

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits for a line matching `pattern` in what `lines` collects. */
async function lineMatching(lines: string[], pattern: RegExp): Promise<RegExpExecArray> {
  await expect.poll(() => lines.some((line) => pattern.test(line)), { timeout: 15_000 }).toBe(true);
  return pattern.exec(lines.find((line) => pattern.test(line)) as string) as RegExpExecArray;
}

// A program that starts a long-lived child of its own (as nginx's master starts workers).
const PARENT_WITH_CHILD = `
  const { spawn } = require("node:child_process");
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  console.log("grandchild " + child.pid);
  process.on("SIGTERM", () => {});
  console.log("ready");
  setTimeout(() => process.exit(Number(process.argv[1] ?? 0)), Number(process.argv[2] ?? 1e9));
`;

describe("supervised processes", () => {
  it("take their own children with them when they crash", async () => {
    const lines: string[] = [];
    const crashing = spawnSupervised({
      name: "crashing",
      command: process.execPath,
      args: ["-e", PARENT_WITH_CHILD, "3", "300"],
      output: (_name, line) => lines.push(line),
    });
    const grandchild = Number((await lineMatching(lines, /^grandchild (\d+)$/))[1]);
    expect(await crashing.exited).toEqual({ code: 3, signal: null });
    expect(crashing.running).toBe(false);
    await expect.poll(() => alive(grandchild), { timeout: 15_000 }).toBe(false);
  });

  it("are asked to stop, and killed with their group when they do not", async () => {
    const lines: string[] = [];
    const stubborn = spawnSupervised({
      name: "stubborn",
      command: process.execPath,
      args: ["-e", PARENT_WITH_CHILD],
      output: (_name, line) => lines.push(line),
    });
    const grandchild = Number((await lineMatching(lines, /^grandchild (\d+)$/))[1]);
    await lineMatching(lines, /^ready$/);
    expect(await stubborn.stop("SIGTERM", 500)).toEqual({ code: null, signal: "SIGKILL" });
    expect(lines.at(-1)).toBe("still running 500 ms after SIGTERM; killing it");
    await expect.poll(() => alive(grandchild), { timeout: 15_000 }).toBe(false);
  });

  it("end with a supervisor that ends without stopping them", async () => {
    const program = `
      import { spawnSupervised } from "./src/processes.ts";
      const child = spawnSupervised({
        name: "left",
        command: process.execPath,
        args: ["-e", "setInterval(() => {}, 1000)"],
        output: () => {},
      });
      // Written out before the crash: a pipe's pending writes die with the process.
      await new Promise((resolve) => process.stdout.write(child.pid + "\\n", resolve));
      throw new Error("the supervisor crashes");
    `;
    const supervisor = spawn(
      process.execPath,
      ["--import", "@swc-node/register/esm-register", "--input-type=module", "-e", program],
      { cwd: packageDir, stdio: ["ignore", "pipe", "ignore"] },
    );
    let printed = "";
    supervisor.stdout.on("data", (chunk: Buffer) => {
      printed += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => supervisor.once("exit", resolve));
    expect(code).not.toBe(0);
    const pid = Number(printed.trim());
    expect(pid).toBeGreaterThan(0);
    await expect.poll(() => alive(pid), { timeout: 15_000 }).toBe(false);
  });

  it("refuse a command that cannot run", () => {
    expect(() => spawnSupervised({ name: "missing", command: "/nonexistent/binary", args: [], output: quiet })).toThrow(
      "missing: /nonexistent/binary did not start",
    );
  });

  it("left by a run that was killed are stopped by the next, and a stranger with a recorded pid is not", async () => {
    const marker = `portico-leftover-${process.pid}`;
    const left = spawnSupervised({
      name: "left",
      command: process.execPath,
      args: ["-e", "setInterval(() => {}, 1000)", marker],
      output: quiet,
    });
    const stranger = { name: "stranger", pid: process.pid, marker: "not this test runner" };
    const recorded = [{ name: "left", pid: left.pid, marker }, stranger];
    expect(recorded.map(stillRunning)).toEqual([true, false]);

    expect(await stopLeftovers(recorded)).toEqual(["left"]);
    expect(await left.exited).toEqual({ code: null, signal: "SIGTERM" });
    expect(await stopLeftovers(recorded)).toEqual([]);
  });
});
