import type { InvoiceStatus, PaymentMethod } from "../../../gql/graphql";

type Look = { label: string; color: string };

/** A customer reads "Overdue" and "Due", not OPEN. */
export function invoiceStatusLook(status: InvoiceStatus, overdue: boolean): Look {
  if (status === "OPEN") return overdue ? { label: "Overdue", color: "red" } : { label: "Due", color: "blue" };
  if (status === "PAID") return { label: "Paid", color: "teal" };
  if (status === "VOID") return { label: "Void", color: "gray" };
  return { label: "Draft", color: "gray" };
}

const methods: Record<PaymentMethod, string> = {
  BANK_TRANSFER: "Bank transfer",
  CARD: "Card",
  CASH: "Cash",
  CHECK: "Check",
  OTHER: "Other",
  STRIPE: "Online card payment",
};

export function paymentMethodLabel(method: PaymentMethod): string {
  return methods[method] ?? method;
}
