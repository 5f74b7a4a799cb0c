import { useForm } from "@mantine/form";
import { errorInfo, formFieldErrors } from "@portico/web-core/errors";
import type { InvoiceInput, PaymentInput, PaymentMethod } from "../../../gql/graphql";
import { localToday, parseCalendarDate } from "../../../lib/dates";

/** What the server accepts: up to 300 characters, 1–100,000 units, $0–$1,000,000 a unit, 200 lines. */
export const LIMITS = {
  description: 300,
  quantity: 100_000,
  unitCents: 100_000_000,
  lines: 200,
} as const;

/** Dollars as typed (a number, or text while typing) to whole cents; null when it is not an amount. */
export function toCents(dollars: number | string): number | null {
  if (dollars === "" || dollars === null) return null;
  const n = typeof dollars === "number" ? dollars : Number(String(dollars).replace(/[$,\s]/g, ""));
  if (!Number.isFinite(n)) return null;
  // Rounded, because 19.99 × 100 is 1998.9999… in floating point.
  return Math.round(n * 100);
}

export function centsToDollars(cents: number): number {
  return cents / 100;
}

export type LineValues = { key: string; description: string; quantity: number | string; unitPrice: number | string };

export type InvoiceFormValues = { issuedOn: string; dueOn: string; lines: LineValues[] };

let nextLineKey = 0;
export function blankLine(): LineValues {
  return { key: `line-${nextLineKey++}`, description: "", quantity: 1, unitPrice: "" };
}

/** A line's amount in cents, or null while its quantity or price is not a valid number yet. */
export function lineAmountCents(line: Pick<LineValues, "quantity" | "unitPrice">): number | null {
  const cents = toCents(line.unitPrice);
  const qty = typeof line.quantity === "number" ? line.quantity : Number(line.quantity);
  if (cents === null || line.quantity === "" || !Number.isInteger(qty) || qty < 1) return null;
  return qty * cents;
}

/** The running total of the lines that have an amount so far. */
export function invoiceTotalCents(lines: ReadonlyArray<Pick<LineValues, "quantity" | "unitPrice">>): number {
  return lines.reduce((sum, line) => sum + (lineAmountCents(line) ?? 0), 0);
}

export function addDays(isoDay: string, days: number): string {
  const date = parseCalendarDate(isoDay) ?? new Date();
  date.setDate(date.getDate() + days);
  return localToday(date);
}

/** Net 30 by default: the common terms for storage invoices. Staff change or clear it. */
export function initialInvoiceValues(today = localToday()): InvoiceFormValues {
  return { issuedOn: today, dueOn: addDays(today, 30), lines: [blankLine()] };
}

type DraftInvoice = {
  issuedOn: string;
  dueOn?: string | null;
  lines: ReadonlyArray<{ description: string; quantity: number; unitCents: number }>;
};

/** A draft's values as the form holds them, to edit it: prices back in dollars. */
export function invoiceValuesOf(invoice: DraftInvoice): InvoiceFormValues {
  return {
    issuedOn: invoice.issuedOn,
    dueOn: invoice.dueOn ?? "",
    lines: invoice.lines.map((line) => ({
      ...blankLine(),
      description: line.description,
      quantity: line.quantity,
      unitPrice: centsToDollars(line.unitCents),
    })),
  };
}

function dateProblem(value: string, required: boolean): string | null {
  if (!value) return required ? "Enter a date" : null;
  return parseCalendarDate(value) ? null : "Use a date like 2026-03-02";
}

export function useInvoiceForm(initialValues: InvoiceFormValues) {
  return useForm<InvoiceFormValues>({
    mode: "controlled",
    initialValues,
    validate: {
      issuedOn: (v) => dateProblem(v, true),
      dueOn: (v, values) =>
        dateProblem(v, false) ??
        (v && values.issuedOn && v < values.issuedOn ? "The due date is before the invoice date" : null),
      lines: {
        description: (v) => {
          const text = v.trim();
          if (!text) return "Describe the item";
          return text.length > LIMITS.description ? `At most ${LIMITS.description} characters` : null;
        },
        quantity: (v) =>
          typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= LIMITS.quantity
            ? null
            : "A whole number from 1",
        unitPrice: (v) => {
          const cents = toCents(v);
          if (cents === null) return "Enter a price";
          if (cents < 0) return "Enter a price of 0 or more";
          return cents > LIMITS.unitCents ? "At most $1,000,000" : null;
        },
      },
    },
  });
}

export function toInvoiceInput(values: InvoiceFormValues): InvoiceInput {
  return {
    issuedOn: values.issuedOn,
    dueOn: values.dueOn || null,
    lines: values.lines.map((line) => ({
      description: line.description.trim(),
      quantity: Number(line.quantity),
      unitCents: toCents(line.unitPrice) ?? 0,
    })),
  };
}

/** The server names prices in cents (`lines.0.unitCents`); the form holds dollars (`lines.0.unitPrice`). */
const FIELD_ALIASES: Record<string, string> = { unitCents: "unitPrice", amountCents: "amount" };

/**
 * The server's field errors as form paths. Answers the errors placed under fields and the message
 * for the rest (e.g. "Add at least one line item"), to show above the buttons.
 */
export function serverFormErrors(
  error: unknown,
  isField: (path: string) => boolean,
): { fields: Record<string, string>; message: string | null } {
  const info = errorInfo(error);
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(formFieldErrors(info))) {
    const mapped = path
      .split(".")
      .map((part) => FIELD_ALIASES[part] ?? part)
      .join(".");
    if (isField(mapped)) fields[mapped] = message;
  }
  return { fields, message: Object.keys(fields).length > 0 ? null : info.message };
}

export const PAYMENT_METHODS: Array<{ value: Exclude<PaymentMethod, "STRIPE">; label: string; reference: string }> = [
  { value: "CHECK", label: "Check", reference: "Check number" },
  { value: "CASH", label: "Cash", reference: "Receipt number" },
  { value: "BANK_TRANSFER", label: "Bank transfer", reference: "Transfer reference" },
  { value: "CARD", label: "Card (in person)", reference: "Last 4 digits or terminal receipt" },
  { value: "OTHER", label: "Other", reference: "Reference" },
];

export const PAYMENT_METHOD_LABEL: Record<PaymentMethod, string> = {
  CHECK: "Check",
  CASH: "Cash",
  BANK_TRANSFER: "Bank transfer",
  CARD: "Card",
  OTHER: "Other",
  STRIPE: "Online (Stripe)",
};

export type PaymentFormValues = {
  amount: number | string;
  method: Exclude<PaymentMethod, "STRIPE">;
  reference: string;
  receivedOn: string;
};

export function usePaymentForm(balanceCents: number, today = localToday()) {
  return useForm<PaymentFormValues>({
    mode: "controlled",
    initialValues: { amount: centsToDollars(balanceCents), method: "CHECK", reference: "", receivedOn: today },
    validate: {
      amount: (v) => {
        const cents = toCents(v);
        if (cents === null) return "Enter the amount received";
        if (cents <= 0) return "Enter an amount greater than zero";
        if (cents > balanceCents)
          return `At most the balance due, ${new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(balanceCents / 100)}`;
        return null;
      },
      reference: (v) => (v.trim().length <= 120 ? null : "At most 120 characters"),
      receivedOn: (v) => {
        if (!parseCalendarDate(v)) return "Enter the date it was received";
        return v > today ? "The date cannot be in the future" : null;
      },
    },
  });
}

export function toPaymentInput(values: PaymentFormValues): PaymentInput {
  const reference = values.reference.trim();
  return {
    amountCents: toCents(values.amount) ?? 0,
    method: values.method,
    reference: reference ? reference : null,
    receivedOn: values.receivedOn,
  };
}
