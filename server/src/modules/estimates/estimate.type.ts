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
registerEnumType(EstimateStatus, { name: "EstimateStatus" });

@ObjectType()
export class EstimateLine {
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
  @Field(() => ID)
  id: string;

  @Field()
  number: string;

  @Field()
  title: string;

  @Field(() => EstimateStatus)
  status: EstimateStatus;

  @Field(() => String, { nullable: true })
  carName: string | null;

  @Field(() => Int)
  totalCents: number;

  @Field(() => Int)
  acceptedCents: number;

  @Field(() => DateTimeISOResolver, { nullable: true })
  sentAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true })
  respondedByName: string | null;

  @Field(() => String, { nullable: true })
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

@InputType()
export class EstimateInput {
  @Field()
  @MaxLength(200)
  title: string;

  @Field(() => ID, { nullable: true })
  carId?: string | null;

  @Field(() => [InvoiceLineInput])
  @ValidateNested()
  lines: InvoiceLineInput[];
}

@InputType()
export class EstimateResponseInput {
  @Field({ description: "Accept (all lines, or acceptedLineIds) or decline." })
  accept: boolean;

  @Field(() => [ID], { nullable: true, description: "Lines to accept, where the facility allows choosing." })
  acceptedLineIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @MaxLength(2000)
  note?: string | null;
}
