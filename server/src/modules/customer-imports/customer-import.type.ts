import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ImportJobRow, ImportRowRecord } from "./customer-import.service.js";
import { PLAN_LABELS } from "./customer-import.service.js";

export enum CustomerImportPlan {
  NEW_CUSTOMER = "NEW_CUSTOMER",
  SAME_CUSTOMER = "SAME_CUSTOMER",
  DUPLICATE = "DUPLICATE",
  ERROR = "ERROR",
}
registerEnumType(CustomerImportPlan, {
  name: "CustomerImportPlan",
  description:
    "NEW_CUSTOMER: the line creates a customer (and its car); SAME_CUSTOMER: a later line of that customer adds a car; DUPLICATE and ERROR lines are skipped.",
});

export enum CustomerImportStatus {
  PREVIEW = "PREVIEW",
  RUNNING = "RUNNING",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
registerEnumType(CustomerImportStatus, { name: "CustomerImportStatus" });

export enum CustomerImportRowResult {
  PENDING = "PENDING",
  CREATED = "CREATED",
  SKIPPED = "SKIPPED",
}
registerEnumType(CustomerImportRowResult, { name: "CustomerImportRowResult" });

@ObjectType({ description: "A line of an import file, what the preview planned for it and what the run did." })
export class CustomerImportRow {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "Line in the file (the header is line 1)." })
  line: number;

  @Field(() => CustomerImportPlan)
  plan: CustomerImportPlan;

  @Field()
  planLabel: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: "E.164." })
  phone: string | null;

  @Field(() => String, { nullable: true, description: "The car in words: “2019 Porsche 911 (AB12 CDE)”." })
  car: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the line is skipped (each error, the customer it duplicates), or whose car it is.",
  })
  detail: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The line of the customer's first row, for later rows of one customer.",
  })
  groupLine: number | null;

  @Field(() => ID, { nullable: true, description: "The facility's customer a duplicate matched." })
  matchedCustomerId: string | null;

  @Field(() => ID, { nullable: true, description: "The customer the run created or added the car to." })
  customerId: string | null;

  @Field(() => CustomerImportRowResult)
  result: CustomerImportRowResult;

  static from(r: ImportRowRecord): CustomerImportRow {
    const car = r.carMake
      ? `${[r.carYear, r.carMake, r.carModel].filter((v) => v !== null).join(" ")}${r.carPlate ? ` (${r.carPlate})` : ""}`
      : null;
    return Object.assign(new CustomerImportRow(), {
      id: String(r.id),
      line: r.line,
      plan: CustomerImportPlan[r.plan],
      planLabel: PLAN_LABELS[r.plan],
      name: r.name,
      email: r.email,
      phone: r.phone,
      car,
      detail: r.detail,
      groupLine: r.groupLine,
      matchedCustomerId: r.matchedCustomerId === null ? null : String(r.matchedCustomerId),
      customerId: r.customerId === null ? null : String(r.customerId),
      result: CustomerImportRowResult[r.result],
    });
  }
}

@ObjectType({ description: "A customer import from a CSV: previewed, then run in chunks on the server." })
export class CustomerImport {
  @Field(() => ID)
  id: string;

  @Field(() => CustomerImportStatus)
  status: CustomerImportStatus;

  @Field(() => String, { nullable: true })
  fileName: string | null;

  @Field(() => Int, { description: "Lines in the file below its header." })
  total: number;

  @Field(() => Int, { description: "Customers the preview found to create." })
  newCustomers: number;

  @Field(() => Int, { description: "Cars the preview found to create." })
  newCars: number;

  @Field(() => Int, { description: "Lines matching a customer on record, or repeating one of the file." })
  duplicates: number;

  @Field(() => Int, { description: "Lines that cannot be imported as they are." })
  errors: number;

  @Field(() => Int, { description: "Lines the run has worked through so far." })
  processed: number;

  @Field(() => Int)
  customersCreated: number;

  @Field(() => Int)
  carsCreated: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The staff member who uploaded it." })
  createdByName: string | null;

  job: ImportJobRow;

  static from(job: ImportJobRow): CustomerImport {
    return Object.assign(new CustomerImport(), {
      id: String(job.id),
      status: CustomerImportStatus[job.status],
      fileName: job.fileName,
      total: job.total,
      newCustomers: job.newCustomers,
      newCars: job.newCars,
      duplicates: job.duplicates,
      errors: job.errors,
      processed: job.processed,
      customersCreated: job.customersCreated,
      carsCreated: job.carsCreated,
      skipped: job.skipped,
      createdAt: job.createdAt,
      finishedAt: job.finishedAt,
      createdByName: job.createdByName,
      job,
    });
  }
}
