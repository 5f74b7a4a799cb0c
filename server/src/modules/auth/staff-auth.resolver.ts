import { Ctx, Mutation, Query, Resolver } from "type-graphql";
import { StringArg } from "../../graphql/bounds.js";
import type { Context } from "../../graphql/context.js";
import { MAX_PASSWORD_LENGTH } from "../../lib/password-policy.js";
import { EMAIL_MAX_LENGTH } from "../../lib/text.js";
import { getFacility } from "../facilities/facility.service.js";
import { Facility } from "../facilities/facility.type.js";
import { demoModeOn } from "./demo-mode.js";
import type { StaffViewer } from "./sessions.js";
import { DEMO_ADMIN, staffSignIn, staffSignOut } from "./staff-auth.service.js";
import { DemoCredentials, type StaffRole, StaffUser } from "./staff-user.type.js";

function toStaffUser(ctx: Context, viewer: StaffViewer): StaffUser {
  return Object.assign(new StaffUser(), {
    id: String(viewer.userId),
    name: viewer.name,
    email: viewer.email,
    role: viewer.role as StaffRole,
    facility: Facility.from(getFacility(ctx.db, viewer.facilityId)),
  });
}

@Resolver()
export class StaffAuthResolver {
  @Query(() => StaffUser, { nullable: true, description: "The signed-in staff user, or null." })
  staffViewer(@Ctx() ctx: Context): StaffUser | null {
    return ctx.staff ? toStaffUser(ctx, ctx.staff) : null;
  }

  @Query(() => DemoCredentials, {
    nullable: true,
    description: "The demo admin's credentials: only on a database the demo seed created, never in production.",
  })
  demoCredentials(@Ctx() ctx: Context): DemoCredentials | null {
    if (!demoModeOn(ctx.config, ctx.db)) return null;
    const password = ctx.config.demoAdminPassword ?? DEMO_ADMIN.password;
    return Object.assign(new DemoCredentials(), { ...DEMO_ADMIN, password });
  }

  @Mutation(() => StaffUser)
  async staffSignIn(
    @Ctx() ctx: Context,
    @StringArg("email", { maxLength: EMAIL_MAX_LENGTH }) email: string,
    @StringArg("password", { maxLength: MAX_PASSWORD_LENGTH }) password: string,
  ): Promise<StaffUser> {
    return toStaffUser(ctx, await staffSignIn(ctx, email, password));
  }

  @Mutation(() => Boolean)
  staffSignOut(@Ctx() ctx: Context): boolean {
    staffSignOut(ctx);
    return true;
  }
}
