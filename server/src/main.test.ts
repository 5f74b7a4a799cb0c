import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let child: ChildProcess | undefined;
let dir: string | undefined;

afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the Portico process", () => {
  it("logs JSON lines, serves, and on SIGTERM shuts down cleanly with exit code 0", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "portico-main-"));
    child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", "src/main.ts"], {
      cwd: serverDir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "test",
        PORT: "0",
        HOST: "127.0.0.1",
        DATABASE_URL: path.join(dir, "main.sqlite"),
        EMAIL_WORKER: "off",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: Array<Record<string, unknown>> = [];
    let buffered = "";
    const exited = new Promise<number | null>((resolve) => child?.once("exit", (code) => resolve(code)));
    const running = new Promise<number>((resolve, reject) => {
      child?.stdout?.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const complete = buffered.split("\n");
        buffered = complete.pop() ?? "";
        for (const line of complete.filter(Boolean)) {
          const entry = JSON.parse(line) as Record<string, unknown>;
          lines.push(entry);
          if (entry.msg === "Portico is running") resolve(entry.port as number);
        }
      });
      void exited.then((code) => reject(new Error(`exited with ${code} before listening`)));
    });
    const port = await running;

    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/graphql?query=%7B__typename%7D`)).status).toBe(400);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(["request", "shutting down", "shut down"]));
    expect(lines.find((l) => l.msg === "shutting down")).toMatchObject({ level: "info", signal: "SIGTERM" });
  });
});
