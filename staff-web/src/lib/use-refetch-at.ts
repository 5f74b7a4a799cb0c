import { useEffect } from "react";

const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * Refetches when the earliest of `times` passes. Portal statuses change by themselves (a cooldown
 * ends, a link expires); the server decides the new state, so the page asks it again then.
 */
export function useRefetchAt(times: ReadonlyArray<string | null | undefined>, refetch: () => unknown) {
  const earliest = times.reduce<number | null>((min, t) => {
    if (!t) return min;
    const ms = Date.parse(t);
    return Number.isNaN(ms) || (min !== null && min <= ms) ? min : ms;
  }, null);
  useEffect(() => {
    if (earliest === null) return;
    // A second of slack so the server's clock has passed the boundary too.
    const delay = Math.max(0, earliest - Date.now()) + 1_000;
    if (delay > MAX_TIMEOUT_MS) return;
    const timer = setTimeout(() => void refetch(), delay);
    return () => clearTimeout(timer);
  }, [earliest, refetch]);
}
