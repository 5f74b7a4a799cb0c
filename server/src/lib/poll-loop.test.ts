import { describe, expect, it, vi } from "vitest";
import { createPollLoop } from "./poll-loop.js";

/** A batch that waits until the test lets it finish. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe("the leased poll loop", () => {
  it("on stop, waits for the batch in flight and only then releases its leases", async () => {
    const events: string[] = [];
    const first = gate();
    const loop = createPollLoop<number>({
      pollMs: 60_000,
      batch: async () => {
        events.push("batch started");
        await first.opened;
        events.push("batch done");
        return 1;
      },
      more: () => false,
      release: async () => void events.push("released"),
      onError: () => {},
    });
    loop.start();
    const stopped = loop.stop();
    first.open();
    await stopped;
    expect(events).toEqual(["batch started", "batch done", "released"]);
  });

  it("drains batch after batch until one finds nothing more, and stops draining when stopped", async () => {
    let left = 3;
    const loop = createPollLoop<boolean>({
      pollMs: 60_000,
      batch: async () => --left > 0,
      more: (more) => more,
      release: async () => {},
      onError: () => {},
    });
    expect(await loop.drain()).toEqual([true, true, false]);

    left = 100;
    const draining = loop.drain();
    await loop.stop();
    expect((await draining).length).toBe(1);
  });

  it("uses the reserved lane only while every ordinary lane is busy", async () => {
    const lanes: string[] = [];
    const held = gate();
    const loop = createPollLoop<number>({
      pollMs: 60_000,
      concurrency: 2,
      reservedLane: true,
      batch: async (lane) => {
        lanes.push(lane);
        if (lane === "any") await held.opened;
        return 0;
      },
      more: () => false,
      release: async () => {},
      onError: () => {},
    });
    loop.start();
    loop.nudge();
    loop.nudge();
    loop.nudge();
    expect(lanes).toEqual(["any", "any", "reserved"]);
    held.open();
    await loop.stop();
  });

  it("lends ordinary lanes to acquireLane, waiting for one while all are busy, and stop waits for them", async () => {
    const events: string[] = [];
    const held = gate();
    const loop = createPollLoop<number>({
      pollMs: 60_000,
      concurrency: 2,
      reservedLane: true,
      batch: async (lane) => {
        events.push(`batch ${lane}`);
        if (lane === "any") await held.opened;
        return 0;
      },
      more: () => false,
      release: async () => void events.push("released"),
      onError: () => {},
    });
    expect(await loop.acquireLane()).toBeNull();
    loop.start();
    // The start's own look holds one lane; the caller gets the other.
    const first = await loop.acquireLane();
    if (!first) throw new Error("a lane was free");
    // Both lanes busy: a nudge uses the reserved lane, a second caller waits.
    loop.nudge();
    let second: (() => void) | null | undefined;
    const waiting = loop.acquireLane().then((release) => {
      second = release;
      events.push("second lane");
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(second).toBeUndefined();
    // The lane given back goes to the caller waiting for it, before any batch of the loop's.
    first();
    await waiting;
    expect(typeof second).toBe("function");
    const stopped = loop.stop();
    let isStopped = false;
    void stopped.then(() => {
      isStopped = true;
    });
    held.open();
    await new Promise((resolve) => setImmediate(resolve));
    expect(isStopped).toBe(false);
    second?.();
    await stopped;
    expect(events).toEqual(["batch any", "batch reserved", "second lane", "released"]);
    expect(await loop.acquireLane()).toBeNull();
  });

  it("reports a failing batch and keeps polling", async () => {
    vi.useFakeTimers();
    try {
      const errors: unknown[] = [];
      let calls = 0;
      const loop = createPollLoop<number>({
        pollMs: 1000,
        batch: async () => {
          calls++;
          if (calls === 1) throw new Error("boom");
          return 0;
        },
        more: () => false,
        release: async () => {},
        onError: (error) => errors.push(error),
      });
      loop.start();
      await vi.advanceTimersByTimeAsync(1000);
      expect(errors).toHaveLength(1);
      expect(calls).toBe(2);
      await loop.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
