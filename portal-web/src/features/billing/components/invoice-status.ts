import type { InvoiceDisplayStatus, PaymentMethod } from "../../../gql/graphql";

type Look = { label: string; color: string };

const looks: Record<InvoiceDisplayStatus, Look> = {
  DUE: { label: "Due", color: "blue" },
  OVERDUE: { label: "Overdue", color: "red" },
  PAID: { label: "Paid", color: "teal" },
  VOID: { label: "Void", color: "gray" },
  DRAFT: { label: "Draft", color: "gray" },
};

/** A customer reads "Overdue" and "Due", not OPEN; which one is the server's call (displayStatus). */
export function invoiceStatusLook(status: InvoiceDisplayStatus): Look {
  return looks[status];
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
