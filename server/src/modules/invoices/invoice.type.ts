import { IsIn, IsInt, IsOptional, Length, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { SavedCard } from "../payments/saved-card.type.js";
import { type InvoiceLineRow, type InvoiceRow, invoiceDisplayStatus, type PaymentRow } from "./invoice.service.js";

export enum InvoiceStatus {
  DRAFT = "DRAFT",
  OPEN = "OPEN",
  PAID = "PAID",
  VOID = "VOID",
}
registerEnumType(InvoiceStatus, { name: "InvoiceStatus" });

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
registerEnumType(PaymentMethod, { name: "PaymentMethod" });

@ObjectType()
export class InvoiceLine {
  @Field(() => ID)
  id: string;

  @Field()
  description: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int)
  unitCents: number;

  @Field(() => Int)
  amountCents: number;

  static from(row: InvoiceLineRow): InvoiceLine {
    return Object.assign(new InvoiceLine(), { ...row, id: String(row.id) });
  }
}

@ObjectType()
export class Payment {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  amountCents: number;

  @Field(() => PaymentMethod)
  method: PaymentMethod;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field()
  receivedOn: string;

  static from(row: PaymentRow): Payment {
    return Object.assign(new Payment(), { ...row, id: String(row.id), method: row.method as PaymentMethod });
  }
}

@ObjectType()
export class Invoice {
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field({ description: "ISO date (YYYY-MM-DD)." })
  issuedOn: string;

  @Field(() => String, { nullable: true })
  dueOn: string | null;

  @Field(() => InvoiceStatus)
  status: InvoiceStatus;

  @Field(() => Int)
  totalCents: number;

  @Field(() => Int)
  balanceCents: number;

  @Field(() => InvoiceDisplayStatus, { description: "The status to show: DUE or OVERDUE for an open invoice." })
  displayStatus: InvoiceDisplayStatus;

  @Field({ description: "Open with a balance, past its due date (displayStatus is OVERDUE)." })
  overdue: boolean;

  rowId: number;
  facilityId: number;
  customerId: number;

  /** `today` is the facility's local day (facilityLocalToday), never the server's. */
  static from(row: InvoiceRow, today: string): Invoice {
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

@InputType()
export class InvoiceLineInput {
  @Field()
  @Length(1, 300, { message: "Describe the item (up to 300 characters)" })
  description: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1, { message: "Quantity is at least 1" })
  quantity: number;

  @Field(() => Int, { description: "Price per unit, in cents." })
  @IsInt()
  @Min(0, { message: "The price cannot be negative" })
  unitCents: number;
}

@InputType()
export class InvoiceInput {
  @Field(() => String, { nullable: true, description: "Defaults to today." })
  @IsOptional()
  @MaxLength(10, { message: "Use a date like 2026-03-02" })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10, { message: "Use a date like 2026-03-02" })
  dueOn?: string | null;

  @Field(() => [InvoiceLineInput])
  @ValidateNested()
  lines: InvoiceLineInput[];
}

@InputType()
export class PaymentInput {
  @Field(() => Int)
  @IsInt()
  @Min(1, { message: "Enter an amount greater than zero" })
  amountCents: number;

  @Field(() => PaymentMethod)
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
