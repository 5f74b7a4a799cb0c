import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { graphql } from "../../../gql";
import type { PaymentSetupReturn } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { leavePortalFor } from "../../../lib/leave-portal";

export const PayInvoiceOnlineMutation = graphql(`
  mutation PayInvoiceOnline($invoiceId: ID!) {
    payInvoiceOnline(invoiceId: $invoiceId)
  }
`);

export const AddPaymentMethodMutation = graphql(`
  mutation AddPaymentMethod($returnTo: PaymentSetupReturn!) {
    addPaymentMethod(returnTo: $returnTo)
  }
`);

/**
 * Asks the server for a Stripe Checkout page and goes there. The button stays busy until the
 * browser has left: a second click would only open a second checkout.
 */
function useCheckout(start: () => Promise<string | undefined>) {
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const go = async () => {
    setError(null);
    setLeaving(true);
    try {
      const url = await start();
      if (!url) throw new Error("No checkout page came back");
      leavePortalFor(url);
    } catch (e) {
      setLeaving(false);
      setError(portalError(e).message);
    }
  };
  return { go, leaving, error };
}

export function usePayInvoiceOnline(invoiceId: string) {
  const [pay] = useMutation(PayInvoiceOnlineMutation);
  return useCheckout(async () => (await pay({ variables: { invoiceId } })).data?.payInvoiceOnline);
}

export function useAddPaymentMethod(returnTo: PaymentSetupReturn) {
  const [add] = useMutation(AddPaymentMethodMutation);
  return useCheckout(async () => (await add({ variables: { returnTo } })).data?.addPaymentMethod);
}
