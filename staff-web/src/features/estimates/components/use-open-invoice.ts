import { useLocation, useSearchParams } from "react-router";

/**
 * The Invoices card on the same page opens an invoice named in the address (?invoice=…); the
 * history state (where the user came from) stays as it is.
 */
export function useOpenInvoice() {
  const [, setParams] = useSearchParams();
  const { state } = useLocation();
  return (id: string | null) => {
    if (!id) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set("invoice", id);
        return next;
      },
      { replace: true, state, preventScrollReset: true },
    );
  };
}
