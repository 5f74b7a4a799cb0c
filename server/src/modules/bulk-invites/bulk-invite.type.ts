import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { JobRow, JobRowRecord, Plan } from "./bulk-invite.service.js";
import { PLAN_LABELS } from "./bulk-invite.service.js";

export enum BulkInvitePlan {
  INVITE = "INVITE",
  NO_EMAIL = "NO_EMAIL",
  INVALID_EMAIL = "INVALID_EMAIL",
  IN_PORTAL = "IN_PORTAL",
  COOLDOWN = "COOLDOWN",
  DUPLICATE = "DUPLICATE",
  NOT_FOUND = "NOT_FOUND",
  UNREADABLE = "UNREADABLE",
}
registerEnumType(BulkInvitePlan, { name: "BulkInvitePlan", description: "Invite, or why a row is skipped." });

export enum BulkInviteStatus {
  PREVIEW = "PREVIEW",
  RUNNING = "RUNNING",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
registerEnumType(BulkInviteStatus, { name: "BulkInviteStatus" });

export enum BulkInviteRowResult {
  PENDING = "PENDING",
  SENT = "SENT",
  SKIPPED = "SKIPPED",
}
registerEnumType(BulkInviteRowResult, { name: "BulkInviteRowResult" });

@ObjectType()
export class BulkInviteRow {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "Line in the file (the header is line 1), or position in the selection." })
  line: number;

  @Field(() => ID, { nullable: true })
  customerId: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The number the invite will be (or was) texted to, E.164; null when it goes by email only.",
  })
  phone: string | null;

  @Field(() => BulkInvitePlan)
  plan: BulkInvitePlan;

  @Field({ description: "The plan in words: “Will be invited”, “Already in the portal”…" })
  planLabel: string;

  @Field(() => BulkInviteRowResult)
  result: BulkInviteRowResult;

  @Field(() => String, {
    nullable: true,
    description: "Why this line in particular is skipped (an unreadable line says what is wrong), or what happened.",
  })
  detail: string | null;

  static from(r: JobRowRecord): BulkInviteRow {
    return Object.assign(new BulkInviteRow(), {
      id: String(r.id),
      line: r.line,
      customerId: r.customerId === null ? null : String(r.customerId),
      name: r.name,
      email: r.email,
      phone: r.phone,
      plan: BulkInvitePlan[r.plan],
      planLabel: PLAN_LABELS[r.plan],
      result: BulkInviteRowResult[r.result],
      detail: r.detail,
    });
  }
}

@ObjectType()
export class BulkInvitePlanCount {
  @Field(() => BulkInvitePlan)
  plan: BulkInvitePlan;

  @Field()
  label: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "A bulk invite: previewed, then sent in chunks on the server." })
export class BulkInvite {
  @Field(() => ID)
  id: string;

  @Field(() => BulkInviteStatus)
  status: BulkInviteStatus;

  @Field(() => String, { nullable: true })
  fileName: string | null;

  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: "Rows planned to be invited." })
  toInvite: number;

  @Field(() => Int, {
    description:
      "Of the rows planned to be invited, those the invite will reach by text: people with no email but a number with consent to texts, and those who chose texts.",
  })
  toText: number;

  @Field(() => Int, { description: "Rows the server has worked through so far." })
  processed: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  finishedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The staff member who started it." })
  createdByName: string | null;

  job: JobRow;

  static from(job: JobRow): BulkInvite {
    return Object.assign(new BulkInvite(), {
      id: String(job.id),
      status: BulkInviteStatus[job.status],
      fileName: job.fileName,
      total: job.total,
      toInvite: job.toInvite,
      toText: job.toText,
      processed: job.processed,
      sent: job.sent,
      skipped: job.skipped,
      createdAt: job.createdAt,
      finishedAt: job.finishedAt,
      createdByName: job.createdByName,
      job,
    });
  }
}

export function planCount(plan: Plan, count: number): BulkInvitePlanCount {
  return Object.assign(new BulkInvitePlanCount(), { plan: BulkInvitePlan[plan], label: PLAN_LABELS[plan], count });
}
