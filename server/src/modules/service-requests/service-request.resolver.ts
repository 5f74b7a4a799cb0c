import { MaxLength } from "class-validator";
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
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requireSection, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { portalPersonName } from "../auth/portal-session.service.js";
import { Customer } from "../customers/customer.type.js";
import { PortalSection } from "../facilities/sections.service.js";
import {
  getRequest,
  newRequestCount,
  type RequestRow,
  requestQueue,
  requestService,
  requestsOfCustomer,
  updateRequest,
  updatesOf,
} from "./service-request.service.js";

export enum ServiceRequestType {
  DETAILING = "DETAILING",
  SERVICE = "SERVICE",
  REPAIR = "REPAIR",
  DELIVERY = "DELIVERY",
  PICK_UP = "PICK_UP",
  STORAGE_CHANGE = "STORAGE_CHANGE",
  OTHER = "OTHER",
}
registerEnumType(ServiceRequestType, { name: "ServiceRequestType" });

export enum ServiceRequestStatus {
  NEW = "NEW",
  SCHEDULED = "SCHEDULED",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
registerEnumType(ServiceRequestStatus, { name: "ServiceRequestStatus" });

@ObjectType()
export class ServiceRequestUpdate {
  @Field(() => ID)
  id: string;

  @Field()
  authorName: string;

  @Field()
  fromStaff: boolean;

  @Field(() => String, { nullable: true })
  body: string | null;

  @Field(() => ServiceRequestStatus, { nullable: true, description: "The status it moved to, if it changed." })
  status: ServiceRequestStatus | null;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;
}

@ObjectType({ description: "Work a customer asked for on a car." })
export class ServiceRequest {
  @Field(() => ID)
  id: string;

  @Field(() => ServiceRequestType)
  type: ServiceRequestType;

  @Field(() => ServiceRequestStatus)
  status: ServiceRequestStatus;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true })
  preferredDate: string | null;

  @Field()
  requestedByName: string;

  @Field(() => ID)
  customerId: string;

  @Field()
  customerName: string;

  @Field(() => String, { nullable: true })
  carName: string | null;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;

  /** For field resolvers: the request's row id and facility. */
  rowId: number;
  facilityId: number;

  static from(r: RequestRow): ServiceRequest {
    return Object.assign(new ServiceRequest(), {
      id: String(r.id),
      type: ServiceRequestType[r.type],
      status: ServiceRequestStatus[r.status],
      notes: r.notes,
      preferredDate: r.preferredDate,
      requestedByName: r.requestedByName,
      customerId: String(r.customerId),
      customerName: r.customerName,
      carName: r.carName,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      rowId: r.id,
      facilityId: r.facilityId,
    });
  }
}

@InputType()
export class ServiceRequestInput {
  @Field(() => ServiceRequestType)
  type: ServiceRequestType;

  @Field(() => ID, { nullable: true })
  carId?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(4000)
  notes?: string | null;

  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD)." })
  @MaxLength(10, { message: "Use a date like 2026-03-02" })
  preferredDate?: string | null;
}

const staffScope = (ctx: Context) => new FacilityScope(requireStaff(ctx).facilityId);

@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  @Authorized(Role.STAFF)
  @Query(() => [ServiceRequest], { description: "The staff queue: open requests first." })
  async serviceRequests(
    @Ctx() ctx: Context,
    @Arg("statuses", () => [ServiceRequestStatus], { nullable: true }) statuses: ServiceRequestStatus[] | null,
  ): Promise<ServiceRequest[]> {
    return (await requestQueue(ctx.data, staffScope(ctx), statuses)).map(ServiceRequest.from);
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
    @Arg("id", () => ID) id: string,
    @Arg("status", () => ServiceRequestStatus, { nullable: true }) status: ServiceRequestStatus | null,
    @StringArg("reply", { nullable: true, maxLength: 4000, message: "Replies are at most 4000 characters" }) reply:
      | string
      | null,
  ): Promise<ServiceRequest> {
    const staff = { scope: staffScope(ctx), name: requireStaff(ctx).name };
    const requestId = parseId(id, "Service request");
    const deps = { data: ctx.data, db: ctx.db, config: ctx.config };
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
  @Query(() => ServiceRequest)
  async serviceRequest(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): Promise<ServiceRequest> {
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
    @Arg("input", () => ServiceRequestInput) input: ServiceRequestInput,
  ): Promise<ServiceRequest> {
    const viewer = requireSection(ctx, PortalSection.SERVICE_REQUESTS);
    const name = portalPersonName(ctx.db, viewer);
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
    return rows.map((u) =>
      Object.assign(new ServiceRequestUpdate(), {
        id: String(u.id),
        authorName: u.authorName,
        fromStaff: u.fromStaff,
        body: u.body,
        status: u.status === null ? null : ServiceRequestStatus[u.status],
        createdAt: u.createdAt,
      }),
    );
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
