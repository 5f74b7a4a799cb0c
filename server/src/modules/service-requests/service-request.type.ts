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
registerEnumType(ServiceRequestType, {
  name: "ServiceRequestType",
  description: "What kind of work is asked for.",
  valuesConfig: {
    DETAILING: { description: "Detailing." },
    SERVICE: { description: "Routine service." },
    REPAIR: { description: "A repair." },
    DELIVERY: { description: "Deliver the car to the customer." },
    PICK_UP: { description: "Pick the car up from the customer." },
    STORAGE_CHANGE: { description: "A change to the car's storage." },
    OTHER: { description: "Anything else; notes say what." },
  },
});

export enum ServiceRequestStatus {
  NEW = "NEW",
  SCHEDULED = "SCHEDULED",
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
registerEnumType(ServiceRequestStatus, {
  name: "ServiceRequestStatus",
  description: "Where a service request stands.",
  valuesConfig: {
    NEW: { description: "Just asked for; not yet looked at." },
    SCHEDULED: { description: "Planned for a date." },
    IN_PROGRESS: { description: "Being worked on." },
    DONE: { description: "Finished." },
    CANCELLED: { description: "Will not be done." },
  },
});

@ObjectType({ description: "A reply or status change on a service request." })
export class ServiceRequestUpdate {
  @Field(() => ID, { description: "The update's ID." })
  id: string;

  @Field({ description: "Who wrote it." })
  authorName: string;

  @Field({ description: "True when the facility's team wrote it." })
  fromStaff: boolean;

  @Field(() => String, { nullable: true, description: "The reply's text; null for a status change alone." })
  body: string | null;

  @Field(() => ServiceRequestStatus, { nullable: true, description: "The status it moved to, if it changed." })
  status: ServiceRequestStatus | null;

  @Field(() => DateTimeISOResolver, { description: "When it was made." })
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
  @Field(() => ID, { description: "The request's ID." })
  id: string;

  @Field(() => ServiceRequestType, { description: "What kind of work is asked for." })
  type: ServiceRequestType;

  @Field(() => ServiceRequestStatus, { description: "Where it stands." })
  status: ServiceRequestStatus;

  @Field(() => String, { nullable: true, description: "The customer's notes; null when none." })
  notes: string | null;

  @Field(() => String, { nullable: true, description: "ISO date (YYYY-MM-DD) the customer would like; null when any." })
  preferredDate: string | null;

  @Field({ description: "The portal person who asked." })
  requestedByName: string;

  @Field(() => ID, { description: "The customer's ID." })
  customerId: string;

  @Field({ description: "The customer's name." })
  customerName: string;

  @Field(() => String, { nullable: true, description: "The car's year, make and model; null when for no car." })
  carName: string | null;

  @Field(() => DateTimeISOResolver, { description: "When it was asked for." })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { description: "When it last changed." })
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
