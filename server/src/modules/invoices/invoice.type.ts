import { IsIn, IsInt, IsOptional, Length, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { SavedCard } from "../payments/saved-card.type.js";
import {
  type InvoiceLineItem,
  type InvoiceRow,
  type InvoiceWithItems,
  invoiceDisplayStatus,
  type PaymentItem,
} from "./invoice.service.js";

export enum InvoiceStatus {
  DRAFT = "DRAFT",
  OPEN = "OPEN",
  PAID = "PAID",
  VOID = "VOID",
}
registerEnumType(InvoiceStatus, {
  name: "InvoiceStatus",
  description: "An invoice's stored status.",
  valuesConfig: {
    DRAFT: { description: "Being prepared; not shown in the portal." },
    OPEN: { description: "Issued, with a balance left to pay." },
    PAID: { description: "Paid in full." },
    VOID: { description: "Cancelled; nothing is owed." },
  },
});

export enum InvoiceDisplayStatus {
  DRAFT = "DRAFT",
  DUE = "DUE",
  OVERDUE = "OVERDUE",
  PAID = "PAID",
  VOID = "VOID",
}
registerEnumType(InvoiceDisplayStatus, {
  name: "InvoiceDisplayStatus",
  description: "What an invoice's status means to a reader today, decided on the server in the facility's day.",
  valuesConfig: {
    DUE: { description: "Open, not yet past its due date (or nothing left to pay)." },
    OVERDUE: { description: "Open with a balance, past its due date in the facility's time zone." },
    DRAFT: { description: "Being prepared; not shown in the portal." },
    PAID: { description: "Paid in full." },
    VOID: { description: "Cancelled; nothing is owed." },
  },
});

export enum PaymentMethod {
  CARD = "CARD",
  CHECK = "CHECK",
  CASH = "CASH",
  BANK_TRANSFER = "BANK_TRANSFER",
  STRIPE = "STRIPE",
  OTHER = "OTHER",
}
registerEnumType(PaymentMethod, {
  name: "PaymentMethod",
  description: "How a payment was made.",
  valuesConfig: {
    CARD: { description: "Card, taken outside Portico." },
    CHECK: { description: "Check." },
    CASH: { description: "Cash." },
    BANK_TRANSFER: { description: "Bank transfer." },
    STRIPE: { description: "Paid online through the portal (Stripe)." },
    OTHER: { description: "Any other way." },
  },
});

@ObjectType({ description: "One line item of an invoice." })
export class InvoiceLine {
  @Field(() => ID, { description: "The line's ID." })
  id: string;

  @Field({ description: "What is charged." })
  description: string;

  @Field(() => Int, { description: "How many units, at least 1." })
  quantity: number;

  @Field(() => Int, { description: "Price per unit, in cents." })
  unitCents: number;

  @Field(() => Int, { description: "quantity × unitCents, in cents." })
  amountCents: number;

  static from(row: InvoiceLineItem): InvoiceLine {
    return Object.assign(new InvoiceLine(), {
      id: String(row.id),
      description: row.description,
      quantity: row.quantity,
      unitCents: row.unitCents,
      amountCents: row.amountCents,
    });
  }
}

@ObjectType({ description: "A payment received against an invoice." })
export class Payment {
  @Field(() => ID, { description: "The payment's ID." })
  id: string;

  @Field(() => Int, { description: "Amount paid, in cents." })
  amountCents: number;

  @Field(() => PaymentMethod, { description: "How it was paid." })
  method: PaymentMethod;

  @Field(() => String, {
    nullable: true,
    description: "Check number, transfer reference or Stripe payment id; null when none.",
  })
  reference: string | null;

  @Field({ description: "ISO date (YYYY-MM-DD) the payment was received." })
  receivedOn: string;

  static from(row: PaymentItem): Payment {
    return Object.assign(new Payment(), {
      id: String(row.id),
      amountCents: row.amountCents,
      method: row.method as PaymentMethod,
      reference: row.reference,
      receivedOn: row.receivedOn,
    });
  }
}

@ObjectType({
  description:
    "A bill to a customer with line items and payments. Drafts are seen by staff only; the portal shows issued invoices.",
})
export class Invoice {
  @Field(() => ID, { description: "The invoice's ID." })
  id: string;

  @Field({ description: "The facility's invoice number, e.g. INV-1001." })
  number: string;

  @Field({ description: "ISO date (YYYY-MM-DD)." })
  issuedOn: string;

  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD) payment is due; null when no due date." })
  dueOn: string | null;

  @Field(() => InvoiceStatus, { description: "The stored status; see displayStatus for what to show." })
  status: InvoiceStatus;

  @Field(() => Int, { description: "Sum of the lines, in cents." })
  totalCents: number;

  @Field(() => Int, { description: "What is left to pay, in cents (0 when paid or void)." })
  balanceCents: number;

  @Field(() => InvoiceDisplayStatus, { description: "The status to show: DUE or OVERDUE for an open invoice." })
  displayStatus: InvoiceDisplayStatus;

  @Field({ description: "Open with a balance, past its due date (displayStatus is OVERDUE)." })
  overdue: boolean;

  rowId: number;
  facilityId: number;
  customerId: number;
  /** The lines and payments when they were read with the invoice; null: the fields read them. */
  items: Pick<InvoiceWithItems, "lines" | "payments"> | null;

  /** `today` is the facility's local day (facilityLocalToday), never the server's. */
  static from(row: InvoiceRow | InvoiceWithItems, today: string): Invoice {
    const displayStatus = invoiceDisplayStatus(row, today) as InvoiceDisplayStatus;
    return Object.assign(new Invoice(), {
      id: String(row.id),
      number: row.number,
      issuedOn: row.issuedOn,
      dueOn: row.dueOn,
      status: row.status as InvoiceStatus,
      totalCents: row.totalCents,
      balanceCents: row.balanceCents,
      displayStatus,
      overdue: displayStatus === InvoiceDisplayStatus.OVERDUE,
      rowId: row.id,
      facilityId: row.facilityId,
      customerId: row.customerId,
      items: "lines" in row ? { lines: row.lines, payments: row.payments } : null,
    });
  }
}

@ObjectType({ description: "The portal's billing section." })
export class PortalBilling {
  @Field(() => Int, { description: "Sum of open invoices' balances." })
  outstandingCents: number;

  @Field(() => [Invoice], { description: "Issued invoices, newest first (drafts are never shown)." })
  invoices: Invoice[];

  @Field(() => String, { nullable: true, description: "How to pay when online payments are off." })
  offlinePaymentInstructions: string | null;

  @Field({ description: "Whether invoices can be paid online (Stripe configured)." })
  onlinePayments: boolean;

  @Field({ description: "Whether a payment method is saved with Stripe for this account." })
  paymentMethodOnFile: boolean;

  @Field(() => SavedCard, { nullable: true, description: "Which card is saved, when Stripe has said." })
  savedCard: SavedCard | null;
}

@InputType({ description: "One line item to charge." })
export class InvoiceLineInput {
  @Field({ description: "What is charged, 1 to 300 characters." })
  @Length(1, 300, { message: "Describe the item (up to 300 characters)" })
  description: string;

  @Field(() => Int, { defaultValue: 1, description: "How many units, at least 1." })
  @IsInt()
  @Min(1, { message: "Quantity is at least 1" })
  quantity: number;

  @Field(() => Int, { description: "Price per unit, in cents." })
  @IsInt()
  @Min(0, { message: "The price cannot be negative" })
  unitCents: number;
}

@InputType({ description: "An invoice's dates and line items, for a draft." })
export class InvoiceInput {
  @Field(() => String, { nullable: true, description: "Defaults to today." })
  @IsOptional()
  @MaxLength(10, { message: "Use a date like 2026-03-02" })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD) payment is due; null for no due date." })
  @IsOptional()
  @MaxLength(10, { message: "Use a date like 2026-03-02" })
  dueOn?: string | null;

  @Field(() => [InvoiceLineInput], { description: "The line items; the total is their sum." })
  @ValidateNested()
  lines: InvoiceLineInput[];
}

@InputType({ description: "A payment received, to record against an open invoice." })
export class PaymentInput {
  @Field(() => Int, { description: "Amount received, in cents: more than 0 and at most the balance." })
  @IsInt()
  @Min(1, { message: "Enter an amount greater than zero" })
  amountCents: number;

  @Field(() => PaymentMethod, { description: "How it was paid." })
  @IsIn(Object.values(PaymentMethod))
  method: PaymentMethod;

  @Field(() => String, { nullable: true, description: "Check number, transfer reference…" })
  @IsOptional()
  @MaxLength(120)
  reference?: string | null;

  @Field(() => String, { nullable: true, description: "Defaults to today." })
  @IsOptional()
  @MaxLength(10, { message: "Use a date like 2026-03-02" })
  receivedOn?: string | null;
}
