import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, facilityToday, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { decodeIdCursor, encodeIdCursor } from "../../lib/cursor.js";
import { badInput } from "../../lib/domain-error.js";
import type { InvoiceRow } from "./invoice.service.js";
import { Invoice, InvoiceStatus } from "./invoice.type.js";
import { invoicePage } from "./invoice-list.service.js";
import { InvoiceConnection } from "./invoice-list.type.js";

const MAX_PAGE = 100;

@Resolver(() => Invoice)
export class InvoiceListResolver {
  @Authorized(Role.STAFF)
  @Query(() => InvoiceConnection, {
    description:
      "The facility's invoices, newest first (drafts included), optionally of one customer or in some statuses.",
  })
  async invoices(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 25, description: "Invoices per page, 1 to 100." }) first: number,
    @StringArg("after", { nullable: true, maxLength: 40, description: "pageInfo.endCursor of the page before." })
    after: string | null,
    @Arg("customerId", () => ID, { nullable: true, description: "Only this customer's invoices." })
    customerId: string | null,
    @Arg("statuses", () => [InvoiceStatus], { nullable: true, description: "Only invoices in these statuses." })
    statuses: InvoiceStatus[] | null,
  ): Promise<InvoiceConnection> {
    if (first < 1 || first > MAX_PAGE)
      throw badInput(`first must be between 1 and ${MAX_PAGE}`, { first: "Out of range" });
    const scope = staffScope(ctx);
    const [page, today] = await Promise.all([
      invoicePage(
        ctx.data,
        scope,
        {
          customerId: customerId == null ? null : parseId(customerId, "Customer"),
          statuses: statuses as InvoiceRow["status"][] | null,
        },
        { first, afterId: decodeIdCursor(after) },
      ),
      facilityToday(ctx, scope.facilityId),
    ]);
    const last = page.rows.at(-1);
    return Object.assign(new InvoiceConnection(), {
      nodes: page.rows.map((row) => Invoice.from(row, today)),
      pageInfo: { endCursor: last ? encodeIdCursor(last.id) : null, hasNextPage: page.hasNextPage },
    });
  }

  @FieldResolver(() => ID, { description: "The customer the invoice is addressed to." })
  customerId(@Root() invoice: Invoice): string {
    return String(invoice.customerId);
  }
}
