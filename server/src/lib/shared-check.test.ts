import { describe, expect, it } from "vitest";
import { sharedCheck } from "./shared-check.js";

/** A check whose runs the test ends one by one: counted, and failing when told to. */
function controlledCheck() {
  const runs: Array<{ pass(): void; fail(error: Error): void }> = [];
  const check = () =>
    new Promise<void>((resolve, reject) => {
      runs.push({ pass: resolve, fail: reject });
    });
  return { runs, check };
}

describe("sharedCheck", () => {
  it("lets callers arriving while a check runs wait for that run", async () => {
    const { runs, check } = controlledCheck();
    const shared = sharedCheck(check, 1000, () => 0);
    const waiting = Array.from({ length: 5 }, () => shared());
    expect(runs).toHaveLength(1);
    runs[0]?.pass();
    await Promise.all(waiting);
    expect(runs).toHaveLength(1);
  });

  it("answers from a success until it is freshMs old, then checks again", async () => {
    const { runs, check } = controlledCheck();
    let clock = 100;
    const shared = sharedCheck(check, 1000, () => clock);
    const first = shared();
    runs[0]?.pass();
    await first;
    clock = 1099;
    await shared();
    expect(runs).toHaveLength(1);
    clock = 1100;
    const again = shared();
    expect(runs).toHaveLength(2);
    runs[1]?.pass();
    await again;
  });

  it("fails every caller waiting on a failed check, and never remembers the failure", async () => {
    const { runs, check } = controlledCheck();
    const shared = sharedCheck(check, 1000, () => 0);
    const waiting = [shared(), shared()];
    runs[0]?.fail(new Error("database unreachable"));
    for (const caller of waiting) await expect(caller).rejects.toThrow("database unreachable");
    const next = shared();
    expect(runs).toHaveLength(2);
    runs[1]?.pass();
    await next;
  });
});
