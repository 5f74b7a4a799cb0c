// Invoices come with the server's displayStatus, so "Overdue" here is the same call as in Billing.
const statuses: Record<string, { label: string; color: string }> = {
  DUE: { label: "Due", color: "blue" },
  OVERDUE: { label: "Overdue", color: "red" },
  PAID: { label: "Paid", color: "teal" },
  VOID: { label: "Void", color: "gray" },
  DONE: { label: "Done", color: "teal" },
};

/** History mixes invoice and request statuses, as the server's plain strings. */
export function historyStatusLook(status: string): { label: string; color: string } {
  return statuses[status] ?? { label: status.charAt(0) + status.slice(1).toLowerCase(), color: "gray" };
}
