import { performance } from "node:perf_hooks";

/**
 * A check many callers ask for, often and at once (a health probe): callers arriving while it runs
 * wait for that run instead of starting their own, and a success answers for `freshMs` after it
 * ended. A failure is never remembered: every caller waiting on it fails, and the next one checks
 * again. `now` is a monotonic clock in milliseconds (tests pass their own).
 */
export function sharedCheck(
  check: () => Promise<unknown>,
  freshMs: number,
  now: () => number = () => performance.now(),
): () => Promise<void> {
  let passedAt = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | null = null;
  return () => {
    if (now() - passedAt < freshMs) return Promise.resolve();
    running ??= check().then(
      () => {
        passedAt = now();
        running = null;
      },
      (error: unknown) => {
        running = null;
        throw error;
      },
    );
    return running;
  };
}
