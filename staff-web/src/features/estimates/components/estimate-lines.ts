import type { InvoiceLineInput } from "../../../gql/graphql";

/** One row of the line editor as typed: quantity and unit price (dollars) stay text until valid. */
export type LineDraft = { key: string; description: string; quantity: number | string; unitPrice: number | string };

export type EstimateFormValues = { title: string; carId: string | null; lines: LineDraft[] };

/** The server's bounds (InvoiceLineInput), checked here first so mistakes show under the field. */
export const MAX_QUANTITY = 100_000;
export const MAX_UNIT_CENTS = 100_000_000;
export const MAX_LINES = 200;
export const MAX_DESCRIPTION = 300;

let nextKey = 0;
export function emptyLine(): LineDraft {
  nextKey += 1;
  return { key: `line-${nextKey}`, description: "", quantity: 1, unitPrice: "" };
}

function asNumber(value: number | string): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const cleaned = value.replace(/[$,\s]/g, "");
  if (!cleaned) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/** Dollars as typed ("1,250.5", 19.99) → whole cents, or null when it is not a price. */
export function dollarsToCents(value: number | string): number | null {
  const n = asNumber(value);
  if (n === null) return null;
  // 19.99 * 100 is 1998.9999…; rounding to cents is what the person typed.
  return Math.round(n * 100);
}

export function quantityOf(value: number | string): number | null {
  const n = asNumber(value);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** A line's amount in cents; a line still being typed counts as zero. */
export function lineCents(line: LineDraft): number {
  const quantity = quantityOf(line.quantity);
  const unit = dollarsToCents(line.unitPrice);
  if (quantity === null || unit === null || quantity < 1 || unit < 0) return 0;
  return quantity * unit;
}

export function totalCents(lines: readonly LineDraft[]): number {
  return lines.reduce((sum, line) => sum + lineCents(line), 0);
}

export type LineErrors = Partial<Record<"description" | "quantity" | "unitPrice", string>>;

export function lineErrors(line: LineDraft): LineErrors {
  const errors: LineErrors = {};
  const description = line.description.trim();
  if (!description) errors.description = "Describe the item";
  else if (description.length > MAX_DESCRIPTION) errors.description = `Up to ${MAX_DESCRIPTION} characters`;
  const quantity = quantityOf(line.quantity);
  if (quantity === null || quantity < 1 || quantity > MAX_QUANTITY) errors.quantity = "A whole number from 1";
  const unit = dollarsToCents(line.unitPrice);
  if (line.unitPrice === "" || unit === null) errors.unitPrice = "Enter a price";
  else if (unit < 0) errors.unitPrice = "Cannot be negative";
  else if (unit > MAX_UNIT_CENTS) errors.unitPrice = "Too large";
  return errors;
}

/** Form errors keyed the way @mantine/form names list fields ("lines.0.description"). */
export function validateLines(lines: readonly LineDraft[]): Record<string, string> {
  if (lines.length === 0) return { lines: "Add at least one line item" };
  if (lines.length > MAX_LINES) return { lines: `An estimate has at most ${MAX_LINES} lines` };
  const errors: Record<string, string> = {};
  lines.forEach((line, i) => {
    for (const [field, message] of Object.entries(lineErrors(line))) errors[`lines.${i}.${field}`] = message;
  });
  return errors;
}

/** Validated drafts → what the API takes. */
export function toLineInputs(lines: readonly LineDraft[]): InvoiceLineInput[] {
  return lines.map((line) => ({
    description: line.description.trim(),
    quantity: quantityOf(line.quantity) ?? 1,
    unitCents: dollarsToCents(line.unitPrice) ?? 0,
  }));
}
