import { Badge, type BadgeProps } from "@mantine/core";
import type { InvoiceDisplayStatus } from "../../../gql/graphql";

export const INVOICE_STATUS: Record<InvoiceDisplayStatus, { label: string; color: string }> = {
  DRAFT: { label: "Draft", color: "gray" },
  DUE: { label: "Open", color: "blue" },
  OVERDUE: { label: "Overdue", color: "red" },
  PAID: { label: "Paid", color: "teal" },
  VOID: { label: "Void", color: "gray" },
};

/** The status the server decided (in the facility's day), so the portal and the dashboard agree. */
export function InvoiceStatusBadge({
  invoice,
  ...props
}: { invoice: { displayStatus: InvoiceDisplayStatus } } & BadgeProps) {
  const status = INVOICE_STATUS[invoice.displayStatus];
  return (
    <Badge variant={invoice.displayStatus === "VOID" ? "outline" : "light"} color={status.color} {...props}>
      {status.label}
    </Badge>
  );
}
