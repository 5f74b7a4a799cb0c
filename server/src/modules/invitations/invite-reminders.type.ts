import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum InviteReminderSkip {
  NOT_FOUND = "NOT_FOUND",
  NOT_PENDING = "NOT_PENDING",
  EXPIRED = "EXPIRED",
  STOPPED = "STOPPED",
  IN_PORTAL = "IN_PORTAL",
  UNDELIVERABLE = "UNDELIVERABLE",
  ARCHIVED = "ARCHIVED",
  NO_ACCESS = "NO_ACCESS",
  EMAIL_CHANGED = "EMAIL_CHANGED",
  RECENTLY_REMINDED = "RECENTLY_REMINDED",
  OUTSIDE_DAYTIME = "OUTSIDE_DAYTIME",
  NOT_DUE = "NOT_DUE",
  UNREACHABLE = "UNREACHABLE",
}
registerEnumType(InviteReminderSkip, { name: "InviteReminderSkip", description: "Why a person was not reminded." });

@ObjectType({ description: "What happened to one invite of a “send reminders now”." })
export class InviteReminderResult {
  @Field(() => ID, { description: "The invitation id as given." })
  invitationId: string;

  @Field({ description: "Whether a reminder was queued for this person." })
  reminded: boolean;

  @Field(() => InviteReminderSkip, { nullable: true, description: "Why not, when not." })
  skip: InviteReminderSkip | null;

  @Field(() => String, { nullable: true, description: "Why not, in words staff can act on." })
  reason: string | null;
}
