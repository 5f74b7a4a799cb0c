import { MaxLength, ValidateNested } from "class-validator";
import { DateTimeISOResolver } from "graphql-scalars";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { type Context, requireSection, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { notFound } from "../../lib/domain-error.js";
import { portalPersonName } from "../auth/portal-session.service.js";
import { Customer } from "../customers/customer.type.js";
import { facilityToday } from "../facilities/facility.service.js";
import { PortalSection } from "../facilities/sections.service.js";
import { getInvoice } from "../invoices/invoice.service.js";
import { Invoice, InvoiceLineInput } from "../invoices/invoice.type.js";
import {
  convertToInvoice,
  createEstimate,
  type EstimateRow,
  estimateLines,
  estimatesOfCustomer,
  getEstimate,
  respondToEstimate,
  sendEstimate,
} from "./estimate.service.js";

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
      carName: r.car_name,
      totalCents: r.total_cents,
      acceptedCents: r.accepted_cents,
      sentAt: r.sent_at === null ? null : new Date(r.sent_at),
      respondedAt: r.responded_at === null ? null : new Date(r.responded_at),
      respondedByName: r.responded_by_name,
      customerNote: r.customer_note,
      invoiceId: r.invoice_id === null ? null : String(r.invoice_id),
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

@Resolver(() => Estimate)
export class EstimateResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Estimate, { description: "A draft estimate; the customer sees it once sent." })
  createEstimate(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID) customerId: string,
    @Arg("input", () => EstimateInput) input: EstimateInput,
  ): Estimate {
    const { facilityId } = requireStaff(ctx);
    const id = createEstimate(
      ctx.db,
      facilityId,
      parseId(customerId, "Customer"),
      { ...input, carId: input.carId ? parseId(input.carId, "Car") : null },
      ctx.clock.now(),
    );
    return Estimate.from(getEstimate(ctx.db, facilityId, id));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Estimate, { description: "Sends a draft; opted-in people are emailed." })
  sendEstimate(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Estimate {
    const { facilityId } = requireStaff(ctx);
    const estimateId = parseId(id, "Estimate");
    sendEstimate(ctx.db, ctx.config, facilityId, estimateId, ctx.clock.now());
    ctx.nudgeOutbox();
    return Estimate.from(getEstimate(ctx.db, facilityId, estimateId));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice, { description: "Makes a draft invoice of the accepted lines and answers it." })
  convertEstimateToInvoice(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Invoice {
    const { facilityId } = requireStaff(ctx);
    const now = ctx.clock.now();
    const invoiceId = convertToInvoice(ctx.db, facilityId, parseId(id, "Estimate"), now);
    return Invoice.from(getInvoice(ctx.db, facilityId, invoiceId), facilityToday(ctx.db, facilityId, now));
  }

  @Authorized(Role.PORTAL)
  @Query(() => [Estimate], { description: "Estimates section: sent estimates, newest first." })
  portalEstimates(@Ctx() ctx: Context): Estimate[] {
    const viewer = requireSection(ctx, PortalSection.ESTIMATES);
    return estimatesOfCustomer(ctx.db, viewer.facilityId, viewer.customerId, { sentOnly: true }).map(Estimate.from);
  }

  @Authorized(Role.STAFF, Role.PORTAL)
  @Query(() => Estimate)
  estimate(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Estimate {
    const estimateId = parseId(id, "Estimate");
    if (ctx.staff) return Estimate.from(getEstimate(ctx.db, ctx.staff.facilityId, estimateId));
    const viewer = requireSection(ctx, PortalSection.ESTIMATES);
    const row = getEstimate(ctx.db, viewer.facilityId, estimateId, viewer.customerId);
    if (row.status === "DRAFT") throw notFound("Estimate");
    return Estimate.from(row);
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Estimate, { description: "Accept or decline an estimate (per line where allowed)." })
  respondToEstimate(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => EstimateResponseInput) input: EstimateResponseInput,
  ): Estimate {
    const viewer = requireSection(ctx, PortalSection.ESTIMATES);
    const estimateId = parseId(id, "Estimate");
    const name = portalPersonName(ctx.db, viewer);
    respondToEstimate(
      ctx.db,
      viewer,
      name,
      estimateId,
      { ...input, acceptedLineIds: input.acceptedLineIds?.map((l) => parseId(l, "Estimate line")) ?? null },
      ctx.clock.now(),
    );
    return Estimate.from(getEstimate(ctx.db, viewer.facilityId, estimateId, viewer.customerId));
  }

  @FieldResolver(() => [EstimateLine])
  lines(@Ctx() ctx: Context, @Root() estimate: Estimate): EstimateLine[] {
    return estimateLines(ctx.db, estimate.rowId).map((l) =>
      Object.assign(new EstimateLine(), {
        id: String(l.id),
        description: l.description,
        quantity: l.quantity,
        unitCents: l.unit_cents,
        amountCents: l.amount_cents,
        accepted: l.accepted === null ? null : l.accepted === 1,
      }),
    );
  }
}

@Resolver(() => Customer)
export class CustomerEstimatesResolver {
  @FieldResolver(() => [Estimate])
  estimates(@Ctx() ctx: Context, @Root() customer: Customer): Estimate[] {
    return estimatesOfCustomer(ctx.db, customer.row.facilityId, customer.row.id, { sentOnly: false }).map(
      Estimate.from,
    );
  }
}
