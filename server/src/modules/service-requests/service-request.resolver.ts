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
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requireStaff } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { Customer } from "../customers/customer.type.js";
import { portalPersonName } from "../portal/portal-session.js";
import { PortalSection, requireSection } from "../portal/sections.js";
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

  rowId: number;

  static from(r: RequestRow): ServiceRequest {
    return Object.assign(new ServiceRequest(), {
      id: String(r.id),
      type: r.type as ServiceRequestType,
      status: r.status as ServiceRequestStatus,
      notes: r.notes,
      preferredDate: r.preferred_date,
      requestedByName: r.requested_by_name,
      customerId: String(r.customer_id),
      customerName: r.customer_name,
      carName: r.car_name,
      createdAt: new Date(r.created_at),
      updatedAt: new Date(r.updated_at),
      rowId: r.id,
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

@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  @Authorized(Role.STAFF)
  @Query(() => [ServiceRequest], { description: "The staff queue: open requests first." })
  serviceRequests(
    @Ctx() ctx: Context,
    @Arg("statuses", () => [ServiceRequestStatus], { nullable: true }) statuses: ServiceRequestStatus[] | null,
  ): ServiceRequest[] {
    return requestQueue(ctx.db, requireStaff(ctx).facilityId, statuses).map(ServiceRequest.from);
  }

  @Authorized(Role.STAFF)
  @Query(() => Int, { description: "How many requests wait in the NEW status: the staff navigation's badge." })
  newServiceRequestCount(@Ctx() ctx: Context): number {
    return newRequestCount(ctx.db, requireStaff(ctx).facilityId);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ServiceRequest, { description: "Changes the status and/or replies; the customer is told." })
  updateServiceRequest(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("status", () => ServiceRequestStatus, { nullable: true }) status: ServiceRequestStatus | null,
    @StringArg("reply", { nullable: true, maxLength: 4000, message: "Replies are at most 4000 characters" }) reply:
      | string
      | null,
  ): ServiceRequest {
    const staff = requireStaff(ctx);
    const requestId = parseId(id, "Service request");
    updateRequest(ctx.db, ctx.config, staff, requestId, { status, reply }, ctx.clock.now());
    ctx.nudgeOutbox();
    return ServiceRequest.from(getRequest(ctx.db, staff.facilityId, requestId));
  }

  @Authorized(Role.PORTAL)
  @Query(() => [ServiceRequest], { description: "Service requests section: the account's requests, newest first." })
  portalServiceRequests(@Ctx() ctx: Context): ServiceRequest[] {
    const viewer = requireSection(ctx, PortalSection.SERVICE_REQUESTS);
    return requestsOfCustomer(ctx.db, viewer.facilityId, viewer.customerId).map(ServiceRequest.from);
  }

  @Authorized(Role.STAFF, Role.PORTAL)
  @Query(() => ServiceRequest)
  serviceRequest(@Ctx() ctx: Context, @Arg("id", () => ID) id: string): ServiceRequest {
    const requestId = parseId(id, "Service request");
    if (ctx.staff) return ServiceRequest.from(getRequest(ctx.db, ctx.staff.facilityId, requestId));
    const viewer = requireSection(ctx, PortalSection.SERVICE_REQUESTS);
    return ServiceRequest.from(getRequest(ctx.db, viewer.facilityId, requestId, viewer.customerId));
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => ServiceRequest, { description: "Asks the facility for work on a car." })
  requestService(
    @Ctx() ctx: Context,
    @Arg("input", () => ServiceRequestInput) input: ServiceRequestInput,
  ): ServiceRequest {
    const viewer = requireSection(ctx, PortalSection.SERVICE_REQUESTS);
    const name = portalPersonName(ctx.db, viewer);
    const id = requestService(
      ctx.db,
      viewer,
      name,
      { ...input, carId: input.carId ? parseId(input.carId, "Car") : null },
      ctx.clock.now(),
    );
    return ServiceRequest.from(getRequest(ctx.db, viewer.facilityId, id, viewer.customerId));
  }

  @FieldResolver(() => [ServiceRequestUpdate], { description: "Replies and status changes, oldest first." })
  updates(@Ctx() ctx: Context, @Root() request: ServiceRequest): ServiceRequestUpdate[] {
    return updatesOf(ctx.db, request.rowId).map((u) =>
      Object.assign(new ServiceRequestUpdate(), {
        id: String(u.id),
        authorName: u.author_name,
        fromStaff: u.from_staff === 1,
        body: u.body,
        status: u.status as ServiceRequestStatus | null,
        createdAt: new Date(u.created_at),
      }),
    );
  }
}

@Resolver(() => Customer)
export class CustomerServiceRequestsResolver {
  @FieldResolver(() => [ServiceRequest], { description: "The customer's service requests, newest first." })
  serviceRequests(@Ctx() ctx: Context, @Root() customer: Customer): ServiceRequest[] {
    return requestsOfCustomer(ctx.db, customer.row.facilityId, customer.row.id).map(ServiceRequest.from);
  }
}
