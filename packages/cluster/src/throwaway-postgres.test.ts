import { type ChildProcessByStdio, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { bindable } from "./postgres.js";

// The package root: swc-node compiles with the tsconfig of the folder it starts in.
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

type Command = ChildProcessByStdio<Writable, Readable, Readable>;
const started: Command[] = [];

afterEach(() => {
  // A failed assertion must not leave the command (and its PostgreSQL) running: SIGTERM stops both.
  for (const command of started.splice(0)) if (command.exitCode === null) command.kill("SIGTERM");
});

/** Starts the command with a pipe on its stdin, as Playwright's webServer does. */
function startCommand(database: string): Command {
  const command = spawn(
    process.execPath,
    ["--import", "@swc-node/register/esm-register", "src/throwaway-postgres.ts", "--database", database],
    { cwd: packageDir, stdio: ["pipe", "pipe", "pipe"] },
  );
  started.push(command);
  return command;
}

/** The URL of the `ready <url>` line; rejects with the command's stderr when it exits first. */
function readyUrl(command: Command): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    command.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    command.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /^ready (postgres:\/\/\S+)$/m.exec(stdout)?.[1];
      if (url) resolve(url);
    });
    command.once("exit", (code, signal) => reject(new Error(`exited (${code ?? signal}) before ready:\n${stderr}`)));
  });
}

function exited(command: Command): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (command.exitCode !== null || command.signalCode !== null) {
    return Promise.resolve({ code: command.exitCode, signal: command.signalCode });
  }
  return new Promise((resolve) => command.once("exit", (code, signal) => resolve({ code, signal })));
}

/** The database's name, its data dir and whether pg_trgm is on, asked of the server itself. */
async function describeDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ database: string; dataDir: string; trigrams: boolean }>(
      `SELECT current_database() AS database, current_setting('data_directory') AS "dataDir",
              EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS trigrams`,
    );
    const [row] = rows;
    if (!row) throw new Error("the server answered no row");
    return row;
  } finally {
    await client.end();
  }
}

// initdb and the server's start take seconds on a busy machine.
describe("the throwaway PostgreSQL command", { timeout: 120_000 }, () => {
  it("serves a fresh database with pg_trgm, and on SIGTERM stops the server and removes its data", async () => {
    const command = startCommand("portico_e2e_term");
    const url = await readyUrl(command);
    const port = Number(new URL(url).port);
    const database = await describeDatabase(url);
    expect(database).toMatchObject({ database: "portico_e2e_term", trigrams: true });
    expect(existsSync(database.dataDir)).toBe(true);

    command.kill("SIGTERM");
    expect(await exited(command)).toEqual({ code: 0, signal: null });
    expect(existsSync(database.dataDir)).toBe(false);
    expect(await bindable(port)).toBe(port);
  });

  it("stops when its stdin ends, as it does when the process that started it is killed outright", async () => {
    const command = startCommand("portico_e2e_stdin");
    const url = await readyUrl(command);
    const port = Number(new URL(url).port);
    const { dataDir } = await describeDatabase(url);

    command.stdin.end();
    expect(await exited(command)).toEqual({ code: 0, signal: null });
    expect(existsSync(dataDir)).toBe(false);
    expect(await bindable(port)).toBe(port);
  });
});
