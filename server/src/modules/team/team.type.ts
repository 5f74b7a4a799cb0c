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
  valuesConfig: {
    INVITED: { description: "Invited; the invite link was not yet used." },
    ACTIVE: { description: "Can sign in to the dashboard." },
    DEACTIVATED: { description: "Cannot sign in; kept for the audit log." },
  },
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
  valuesConfig: {
    VALID: { description: "The link works." },
    USED: { description: "The link was already used." },
    REPLACED: { description: "A newer link or a deactivation ended it." },
    EXPIRED: { description: "The link expired." },
  },
});

export enum StaffLinkPurpose {
  INVITE = "INVITE",
  PASSWORD_RESET = "PASSWORD_RESET",
}
registerEnumType(StaffLinkPurpose, {
  name: "StaffLinkPurpose",
  description: "What a staff link is for.",
  valuesConfig: {
    INVITE: { description: "Joining the team: choose a password." },
    PASSWORD_RESET: { description: "Choosing a new password." },
  },
});

@ObjectType({ description: "A person of the facility's team, as admins manage them." })
export class TeamMember {
  @Field(() => ID, { description: "The staff user's ID." })
  id: string;

  @Field({ description: "Their name." })
  name: string;

  @Field({ description: "The email they sign in with." })
  email: string;

  @Field(() => StaffRole, { description: "ADMIN or STAFF." })
  role: StaffRole;

  @Field(() => StaffStatus, { description: "Invited, active or deactivated." })
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
  @Field(() => StaffLinkState, { description: "Whether the link still works." })
  state: StaffLinkState;

  @Field(() => StaffLinkPurpose, { description: "What the link is for." })
  purpose: StaffLinkPurpose;

  @Field({ description: "The staff user's name." })
  name: string;

  @Field({ description: "The staff user's email." })
  email: string;

  @Field({ description: "The facility they belong to." })
  facilityName: string;

  static from(preview: StaffLinkPreview): StaffLinkInfo {
    return Object.assign(new StaffLinkInfo(), {
      ...preview,
      state: preview.state as StaffLinkState,
      purpose: preview.purpose as StaffLinkPurpose,
    });
  }
}
