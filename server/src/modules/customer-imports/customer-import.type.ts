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
  valuesConfig: {
    NEW_CUSTOMER: { description: "The line creates a customer (and its car)." },
    SAME_CUSTOMER: { description: "A later line of a customer in the file: adds a car to them." },
    DUPLICATE: { description: "Skipped: matches a customer on record or an earlier line." },
    ERROR: { description: "Skipped: cannot be imported as it is; detail lists each error." },
  },
});

export enum CustomerImportStatus {
  PREVIEW = "PREVIEW",
  RUNNING = "RUNNING",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
registerEnumType(CustomerImportStatus, {
  name: "CustomerImportStatus",
  description: "Where an import stands.",
  valuesConfig: {
    PREVIEW: { description: "Previewed; nothing created yet. Run or cancel it." },
    RUNNING: { description: "Running, in chunks on the server." },
    DONE: { description: "Every line was worked through." },
    CANCELLED: { description: "The preview was dropped; nothing was created." },
  },
});

export enum CustomerImportRowResult {
  PENDING = "PENDING",
  CREATED = "CREATED",
  SKIPPED = "SKIPPED",
}
registerEnumType(CustomerImportRowResult, {
  name: "CustomerImportRowResult",
  description: "What the run did with a line.",
  valuesConfig: {
    PENDING: { description: "Not worked through yet." },
    CREATED: { description: "Created the customer, or added the car." },
    SKIPPED: { description: "Not imported; plan and detail say why." },
  },
});

@ObjectType({ description: "A line of an import file, what the preview planned for it and what the run did." })
export class CustomerImportRow {
  @Field(() => ID, { description: "The line's ID." })
  id: string;

  @Field(() => Int, { description: "Line in the file (the header is line 1)." })
  line: number;

  @Field(() => CustomerImportPlan, { description: "What the preview planned for the line." })
  plan: CustomerImportPlan;

  @Field({ description: "The plan in words: “New customer”, “Duplicate”…" })
  planLabel: string;

  @Field(() => String, { nullable: true, description: "The name on the line." })
  name: string | null;

  @Field(() => String, { nullable: true, description: "The email on the line." })
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

  @Field(() => CustomerImportRowResult, { description: "What the run did." })
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
  @Field(() => ID, { description: "The import's ID." })
  id: string;

  @Field(() => CustomerImportStatus, { description: "Where it stands." })
  status: CustomerImportStatus;

  @Field(() => String, { nullable: true, description: "The uploaded file's name." })
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

  @Field(() => Int, { description: "Customers the run created so far." })
  customersCreated: number;

  @Field(() => Int, { description: "Cars the run created so far." })
  carsCreated: number;

  @Field(() => Int, { description: "Lines the run skipped so far." })
  skipped: number;

  @Field(() => DateTimeISOResolver, { description: "When it was previewed." })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the run finished; null until then." })
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
