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
registerEnumType(InviteReminderSkip, {
  name: "InviteReminderSkip",
  description: "Why a person was not reminded.",
  valuesConfig: {
    NOT_FOUND: { description: "No such invite." },
    NOT_PENDING: { description: "The invite was accepted or replaced by a newer one." },
    EXPIRED: { description: "The invite has expired: resend it instead." },
    STOPPED: { description: "Reminders were stopped for this person." },
    IN_PORTAL: { description: "Already in the portal." },
    UNDELIVERABLE: { description: "The invite could not be delivered to this address." },
    ARCHIVED: { description: "The customer is archived." },
    NO_ACCESS: { description: "Portal access is turned off." },
    EMAIL_CHANGED: { description: "The email on record changed since the invite." },
    RECENTLY_REMINDED: { description: "Invited or reminded less than an hour ago." },
    OUTSIDE_DAYTIME: {
      description: "Outside the facility's daytime hours (9:00–18:00 in its time zone); automatic reminders only.",
    },
    NOT_DUE: { description: "No reminder is due yet." },
    UNREACHABLE: {
      description:
        "Neither channel reaches the person: no email on record, and texts need consent for their current number and no STOP.",
    },
  },
});

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
