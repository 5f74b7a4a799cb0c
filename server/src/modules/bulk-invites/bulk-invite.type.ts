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
registerEnumType(BulkInvitePlan, {
  name: "BulkInvitePlan",
  description: "Invite, or why a row is skipped.",
  valuesConfig: {
    INVITE: { description: "Will be invited." },
    NO_EMAIL: { description: "Skipped: no email, and no mobile number with consent to texts." },
    INVALID_EMAIL: { description: "Skipped: the email is missing or not valid." },
    IN_PORTAL: { description: "Skipped: already in the portal." },
    COOLDOWN: { description: "Skipped: invited recently, inside the resend cooldown." },
    DUPLICATE: { description: "Skipped: the same customer appears earlier in the list." },
    NOT_FOUND: { description: "Skipped: no matching customer." },
    UNREADABLE: { description: "Skipped: the line could not be read." },
  },
});

export enum BulkInviteStatus {
  PREVIEW = "PREVIEW",
  RUNNING = "RUNNING",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
registerEnumType(BulkInviteStatus, {
  name: "BulkInviteStatus",
  description: "Where a bulk invite stands.",
  valuesConfig: {
    PREVIEW: { description: "Previewed; nothing sent yet. Start or cancel it." },
    RUNNING: { description: "Sending, in chunks on the server." },
    DONE: { description: "Every row was worked through." },
    CANCELLED: { description: "The preview was dropped; nothing was sent." },
  },
});

export enum BulkInviteRowResult {
  PENDING = "PENDING",
  SENT = "SENT",
  SKIPPED = "SKIPPED",
}
registerEnumType(BulkInviteRowResult, {
  name: "BulkInviteRowResult",
  description: "What the run did with a row.",
  valuesConfig: {
    PENDING: { description: "Not worked through yet." },
    SENT: { description: "The invite was sent." },
    SKIPPED: { description: "Not invited; plan and detail say why." },
  },
});

@ObjectType({ description: "One row of a bulk invite: a selected customer or a line of the file." })
export class BulkInviteRow {
  @Field(() => ID, { description: "The row's ID; pass as `after` for the next page of rows." })
  id: string;

  @Field(() => Int, { description: "Line in the file (the header is line 1), or position in the selection." })
  line: number;

  @Field(() => ID, { nullable: true, description: "The matched customer; null when none matched." })
  customerId: string | null;

  @Field(() => String, { nullable: true, description: "The customer's name, or the name on the line." })
  name: string | null;

  @Field(() => String, { nullable: true, description: "The email the invite goes to, or the one on the line." })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The number the invite will be (or was) texted to, E.164; null when it goes by email only.",
  })
  phone: string | null;

  @Field(() => BulkInvitePlan, { description: "What the preview planned: invite, or why the row is skipped." })
  plan: BulkInvitePlan;

  @Field({ description: "The plan in words: “Will be invited”, “Already in the portal”…" })
  planLabel: string;

  @Field(() => BulkInviteRowResult, { description: "What the run did." })
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

@ObjectType({ description: "How many rows share a plan." })
export class BulkInvitePlanCount {
  @Field(() => BulkInvitePlan, { description: "The plan." })
  plan: BulkInvitePlan;

  @Field({ description: "The plan in words." })
  label: string;

  @Field(() => Int, { description: "How many rows have it." })
  count: number;
}

@ObjectType({ description: "A bulk invite: previewed, then sent in chunks on the server." })
export class BulkInvite {
  @Field(() => ID, { description: "The bulk invite's ID." })
  id: string;

  @Field(() => BulkInviteStatus, { description: "Where it stands." })
  status: BulkInviteStatus;

  @Field(() => String, { nullable: true, description: "The uploaded file's name; null for a selection of customers." })
  fileName: string | null;

  @Field(() => Int, { description: "Rows in all." })
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

  @Field(() => Int, { description: "Invites sent so far." })
  sent: number;

  @Field(() => Int, { description: "Rows skipped so far." })
  skipped: number;

  @Field(() => DateTimeISOResolver, { description: "When it was previewed." })
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the run finished; null until then." })
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
