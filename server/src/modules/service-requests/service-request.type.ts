import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import type { RequestRow, UpdateRow } from "./service-request.service.js";

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

  static from(u: UpdateRow): ServiceRequestUpdate {
    return Object.assign(new ServiceRequestUpdate(), {
      id: String(u.id),
      authorName: u.authorName,
      fromStaff: u.fromStaff,
      body: u.body,
      status: u.status === null ? null : ServiceRequestStatus[u.status],
      createdAt: u.createdAt,
    });
  }
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
