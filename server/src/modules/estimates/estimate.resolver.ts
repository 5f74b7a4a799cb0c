import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { type Context, facilityToday, requireSection, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { nameOfPortalPerson } from "../auth/portal-session.service.js";
import { Customer } from "../customers/customer.type.js";
import { PortalSection } from "../facilities/sections.service.js";
import { getInvoice } from "../invoices/invoice.service.js";
import { Invoice } from "../invoices/invoice.type.js";
import {
  convertToInvoice,
  createEstimate,
  estimateLines,
  estimatesOfCustomer,
  getEstimate,
  getSentEstimate,
  respondToEstimate,
  sendEstimate,
} from "./estimate.service.js";
import { Estimate, EstimateInput, EstimateLine, EstimateResponseInput } from "./estimate.type.js";

/** The portal person's account with Estimates on, as the estimate services take it. */
function estimatesViewer(ctx: Context) {
  const viewer = requireSection(ctx, PortalSection.ESTIMATES);
  return { viewer, customer: { scope: new FacilityScope(viewer.facilityId), customerId: viewer.customerId } };
}

@Resolver(() => Estimate)
export class EstimateResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => Estimate, { description: "A draft estimate; the customer sees it once sent." })
  async createEstimate(
    @Ctx() ctx: Context,
    @Arg("customerId", () => ID, { description: "The customer quoted." }) customerId: string,
    @Arg("input", () => EstimateInput, { description: "The draft's title, car and lines." }) input: EstimateInput,
  ): Promise<Estimate> {
    const scope = new FacilityScope(requireStaff(ctx).facilityId);
    const id = await createEstimate(
      ctx.data,
      scope,
      parseId(customerId, "Customer"),
      { ...input, carId: input.carId ? parseId(input.carId, "Car") : null },
      ctx.clock.now(),
    );
    return Estimate.from(await getEstimate(ctx.data, scope, id));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Estimate, { description: "Sends a draft; opted-in people are emailed." })
  async sendEstimate(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The draft estimate to send." }) id: string,
  ): Promise<Estimate> {
    const scope = new FacilityScope(requireStaff(ctx).facilityId);
    const estimateId = parseId(id, "Estimate");
    await sendEstimate({ data: ctx.data, config: ctx.config }, scope, estimateId, ctx.clock.now());
    ctx.nudgeOutbox();
    return Estimate.from(await getEstimate(ctx.data, scope, estimateId));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Invoice, { description: "Makes a draft invoice of the accepted lines and answers it." })
  async convertEstimateToInvoice(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The accepted (or partly accepted) estimate." }) id: string,
  ): Promise<Invoice> {
    const { facilityId } = requireStaff(ctx);
    const scope = new FacilityScope(facilityId);
    const now = ctx.clock.now();
    const invoiceId = await convertToInvoice(ctx.data, scope, parseId(id, "Estimate"), now);
    return Invoice.from(await getInvoice(ctx.data, scope, invoiceId), await facilityToday(ctx, facilityId));
  }

  @Authorized(Role.PORTAL)
  @Query(() => [Estimate], { description: "Estimates section: sent estimates, newest first." })
  async portalEstimates(@Ctx() ctx: Context): Promise<Estimate[]> {
    const { customer } = estimatesViewer(ctx);
    const rows = await estimatesOfCustomer(ctx.data, customer.scope, customer.customerId, { sentOnly: true });
    return rows.map(Estimate.from);
  }

  @Authorized(Role.STAFF, Role.PORTAL)
  @Query(() => Estimate, {
    description: "One estimate: staff of its facility, or its account's portal people (sent ones only, Estimates on).",
  })
  async estimate(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The estimate's ID." }) id: string,
  ): Promise<Estimate> {
    const estimateId = parseId(id, "Estimate");
    if (ctx.staff)
      return Estimate.from(await getEstimate(ctx.data, new FacilityScope(ctx.staff.facilityId), estimateId));
    return Estimate.from(await getSentEstimate(ctx.data, estimatesViewer(ctx).customer, estimateId));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => Estimate, { description: "Accept or decline an estimate (per line where allowed)." })
  async respondToEstimate(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The sent estimate to answer." }) id: string,
    @Arg("input", () => EstimateResponseInput, { description: "Accept or decline, with the lines and a note." })
    input: EstimateResponseInput,
  ): Promise<Estimate> {
    const { viewer, customer } = estimatesViewer(ctx);
    const estimateId = parseId(id, "Estimate");
    const name = await nameOfPortalPerson(ctx.data, viewer);
    await respondToEstimate(
      ctx.data,
      customer,
      name,
      estimateId,
      { ...input, acceptedLineIds: input.acceptedLineIds?.map((l) => parseId(l, "Estimate line")) ?? null },
      ctx.clock.now(),
    );
    return Estimate.from(await getSentEstimate(ctx.data, customer, estimateId));
  }

  @FieldResolver(() => [EstimateLine], { description: "The line items, in order." })
  async lines(@Ctx() ctx: Context, @Root() estimate: Estimate): Promise<EstimateLine[]> {
    return (await estimateLines(ctx.data, estimate.rowId)).map(EstimateLine.from);
  }
}

@Resolver(() => Customer)
export class CustomerEstimatesResolver {
  @FieldResolver(() => [Estimate], { description: "The customer's estimates, newest first (staff)." })
  async estimates(@Ctx() ctx: Context, @Root() customer: Customer): Promise<Estimate[]> {
    const rows = await estimatesOfCustomer(ctx.data, new FacilityScope(customer.row.facilityId), customer.row.id, {
      sentOnly: false,
    });
    return rows.map(Estimate.from);
  }
}
