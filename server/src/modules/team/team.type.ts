import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { StaffRole } from "../auth/staff-user.type.js";
import type { StaffLinkPreview } from "./staff-account.service.js";
import type { TeamMemberView } from "./team.service.js";

export enum StaffStatus {
  INVITED = "INVITED",
  ACTIVE = "ACTIVE",
  DEACTIVATED = "DEACTIVATED",
}
registerEnumType(StaffStatus, {
  name: "StaffStatus",
  description: "INVITED until the invite is accepted; DEACTIVATED people cannot sign in.",
});

export enum StaffLinkState {
  VALID = "VALID",
  USED = "USED",
  REPLACED = "REPLACED",
  EXPIRED = "EXPIRED",
}
registerEnumType(StaffLinkState, {
  name: "StaffLinkState",
  description: "Whether a staff invite or reset link still works; REPLACED: a newer link or a deactivation ended it.",
});

export enum StaffLinkPurpose {
  INVITE = "INVITE",
  PASSWORD_RESET = "PASSWORD_RESET",
}
registerEnumType(StaffLinkPurpose, { name: "StaffLinkPurpose" });

@ObjectType({ description: "A person of the facility's team, as admins manage them." })
export class TeamMember {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => StaffRole)
  role: StaffRole;

  @Field(() => StaffStatus)
  status: StaffStatus;

  @Field(() => DateTimeISOResolver, { nullable: true, description: "Last sign-in or request; null if never." })
  lastActiveAt: Date | null;

  @Field(() => DateTimeISOResolver, { description: "When they were first invited (or added)." })
  invitedAt: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: "When the open invite link stops working, while invited.",
  })
  inviteExpiresAt: Date | null;

  static from(view: TeamMemberView): TeamMember {
    return Object.assign(new TeamMember(), {
      ...view,
      id: String(view.id),
      role: view.role as StaffRole,
      status: view.status as StaffStatus,
    });
  }
}

@ObjectType({ description: "What a staff invite or reset link's page shows, before anything is done with it." })
export class StaffLinkInfo {
  @Field(() => StaffLinkState)
  state: StaffLinkState;

  @Field(() => StaffLinkPurpose)
  purpose: StaffLinkPurpose;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  facilityName: string;

  static from(preview: StaffLinkPreview): StaffLinkInfo {
    return Object.assign(new StaffLinkInfo(), {
      ...preview,
      state: preview.state as StaffLinkState,
      purpose: preview.purpose as StaffLinkPurpose,
    });
  }
}
