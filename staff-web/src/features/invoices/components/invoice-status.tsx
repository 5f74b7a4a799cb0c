import { Badge, type BadgeProps } from "@mantine/core";
import type { InvoiceStatus } from "../../../gql/graphql";

export const INVOICE_STATUS: Record<InvoiceStatus, { label: string; color: string }> = {
  DRAFT: { label: "Draft", color: "gray" },
  OPEN: { label: "Open", color: "blue" },
  PAID: { label: "Paid", color: "teal" },
  VOID: { label: "Void", color: "gray" },
};

/** The status, or "Overdue" in red for an open invoice past its due date (the server decides which). */
export function InvoiceStatusBadge({
  invoice,
  ...props
}: { invoice: { status: InvoiceStatus; overdue: boolean } } & BadgeProps) {
  const status = INVOICE_STATUS[invoice.status];
  return (
    <Badge
      variant={invoice.status === "VOID" ? "outline" : "light"}
      color={invoice.overdue ? "red" : status.color}
      {...props}
    >
      {invoice.overdue ? "Overdue" : status.label}
    </Badge>
  );
}
