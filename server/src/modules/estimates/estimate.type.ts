import { MaxLength, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { InvoiceLineInput } from "../invoices/invoice.type.js";
import type { EstimateLineRow, EstimateRow } from "./estimate.service.js";

export enum EstimateStatus {
  DRAFT = "DRAFT",
  SENT = "SENT",
  ACCEPTED = "ACCEPTED",
  PARTIALLY_ACCEPTED = "PARTIALLY_ACCEPTED",
  DECLINED = "DECLINED",
  INVOICED = "INVOICED",
}
registerEnumType(EstimateStatus, {
  name: "EstimateStatus",
  description: "Where an estimate stands.",
  valuesConfig: {
    DRAFT: { description: "Being prepared; not shown in the portal." },
    SENT: { description: "Sent to the customer, awaiting an answer." },
    ACCEPTED: { description: "The customer accepted every line." },
    PARTIALLY_ACCEPTED: { description: "The customer accepted some lines (where the facility allows choosing)." },
    DECLINED: { description: "The customer declined it." },
    INVOICED: { description: "A draft invoice was made of its accepted lines." },
  },
});

@ObjectType({ description: "One line item of an estimate." })
export class EstimateLine {
  @Field(() => ID, { description: "The line's ID." })
  id: string;

  @Field({ description: "The work or item quoted." })
  description: string;

  @Field(() => Int, { description: "How many units, at least 1." })
  quantity: number;

  @Field(() => Int, { description: "Price per unit, in cents." })
  unitCents: number;

  @Field(() => Int, { description: "quantity × unitCents, in cents." })
  amountCents: number;

  @Field(() => Boolean, { nullable: true, description: "The customer's answer for this line, once given." })
  accepted: boolean | null;

  static from(l: EstimateLineRow): EstimateLine {
    return Object.assign(new EstimateLine(), {
      id: String(l.id),
      description: l.description,
      quantity: l.quantity,
      unitCents: l.unitCents,
      amountCents: l.amountCents,
      accepted: l.accepted,
    });
  }
}

@ObjectType({ description: "A quote the customer accepts or declines in the portal." })
export class Estimate {
  @Field(() => ID, { description: "The estimate's ID." })
  id: string;

  @Field({ description: "The facility's estimate number, e.g. EST-501." })
  number: string;

  @Field({ description: "What the estimate is for." })
  title: string;

  @Field(() => EstimateStatus, { description: "Where the estimate stands." })
  status: EstimateStatus;

  @Field(() => String, {
    nullable: true,
    description: "The car it is for (year, make and model); null when for no car.",
  })
  carName: string | null;

  @Field(() => Int, { description: "Sum of all lines, in cents." })
  totalCents: number;

  @Field(() => Int, { description: "Sum of the accepted lines, in cents." })
  acceptedCents: number;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When it was sent to the customer; null while a draft.",
  })
  sentAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the customer answered; null until then." })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Who answered in the portal (the customer or a contact)." })
  respondedByName: string | null;

  @Field(() => String, { nullable: true, description: "The note left with the answer; null when none." })
  customerNote: string | null;

  @Field(() => ID, { nullable: true, description: "The invoice made from it." })
  invoiceId: string | null;

  rowId: number;

  static from(r: EstimateRow): Estimate {
    return Object.assign(new Estimate(), {
      id: String(r.id),
      number: r.number,
      title: r.title,
      status: r.status as EstimateStatus,
      carName: r.carName,
      totalCents: r.totalCents,
      acceptedCents: r.acceptedCents,
      sentAt: r.sentAt,
      respondedAt: r.respondedAt,
      respondedByName: r.respondedByName,
      customerNote: r.customerNote,
      invoiceId: r.invoiceId === null ? null : String(r.invoiceId),
      rowId: r.id,
    });
  }
}

@InputType({ description: "A draft estimate: title, car and line items." })
export class EstimateInput {
  @Field({ description: "What the estimate is for, up to 200 characters." })
  @MaxLength(200)
  title: string;

  @Field(() => ID, { nullable: true, description: "The customer's car it is for; null for none." })
  carId?: string | null;

  @Field(() => [InvoiceLineInput], { description: "The line items quoted." })
  @ValidateNested()
  lines: InvoiceLineInput[];
}

@InputType({ description: "A portal person's answer to an estimate." })
export class EstimateResponseInput {
  @Field({ description: "Accept (all lines, or acceptedLineIds) or decline." })
  accept: boolean;

  @Field(() => [ID], { nullable: true, description: "Lines to accept, where the facility allows choosing." })
  acceptedLineIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "A note for the facility, up to 2,000 characters." })
  @MaxLength(2000)
  note?: string | null;
}
