import { useEffect, useState } from "react";

/** The current time, refreshed every `everyMs` so countdowns stay true without a reload. */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * The tick can be up to a minute old when a deadline arrives fresh from the server (right after
 * sending); counting down from the later of the two keeps "23 h 59 m" from reading "1 d".
 */
export function countdownFrom(tick: Date): Date {
  return new Date(Math.max(tick.getTime(), Date.now()));
}
