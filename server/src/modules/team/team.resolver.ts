import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../../graphql/auth.js";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requestFacility, requireStaff, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { MAX_PASSWORD_LENGTH } from "../../lib/password-policy.js";
import { EMAIL_MAX_LENGTH } from "../../lib/text.js";
import { STAFF_COOKIE, type StaffViewer } from "../auth/sessions.service.js";
import { type StaffRole, StaffRole as StaffRoleEnum, StaffUser } from "../auth/staff-user.type.js";
import { Facility } from "../facilities/facility.type.js";
import {
  acceptStaffInvite,
  changeOwnPassword,
  previewStaffLink,
  requestStaffPasswordReset,
  resetStaffPassword,
  updateOwnName,
} from "./staff-account.service.js";
import { InviteStaffInput } from "./team.inputs.js";
import {
  changeStaffRole,
  deactivateStaff,
  inviteStaff,
  listTeam,
  reactivateStaff,
  resendStaffInvite,
  STAFF_NAME_MAX_LENGTH,
} from "./team.service.js";
import { StaffLinkInfo, TeamMember } from "./team.type.js";

/** Links carry 43 characters; a little room, then anything longer is refused unread. */
const TOKEN_MAX_LENGTH = 100;

async function staffUserOf(ctx: Context, viewer: StaffViewer): Promise<StaffUser> {
  return Object.assign(new StaffUser(), {
    id: String(viewer.userId),
    name: viewer.name,
    email: viewer.email,
    role: viewer.role as StaffRole,
    facility: Facility.from(await requestFacility(ctx, viewer.facilityId)),
  });
}

@Resolver()
export class TeamResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [TeamMember], {
    description: "Admins only. The facility's team, invited and deactivated people included.",
  })
  async team(@Ctx() ctx: Context): Promise<TeamMember[]> {
    return (await listTeam(ctx.data, staffScope(ctx))).map(TeamMember.from);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TeamMember, {
    description:
      "Admins only. Emails a 7-day link to choose a password; inviting a person still invited sends a new link.",
  })
  async inviteStaff(
    @Ctx() ctx: Context,
    @Arg("input", () => InviteStaffInput, { description: "Who to invite, and as what." }) input: InviteStaffInput,
  ): Promise<TeamMember> {
    return TeamMember.from(await inviteStaff(ctx, staffScope(ctx), input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TeamMember, { description: "Admins only. A new invite link; the previous one stops working." })
  async resendStaffInvite(
    @Ctx() ctx: Context,
    @Arg("staffUserId", () => ID, { description: "The invited staff user." }) id: string,
  ): Promise<TeamMember> {
    return TeamMember.from(await resendStaffInvite(ctx, staffScope(ctx), parseId(id, "Staff member")));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TeamMember, { description: "Admins only. The last active admin cannot be made staff." })
  async changeStaffRole(
    @Ctx() ctx: Context,
    @Arg("staffUserId", () => ID, { description: "The staff user." }) id: string,
    @Arg("role", () => StaffRoleEnum, { description: "The new role." }) role: StaffRole,
  ): Promise<TeamMember> {
    return TeamMember.from(await changeStaffRole(ctx, staffScope(ctx), parseId(id, "Staff member"), role));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TeamMember, {
    description: "Admins only. Their sessions end at once and they cannot sign in; the last active admin stays.",
  })
  async deactivateStaff(
    @Ctx() ctx: Context,
    @Arg("staffUserId", () => ID, { description: "The staff user to deactivate." }) id: string,
  ): Promise<TeamMember> {
    return TeamMember.from(await deactivateStaff(ctx, staffScope(ctx), parseId(id, "Staff member")));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TeamMember, { description: "Admins only. Lets a deactivated person sign in again." })
  async reactivateStaff(
    @Ctx() ctx: Context,
    @Arg("staffUserId", () => ID, { description: "The deactivated staff user." }) id: string,
  ): Promise<TeamMember> {
    return TeamMember.from(await reactivateStaff(ctx, staffScope(ctx), parseId(id, "Staff member")));
  }
}

@Resolver()
export class StaffAccountResolver {
  @Query(() => StaffLinkInfo, {
    nullable: true,
    description: "What a staff invite or reset link is for, and whether it still works. Reading it uses nothing up.",
  })
  async staffLink(
    @Ctx() ctx: Context,
    @StringArg("token", { maxLength: TOKEN_MAX_LENGTH, description: "The token from the link." }) token: string,
  ): Promise<StaffLinkInfo | null> {
    const preview = await previewStaffLink(ctx, token);
    return preview ? StaffLinkInfo.from(preview) : null;
  }

  @Mutation(() => StaffUser, { description: "Chooses a password from an invite link and signs in. Works once." })
  async acceptStaffInvite(
    @Ctx() ctx: Context,
    @StringArg("token", { maxLength: TOKEN_MAX_LENGTH, description: "The token from the invite link." }) token: string,
    @StringArg("password", {
      maxLength: MAX_PASSWORD_LENGTH,
      description: "The password to choose: 8 to 256 characters, not too easy to guess.",
    })
    password: string,
  ): Promise<StaffUser> {
    const { viewer, session } = await acceptStaffInvite(ctx, {
      token,
      password,
      previousToken: ctx.cookie(STAFF_COOKIE),
      client: { userAgent: ctx.userAgent, ip: ctx.ip },
    });
    ctx.setSessionCookie(STAFF_COOKIE, session.token, session.expiresAt);
    return staffUserOf(ctx, viewer);
  }

  @Mutation(() => Boolean, {
    description: "Emails a 30-minute password-reset link. The same answer whether or not the address has an account.",
  })
  async requestStaffPasswordReset(
    @Ctx() ctx: Context,
    @StringArg("email", { maxLength: EMAIL_MAX_LENGTH, description: "The email the person signs in with." })
    email: string,
  ): Promise<boolean> {
    await requestStaffPasswordReset(ctx, { email, ip: ctx.ip });
    return true;
  }

  @Mutation(() => Boolean, { description: "Sets a new password from a reset link; every session of the person ends." })
  async resetStaffPassword(
    @Ctx() ctx: Context,
    @StringArg("token", { maxLength: TOKEN_MAX_LENGTH, description: "The token from the reset link." }) token: string,
    @StringArg("password", {
      maxLength: MAX_PASSWORD_LENGTH,
      description: "The new password: 8 to 256 characters, not too easy to guess.",
    })
    password: string,
  ): Promise<boolean> {
    await resetStaffPassword(ctx, { token, password });
    return true;
  }

  @Authorized(Role.STAFF_IN_PERSON)
  @Mutation(() => Boolean, { description: "Changes your password; your other sessions end, this one stays." })
  async changeMyPassword(
    @Ctx() ctx: Context,
    @StringArg("currentPassword", { maxLength: MAX_PASSWORD_LENGTH, description: "Your current password." })
    currentPassword: string,
    @StringArg("newPassword", {
      maxLength: MAX_PASSWORD_LENGTH,
      description: "The new password: 8 to 256 characters, not too easy to guess.",
    })
    newPassword: string,
  ): Promise<boolean> {
    await changeOwnPassword(ctx, requireStaff(ctx), { currentPassword, newPassword });
    return true;
  }

  @Authorized(Role.STAFF_IN_PERSON)
  @Mutation(() => StaffUser, { description: "Changes your name as the team and the audit log show it." })
  async updateMyName(
    @Ctx() ctx: Context,
    @StringArg("name", { maxLength: STAFF_NAME_MAX_LENGTH, description: "Your name." }) name: string,
  ): Promise<StaffUser> {
    return staffUserOf(ctx, await updateOwnName(ctx, requireStaff(ctx), name));
  }
}
