import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requireSection, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { badInput } from "../../lib/domain-error.js";
import { nameOfPortalPerson } from "../auth/portal-session.service.js";
import { Customer } from "../customers/customer.type.js";
import { PortalSection } from "../facilities/sections.service.js";
import { decodeQueueCursor, encodeQueueCursor, requestQueuePage } from "./request-queue.service.js";
import { ServiceRequestConnection } from "./request-queue.type.js";
import { ServiceRequestInput } from "./service-request.inputs.js";
import {
  getRequest,
  newRequestCount,
  requestService,
  requestsOfCustomer,
  updateRequest,
  updatesOf,
} from "./service-request.service.js";
import { ServiceRequest, ServiceRequestStatus, ServiceRequestUpdate } from "./service-request.type.js";

const MAX_PAGE = 100;

const staffScope = (ctx: Context) => new FacilityScope(requireStaff(ctx).facilityId);

@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  @Authorized(Role.STAFF)
  @Query(() => ServiceRequestConnection, {
    description:
      "The staff queue: open requests first (new, scheduled, in progress), oldest first within each; closed ones after, newest first. Requests of archived customers leave it.",
  })
  async serviceRequests(
    @Ctx() ctx: Context,
    @Arg("statuses", () => [ServiceRequestStatus], {
      nullable: true,
      description: "Only requests in these statuses; omit for all.",
    })
    statuses: ServiceRequestStatus[] | null,
    @Arg("first", () => Int, { defaultValue: 50, description: "Requests per page, 1 to 100." }) first: number,
    @StringArg("after", { nullable: true, maxLength: 40, description: "pageInfo.endCursor of the page before." })
    after: string | null,
  ): Promise<ServiceRequestConnection> {
    if (first < 1 || first > MAX_PAGE)
      throw badInput(`first must be between 1 and ${MAX_PAGE}`, { first: "Out of range" });
    const page = await requestQueuePage(ctx.data, staffScope(ctx), statuses, {
      first,
      after: decodeQueueCursor(after),
    });
    const last = page.positions.at(-1);
    return Object.assign(new ServiceRequestConnection(), {
      nodes: page.rows.map(ServiceRequest.from),
      pageInfo: { endCursor: last ? encodeQueueCursor(last) : null, hasNextPage: page.hasNextPage },
    });
  }

  @Authorized(Role.STAFF)
  @Query(() => Int, { description: "How many requests wait in the NEW status: the staff navigation's badge." })
  newServiceRequestCount(@Ctx() ctx: Context): Promise<number> {
    return newRequestCount(ctx.data, staffScope(ctx));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ServiceRequest, { description: "Changes the status and/or replies; the customer is told." })
  async updateServiceRequest(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The request to update." }) id: string,
    @Arg("status", () => ServiceRequestStatus, { nullable: true, description: "The new status; omit to keep it." })
    status: ServiceRequestStatus | null,
    @StringArg("reply", {
      nullable: true,
      maxLength: 4000,
      message: "Replies are at most 4000 characters",
      description: "A reply to the customer, up to 4,000 characters; omit for none.",
    })
    reply: string | null,
  ): Promise<ServiceRequest> {
    const staff = { scope: staffScope(ctx), name: requireStaff(ctx).name };
    const requestId = parseId(id, "Service request");
    const deps = { data: ctx.data, config: ctx.config };
    await updateRequest(deps, staff, requestId, { status, reply }, ctx.clock.now());
    ctx.nudgeOutbox();
    return ServiceRequest.from(await getRequest(ctx.data, staff.scope, requestId));
  }

  @Authorized(Role.PORTAL)
  @Query(() => [ServiceRequest], { description: "Service requests section: the account's requests, newest first." })
  async portalServiceRequests(@Ctx() ctx: Context): Promise<ServiceRequest[]> {
    const viewer = requireSection(ctx, PortalSection.SERVICE_REQUESTS);
    const rows = await requestsOfCustomer(ctx.data, new FacilityScope(viewer.facilityId), viewer.customerId);
    return rows.map(ServiceRequest.from);
  }

  @Authorized(Role.STAFF, Role.PORTAL)
  @Query(() => ServiceRequest, {
    description: "One service request: staff of its facility, or its account's portal people.",
  })
  async serviceRequest(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The request's ID." }) id: string,
  ): Promise<ServiceRequest> {
    const requestId = parseId(id, "Service request");
    if (ctx.staff) return ServiceRequest.from(await getRequest(ctx.data, staffScope(ctx), requestId));
    const viewer = requireSection(ctx, PortalSection.SERVICE_REQUESTS);
    const scope = new FacilityScope(viewer.facilityId);
    return ServiceRequest.from(await getRequest(ctx.data, scope, requestId, viewer.customerId));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => ServiceRequest, { description: "Asks the facility for work on a car." })
  async requestService(
    @Ctx() ctx: Context,
    @Arg("input", () => ServiceRequestInput, { description: "The work asked for." }) input: ServiceRequestInput,
  ): Promise<ServiceRequest> {
    const viewer = requireSection(ctx, PortalSection.SERVICE_REQUESTS);
    const name = await nameOfPortalPerson(ctx.data, viewer);
    const customer = { scope: new FacilityScope(viewer.facilityId), customerId: viewer.customerId };
    const id = await requestService(
      ctx.data,
      customer,
      name,
      { ...input, carId: input.carId ? parseId(input.carId, "Car") : null },
      ctx.clock.now(),
    );
    return ServiceRequest.from(await getRequest(ctx.data, customer.scope, id, viewer.customerId));
  }

  @FieldResolver(() => [ServiceRequestUpdate], { description: "Replies and status changes, oldest first." })
  async updates(@Ctx() ctx: Context, @Root() request: ServiceRequest): Promise<ServiceRequestUpdate[]> {
    const rows = await updatesOf(ctx.data, new FacilityScope(request.facilityId), request.rowId);
    return rows.map(ServiceRequestUpdate.from);
  }
}

@Resolver(() => Customer)
export class CustomerServiceRequestsResolver {
  @FieldResolver(() => [ServiceRequest], { description: "The customer's service requests, newest first." })
  async serviceRequests(@Ctx() ctx: Context, @Root() customer: Customer): Promise<ServiceRequest[]> {
    const rows = await requestsOfCustomer(ctx.data, new FacilityScope(customer.row.facilityId), customer.row.id);
    return rows.map(ServiceRequest.from);
  }
}
