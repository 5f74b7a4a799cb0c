import { Field, ObjectType } from "type-graphql";
import { PageInfo } from "../../graphql/pagination.js";
import { Invoice } from "./invoice.type.js";

@ObjectType({ description: "A page of the facility's invoices, newest first." })
export class InvoiceConnection {
  @Field(() => [Invoice], { description: "The invoices of this page." })
  nodes: Invoice[];

  @Field(() => PageInfo, { description: "Where the next page starts." })
  pageInfo: PageInfo;
}
