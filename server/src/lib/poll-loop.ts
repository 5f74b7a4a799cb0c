import { setImmediate as yieldToEventLoop } from "node:timers/promises";

/** "reserved" is the extra lane used only while every ordinary lane is busy. */
export type PollLane = "any" | "reserved";

export type PollLoopOptions<R> = {
  /** Time between looks when nothing wakes the loop. */
  pollMs: number;
  /** Batches run side by side; each claims its own work under a lease, so they never share any. */
  concurrency?: number;
  /**
   * One more batch, started only while the ordinary lanes are all busy: work someone is waiting for
   * (a sign-in link) must not queue behind a hung call.
   */
  reservedLane?: boolean;
  /** Claims and does one batch of work. */
  batch(lane: PollLane): Promise<R>;
  /** Whether more is probably waiting after this batch: the next one starts at once. */
  more(result: R): boolean;
  /** Hands back the leases this process still holds, once stop() has waited for every batch. */
  release(): Promise<void>;
  /** A batch the loop started failed; the loop goes on. */
  onError(error: unknown): void;
};

export type PollLoop<R> = {
  start(): void;
  /** Something was just queued: look now rather than at the next poll. */
  nudge(): void;
  /** One batch, now, on an ordinary lane; its error is the caller's. */
  runOnce(): Promise<R>;
  /**
   * Waits for an ordinary lane and holds it for work the caller hands in (see the email worker's
   * hand-off): answers the function that gives the lane back, or null once the loop is stopping or
   * not running. stop() waits for lanes held this way as for its own batches.
   */
  acquireLane(): Promise<(() => void) | null>;
  /** Batches one after another until one finds nothing more or stop() is called. */
  drain(): Promise<R[]>;
  /** Stops looking, waits for every batch in flight (the loop's or runOnce's), then releases. */
  stop(): Promise<void>;
};

/**
 * The background loop of the workers that claim leased work from the database (the email outbox,
 * bulk invites): a poll timer, a nudge to look at once, a few batches in flight, and a shutdown that
 * loses nothing. Between batches it yields to the event loop, so a long run of work that does no
 * I/O of its own still lets requests through.
 */
export function createPollLoop<R>(options: PollLoopOptions<R>): PollLoop<R> {
  const concurrency = options.concurrency ?? 1;
  let running = false;
  let stopping = false;
  let inFlight = 0;
  let reservedBusy = false;
  /** Something asked for a batch while every lane was busy: start one as soon as a lane frees. */
  let wanted = false;
  let timer: NodeJS.Timeout | undefined;
  const runs = new Set<Promise<unknown>>();
  /** Callers of acquireLane waiting for a lane, first come first served. */
  let laneWaiters: Array<(granted: boolean) => void> = [];

  /**
   * Gives back an ordinary lane. A caller of acquireLane waiting for one takes it over (it stays
   * counted) before the loop starts a batch of its own; answers whether it was taken over.
   */
  function freeLane(): boolean {
    const waiter = laneWaiters.shift();
    if (waiter) {
      waiter(true);
      return true;
    }
    inFlight--;
    return false;
  }

  function holdLane(): () => void {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    void track(
      held.then(() => {
        if (!freeLane() && wanted) launchSoon();
      }),
    );
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  }

  function track<T>(batch: Promise<T>): Promise<T> {
    runs.add(batch);
    void batch.finally(() => runs.delete(batch)).catch(() => undefined);
    return batch;
  }

  /** The loop's own batches: an error is reported and counts as "nothing more". */
  function guarded(lane: PollLane): Promise<boolean> {
    return options.batch(lane).then(
      (result) => options.more(result),
      (error) => {
        options.onError(error);
        return false;
      },
    );
  }

  function launchSoon(): void {
    setImmediate(launch);
  }

  function launch(): void {
    if (!running) return;
    if (inFlight < concurrency) {
      inFlight++;
      wanted = false;
      void track(
        guarded("any").then((more) => {
          if (freeLane()) return;
          if (more || wanted) launchSoon();
        }),
      );
      return;
    }
    wanted = true;
    if (!options.reservedLane || reservedBusy) return;
    reservedBusy = true;
    void track(
      guarded("reserved").then((more) => {
        reservedBusy = false;
        if (more) launchSoon();
      }),
    );
  }

  function poll(): void {
    timer = undefined;
    if (!running) return;
    launch();
    timer = setTimeout(poll, options.pollMs);
    timer.unref();
  }

  function runOnce(): Promise<R> {
    return track(options.batch("any"));
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopping = false;
      poll();
    },
    nudge() {
      launch();
    },
    runOnce,
    async acquireLane() {
      if (!running) return null;
      if (inFlight >= concurrency) {
        const granted = await new Promise<boolean>((resolve) => laneWaiters.push(resolve));
        // A lane handed over is already counted for the waiter.
        if (!granted) return null;
      } else {
        inFlight++;
      }
      if (!running) {
        freeLane();
        return null;
      }
      return holdLane();
    },
    async drain() {
      const results: R[] = [];
      while (!stopping) {
        const result = await runOnce();
        results.push(result);
        if (!options.more(result)) break;
        await yieldToEventLoop();
      }
      return results;
    },
    async stop() {
      running = false;
      stopping = true;
      clearTimeout(timer);
      timer = undefined;
      const waiting = laneWaiters;
      laneWaiters = [];
      for (const waiter of waiting) waiter(false);
      while (runs.size > 0) await Promise.allSettled([...runs]);
      await options.release();
    },
  };
}
