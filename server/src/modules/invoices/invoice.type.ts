import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { invoices } from "../../db/schema.js";

export enum InvoiceStatus {
  DRAFT = "DRAFT",
  OPEN = "OPEN",
  PAID = "PAID",
  VOID = "VOID",
}
registerEnumType(InvoiceStatus, { name: "InvoiceStatus" });

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

  static from(row: typeof invoices.$inferSelect): Invoice {
    return Object.assign(new Invoice(), { ...row, id: String(row.id), status: row.status as InvoiceStatus });
  }
}
