import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";

/** How a return from Stripe Checkout stands: its webhook, not the return itself, is the proof. */
export type StripeReturn = "none" | "confirming" | "confirmed" | "slow" | "cancelled";

const POLL_MS = 2_000;
/** Stripe usually confirms within seconds; after this the page stops asking and says so. */
export const GIVE_UP_MS = 60_000;

/**
 * Stripe sends the person back (`?paid=1`, `?setup=1`) before or after its webhook reaches
 * Portico. Until the server has recorded the outcome, the page asks again every two seconds.
 */
export function useStripeReturn(
  flag: "paid" | "setup",
  confirmed: boolean,
  query: { startPolling: (ms: number) => void; stopPolling: () => void },
): StripeReturn {
  const [params] = useSearchParams();
  const value = params.get(flag);
  const [slow, setSlow] = useState(false);
  const waiting = value === "1" && !confirmed && !slow;
  const { startPolling, stopPolling } = query;

  useEffect(() => {
    if (!waiting) return;
    startPolling(POLL_MS);
    const timer = window.setTimeout(() => setSlow(true), GIVE_UP_MS);
    return () => {
      window.clearTimeout(timer);
      stopPolling();
    };
  }, [waiting, startPolling, stopPolling]);

  if (value === "0") return "cancelled";
  if (value !== "1") return "none";
  if (confirmed) return "confirmed";
  return slow ? "slow" : "confirming";
}
