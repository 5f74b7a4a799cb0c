import { Ctx, Mutation, Query, Resolver } from "type-graphql";
import { StringArg } from "../../graphql/bounds.js";
import { type Context, requestFacility } from "../../graphql/context.js";
import { MAX_PASSWORD_LENGTH } from "../../lib/password-policy.js";
import { EMAIL_MAX_LENGTH } from "../../lib/text.js";
import { Facility } from "../facilities/facility.type.js";
import { demoModeOn } from "./demo-mode.js";
import { PORTAL_COOKIE, STAFF_COOKIE, type StaffViewer } from "./sessions.service.js";
import { DEMO_ADMIN, staffSignIn, staffSignOut } from "./staff-auth.service.js";
import { DemoCredentials, type StaffRole, StaffUser } from "./staff-user.type.js";

export async function toStaffUser(ctx: Context, viewer: StaffViewer): Promise<StaffUser> {
  return Object.assign(new StaffUser(), {
    id: String(viewer.userId),
    name: viewer.name,
    email: viewer.email,
    role: viewer.role as StaffRole,
    facility: Facility.from(await requestFacility(ctx, viewer.facilityId)),
  });
}

@Resolver()
export class StaffAuthResolver {
  @Query(() => StaffUser, { nullable: true, description: "The signed-in staff user, or null." })
  async staffViewer(@Ctx() ctx: Context): Promise<StaffUser | null> {
    return ctx.staff ? toStaffUser(ctx, ctx.staff) : null;
  }

  @Query(() => DemoCredentials, {
    nullable: true,
    description: "The demo admin's credentials: only on a database the demo seed created, never in production.",
  })
  async demoCredentials(@Ctx() ctx: Context): Promise<DemoCredentials | null> {
    if (!(await demoModeOn(ctx.config, ctx.data))) return null;
    const password = ctx.config.demoAdminPassword ?? DEMO_ADMIN.password;
    return Object.assign(new DemoCredentials(), { ...DEMO_ADMIN, password });
  }

  @Mutation(() => StaffUser, {
    description:
      "Signs a staff user in with email and password and sets the session cookie; the browser's previous staff session ends. Wrong credentials answer UNAUTHENTICATED; repeated failures are rate-limited.",
  })
  async staffSignIn(
    @Ctx() ctx: Context,
    @StringArg("email", { maxLength: EMAIL_MAX_LENGTH, description: "The email the staff user signs in with." })
    email: string,
    @StringArg("password", { maxLength: MAX_PASSWORD_LENGTH, description: "Their password." }) password: string,
  ): Promise<StaffUser> {
    const { viewer, session } = await staffSignIn(ctx, {
      email,
      password,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      previousToken: ctx.cookie(STAFF_COOKIE),
    });
    ctx.setSessionCookie(STAFF_COOKIE, session.token, session.expiresAt);
    return toStaffUser(ctx, viewer);
  }

  @Mutation(() => Boolean, {
    description: "Ends this staff session (and a portal preview it opened) and clears the cookie. Always true.",
  })
  async staffSignOut(@Ctx() ctx: Context): Promise<boolean> {
    await staffSignOut(ctx, { staffToken: ctx.cookie(STAFF_COOKIE), portalToken: ctx.cookie(PORTAL_COOKIE) });
    ctx.clearSessionCookie(STAFF_COOKIE);
    return true;
  }
}
